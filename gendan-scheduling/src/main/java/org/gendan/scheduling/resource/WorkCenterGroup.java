package org.gendan.scheduling.resource;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gendan.scheduling.calendar.WorkCalendar;

/**
 * A work-center group (工作中心组) of a department (工作部门): parallel lines that can each run the
 * group's operations, sharing the department's work calendar.
 *
 * @param id         the group's id, unique in the plant
 * @param department the department (车间), e.g. "缝制车间"
 * @param calendar   the department's work calendar
 * @param lines      the parallel lines; at least one, unique ids
 */
public record WorkCenterGroup(WorkCenterGroupId id, String department, WorkCalendar calendar, List<ProductionLine> lines) {

  /**
   * Creates a group.
   *
   * @throws IllegalArgumentException if the department is blank, there is no line or a line id repeats
   */
  public WorkCenterGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(lines, "lines");
    if (department.isBlank()) {
      throw new IllegalArgumentException("group " + id + ": department must not be blank");
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("group " + id + " needs at least one line");
    }
    Set<LineId> seen = new HashSet<>();
    for (ProductionLine l : lines) {
      Objects.requireNonNull(l, "line");
      if (!seen.add(l.id())) {
        throw new IllegalArgumentException("group " + id + ": line " + l.id() + " appears twice");
      }
    }
    lines = List.copyOf(lines);
  }

  /** A group of the given lines. */
  public static WorkCenterGroup of(String id, String department, WorkCalendar calendar, ProductionLine... lines) {
    return new WorkCenterGroup(WorkCenterGroupId.of(id), department, calendar, List.of(lines));
  }
}

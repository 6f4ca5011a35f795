package org.gendan.scheduling.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.scheduling.calendar.TimeRange;

/**
 * The factory's production resources: its work-center groups and their lines.
 *
 * @param groups the groups; unique group ids and unique line ids across the plant
 */
public record Plant(List<WorkCenterGroup> groups) {

  /**
   * Creates a plant.
   *
   * @throws IllegalArgumentException if there is no group, or a group or line id repeats
   */
  public Plant {
    Objects.requireNonNull(groups, "groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a plant needs at least one work-center group");
    }
    Set<WorkCenterGroupId> g = new HashSet<>();
    Set<LineId> l = new HashSet<>();
    for (WorkCenterGroup group : groups) {
      Objects.requireNonNull(group, "group");
      if (!g.add(group.id())) {
        throw new IllegalArgumentException("work-center group " + group.id() + " appears twice");
      }
      for (ProductionLine line : group.lines()) {
        if (!l.add(line.id())) {
          throw new IllegalArgumentException("line " + line.id() + " appears in more than one place");
        }
      }
    }
    groups = List.copyOf(groups);
  }

  /** A plant of the given groups. */
  public static Plant of(WorkCenterGroup... groups) {
    return new Plant(List.of(groups));
  }

  /** The group with the id, if any. */
  public Optional<WorkCenterGroup> group(WorkCenterGroupId id) {
    Objects.requireNonNull(id, "id");
    return groups.stream().filter(x -> x.id().equals(id)).findFirst();
  }

  /** The group that holds the line, if any. */
  public Optional<WorkCenterGroup> groupOf(LineId line) {
    Objects.requireNonNull(line, "line");
    return groups.stream().filter(x -> x.lines().stream().anyMatch(y -> y.id().equals(line))).findFirst();
  }

  /** The line with the id, if any. */
  public Optional<ProductionLine> line(LineId id) {
    return groupOf(id).flatMap(g -> g.lines().stream().filter(y -> y.id().equals(id)).findFirst());
  }

  /**
   * This plant with the line down for the period (a breakdown, maintenance).
   *
   * @throws IllegalArgumentException if the plant has no such line
   */
  public Plant withLineDown(LineId line, TimeRange period) {
    Objects.requireNonNull(period, "period");
    WorkCenterGroup owner = groupOf(line).orElseThrow(() -> new IllegalArgumentException("the plant has no line " + line));
    List<WorkCenterGroup> gs = new ArrayList<>();
    for (WorkCenterGroup group : groups) {
      if (group != owner) {
        gs.add(group);
        continue;
      }
      List<ProductionLine> ls = new ArrayList<>();
      for (ProductionLine pl : group.lines()) {
        ls.add(pl.id().equals(line) ? pl.withDownPeriod(period) : pl);
      }
      gs.add(new WorkCenterGroup(group.id(), group.department(), group.calendar(), ls));
    }
    return new Plant(gs);
  }
}

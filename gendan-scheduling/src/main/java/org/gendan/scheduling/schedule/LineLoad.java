package org.gendan.scheduling.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.scheduling.resource.LineId;

/**
 * A line's load on one day (产能负荷): the working minutes it has and how many are planned.
 *
 * @param line           the line
 * @param date           the day (working minutes are counted on the calendar day they fall on)
 * @param plannedMinutes working minutes taken by operations
 * @param workingMinutes working minutes available (calendar minus down periods)
 */
public record LineLoad(LineId line, LocalDate date, long plannedMinutes, long workingMinutes) {

  /** Creates the value. */
  public LineLoad {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(date, "date");
  }

  /** Planned over available, 0 when nothing is available. */
  public double utilisation() {
    return workingMinutes == 0 ? 0 : plannedMinutes / (double) workingMinutes;
  }
}

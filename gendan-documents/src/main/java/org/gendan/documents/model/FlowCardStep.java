package org.gendan.documents.model;

import java.time.LocalDateTime;
import java.util.Objects;
import org.gendan.core.Ids;

/**
 * One step of a flow card: an operation of the routing with the line and the planned times from the schedule.
 *
 * @param step         the step number, 1 = first operation
 * @param operation    the operation's name
 * @param line         the production line it is planned on
 * @param plannedStart the planned start
 * @param plannedEnd   the planned end; not before the start
 * @param workMinutes  the working minutes planned
 */
public record FlowCardStep(int step, String operation, String line, LocalDateTime plannedStart, LocalDateTime plannedEnd, long workMinutes) {
  /** Creates the step. @throws IllegalArgumentException if the end is before the start */
  public FlowCardStep {
    if (step <= 0) {
      throw new IllegalArgumentException("step must be positive: " + step);
    }
    Ids.requireNonBlankText(operation, "operation", 200);
    Ids.requireNonBlankText(line, "line", 100);
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(plannedEnd, "plannedEnd");
    if (plannedEnd.isBefore(plannedStart)) {
      throw new IllegalArgumentException("step " + step + " ends (" + plannedEnd + ") before it starts (" + plannedStart + ")");
    }
    if (workMinutes < 0) {
      throw new IllegalArgumentException("step " + step + ": work minutes must not be negative: " + workMinutes);
    }
  }
}

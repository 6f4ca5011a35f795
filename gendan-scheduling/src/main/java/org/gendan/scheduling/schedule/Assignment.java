package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.Objects;
import org.gendan.scheduling.resource.LineId;

/**
 * One operation of one job placed on a line: it runs in the line's working time from {@link #start()}
 * to {@link #end()}, pausing over breaks, nights and holidays.
 *
 * @param job            the job
 * @param operationIndex the operation's position in the routing (0 = first)
 * @param operationName  the operation's name
 * @param line           the line
 * @param start          the first working minute
 * @param end            the end of the last working minute
 * @param workMinutes    the working minutes it takes on this line
 * @param pinned         true if it was pinned (started or frozen) and kept as it was
 */
public record Assignment(JobId job, int operationIndex, String operationName, LineId line, LocalDateTime start, LocalDateTime end,
    long workMinutes, boolean pinned) {

  /** Creates the value. @throws IllegalArgumentException if the end is before the start */
  public Assignment {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(operationName, "operationName");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("assignment of " + job + " ends before it starts");
    }
  }
}

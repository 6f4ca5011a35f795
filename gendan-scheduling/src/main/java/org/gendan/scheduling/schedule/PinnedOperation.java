package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.Objects;
import org.gendan.scheduling.resource.LineId;

/**
 * An operation whose line and times are fixed: it has started (已开工) or lies in the frozen window
 * (冻结期). The scheduler keeps it exactly as it is.
 *
 * @param operationIndex the operation's position in the job's routing (0 = first)
 * @param line           the line it runs on
 * @param start          its start
 * @param end            its end; after the start
 * @param started        true if it has started, false if it is only frozen
 */
public record PinnedOperation(int operationIndex, LineId line, LocalDateTime start, LocalDateTime end, boolean started) {

  /** Creates the value. @throws IllegalArgumentException if the index is negative or the end not after the start */
  public PinnedOperation {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (operationIndex < 0) {
      throw new IllegalArgumentException("operation index must not be negative: " + operationIndex);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("pinned operation must end after it starts: " + start + " .. " + end);
    }
    if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("pinned operation times must be whole minutes: " + start + " .. " + end);
    }
  }
}

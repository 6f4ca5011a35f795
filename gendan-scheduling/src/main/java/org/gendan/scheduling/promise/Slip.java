package org.gendan.scheduling.promise;

import java.time.LocalDateTime;
import java.util.Objects;
import org.gendan.scheduling.schedule.JobId;

/**
 * A promised job that would finish later if an inquiry were served first.
 *
 * @param job         the job
 * @param before      its completion in the promised schedule
 * @param after       its completion with the inquiry served at its tier's priority
 * @param slipMinutes after − before, positive
 * @param becomesLate true if it was on time and would be late (延误)
 */
public record Slip(JobId job, LocalDateTime before, LocalDateTime after, long slipMinutes, boolean becomesLate) {
  /** Creates the value. @throws IllegalArgumentException if the slip is not positive */
  public Slip {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (slipMinutes <= 0) {
      throw new IllegalArgumentException("a slip must be positive, got " + slipMinutes);
    }
  }
}

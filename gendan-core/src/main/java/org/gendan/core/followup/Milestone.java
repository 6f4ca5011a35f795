package org.gendan.core.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One milestone of an order's follow-up plan: what, by when, and when it was met.
 *
 * @param kind the milestone
 * @param due  the date it is planned for, back-scheduled from the delivery date
 * @param done the date it was met, if it was
 */
public record Milestone(MilestoneKind kind, LocalDate due, Optional<LocalDate> done) {
  /** Creates the milestone. */
  public Milestone {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(done, "done");
  }

  /** True if it has been met. */
  public boolean isDone() {
    return done.isPresent();
  }

  /** True if it is not met and its date has passed. */
  public boolean isOverdue(LocalDate today) {
    return done.isEmpty() && due.isBefore(today);
  }

  /** True if it was met after its date. */
  public boolean wasLate() {
    return done.isPresent() && done.get().isAfter(due);
  }
}

package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * The figures a schedule is judged by. {@link #compareTo} orders schedules by weighted tardiness, then
 * the number of late jobs, then makespan: smaller is better.
 *
 * @param weightedTardiness total weight × late minutes
 * @param lateJobs          the number of late jobs
 * @param maxLatenessMinutes the largest lateness (negative if every job is early; 0 with no jobs)
 * @param makespanMinutes   minutes from the planning start to the last completion (0 with no jobs)
 * @param lastCompletion    the last completion (the planning start with no jobs)
 */
public record ScheduleTotals(long weightedTardiness, int lateJobs, long maxLatenessMinutes, long makespanMinutes, LocalDateTime lastCompletion)
    implements Comparable<ScheduleTotals> {

  private static final Comparator<ScheduleTotals> ORDER = Comparator.comparingLong(ScheduleTotals::weightedTardiness)
      .thenComparingInt(ScheduleTotals::lateJobs).thenComparingLong(ScheduleTotals::makespanMinutes);

  /** Creates the value. @throws IllegalArgumentException if a count is negative */
  public ScheduleTotals {
    Objects.requireNonNull(lastCompletion, "lastCompletion");
    if (weightedTardiness < 0 || lateJobs < 0 || makespanMinutes < 0) {
      throw new IllegalArgumentException("weighted tardiness, late jobs and makespan must not be negative");
    }
  }

  @Override
  public int compareTo(ScheduleTotals o) {
    return ORDER.compare(this, o);
  }

  /** True if this is strictly better than {@code other} in the lexicographic order. */
  public boolean isBetterThan(ScheduleTotals other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) < 0;
  }
}

package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How one job fares in a schedule, with the explanation a 跟单员 can give the customer.
 *
 * @param job               the job
 * @param rank              its place in the priority list (1 = placed first)
 * @param release           its release
 * @param due               its due instant
 * @param completion        the end of its last operation
 * @param latenessMinutes   completion − due in minutes (negative: early)
 * @param weight            its weight
 * @param weightedTardiness weight × max(0, lateness)
 * @param explanation       what decided its place, in plain words
 */
public record JobOutcome(JobId job, int rank, LocalDateTime release, LocalDateTime due, LocalDateTime completion, long latenessMinutes,
    long weight, long weightedTardiness, String explanation) {

  /** Creates the value. */
  public JobOutcome {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** True if the job completes after its due instant (延误). */
  public boolean isLate() {
    return latenessMinutes > 0;
  }
}

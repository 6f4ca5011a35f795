package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a {@link PriorityRule} may look at besides the jobs: the planning start and the average work
 * content of the jobs.
 *
 * @param start              the planning start
 * @param averageWorkMinutes the mean standard work content of the jobs (≥ 1)
 */
public record RuleContext(LocalDateTime start, double averageWorkMinutes) {

  /** Creates the value. @throws IllegalArgumentException if the average is below 1 or not finite */
  public RuleContext {
    Objects.requireNonNull(start, "start");
    if (!(averageWorkMinutes >= 1) || Double.isInfinite(averageWorkMinutes)) {
      throw new IllegalArgumentException("average work minutes must be a finite number ≥ 1, got " + averageWorkMinutes);
    }
  }

  /** The instant the job can first start: its release, or the planning start if later. */
  public LocalDateTime readyAt(Job job) {
    return job.release().isAfter(start) ? job.release() : start;
  }

  /** Minutes from the job's ready instant to its due instant, minus its work content (may be negative). */
  public long slackMinutes(Job job) {
    return ChronoUnit.MINUTES.between(readyAt(job), job.due()) - job.standardWorkMinutes();
  }
}

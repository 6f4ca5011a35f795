package org.gendan.scheduling.schedule;

import java.util.Objects;

/**
 * One operation of one job.
 *
 * @param job            the job
 * @param operationIndex the operation's position in its routing (0 = first)
 */
public record OperationRef(JobId job, int operationIndex) implements Comparable<OperationRef> {
  /** Creates the value. @throws IllegalArgumentException if the index is negative */
  public OperationRef {
    Objects.requireNonNull(job, "job");
    if (operationIndex < 0) {
      throw new IllegalArgumentException("operation index must not be negative: " + operationIndex);
    }
  }

  @Override
  public int compareTo(OperationRef o) {
    int c = job.compareTo(o.job);
    return c != 0 ? c : Integer.compare(operationIndex, o.operationIndex);
  }
}

package org.gendan.scheduling.internal.tardiness;

import java.util.Objects;

/**
 * A parallel identical machine total weighted tardiness problem (P|r_j|Σw_jT_j) in integer time units:
 * job {@code j} has processing time {@code processing[j]}, weight {@code weight[j]}, due date
 * {@code due[j]} and release date {@code release[j]}; any job may run on any of {@code machines}
 * machines. Internal to gendan-scheduling: the scheduler maps suitable problems onto it.
 *
 * @param processing processing times, each ≥ 0
 * @param weight     weights, each ≥ 0
 * @param due        due dates (may be negative: already late)
 * @param release    release dates, each ≥ 0
 * @param machines   number of identical machines, ≥ 1
 */
public record TardinessInstance(long[] processing, long[] weight, long[] due, long[] release, int machines) {
  /** Checks the arrays. */
  public TardinessInstance {
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(release, "release");
    int n = processing.length;
    if (weight.length != n || due.length != n || release.length != n) {
      throw new IllegalArgumentException("processing, weight, due and release must have the same length");
    }
    if (machines < 1) {
      throw new IllegalArgumentException("machines must be at least 1: " + machines);
    }
    for (int j = 0; j < n; j++) {
      if (processing[j] < 0 || weight[j] < 0 || release[j] < 0) {
        throw new IllegalArgumentException("job " + j + ": processing, weight and release must not be negative");
      }
    }
  }

  /** An instance with all jobs released at 0. */
  public static TardinessInstance of(long[] processing, long[] weight, long[] due, int machines) {
    return new TardinessInstance(processing, weight, due, new long[processing.length], machines);
  }

  /** The number of jobs. */
  public int size() {
    return processing.length;
  }

  /**
   * The total weighted tardiness of a solution: each machine processes its sequence in order, each job
   * starting at the later of its release and the previous job's completion.
   *
   * @throws IllegalArgumentException if the sequences are not a partition of the jobs onto the machines
   */
  public long objective(int[][] sequences) {
    if (sequences.length != machines) {
      throw new IllegalArgumentException("expected " + machines + " sequences, got " + sequences.length);
    }
    boolean[] seen = new boolean[size()];
    long total = 0;
    for (int[] seq : sequences) {
      long t = 0;
      for (int j : seq) {
        if (j < 0 || j >= size() || seen[j]) {
          throw new IllegalArgumentException("job " + j + " is out of range or scheduled twice");
        }
        seen[j] = true;
        t = Math.max(t, release[j]) + processing[j];
        total += weight[j] * Math.max(0, t - due[j]);
      }
    }
    for (int j = 0; j < seen.length; j++) {
      if (!seen[j]) {
        throw new IllegalArgumentException("job " + j + " is not scheduled");
      }
    }
    return total;
  }
}

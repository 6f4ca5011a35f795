package org.gendan.scheduling.internal.tardiness;

/**
 * Dynasearch for one machine whose jobs are all available at time 0 (Congram, Potts and van de Velde
 * 2002, with the insertion moves of Grosso, Della Croce and Tadei 2004).
 *
 * <p>One pass finds, by dynamic programming over the positions, the best set of mutually independent
 * moves, each a swap of two jobs or the move of one job forwards or backwards within a segment, where the
 * segments do not overlap. Because no job outside a segment changes its completion time, the value of a
 * set of moves is the sum of the values of its moves. The insertion moves are evaluated in O(n²) per pass
 * with running sums over prefix completion times; swaps are first screened in O(1) with a convex lower
 * bound on the shifted middle jobs and only evaluated exactly when they might win. Passes repeat until no
 * set of moves improves the sequence.
 *
 * <p>Not thread-safe: one object holds the work arrays for sequences up to a given length.
 */
final class SingleMachineDynasearch {
  private static final byte KEEP = 0;
  private static final byte SWAP = 1;
  private static final byte FORWARD = 2;
  private static final byte BACKWARD = 3;

  private final long[] p;
  private final long[] w;
  private final long[] d;
  private final long[] completion;
  private final long[] prefixCost;
  private final long[] prefixTardyWeight;
  private final long[] prefixDueWeight;
  private final long[] best;
  private final long[] forward;
  private final long[] posProcessing;
  private final long[] posWeight;
  private final long[] posLateness;
  private final byte[] moveType;
  private final int[] moveFrom;

  SingleMachineDynasearch(long[] processing, long[] weight, long[] due, int capacity) {
    this.p = processing;
    this.w = weight;
    this.d = due;
    completion = new long[capacity];
    prefixCost = new long[capacity + 1];
    prefixTardyWeight = new long[capacity + 1];
    prefixDueWeight = new long[capacity + 1];
    best = new long[capacity + 1];
    forward = new long[capacity];
    posProcessing = new long[capacity];
    posWeight = new long[capacity];
    posLateness = new long[capacity];
    moveType = new byte[capacity + 1];
    moveFrom = new int[capacity + 1];
  }

  /** The weighted tardiness of the first {@code len} jobs of {@code seq} processed from time 0. */
  long cost(int[] seq, int len) {
    long t = 0;
    long total = 0;
    for (int k = 0; k < len; k++) {
      int j = seq[k];
      t += p[j];
      long late = t - d[j];
      if (late > 0) {
        total += w[j] * late;
      }
    }
    return total;
  }

  /**
   * Improves the first {@code len} jobs of {@code seq} in place until no dynasearch move helps or the
   * deadline passes; returns their weighted tardiness.
   */
  long descend(int[] seq, int len, long deadlineNanos) {
    return descend(seq, len, 0, len - 1, deadlineNanos);
  }

  /**
   * Like {@link #descend(int[], int, long)} for a sequence that differs from a local optimum only at
   * positions {@code lo..hi}: no move lying wholly before {@code lo} or wholly after {@code hi} can
   * improve it, so the first pass evaluates only moves that reach into that range. Each later pass is
   * restricted in the same way to the range its predecessor changed.
   */
  long descend(int[] seq, int len, int lo, int hi, long deadlineNanos) {
    long current = cost(seq, len);
    changedLo = Math.max(0, lo);
    changedHi = Math.min(len - 1, hi);
    while (current > 0 && changedLo <= changedHi) {
      long next = pass(seq, len, current, changedLo, changedHi, deadlineNanos);
      if (next >= current) {
        break;
      }
      current = next;
    }
    return current;
  }

  private int changedLo;
  private int changedHi;

  /**
   * One dynasearch pass: applies the best set of independent moves if it improves {@code current} and
   * returns the new cost, recording the positions it changed; returns {@code current} and leaves the
   * sequence alone otherwise, or when the deadline passes during the pass. Only moves that end at or
   * after {@code lo} and start at or before {@code hi} are evaluated.
   */
  private long pass(int[] seq, int len, long current, int lo, int hi, long deadlineNanos) {
    // per position: processing time, weight, lateness C - d, so the inner loops read arrays in order
    long[] pp = posProcessing;
    long[] pw = posWeight;
    long[] lateness = posLateness;
    long t = 0;
    prefixCost[0] = 0;
    prefixTardyWeight[0] = 0;
    prefixDueWeight[0] = 0;
    for (int k = 0; k < len; k++) {
      int j = seq[k];
      t += p[j];
      completion[k] = t;
      pp[k] = p[j];
      pw[k] = w[j];
      long late = t - d[j];
      lateness[k] = late;
      long c = late > 0 ? w[j] * late : 0;
      prefixCost[k + 1] = prefixCost[k] + c;
      prefixTardyWeight[k + 1] = prefixTardyWeight[k] + (c > 0 ? w[j] : 0);
      prefixDueWeight[k + 1] = prefixDueWeight[k] + (late >= 0 ? w[j] : 0);
    }
    // no move before lo improves: the best value of every prefix up to lo is its plain cost
    for (int k = 0; k <= lo; k++) {
      best[k] = prefixCost[k];
      moveType[k] = KEEP;
    }
    // running sums of forward insertions for the moves that start before lo
    for (int k = 1; k < lo; k++) {
      long lk = lateness[k];
      long wb = pw[k];
      forward[k - 1] = 0;
      for (int i = k - 1; i >= 0; i--) {
        long lateK = lk - pp[i];
        if (lateK > 0) {
          forward[i] += wb * lateK;
        }
      }
    }
    for (int k = lo; k < len; k++) {
      if ((k & 63) == 63 && System.nanoTime() - deadlineNanos > 0) {
        return current;
      }
      long pb = pp[k];
      long wb = pw[k];
      long db = d[seq[k]];
      long lk = lateness[k];
      long ck = completion[k];
      long bestValue = best[k] + (prefixCost[k + 1] - prefixCost[k]);
      byte bestType = KEEP;
      int bestFrom = k;
      if (k > 0) {
        forward[k - 1] = 0;
      }
      long backward = 0;
      int top = Math.min(k - 1, hi);
      // moves starting after hi cannot improve; only the backward running sum is needed there
      for (int l = k - 1; l > top; l--) {
        long lateShifted = lateness[l] + pb;
        if (lateShifted > 0) {
          backward += pw[l] * lateShifted;
        }
      }
      for (int i = top; i >= 0; i--) {
        long pa = pp[i];
        long wa = pw[i];
        long li = lateness[i];
        long fi = best[i];
        // job b moved in front of position i: jobs i..k-1 shift by +pb
        long lateShifted = li + pb;
        if (lateShifted > 0) {
          backward += wa * lateShifted;
        }
        long lateB = completion[i] - pa + pb - db;
        long costB = lateB > 0 ? wb * lateB : 0;
        long v = fi + costB + backward;
        if (v < bestValue) {
          bestValue = v;
          bestType = BACKWARD;
          bestFrom = i;
        }
        // job a moved behind position k: jobs i+1..k shift by -pa
        long lateK = lk - pa;
        if (lateK > 0) {
          forward[i] += wb * lateK;
        }
        long lateA = li + (ck - completion[i]);
        long costA = lateA > 0 ? wa * lateA : 0;
        v = fi + forward[i] + costA;
        if (v < bestValue) {
          bestValue = v;
          bestType = FORWARD;
          bestFrom = i;
        }
        if (i + 1 < k) {
          long base = fi + costB + costA;
          if (base < bestValue) {
            long delta = pb - pa;
            long middleNow = prefixCost[k] - prefixCost[i + 1];
            // tangents of the convex shifted cost: slope = weight of the late (delta < 0) or of the
            // late and on-time (delta >= 0) middle jobs
            long bound = delta < 0
                ? Math.max(0, middleNow + delta * (prefixTardyWeight[k] - prefixTardyWeight[i + 1]))
                : middleNow + delta * (prefixDueWeight[k] - prefixDueWeight[i + 1]);
            if (base + bound < bestValue) {
              long middle = 0;
              long limit = bestValue - base;
              for (int l = i + 1; l < k && middle < limit; l++) {
                long late = lateness[l] + delta;
                if (late > 0) {
                  middle += pw[l] * late;
                }
              }
              if (middle < limit) {
                bestValue = base + middle;
                bestType = SWAP;
                bestFrom = i;
              }
            }
          }
        }
      }
      best[k + 1] = bestValue;
      moveType[k + 1] = bestType;
      moveFrom[k + 1] = bestFrom;
    }
    long result = best[len];
    if (result >= current) {
      return current;
    }
    changedLo = len;
    changedHi = -1;
    int pos = len;
    while (pos > 0) {
      byte type = moveType[pos];
      int i = moveFrom[pos];
      int k = pos - 1;
      if (type == KEEP) {
        pos--;
        continue;
      }
      changedLo = Math.min(changedLo, i);
      changedHi = Math.max(changedHi, k);
      if (type == SWAP) {
        int x = seq[i];
        seq[i] = seq[k];
        seq[k] = x;
      } else if (type == FORWARD) {
        int x = seq[i];
        System.arraycopy(seq, i + 1, seq, i, k - i);
        seq[k] = x;
      } else {
        int x = seq[k];
        System.arraycopy(seq, i, seq, i + 1, k - i);
        seq[i] = x;
      }
      pos = i;
    }
    return result;
  }
}

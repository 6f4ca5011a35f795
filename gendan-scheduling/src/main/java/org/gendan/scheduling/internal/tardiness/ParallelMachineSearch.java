package org.gendan.scheduling.internal.tardiness;

import java.util.SplittableRandom;

/**
 * Local search for the general case: several identical machines and/or release dates. A solution is
 * one sequence per machine; a machine processes its sequence in order, each job starting at the later
 * of its release and the previous job's completion.
 *
 * <p>Neighbourhoods, searched until none improves: within a machine, dynasearch when no job has a
 * release date (see {@link SingleMachineDynasearch}), otherwise every insertion and swap; between
 * machines, moving one job to any position of another machine and swapping two jobs of different
 * machines. Each candidate is evaluated from the first changed position on, reusing the prefix
 * completion times and costs of the machine.
 *
 * <p>Not thread-safe: one object holds the work arrays.
 */
final class ParallelMachineSearch {
  private final long[] p;
  private final long[] w;
  private final long[] d;
  private final long[] r;
  private final int n;
  private final int m;
  private final boolean released;
  private final SingleMachineDynasearch dynasearch;
  private final long[][] completion;
  private final long[][] prefixCost;
  /** Per machine, prefix sums of the weights of the jobs that are late (lateness &gt; 0). */
  private final long[][] prefixLateWeight;
  /** Per machine, prefix sums of the weights of the jobs that are late or exactly on time (lateness ≥ 0). */
  private final long[][] prefixDueWeight;
  private final int[] scratch;

  ParallelMachineSearch(TardinessInstance in) {
    p = in.processing();
    w = in.weight();
    d = in.due();
    r = in.release();
    n = in.size();
    m = in.machines();
    boolean anyRelease = false;
    for (long x : r) {
      anyRelease |= x > 0;
    }
    released = anyRelease;
    dynasearch = anyRelease ? null : new SingleMachineDynasearch(p, w, d, n);
    // per-machine work arrays start at about twice a fair share and grow when a machine takes more jobs
    int share = Math.min(n, 2 * (n / m) + 8);
    completion = new long[m][share];
    prefixCost = new long[m][share + 1];
    prefixLateWeight = new long[m][share + 1];
    prefixDueWeight = new long[m][share + 1];
    scratch = new int[n + 1];
  }

  /** The total weighted tardiness of the solution. */
  long cost(int[][] seqs, int[] lens) {
    long total = 0;
    for (int a = 0; a < m; a++) {
      total += costFrom(seqs[a], 0, lens[a], 0, 0);
    }
    return total;
  }

  /** Weighted tardiness of {@code seq[from..to)} when the machine is free at time {@code t}; adds {@code acc}. */
  private long costFrom(int[] seq, int from, int to, long t, long acc) {
    for (int k = from; k < to; k++) {
      int j = seq[k];
      t = Math.max(t, r[j]) + p[j];
      long late = t - d[j];
      if (late > 0) {
        acc += w[j] * late;
      }
    }
    return acc;
  }

  private void prepare(int[] seq, int len, int a) {
    if (completion[a].length < len) {
      int size = Math.min(n, Math.max(len, 2 * completion[a].length));
      completion[a] = new long[size];
      prefixCost[a] = new long[size + 1];
      prefixLateWeight[a] = new long[size + 1];
      prefixDueWeight[a] = new long[size + 1];
    }
    long t = 0;
    long[] c = completion[a];
    long[] pc = prefixCost[a];
    long[] lw = prefixLateWeight[a];
    long[] dw = prefixDueWeight[a];
    for (int k = 0; k < len; k++) {
      int j = seq[k];
      t = Math.max(t, r[j]) + p[j];
      c[k] = t;
      long late = t - d[j];
      pc[k + 1] = pc[k] + (late > 0 ? w[j] * late : 0);
      lw[k + 1] = lw[k] + (late > 0 ? w[j] : 0);
      dw[k + 1] = dw[k] + (late >= 0 ? w[j] : 0);
    }
  }

  /**
   * A lower bound on the cost of positions {@code from..len-1} of machine {@code a} when the machine
   * becomes free {@code delta} later (earlier if negative) before position {@code from}. Without release
   * dates every job shifts by exactly delta and the bound is the tangent of the convex cost; with release
   * dates a job shifts by at most |delta| in the same direction, which keeps the bound valid.
   */
  private long suffixBound(int a, int from, int len, long delta) {
    long now = prefixCost[a][len] - prefixCost[a][from];
    if (delta >= 0) {
      return released ? now : now + delta * (prefixDueWeight[a][len] - prefixDueWeight[a][from]);
    }
    return Math.max(0, now + delta * (prefixLateWeight[a][len] - prefixLateWeight[a][from]));
  }

  private long startTime(int a, int position) {
    return position == 0 ? 0 : completion[a][position - 1];
  }

  /** Improves the solution in place until no move helps or the deadline passes; returns its cost. */
  long descend(int[][] seqs, int[] lens, long deadlineNanos) {
    long total = cost(seqs, lens);
    boolean improved = true;
    while (improved && total > 0 && System.nanoTime() - deadlineNanos < 0) {
      improved = false;
      for (int a = 0; a < m; a++) {
        long before = costFrom(seqs[a], 0, lens[a], 0, 0);
        long after = released ? intraMachine(seqs[a], lens[a], a, deadlineNanos) : dynasearch.descend(seqs[a], lens[a], deadlineNanos);
        if (after < before) {
          total -= before - after;
          improved = true;
        }
      }
      if (m > 1) {
        long gain = interMachine(seqs, lens, deadlineNanos);
        if (gain > 0) {
          total -= gain;
          improved = true;
        }
      }
    }
    return total;
  }

  /** Insertion and swap moves within one machine with release dates, first improvement; returns the cost. */
  private long intraMachine(int[] seq, int len, int a, long deadlineNanos) {
    prepare(seq, len, a);
    long current = prefixCost[a][len];
    boolean improved = true;
    while (improved && current > 0) {
      improved = false;
      for (int i = 0; i < len; i++) {
        if (System.nanoTime() - deadlineNanos > 0) {
          return current;
        }
        for (int j = 0; j < len; j++) {
          if (i == j) {
            continue;
          }
          // the job at i inserted at position j
          int lo = Math.min(i, j);
          System.arraycopy(seq, lo, scratch, lo, len - lo);
          int x = scratch[i];
          if (i < j) {
            System.arraycopy(scratch, i + 1, scratch, i, j - i);
          } else {
            System.arraycopy(scratch, j, scratch, j + 1, i - j);
          }
          scratch[j] = x;
          long v = costFrom(scratch, lo, len, startTime(a, lo), prefixCost[a][lo]);
          if (v < current) {
            System.arraycopy(scratch, lo, seq, lo, len - lo);
            current = v;
            improved = true;
            prepare(seq, len, a);
            continue;
          }
          if (i < j - 1) {
            // the jobs at i and j swapped
            System.arraycopy(seq, i, scratch, i, len - i);
            scratch[i] = seq[j];
            scratch[j] = seq[i];
            v = costFrom(scratch, i, len, startTime(a, i), prefixCost[a][i]);
            if (v < current) {
              System.arraycopy(scratch, i, seq, i, len - i);
              current = v;
              improved = true;
              prepare(seq, len, a);
            }
          }
        }
      }
    }
    return current;
  }

  /** Moves and swaps of jobs between machines, first improvement; returns the total gain. */
  private long interMachine(int[][] seqs, int[] lens, long deadlineNanos) {
    long gain = 0;
    for (int a = 0; a < m; a++) {
      prepare(seqs[a], lens[a], a);
    }
    for (int a = 0; a < m; a++) {
      for (int i = 0; i < lens[a]; i++) {
        if (System.nanoTime() - deadlineNanos > 0) {
          return gain;
        }
        int x = seqs[a][i];
        long costA = prefixCost[a][lens[a]];
        // a without x
        System.arraycopy(seqs[a], 0, scratch, 0, lens[a]);
        System.arraycopy(scratch, i + 1, scratch, i, lens[a] - i - 1);
        long costAWithout = costFrom(scratch, i, lens[a] - 1, startTime(a, i), prefixCost[a][i]);
        boolean moved = false;
        for (int b = 0; b < m && !moved; b++) {
          if (b == a) {
            continue;
          }
          long costB = prefixCost[b][lens[b]];
          long saving = costA + costB - costAWithout;
          for (int j = 0; j <= lens[b]; j++) {
            long t = Math.max(startTime(b, j), r[x]) + p[x];
            long late = t - d[x];
            long v = prefixCost[b][j] + (late > 0 ? w[x] * late : 0);
            if (v + suffixBound(b, j, lens[b], t - startTime(b, j)) >= saving) {
              continue;
            }
            v = costFrom(seqs[b], j, lens[b], t, v);
            long delta = costA + costB - costAWithout - v;
            if (delta > 0) {
              int[] sa = seqs[a];
              System.arraycopy(sa, i + 1, sa, i, lens[a] - i - 1);
              lens[a]--;
              int[] sb = seqs[b];
              System.arraycopy(sb, j, sb, j + 1, lens[b] - j);
              sb[j] = x;
              lens[b]++;
              prepare(sa, lens[a], a);
              prepare(sb, lens[b], b);
              gain += delta;
              moved = true;
              break;
            }
          }
          if (!moved) {
            // swap x with the job at each position of b
            for (int j = 0; j < lens[b]; j++) {
              int y = seqs[b][j];
              if (swapBound(a, lens[a], i, y) + swapBound(b, lens[b], j, x) >= costA + costB) {
                continue;
              }
              long va = swapCost(seqs[a], lens[a], a, i, y);
              long vb = swapCost(seqs[b], lens[b], b, j, x);
              long delta = costA + costB - va - vb;
              if (delta > 0) {
                seqs[a][i] = y;
                seqs[b][j] = x;
                prepare(seqs[a], lens[a], a);
                prepare(seqs[b], lens[b], b);
                gain += delta;
                moved = true;
                break;
              }
            }
          }
        }
        if (moved) {
          i--;
        }
      }
    }
    return gain;
  }

  /** A lower bound on {@link #swapCost} in O(1). */
  private long swapBound(int a, int len, int i, int y) {
    long t = Math.max(startTime(a, i), r[y]) + p[y];
    long late = t - d[y];
    return prefixCost[a][i] + (late > 0 ? w[y] * late : 0) + suffixBound(a, i + 1, len, t - completion[a][i]);
  }

  /** Cost of machine {@code a} with the job at {@code i} replaced by {@code y}. */
  private long swapCost(int[] seq, int len, int a, int i, int y) {
    long t = Math.max(startTime(a, i), r[y]) + p[y];
    long late = t - d[y];
    long v = prefixCost[a][i] + (late > 0 ? w[y] * late : 0);
    return costFrom(seq, i + 1, len, t, v);
  }

  /**
   * Random perturbation of {@code strength} moves: each swaps two random jobs (possibly on different
   * machines) or moves a random job to a random position of a random machine.
   */
  void perturb(int[][] seqs, int[] lens, int strength, SplittableRandom random) {
    for (int s = 0; s < strength; s++) {
      int a = randomMachine(lens, random);
      int i = random.nextInt(lens[a]);
      if (random.nextBoolean()) {
        int b = randomMachine(lens, random);
        int j = random.nextInt(lens[b]);
        int x = seqs[a][i];
        seqs[a][i] = seqs[b][j];
        seqs[b][j] = x;
      } else {
        int b = random.nextInt(m);
        int x = seqs[a][i];
        System.arraycopy(seqs[a], i + 1, seqs[a], i, lens[a] - i - 1);
        lens[a]--;
        int j = random.nextInt(lens[b] + 1);
        System.arraycopy(seqs[b], j, seqs[b], j + 1, lens[b] - j);
        seqs[b][j] = x;
        lens[b]++;
      }
    }
  }

  /** A machine chosen with probability proportional to its number of jobs (at least one job overall). */
  private int randomMachine(int[] lens, SplittableRandom random) {
    int k = random.nextInt(n);
    for (int a = 0; a < m; a++) {
      if (k < lens[a]) {
        return a;
      }
      k -= lens[a];
    }
    throw new IllegalStateException("job count out of step with the sequences");
  }
}

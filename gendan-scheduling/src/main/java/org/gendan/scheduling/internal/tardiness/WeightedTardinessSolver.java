package org.gendan.scheduling.internal.tardiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Minimises total weighted tardiness on identical parallel machines with release dates.
 *
 * <p>This first version builds an apparent-tardiness-cost (ATC) list schedule, assigning each job to
 * the machine where it can start first, and improves it by adjacent pairwise interchange until no swap
 * helps. It is deterministic and never returns a solution worse than the {@code initial} one.
 */
public final class WeightedTardinessSolver {

  private WeightedTardinessSolver() {}

  /**
   * Solves the instance.
   *
   * @param instance the problem
   * @param initial  a known solution to start from and never do worse than, or null
   * @param search   time limit, seed and progress listener
   * @return the best solution found
   */
  public static TardinessSolution solve(TardinessInstance instance, TardinessSolution initial, TardinessSearch search) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(search, "search");
    long start = System.nanoTime();
    int[][] best = atc(instance);
    long bestValue = instance.objective(best);
    if (initial != null) {
      long v = instance.objective(initial.sequences());
      if (v <= bestValue) {
        best = copy(initial.sequences());
        bestValue = v;
      }
    }
    search.listener().improved(bestValue, elapsed(start));
    boolean improved = true;
    while (improved && elapsed(start) <= search.timeLimitMillis()) {
      improved = false;
      for (int[] seq : best) {
        for (int i = 0; i + 1 < seq.length; i++) {
          swap(seq, i);
          long v = instance.objective(best);
          if (v < bestValue) {
            bestValue = v;
            improved = true;
            search.listener().improved(bestValue, elapsed(start));
          } else {
            swap(seq, i);
          }
        }
      }
    }
    return new TardinessSolution(best, bestValue);
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void swap(int[] seq, int i) {
    int t = seq[i];
    seq[i] = seq[i + 1];
    seq[i + 1] = t;
  }

  private static int[][] copy(int[][] s) {
    int[][] c = new int[s.length][];
    for (int i = 0; i < s.length; i++) {
      c[i] = s[i].clone();
    }
    return c;
  }

  /** ATC list scheduling with k = 2 on the machine that frees first (ties: lowest machine, lowest job). */
  static int[][] atc(TardinessInstance in) {
    int n = in.size();
    int m = in.machines();
    double pAvg = 0;
    for (long p : in.processing()) {
      pAvg += p;
    }
    pAvg = n == 0 ? 1 : Math.max(1e-9, pAvg / n);
    long[] free = new long[m];
    List<List<Integer>> seqs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      seqs.add(new ArrayList<>());
    }
    boolean[] done = new boolean[n];
    for (int k = 0; k < n; k++) {
      int machine = 0;
      for (int i = 1; i < m; i++) {
        if (free[i] < free[machine]) {
          machine = i;
        }
      }
      long earliestRelease = Long.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        if (!done[j]) {
          earliestRelease = Math.min(earliestRelease, in.release()[j]);
        }
      }
      long t = Math.max(free[machine], earliestRelease);
      int pick = -1;
      double bestIndex = -1;
      for (int j = 0; j < n; j++) {
        if (done[j] || in.release()[j] > t) {
          continue;
        }
        long p = in.processing()[j];
        double slack = Math.max(0, in.due()[j] - p - t);
        double index = (in.weight()[j] / (double) Math.max(1, p)) * Math.exp(-slack / (2 * pAvg));
        if (index > bestIndex) {
          bestIndex = index;
          pick = j;
        }
      }
      done[pick] = true;
      seqs.get(machine).add(pick);
      free[machine] = Math.max(free[machine], in.release()[pick]) + in.processing()[pick];
    }
    int[][] out = new int[m][];
    for (int i = 0; i < m; i++) {
      out[i] = seqs.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}

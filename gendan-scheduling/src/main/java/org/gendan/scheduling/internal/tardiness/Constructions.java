package org.gendan.scheduling.internal.tardiness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Starting solutions from dispatching rules. Each rule is applied as non-delay list scheduling: the
 * machine that frees first (lowest index on ties) takes, among the jobs released by then, the one the
 * rule ranks first (lowest job index on ties); if none is released, the machine waits for the earliest
 * release. Rules: apparent tardiness cost (ATC) with several look-ahead values k, earliest due date
 * (EDD), weighted shortest processing time (WSPT), modified due date (MDD) and weighted modified due date
 * (WMDD).
 */
final class Constructions {
  /** Above this many jobs only the O(n log n) static rules (EDD, WSPT) are used. */
  static final int DYNAMIC_RULE_LIMIT = 1000;

  private static final double[] ATC_K = {0.5, 1, 2, 3, 5};

  private Constructions() {}

  /** Every rule's solution, in a fixed order. */
  static List<int[][]> all(TardinessInstance in) {
    List<int[][]> out = new ArrayList<>();
    int n = in.size();
    long[] p = in.processing();
    long[] w = in.weight();
    long[] d = in.due();
    Integer[] edd = order(n, Comparator.<Integer>comparingLong(j -> d[j]).thenComparingInt(j -> j));
    Integer[] wspt = order(n, (x, y) -> {
      // w_x/p_x > w_y/p_y first, compared exactly as w_x*p_y vs w_y*p_x
      int c = Long.compare(w[y] * p[x], w[x] * p[y]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    out.add(staticRule(in, edd));
    out.add(staticRule(in, wspt));
    if (n <= DYNAMIC_RULE_LIMIT) {
      double pMean = Math.max(1e-9, Arrays.stream(p).average().orElse(1));
      for (double k : ATC_K) {
        double scale = k * pMean;
        out.add(dynamicRule(in, (j, t) -> {
          double slack = Math.max(0, d[j] - p[j] - t);
          return -(w[j] / (double) Math.max(1, p[j])) * Math.exp(-slack / scale);
        }));
      }
      out.add(dynamicRule(in, (j, t) -> Math.max(d[j], t + p[j])));
      out.add(dynamicRule(in, (j, t) -> w[j] == 0 ? Double.MAX_VALUE : Math.max(p[j], d[j] - t) / (double) w[j]));
    }
    return out;
  }

  private static Integer[] order(int n, Comparator<Integer> comparator) {
    Integer[] jobs = new Integer[n];
    for (int j = 0; j < n; j++) {
      jobs[j] = j;
    }
    Arrays.sort(jobs, comparator);
    return jobs;
  }

  /** A rule whose priority of a job depends on the decision time {@code t}: lower is better. */
  @FunctionalInterface
  interface Priority {
    double of(int job, long t);
  }

  private static int[][] dynamicRule(TardinessInstance in, Priority rule) {
    int n = in.size();
    int m = in.machines();
    long[] r = in.release();
    long[] free = new long[m];
    boolean[] done = new boolean[n];
    List<List<Integer>> seqs = emptySequences(m);
    for (int step = 0; step < n; step++) {
      int machine = firstFree(free);
      long earliest = Long.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        if (!done[j]) {
          earliest = Math.min(earliest, r[j]);
        }
      }
      long t = Math.max(free[machine], earliest);
      int pick = -1;
      double pickValue = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (done[j] || r[j] > t) {
          continue;
        }
        double v = rule.of(j, t);
        if (pick < 0 || v < pickValue) {
          pick = j;
          pickValue = v;
        }
      }
      done[pick] = true;
      seqs.get(machine).add(pick);
      free[machine] = Math.max(free[machine], r[pick]) + in.processing()[pick];
    }
    return toArrays(seqs);
  }

  private static int[][] staticRule(TardinessInstance in, Integer[] ranked) {
    int n = in.size();
    int m = in.machines();
    long[] r = in.release();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[ranked[i]] = i;
    }
    Integer[] byRelease = order(n, Comparator.<Integer>comparingLong(j -> r[j]).thenComparingInt(j -> rank[j]));
    PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparingInt(j -> rank[j]));
    long[] free = new long[m];
    List<List<Integer>> seqs = emptySequences(m);
    int next = 0;
    for (int step = 0; step < n; step++) {
      int machine = firstFree(free);
      long t = free[machine];
      if (ready.isEmpty() && next < n) {
        t = Math.max(t, r[byRelease[next]]);
      }
      while (next < n && r[byRelease[next]] <= t) {
        ready.add(byRelease[next++]);
      }
      int pick = ready.poll();
      seqs.get(machine).add(pick);
      free[machine] = Math.max(free[machine], r[pick]) + in.processing()[pick];
    }
    return toArrays(seqs);
  }

  private static int firstFree(long[] free) {
    int machine = 0;
    for (int i = 1; i < free.length; i++) {
      if (free[i] < free[machine]) {
        machine = i;
      }
    }
    return machine;
  }

  private static List<List<Integer>> emptySequences(int m) {
    List<List<Integer>> seqs = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      seqs.add(new ArrayList<>());
    }
    return seqs;
  }

  private static int[][] toArrays(List<List<Integer>> seqs) {
    int[][] out = new int[seqs.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = seqs.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}

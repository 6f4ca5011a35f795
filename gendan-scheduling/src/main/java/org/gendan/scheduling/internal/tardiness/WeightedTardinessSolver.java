package org.gendan.scheduling.internal.tardiness;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Minimises total weighted tardiness on identical parallel machines with release dates
 * (P|r_j|Σw_jT_j), one machine being the main case.
 *
 * <p>The search:
 * <ol>
 *   <li>starts from the best of several dispatching rules (see {@link Constructions}) and of the
 *       caller's {@code initial} solution;</li>
 *   <li>descends to a local optimum: on one machine without release dates by dynasearch (the best set
 *       of independent swaps and insertions, found by dynamic programming in each pass), otherwise by
 *       insertion and swap moves within and between machines (see {@link ParallelMachineSearch});</li>
 *   <li>iterates: perturbs the current local optimum by a few random swaps of jobs at most n/2
 *       positions apart (on several machines or with release dates: random swaps, and moves of jobs to
 *       random places on any machine), descends again, and moves to the new local optimum when it is not
 *       worse. The perturbation strength adapts in breakout style: it grows each time the search returns
 *       to a local optimum no better than the current one and falls back to its minimum after an
 *       improvement; after a run of fruitless iterations the search restarts from the best solution
 *       found.</li>
 * </ol>
 * It stops at the first of: the time limit; {@link TardinessSearch#maxIdleIterations()} iterations in a
 * row without a new best solution (when automatic: 30,000 / n, between 300 and 1,000); or the objective
 * reaching a lower bound (Σ w_j·max(0, r_j + p_j − d_j), zero when every job can be on time alone).
 * The time limit is checked between iterations and within long passes; the dispatching rules and the
 * first pass always run. Stopped by its own rule, the result depends only on the instance, the initial
 * solution and the seed.
 * It never returns a solution worse than {@code initial}, and the listener hears of every new best.
 */
public final class WeightedTardinessSolver {

  /** The smallest perturbation: this many random swaps. */
  private static final int MIN_STRENGTH = 2;
  /** The largest perturbation (capped at n / 2). */
  private static final int MAX_STRENGTH = 12;

  private WeightedTardinessSolver() {}

  /**
   * Solves the instance.
   *
   * @param instance the problem
   * @param initial  a known solution to start from and never do worse than, or null
   * @param search   time limit, seed, stop rule and progress listener
   * @return the best solution found; its sequences are fresh arrays
   * @throws IllegalArgumentException if {@code initial} is not a solution of {@code instance} (wrong
   *                                  number of machines, a job missing, repeated or out of range)
   */
  public static TardinessSolution solve(TardinessInstance instance, TardinessSolution initial, TardinessSearch search) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(search, "search");
    long start = System.nanoTime();
    long deadline = start + Math.min(search.timeLimitMillis(), Long.MAX_VALUE / 2_000_000L) * 1_000_000L;
    int n = instance.size();
    int m = instance.machines();
    long initialValue = Long.MAX_VALUE;
    if (initial != null) {
      initialValue = instance.objective(initial.sequences());
    }
    int[][] best = null;
    long bestValue = Long.MAX_VALUE;
    for (int[][] candidate : Constructions.all(instance)) {
      long v = instance.objective(candidate);
      if (v < bestValue) {
        best = candidate;
        bestValue = v;
      }
    }
    if (initial != null && initialValue <= bestValue) {
      best = initial.sequences();
      bestValue = initialValue;
    }
    int[][] bestSeqs = withCapacity(best, n);
    int[] bestLens = lengths(best);
    search.listener().improved(bestValue, elapsedMillis(start));
    long lowerBound = lowerBound(instance);
    if (n == 0 || bestValue <= lowerBound) {
      return solution(bestSeqs, bestLens, bestValue);
    }

    Engine engine = m == 1 && !hasReleases(instance) ? new SingleEngine(instance) : new ParallelEngine(instance);
    int[][] cur = withCapacity(bestSeqs, n);
    int[] curLens = bestLens.clone();
    long curValue = engine.descend(cur, curLens, deadline);
    if (curValue < bestValue) {
      copyInto(cur, curLens, bestSeqs, bestLens);
      bestValue = curValue;
      search.listener().improved(bestValue, elapsedMillis(start));
    }
    long maxIdle = search.maxIdleIterations() == TardinessSearch.AUTOMATIC_IDLE_ITERATIONS
        ? automaticIdleIterations(n) : search.maxIdleIterations();
    int maxStrength = Math.max(MIN_STRENGTH, Math.min(n / 2, MAX_STRENGTH));
    long restartAfter = Math.max(10, maxIdle / 4);
    SplittableRandom random = new SplittableRandom(search.seed());
    int[][] cand = withCapacity(bestSeqs, n);
    int[] candLens = bestLens.clone();
    int strength = MIN_STRENGTH;
    long idle = 0;
    long sinceCurrentImproved = 0;
    while (idle < maxIdle && bestValue > lowerBound && System.nanoTime() - deadline < 0) {
      copyInto(cur, curLens, cand, candLens);
      engine.perturb(cand, candLens, strength, random);
      long v = engine.descend(cand, candLens, deadline);
      if (v < bestValue) {
        copyInto(cand, candLens, bestSeqs, bestLens);
        bestValue = v;
        idle = 0;
        search.listener().improved(bestValue, elapsedMillis(start));
      } else {
        idle++;
      }
      if (v < curValue) {
        int[][] seqs = cur;
        cur = cand;
        cand = seqs;
        int[] lens = curLens;
        curLens = candLens;
        candLens = lens;
        curValue = v;
        strength = MIN_STRENGTH;
        sinceCurrentImproved = 0;
      } else {
        if (v == curValue) {
          copyInto(cand, candLens, cur, curLens);
        }
        strength = Math.min(maxStrength, strength + 1);
        if (++sinceCurrentImproved >= restartAfter) {
          copyInto(bestSeqs, bestLens, cur, curLens);
          curValue = bestValue;
          sinceCurrentImproved = 0;
          strength = MIN_STRENGTH;
        }
      }
    }
    return solution(bestSeqs, bestLens, bestValue);
  }

  /**
   * The automatic stop rule: iterations in a row without a new best solution. An iteration costs about
   * O(n²), so small instances can afford a longer fruitless tail: 30,000 / n, kept between 300 and 1,000.
   */
  static long automaticIdleIterations(int n) {
    return Math.max(300, Math.min(1_000, 30_000 / Math.max(1, n)));
  }

  /** Σ w_j·max(0, r_j + p_j − d_j): each job is at least this late whatever the schedule. */
  static long lowerBound(TardinessInstance in) {
    long bound = 0;
    for (int j = 0; j < in.size(); j++) {
      long late = in.release()[j] + in.processing()[j] - in.due()[j];
      if (late > 0) {
        bound += in.weight()[j] * late;
      }
    }
    return bound;
  }

  private static boolean hasReleases(TardinessInstance in) {
    for (long r : in.release()) {
      if (r > 0) {
        return true;
      }
    }
    return false;
  }

  private static long elapsedMillis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static int[][] withCapacity(int[][] seqs, int n) {
    int[][] out = new int[seqs.length][n];
    for (int a = 0; a < seqs.length; a++) {
      System.arraycopy(seqs[a], 0, out[a], 0, seqs[a].length);
    }
    return out;
  }

  private static int[] lengths(int[][] seqs) {
    int[] lens = new int[seqs.length];
    for (int a = 0; a < seqs.length; a++) {
      lens[a] = seqs[a].length;
    }
    return lens;
  }

  private static void copyInto(int[][] from, int[] fromLens, int[][] to, int[] toLens) {
    for (int a = 0; a < from.length; a++) {
      System.arraycopy(from[a], 0, to[a], 0, fromLens[a]);
      toLens[a] = fromLens[a];
    }
  }

  private static TardinessSolution solution(int[][] seqs, int[] lens, long value) {
    int[][] out = new int[seqs.length][];
    for (int a = 0; a < seqs.length; a++) {
      out[a] = Arrays.copyOf(seqs[a], lens[a]);
    }
    return new TardinessSolution(out, value);
  }

  /** A local search with its perturbation. */
  private interface Engine {
    long descend(int[][] seqs, int[] lens, long deadlineNanos);

    void perturb(int[][] seqs, int[] lens, int strength, SplittableRandom random);
  }

  /** One machine, no release dates: dynasearch; perturbation by random swaps of nearby jobs. */
  private static final class SingleEngine implements Engine {
    private final SingleMachineDynasearch dynasearch;
    private final int n;
    /** Positions changed by the last perturbation; the whole sequence before the first descent. */
    private int changedLo;
    private int changedHi;

    SingleEngine(TardinessInstance in) {
      n = in.size();
      dynasearch = new SingleMachineDynasearch(in.processing(), in.weight(), in.due(), n);
      changedHi = n - 1;
    }

    @Override
    public long descend(int[][] seqs, int[] lens, long deadlineNanos) {
      long v = dynasearch.descend(seqs[0], lens[0], changedLo, changedHi, deadlineNanos);
      changedLo = 0;
      changedHi = n - 1;
      return v;
    }

    @Override
    public void perturb(int[][] seqs, int[] lens, int strength, SplittableRandom random) {
      int[] seq = seqs[0];
      if (n < 2) {
        return;
      }
      int window = Math.max(2, Math.min(n - 1, n / 2));
      changedLo = n;
      changedHi = -1;
      for (int s = 0; s < strength; s++) {
        int i = random.nextInt(n - 1);
        int j = i + 1 + random.nextInt(Math.min(window, n - 1 - i));
        int x = seq[i];
        seq[i] = seq[j];
        seq[j] = x;
        changedLo = Math.min(changedLo, i);
        changedHi = Math.max(changedHi, j);
      }
    }
  }

  /** Several machines or release dates. */
  private static final class ParallelEngine implements Engine {
    private final ParallelMachineSearch local;

    ParallelEngine(TardinessInstance in) {
      local = new ParallelMachineSearch(in);
    }

    @Override
    public long descend(int[][] seqs, int[] lens, long deadlineNanos) {
      return local.descend(seqs, lens, deadlineNanos);
    }

    @Override
    public void perturb(int[][] seqs, int[] lens, int strength, SplittableRandom random) {
      local.perturb(seqs, lens, strength, random);
    }
  }
}

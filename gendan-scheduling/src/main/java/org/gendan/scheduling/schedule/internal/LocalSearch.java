package org.gendan.scheduling.schedule.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Local search over the priority list and the line assignments, each candidate decoded by the
 * {@link Decoder}: moves are insertion of a late job earlier, swap, a dynasearch-style compound move
 * (several independent adjacent swaps of late jobs applied together), insertion anywhere, and moving an
 * operation to another line of its group, or two operations swapping lines; a candidate is accepted when it is no worse than the current
 * one; after a long run without a new best, the best is perturbed by a few random swaps. The best is
 * never worse than the start.
 */
public final class LocalSearch {

  /** Receives each new best. */
  public interface Progress {
    /** A new best result. */
    void improved(Decoder.Result best, long evaluations, long elapsedMillis);
  }

  /** The best genome found. */
  public static final class Outcome {
    /** Priority list. */
    public final int[] order;
    /** Forced line per operation. */
    public final int[] forced;
    /** Its decoded result. */
    public final Decoder.Result result;
    /** Evaluations made. */
    public final long evaluations;

    Outcome(int[] order, int[] forced, Decoder.Result result, long evaluations) {
      this.order = order;
      this.forced = forced;
      this.result = result;
      this.evaluations = evaluations;
    }
  }

  private LocalSearch() {}

  /**
   * Runs the search from a decoded start.
   *
   * @param deadlineNanos  System.nanoTime() after which to stop
   * @param maxEvaluations evaluation cap
   */
  public static Outcome run(Model m, Decoder decoder, int[] startOrder, Decoder.Result startResult, long seed, long deadlineNanos,
      long maxEvaluations, Progress progress) {
    long began = System.nanoTime();
    int n = startOrder.length;
    int[] curOrder = startOrder.clone();
    int[] curForced = startResult.line.clone();
    for (int o = 0; o < curForced.length; o++) {
      if (m.pinLine[o] >= 0) {
        curForced[o] = -1;
      }
    }
    Decoder.Result cur = startResult;
    int[] bestOrder = curOrder.clone();
    int[] bestForced = curForced.clone();
    Decoder.Result best = cur;
    List<Integer> movable = new ArrayList<>();
    for (int o = 0; o < m.operations(); o++) {
      if (m.pinLine[o] < 0 && m.opLines[o].length > 1) {
        movable.add(o);
      }
    }
    if (n < 2 && movable.isEmpty()) {
      return new Outcome(bestOrder, bestForced, best, 0);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    long evaluations = 0;
    long sinceBest = 0;
    long patience = 500 + 40L * n;
    long stopAfter = 20 * patience;
    int[] pos = new int[n];
    while (evaluations < maxEvaluations && sinceBest < stopAfter && System.nanoTime() < deadlineNanos) {
      int[] order = curOrder.clone();
      int[] forced = curForced;
      int kind = rnd.nextInt(100);
      if (n >= 2 && kind < 35) {
        int pick = -1;
        int lateSeen = 0;
        for (int k = 1; k < n; k++) {
          int j = order[k];
          if (cur.completion[j] > m.due[j]) {
            lateSeen++;
            if (rnd.nextInt(lateSeen) == 0) {
              pick = k;
            }
          }
        }
        if (pick < 0) {
          pick = 1 + rnd.nextInt(n - 1);
        }
        move(order, pick, rnd.nextInt(pick));
      } else if (n >= 2 && kind < 55) {
        int a = rnd.nextInt(n);
        int b = Math.min(n - 1, Math.max(0, a + rnd.nextInt(-8, 9)));
        if (a == b) {
          b = a == 0 ? 1 : a - 1;
        }
        int t = order[a];
        order[a] = order[b];
        order[b] = t;
      } else if (n >= 4 && kind < 62) {
        // a dynasearch-style compound move: independent adjacent swaps that pull late jobs forward, applied
        // together and evaluated once (no job takes part in two swaps)
        int swaps = 0;
        for (int k = 1 + rnd.nextInt(2); k < n && swaps < 4; k++) {
          int j = order[k];
          if (cur.completion[j] > m.due[j] && rnd.nextBoolean()) {
            int t = order[k - 1];
            order[k - 1] = order[k];
            order[k] = t;
            swaps++;
            k++;
          }
        }
        if (swaps == 0) {
          int a = rnd.nextInt(n - 1);
          int t = order[a];
          order[a] = order[a + 1];
          order[a + 1] = t;
        }
      } else if (n >= 2 && (kind < 70 || movable.isEmpty())) {
        move(order, rnd.nextInt(n), rnd.nextInt(n));
      } else if (kind < 85) {
        forced = curForced.clone();
        reassign(m, forced, movable.get(rnd.nextInt(movable.size())), rnd);
      } else {
        forced = curForced.clone();
        int a = movable.get(rnd.nextInt(movable.size()));
        int b = movable.get(rnd.nextInt(movable.size()));
        if (m.opLines[a] == m.opLines[b] && forced[a] != forced[b] && forced[a] >= 0 && forced[b] >= 0) {
          int t = forced[a];
          forced[a] = forced[b];
          forced[b] = t;
        } else {
          reassign(m, forced, a, rnd);
        }
      }
      Decoder.Result r = decoder.decode(order, forced);
      evaluations++;
      sinceBest++;
      if (r.compareTo(cur) <= 0) {
        cur = r;
        curOrder = order;
        curForced = forced;
        if (r.compareTo(best) < 0) {
          best = r;
          bestOrder = order.clone();
          bestForced = forced.clone();
          sinceBest = 0;
          progress.improved(best, evaluations, (System.nanoTime() - began) / 1_000_000);
        }
      }
      if (sinceBest > 0 && sinceBest % patience == 0 && (n >= 2 || !movable.isEmpty())) {
        curOrder = bestOrder.clone();
        curForced = bestForced.clone();
        int kicks = 2 + rnd.nextInt(4);
        for (int k = 0; k < kicks && n >= 2; k++) {
          int a = rnd.nextInt(n);
          int b = rnd.nextInt(n);
          int t = curOrder[a];
          curOrder[a] = curOrder[b];
          curOrder[b] = t;
          if (!movable.isEmpty() && rnd.nextBoolean()) {
            reassign(m, curForced, movable.get(rnd.nextInt(movable.size())), rnd);
          }
        }
        cur = decoder.decode(curOrder, curForced);
        evaluations++;
      }
    }
    return new Outcome(bestOrder, bestForced, best, evaluations);
  }

  /** Moves an operation to another of its candidate lines. */
  private static void reassign(Model m, int[] forced, int o, SplittableRandom rnd) {
    int[] cand = m.opLines[o];
    int c = cand[rnd.nextInt(cand.length)];
    if (c == forced[o]) {
      c = cand[(m.candidateIndex(o, c) + 1) % cand.length];
    }
    forced[o] = c;
  }

  private static void move(int[] a, int from, int to) {
    int x = a[from];
    if (from < to) {
      System.arraycopy(a, from + 1, a, from, to - from);
    } else if (from > to) {
      System.arraycopy(a, to, a, to + 1, from - to);
    }
    a[to] = x;
  }
}

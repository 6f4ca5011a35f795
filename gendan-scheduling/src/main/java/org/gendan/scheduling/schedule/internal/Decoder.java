package org.gendan.scheduling.schedule.internal;

import java.util.Arrays;

/**
 * Turns a priority list into a schedule: jobs in list order, each operation in routing order into the
 * earliest free working time on the chosen line (gaps left by earlier jobs are filled), never before
 * the job's release, the planning start, or the previous operation's end plus its transfer lag.
 * Pinned operations are placed first, as they are.
 */
public final class Decoder {

  /** Line choice: earliest finish (false) or least loaded (true). */
  private final boolean leastLoaded;
  private final Model m;

  /** A decoder for the model. */
  public Decoder(Model model, boolean leastLoaded) {
    this.m = model;
    this.leastLoaded = leastLoaded;
  }

  /** The placed operations. */
  public static final class Result {
    /** Line of each operation. */
    public final int[] line;
    /** Start of each operation. */
    public final long[] start;
    /** End of each operation. */
    public final long[] end;
    /** The earliest start each operation could have had on an empty line. */
    public final long[] earliest;
    /** Completion per job. */
    public final long[] completion;
    /** Weighted tardiness. */
    public long weightedTardiness;
    /** Late jobs. */
    public int late;
    /** Makespan in minutes from the planning start. */
    public long makespan;
    /** Max lateness. */
    public long maxLateness;

    Result(int ops, int jobs) {
      line = new int[ops];
      start = new long[ops];
      end = new long[ops];
      earliest = new long[ops];
      completion = new long[jobs];
    }

    /** Lexicographic comparison of (weighted tardiness, late, makespan). */
    public int compareTo(Result o) {
      if (weightedTardiness != o.weightedTardiness) {
        return Long.compare(weightedTardiness, o.weightedTardiness);
      }
      if (late != o.late) {
        return Integer.compare(late, o.late);
      }
      return Long.compare(makespan, o.makespan);
    }
  }

  /**
   * Decodes.
   *
   * @param order  job indices in priority order (a permutation)
   * @param forced per operation the global line index to use, or -1 to let the line choice decide; may be null
   */
  public Result decode(int[] order, int[] forced) {
    int lines = m.lineIds.length;
    GapTree[] gaps = new GapTree[lines];
    for (int i = 0; i < lines; i++) {
      gaps[i] = new GapTree();
    }
    long[] load = new long[lines];
    Result r = new Result(m.operations(), m.jobs);
    placePinned(gaps, load, r);
    for (int j : order) {
      int first = m.opOffset[j];
      int last = m.opOffset[j + 1];
      int p = m.pinnedCount[j];
      long t = p == 0 ? m.release[j] : Math.max(m.start, m.pinEnd[first + p - 1] + m.opLag[first + p - 1]);
      for (int o = first + p; o < last; o++) {
        int[] cand = m.opLines[o];
        int want = forced == null ? -1 : forced[o];
        int bestLine = -1;
        long bestX = 0;
        long bestW = 0;
        long bestS = 0;
        long bestE = 0;
        long earliest = Long.MAX_VALUE;
        for (int c = 0; c < cand.length; c++) {
          int l = cand[c];
          if (want >= 0 && l != want) {
            continue;
          }
          long w = m.opDuration[o][c];
          Timeline tl = m.timelines[l];
          long x0 = tl.index(t);
          earliest = Math.min(earliest, tl.startOfMinute(x0));
          long x = gaps[l].earliest(x0, w);
          long e = tl.startOfMinute(x + w - 1) + 1;
          if (bestLine < 0 || better(e, load[l], l, bestE, load[bestLine], bestLine)) {
            bestLine = l;
            bestX = x;
            bestW = w;
            bestS = tl.startOfMinute(x);
            bestE = e;
          }
        }
        if (bestLine < 0) {
          throw new IllegalArgumentException("forced line " + want + " cannot run operation " + o);
        }
        gaps[bestLine].occupy(bestX, bestX + bestW);
        load[bestLine] += bestW;
        r.line[o] = bestLine;
        r.start[o] = bestS;
        r.end[o] = bestE;
        r.earliest[o] = earliest;
        t = bestE + m.opLag[o];
      }
    }
    totals(r);
    return r;
  }

  /**
   * Places the pinned operations as they are. In working-minute terms each blocks the working minutes
   * it spans, and at least one (an operation lying wholly in time that is no longer working time
   * blocks the next working minute, so nothing is placed across it).
   */
  private void placePinned(GapTree[] gaps, long[] load, Result r) {
    int lines = m.lineIds.length;
    java.util.List<java.util.List<long[]>> perLine = new java.util.ArrayList<>();
    for (int i = 0; i < lines; i++) {
      perLine.add(new java.util.ArrayList<>());
    }
    for (int o = 0; o < m.operations(); o++) {
      if (m.pinLine[o] >= 0) {
        int l = m.pinLine[o];
        perLine.get(l).add(new long[] {m.pinStart[o], m.pinEnd[o]});
        Timeline tl = m.timelines[l];
        long a = tl.index(m.pinStart[o]);
        long b = Math.max(a + 1, tl.index(m.pinEnd[o]));
        gaps[l].occupy(a, b);
        load[l] += b - a;
        r.line[o] = l;
        r.start[o] = m.pinStart[o];
        r.end[o] = m.pinEnd[o];
        r.earliest[o] = m.pinStart[o];
      }
    }
    for (int l = 0; l < lines; l++) {
      java.util.List<long[]> list = perLine.get(l);
      list.sort((x, y) -> Long.compare(x[0], y[0]));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i)[0] < list.get(i - 1)[1]) {
          throw new IllegalArgumentException("pinned operations overlap on line " + m.lineIds[l] + " at " + Minutes.toTime(list.get(i)[0]));
        }
      }
    }
  }

  private boolean better(long e, long load, int line, long bestE, long bestLoad, int bestLine) {
    if (leastLoaded) {
      if (load != bestLoad) {
        return load < bestLoad;
      }
      if (e != bestE) {
        return e < bestE;
      }
    } else {
      if (e != bestE) {
        return e < bestE;
      }
      if (load != bestLoad) {
        return load < bestLoad;
      }
    }
    return line < bestLine;
  }

  private void totals(Result r) {
    long wt = 0;
    int late = 0;
    long last = m.start;
    long maxLate = Long.MIN_VALUE;
    for (int j = 0; j < m.jobs; j++) {
      long c = r.end[m.opOffset[j + 1] - 1];
      r.completion[j] = c;
      long lateness = c - m.due[j];
      maxLate = Math.max(maxLate, lateness);
      if (lateness > 0) {
        late++;
        wt = Math.addExact(wt, Math.multiplyExact(m.weight[j], lateness));
      }
      last = Math.max(last, c);
    }
    r.weightedTardiness = wt;
    r.late = late;
    r.makespan = last - m.start;
    r.maxLateness = m.jobs == 0 ? 0 : maxLate;
  }

  /** A fresh copy of an int array, for callers that keep permutations. */
  public static int[] copy(int[] a) {
    return Arrays.copyOf(a, a.length);
  }
}

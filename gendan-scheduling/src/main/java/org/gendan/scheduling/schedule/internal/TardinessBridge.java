package org.gendan.scheduling.schedule.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gendan.scheduling.internal.tardiness.TardinessInstance;
import org.gendan.scheduling.internal.tardiness.TardinessSearch;
import org.gendan.scheduling.internal.tardiness.TardinessSolution;
import org.gendan.scheduling.internal.tardiness.WeightedTardinessSolver;

/**
 * Maps a problem that is single-operation jobs on identical lines of one group, without pinned work
 * and without calendar gaps over the horizon, onto the weighted-tardiness engine, and maps the
 * engine's sequences back to a priority list with forced lines.
 */
public final class TardinessBridge {

  private TardinessBridge() {}

  /** True if the model reduces exactly to a {@link TardinessInstance}. */
  public static boolean applies(Model m) {
    if (m.jobs == 0) {
      return false;
    }
    int[] lines = m.opLines[0];
    long horizon = 0;
    long latestRelease = 0;
    for (int j = 0; j < m.jobs; j++) {
      if (m.opOffset[j + 1] - m.opOffset[j] != 1 || m.pinnedCount[j] != 0) {
        return false;
      }
      int o = m.opOffset[j];
      if (m.opLines[o] != lines) {
        return false;
      }
      long d = m.opDuration[o][0];
      for (long x : m.opDuration[o]) {
        if (x != d) {
          return false;
        }
      }
      horizon += d;
      latestRelease = Math.max(latestRelease, m.release[j] - m.start);
    }
    long span = latestRelease + horizon;
    for (int l : lines) {
      if (m.timelines[l].workBetween(m.start, m.start + span, 0, null) != span) {
        return false;
      }
    }
    return true;
  }

  /** The instance: times relative to the planning start. */
  public static TardinessInstance instance(Model m) {
    int n = m.jobs;
    long[] p = new long[n];
    long[] w = new long[n];
    long[] d = new long[n];
    long[] r = new long[n];
    for (int j = 0; j < n; j++) {
      int o = m.opOffset[j];
      p[j] = m.opDuration[o][0];
      w[j] = m.weight[j];
      d[j] = m.due[j] - m.start;
      r[j] = m.release[j] - m.start;
    }
    return new TardinessInstance(p, w, d, r, m.opLines[0].length);
  }

  /** The engine's starting solution from a decoded schedule: per line, its jobs by start. */
  public static TardinessSolution initial(Model m, Decoder.Result result, TardinessInstance instance) {
    int[] lines = m.opLines[0];
    int[][] seq = new int[lines.length][];
    for (int c = 0; c < lines.length; c++) {
      List<Integer> js = new ArrayList<>();
      for (int j = 0; j < m.jobs; j++) {
        if (result.line[m.opOffset[j]] == lines[c]) {
          js.add(j);
        }
      }
      js.sort(Comparator.comparingLong((Integer j) -> result.start[m.opOffset[j]]).thenComparingInt(j -> j));
      seq[c] = js.stream().mapToInt(Integer::intValue).toArray();
    }
    return new TardinessSolution(seq, instance.objective(seq));
  }

  /** Solves with the engine. */
  public static TardinessSolution solve(TardinessInstance instance, TardinessSolution initial, long timeLimitMillis, long seed,
      TardinessSearch.Listener listener) {
    return WeightedTardinessSolver.solve(instance, initial, new TardinessSearch(timeLimitMillis, seed, listener));
  }

  /**
   * The engine's solution as a priority list (jobs by engine start time, then line) and forced lines
   * (per operation); decoding them gives each job a start no later than in the engine's solution.
   */
  public static int[][] genome(Model m, TardinessInstance instance, TardinessSolution solution) {
    int n = m.jobs;
    long[] start = new long[n];
    int[] line = new int[n];
    int[] seqPos = new int[n];
    int[] lines = m.opLines[0];
    for (int c = 0; c < solution.sequences().length; c++) {
      long t = 0;
      int k = 0;
      for (int j : solution.sequences()[c]) {
        t = Math.max(t, instance.release()[j]);
        start[j] = t;
        line[j] = lines[c];
        seqPos[j] = k++;
        t += instance.processing()[j];
      }
    }
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, Comparator.comparingLong((Integer j) -> start[j]).thenComparingInt(j -> line[j]).thenComparingInt(j -> seqPos[j]));
    int[] o = new int[n];
    int[] forced = new int[m.operations()];
    for (int k = 0; k < n; k++) {
      o[k] = order[k];
      forced[m.opOffset[order[k]]] = line[order[k]];
    }
    return new int[][] {o, forced};
  }
}

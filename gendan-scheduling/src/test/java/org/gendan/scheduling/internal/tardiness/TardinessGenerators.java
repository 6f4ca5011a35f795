package org.gendan.scheduling.internal.tardiness;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/** Generators of weighted-tardiness problems and a brute-force oracle for tiny ones. */
final class TardinessGenerators {
  private TardinessGenerators() {}

  /** One job's figures. */
  record Job(long processing, long weight, long due, long release) {}

  /** Jobs with processing 0..10, weight 0..6, due 0..45 and, if asked, release 0..20. */
  static Gen<Job> jobs(boolean releases) {
    return integers().between(0, 10).zip(integers().between(0, 6), integers().between(0, 45),
        integers().between(0, releases ? 20 : 0), (p, w, d, r) -> new Job(p, w, d, r));
  }

  /** Instances of {@code minJobs..maxJobs} jobs on {@code 1..maxMachines} machines. */
  static Gen<TardinessInstance> instances(int minJobs, int maxJobs, int maxMachines, boolean releases) {
    return lists().of(jobs(releases)).ofSizeBetween(minJobs, maxJobs)
        .zip(integers().between(1, maxMachines), TardinessGenerators::instance)
        .describedAs(TardinessGenerators::describe);
  }

  /** Instances with or without release dates. */
  static Gen<TardinessInstance> anyInstances(int minJobs, int maxJobs, int maxMachines) {
    return instances(minJobs, maxJobs, maxMachines, false).mix(instances(minJobs, maxJobs, maxMachines, true));
  }

  static TardinessInstance instance(List<Job> jobs, int machines) {
    int n = jobs.size();
    long[] p = new long[n];
    long[] w = new long[n];
    long[] d = new long[n];
    long[] r = new long[n];
    for (int j = 0; j < n; j++) {
      p[j] = jobs.get(j).processing();
      w[j] = jobs.get(j).weight();
      d[j] = jobs.get(j).due();
      r[j] = jobs.get(j).release();
    }
    return new TardinessInstance(p, w, d, r, machines);
  }

  static String describe(TardinessInstance in) {
    StringBuilder s = new StringBuilder("machines=" + in.machines() + " jobs(p,w,d,r)=");
    for (int j = 0; j < in.size(); j++) {
      s.append('(').append(in.processing()[j]).append(',').append(in.weight()[j]).append(',')
          .append(in.due()[j]).append(',').append(in.release()[j]).append(')');
    }
    return s.toString();
  }

  /**
   * The optimum by exhaustive dynamic programming: for every set of jobs, every attainable completion
   * time of one machine processing exactly that set and the least weighted tardiness that achieves it;
   * machines are then given disjoint sets. Only for a handful of jobs and at most 2 machines.
   */
  static long optimum(TardinessInstance in) {
    int n = in.size();
    if (n > 12 || in.machines() > 2) {
      throw new IllegalArgumentException("the oracle is for at most 12 jobs on at most 2 machines");
    }
    int full = (1 << n) - 1;
    List<TreeMap<Long, Long>> byFinish = new ArrayList<>();
    for (int s = 0; s <= full; s++) {
      byFinish.add(new TreeMap<>());
    }
    byFinish.get(0).put(0L, 0L);
    for (int s = 0; s <= full; s++) {
      for (var e : byFinish.get(s).entrySet()) {
        for (int j = 0; j < n; j++) {
          if ((s & (1 << j)) != 0) {
            continue;
          }
          long c = Math.max(e.getKey(), in.release()[j]) + in.processing()[j];
          long v = e.getValue() + in.weight()[j] * Math.max(0, c - in.due()[j]);
          byFinish.get(s | (1 << j)).merge(c, v, Math::min);
        }
      }
    }
    long[] single = new long[full + 1];
    for (int s = 0; s <= full; s++) {
      single[s] = byFinish.get(s).values().stream().mapToLong(Long::longValue).min().orElseThrow();
    }
    if (in.machines() == 1) {
      return single[full];
    }
    long best = Long.MAX_VALUE;
    for (int s = 0; s <= full; s++) {
      best = Math.min(best, single[s] + single[full & ~s]);
    }
    return best;
  }

  /** Total weighted tardiness recomputed from scratch, independent of {@link TardinessInstance#objective}. */
  static long recompute(TardinessInstance in, int[][] sequences) {
    long total = 0;
    for (int[] seq : sequences) {
      long machineFree = 0;
      for (int job : seq) {
        long startAt = Math.max(machineFree, in.release()[job]);
        machineFree = startAt + in.processing()[job];
        long lateness = machineFree - in.due()[job];
        total += lateness > 0 ? in.weight()[job] * lateness : 0;
      }
    }
    return total;
  }

  /** Every job appears exactly once over all machines. */
  static boolean isPartition(TardinessInstance in, int[][] sequences) {
    if (sequences.length != in.machines()) {
      return false;
    }
    int[] count = new int[in.size()];
    for (int[] seq : sequences) {
      for (int job : seq) {
        if (job < 0 || job >= in.size() || count[job]++ > 0) {
          return false;
        }
      }
    }
    for (int c : count) {
      if (c != 1) {
        return false;
      }
    }
    return true;
  }
}

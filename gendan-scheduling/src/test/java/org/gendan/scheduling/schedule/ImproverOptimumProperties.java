package org.gendan.scheduling.schedule;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.junit.jupiter.api.Test;

class ImproverOptimumProperties {

  /** Up to 5 single-operation jobs on a standard and a double-speed line: (minutes, release, due offset, weight). */
  static SchedulingProblem tiny(List<List<Integer>> js) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < js.size(); i++) {
      List<Integer> x = js.get(i);
      jobs.add(Fixtures.job("T" + i, 2 + x.get(0) % 60, Fixtures.START.plusMinutes(x.get(1) % 40), Fixtures.START.plusMinutes(x.get(2) % 90),
          1 + x.get(3) % 8));
    }
    Plant plant = Plant.of(WorkCenterGroup.of("G", "车间", WorkCalendar.continuous(),
        ProductionLine.of("L1"), ProductionLine.of("L2").withSpeedFactor(new BigDecimal("2"))));
    return SchedulingProblem.of(Fixtures.START, plant, jobs);
  }

  static long bruteForce(SchedulingProblem p) {
    List<JobId> ids = p.jobs().stream().map(Job::id).toList();
    int n = ids.size();
    long[] best = {Long.MAX_VALUE};
    int[] idx = java.util.stream.IntStream.range(0, n).toArray();
    Scheduler s = Scheduler.of(PriorityRules.EDD);
    SchedulerProperties.permutations(idx, 0, perm -> {
      List<JobId> seq = new ArrayList<>();
      for (int k : perm) {
        seq.add(ids.get(k));
      }
      for (int mask = 0; mask < (1 << n); mask++) {
        Map<OperationRef, LineId> lines = new TreeMap<>();
        for (int k = 0; k < n; k++) {
          lines.put(new OperationRef(ids.get(k), 0), LineId.of((mask >> k & 1) == 0 ? "L1" : "L2"));
        }
        best[0] = Math.min(best[0], s.scheduleInOrder(p, seq, lines).totals().weightedTardiness());
      }
    });
    return best[0];
  }

  @Test
  void on_tiny_instances_the_local_search_reaches_the_brute_force_optimum_of_weighted_tardiness() {
    qt().withExamples(40).forAll(lists().of(lists().of(integers().between(0, 999)).ofSize(4)).ofSizeBetween(1, 5), integers().all())
        .check((js, seed) -> {
          SchedulingProblem p = tiny(js);
          Schedule improved = Scheduler.of(PriorityRules.EDD).improve(p, Improvement.of(Duration.ofMinutes(1), seed).withMaxEvaluations(20_000));
          return improved.totals().weightedTardiness() == bruteForce(p);
        });
  }
}

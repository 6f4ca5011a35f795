package org.gendan.scheduling.schedule;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

class SchedulerProperties {

  static final List<PriorityRule> RULES = List.of(PriorityRules.EDD, PriorityRules.TIER_THEN_EDD, PriorityRules.MIN_SLACK,
      PriorityRules.WSPT, PriorityRules.ATC);

  @Test
  void every_rule_and_line_choice_gives_a_feasible_schedule() {
    qt().withExamples(150).forAll(Fixtures.problems(10, 3), integers().between(0, 9))
        .checkAssert((p, r) -> {
          Scheduler s = Scheduler.of(RULES.get(r % 5)).withLineChoice(r >= 5 ? LineChoice.LEAST_LOADED : LineChoice.EARLIEST_FINISH);
          org.assertj.core.api.Assertions.assertThat(ScheduleChecks.violations(s.schedule(p))).isNull();
        });
  }

  @Test
  void the_same_jobs_in_another_order_give_the_identical_schedule() {
    qt().withExamples(100).forAll(Fixtures.problems(10, 3), integers().between(0, 100), integers().between(0, 4))
        .check((p, k, r) -> {
          List<Job> shuffled = new ArrayList<>(p.jobs());
          Collections.reverse(shuffled);
          Collections.rotate(shuffled, k);
          Scheduler s = Scheduler.of(RULES.get(r));
          return s.schedule(p).equals(s.schedule(SchedulingProblem.of(p.start(), p.plant(), shuffled)));
        });
  }

  @Test
  void the_improver_is_never_worse_than_the_constructive_schedule_and_stays_feasible() {
    qt().withExamples(60).forAll(Fixtures.problems(8, 3), integers().between(0, 4), integers().all())
        .checkAssert((p, r, seed) -> {
          Scheduler s = Scheduler.of(RULES.get(r));
          Schedule base = s.schedule(p);
          Schedule better = s.improve(p, Improvement.of(Duration.ofSeconds(5), seed).withMaxEvaluations(300));
          org.assertj.core.api.Assertions.assertThat(better.totals().compareTo(base.totals())).isLessThanOrEqualTo(0);
          org.assertj.core.api.Assertions.assertThat(ScheduleChecks.violations(better)).isNull();
        });
  }

  @Test
  void the_improver_with_an_evaluation_cap_is_deterministic_for_a_seed() {
    qt().withExamples(30).forAll(Fixtures.problems(8, 3), integers().all())
        .check((p, seed) -> {
          Scheduler s = Scheduler.of(PriorityRules.EDD);
          Improvement imp = Improvement.of(Duration.ofMinutes(5), seed).withMaxEvaluations(200);
          return s.improve(p, imp).equals(s.improve(p, imp));
        });
  }

  @Test
  void a_schedule_rebuilt_from_its_sequence_and_lines_is_identical() {
    qt().withExamples(60).forAll(Fixtures.problems(10, 3), integers().between(0, 4))
        .check((p, r) -> {
          Scheduler s = Scheduler.of(RULES.get(r));
          Schedule a = s.schedule(p);
          java.util.Map<OperationRef, org.gendan.scheduling.resource.LineId> lines = new java.util.TreeMap<>();
          a.assignments().forEach(x -> lines.put(new OperationRef(x.job(), x.operationIndex()), x.line()));
          Schedule b = s.scheduleInOrder(p, a.sequence(), lines);
          return a.assignments().equals(b.assignments()) && a.totals().equals(b.totals());
        });
  }

  @Test
  void planned_load_per_line_and_day_adds_up_to_the_work_and_fits_the_working_time() {
    qt().withExamples(80).forAll(Fixtures.problems(10, 3))
        .check(p -> {
          Schedule s = Scheduler.of(PriorityRules.EDD).schedule(p);
          long work = s.assignments().stream().mapToLong(Assignment::workMinutes).sum();
          long planned = s.loads().stream().mapToLong(LineLoad::plannedMinutes).sum();
          return work == planned && s.loads().stream().allMatch(l -> l.plannedMinutes() <= l.workingMinutes());
        });
  }

  // ---- single machine oracles ------------------------------------------------------------------

  /** 1-7 jobs on one continuous line, all ready at the start: (minutes, due offset, weight). */
  static org.quicktheories.core.Gen<List<int[]>> singleMachine() {
    return lists().of(lists().of(integers().between(1, 100)).ofSize(3).map(l -> new int[] {l.get(0), l.get(1) * 5 - 100, l.get(2) % 10 + 1}))
        .ofSizeBetween(1, 7);
  }

  static SchedulingProblem singleMachineProblem(List<int[]> js) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < js.size(); i++) {
      int[] x = js.get(i);
      jobs.add(Fixtures.job("J" + (10 + i), x[0], Fixtures.START, Fixtures.START.plusMinutes(x[1]), x[2]));
    }
    return SchedulingProblem.of(Fixtures.START, Fixtures.plant(WorkCalendar.continuous(), 1), jobs);
  }

  static void permutations(int[] a, int k, java.util.function.Consumer<int[]> f) {
    if (k == a.length) {
      f.accept(a);
      return;
    }
    for (int i = k; i < a.length; i++) {
      int t = a[k];
      a[k] = a[i];
      a[i] = t;
      permutations(a, k + 1, f);
      a[i] = a[k];
      a[k] = t;
    }
  }

  @Test
  void on_one_machine_edd_minimises_the_maximum_lateness() {
    qt().withExamples(150).forAll(singleMachine()).check(js -> {
      long[] best = {Long.MAX_VALUE};
      int[] idx = java.util.stream.IntStream.range(0, js.size()).toArray();
      permutations(idx, 0, perm -> {
        long t = 0;
        long worst = Long.MIN_VALUE;
        for (int j : perm) {
          t += js.get(j)[0];
          worst = Math.max(worst, t - js.get(j)[1]);
        }
        best[0] = Math.min(best[0], worst);
      });
      return Scheduler.of(PriorityRules.EDD).schedule(singleMachineProblem(js)).totals().maxLatenessMinutes() == best[0];
    });
  }

  @Test
  void on_one_machine_wspt_minimises_the_total_weighted_completion_time() {
    qt().withExamples(150).forAll(singleMachine()).check(js -> {
      long[] best = {Long.MAX_VALUE};
      int[] idx = java.util.stream.IntStream.range(0, js.size()).toArray();
      permutations(idx, 0, perm -> {
        long t = 0;
        long sum = 0;
        for (int j : perm) {
          t += js.get(j)[0];
          sum += t * js.get(j)[2];
        }
        best[0] = Math.min(best[0], sum);
      });
      Schedule s = Scheduler.of(PriorityRules.WSPT).schedule(singleMachineProblem(js));
      long sum = s.jobs().stream().mapToLong(o -> o.weight() * Duration.between(Fixtures.START, o.completion()).toMinutes()).sum();
      return sum == best[0];
    });
  }

  @Test
  void raising_a_jobs_tier_under_tier_then_edd_never_makes_it_finish_later() {
    qt().withExamples(200).forAll(Fixtures.problems(10, 3), integers().between(0, 9))
        .check((p, pick) -> {
          Job j = p.jobs().get(pick % p.jobs().size());
          CustomerTier tier = j.tier().orElseThrow();
          if (tier == CustomerTier.KEY) {
            return true;
          }
          CustomerTier higher = CustomerTier.values()[tier.ordinal() - 1];
          List<Job> jobs = new ArrayList<>(p.jobs());
          jobs.set(jobs.indexOf(j), j.withTier(higher).withWeight(higher.defaultWeight()));
          Scheduler s = Scheduler.of(PriorityRules.TIER_THEN_EDD);
          LocalDateTime before = s.schedule(p).outcome(j.id()).orElseThrow().completion();
          LocalDateTime after = s.schedule(p.withJobs(jobs)).outcome(j.id()).orElseThrow().completion();
          return !after.isAfter(before);
        });
  }
}

package org.gendan.scheduling.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  static final LocalDateTime T0 = Fixtures.START; // Monday 07:00
  static final WorkCalendar NONSTOP = WorkCalendar.continuous();

  static Job tiered(String order, long minutes, LocalDateTime due, CustomerTier tier) {
    return Fixtures.job(order, minutes, T0, due, tier.defaultWeight()).withTier(tier);
  }

  static List<JobId> sequence(Schedule s) {
    return s.sequence();
  }

  @Test
  void edd_puts_the_earliest_delivery_first() {
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        Fixtures.job("A", 60, T0, T0.plusHours(10), 1), Fixtures.job("B", 60, T0, T0.plusHours(2), 1), Fixtures.job("C", 60, T0, T0.plusHours(5), 1)));
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(p);
    assertThat(s.sequence()).extracting(j -> j.order().value()).containsExactly("B", "C", "A");
    assertThat(s.totals().lateJobs()).isZero();
    assertThat(s.totals().makespanMinutes()).isEqualTo(180);
  }

  @Test
  void tier_then_edd_serves_the_key_customer_before_an_earlier_ordinary_delivery() {
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        tiered("ORD-C", 60, T0.plusHours(1), CustomerTier.C), tiered("ORD-KEY", 60, T0.plusHours(9), CustomerTier.KEY),
        tiered("ORD-B", 60, T0.plusHours(2), CustomerTier.B)));
    Schedule s = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(p);
    assertThat(s.sequence()).extracting(j -> j.order().value()).containsExactly("ORD-KEY", "ORD-B", "ORD-C");
    assertThat(s.outcome(JobId.of("ORD-KEY", 1)).orElseThrow().explanation()).contains("TIER_THEN_EDD", "tier KEY", "weight 8");
  }

  @Test
  void wspt_puts_the_most_weight_per_minute_first() {
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        Fixtures.job("A", 100, T0, T0, 1), Fixtures.job("B", 10, T0, T0, 1), Fixtures.job("C", 100, T0, T0, 20)));
    assertThat(Scheduler.of(PriorityRules.WSPT).schedule(p).sequence()).extracting(j -> j.order().value()).containsExactly("C", "B", "A");
  }

  @Test
  void min_slack_puts_the_job_with_least_room_first_even_if_it_is_due_later() {
    // A: due in 10 h, 9.5 h of work (slack 30 min); B: due in 5 h, 1 h of work (slack 4 h)
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        Fixtures.job("A", 570, T0, T0.plusHours(10), 1), Fixtures.job("B", 60, T0, T0.plusHours(5), 1)));
    assertThat(Scheduler.of(PriorityRules.MIN_SLACK).schedule(p).sequence()).extracting(j -> j.order().value()).containsExactly("A", "B");
    assertThat(Scheduler.of(PriorityRules.EDD).schedule(p).sequence()).extracting(j -> j.order().value()).containsExactly("B", "A");
  }

  @Test
  void atc_prefers_heavy_short_jobs_that_are_close_to_their_due_date() {
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        Fixtures.job("FAR", 60, T0, T0.plusDays(30), 8), Fixtures.job("NEAR", 60, T0, T0.plusHours(1), 2)));
    Schedule s = Scheduler.of(PriorityRules.ATC).schedule(p);
    assertThat(s.sequence()).extracting(j -> j.order().value()).containsExactly("NEAR", "FAR");
    assertThat(s.outcome(JobId.of("NEAR", 1)).orElseThrow().explanation()).contains("ATC index");
  }

  @Test
  void a_job_waits_for_its_material_and_the_explanation_says_so() {
    Job j = Fixtures.job("SO-7", 60, T0.plusDays(2), T0.plusDays(2).plusHours(3), 4).withReleaseCause(ReleaseCause.MATERIAL_READY);
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(j)));
    assertThat(s.assignments().get(0).start()).isEqualTo(T0.plusDays(2));
    assertThat(s.outcome(j.id()).orElseThrow().explanation()).contains("material ready (物料齐套)", "on L1");
  }

  @Test
  void operations_follow_the_routing_with_the_transfer_lag_and_pause_over_the_night() {
    WorkCalendar days = Fixtures.dayShifts();
    Plant plant = new Plant(List.of(
        WorkCenterGroup.of("CUT", "裁床车间", days, ProductionLine.of("CUT-1")),
        WorkCenterGroup.of("SEW", "缝制车间", days, ProductionLine.of("SEW-1"))));
    Routing r = Routing.of(Sku.of("TS-1001"), Unit.PCS,
        Operation.of("裁剪 cutting", "CUT", 30, "0.5", 120),
        Operation.of("缝制 sewing", "SEW", 60, "2", 0));
    Job j = Job.builder().id(JobId.of("SO-1", 1)).routing(r).quantity(Quantity.of(300, Unit.PCS)).release(T0).due(T0.plusDays(3)).build();
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, plant, List.of(j)));
    List<Assignment> as = s.assignmentsOf(j.id());
    // cutting: 30 + 150 = 180 working minutes from Monday 08:00 -> 11:00
    assertThat(as.get(0).start()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
    assertThat(as.get(0).end()).isEqualTo(LocalDateTime.of(2026, 3, 2, 11, 0));
    // sewing after a 2 h lag: 13:00 (11:00 + 2 h), 660 minutes: 13-17 (240), Tuesday 8-12 (240), 13-16 (180)
    assertThat(as.get(1).start()).isEqualTo(LocalDateTime.of(2026, 3, 2, 13, 0));
    assertThat(as.get(1).end()).isEqualTo(LocalDateTime.of(2026, 3, 3, 16, 0));
  }

  @Test
  void earliest_finish_picks_the_faster_line_and_least_loaded_spreads_the_work() {
    Plant plant = new Plant(List.of(WorkCenterGroup.of("G", "车间", NONSTOP,
        ProductionLine.of("SLOW"), ProductionLine.of("FAST").withSpeedFactor(new BigDecimal("4")))));
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      jobs.add(Fixtures.job("J" + i, 120, T0, T0.plusDays(5), 1));
    }
    SchedulingProblem p = SchedulingProblem.of(T0, plant, jobs);
    // FAST needs 30 minutes a job, SLOW 120: every job finishes first on FAST
    Schedule fastest = Scheduler.of(PriorityRules.EDD).schedule(p);
    assertThat(fastest.assignments()).allMatch(a -> a.line().value().equals("FAST") && a.workMinutes() == 30);
    // least loaded: J1 goes to the empty SLOW line
    Schedule balanced = Scheduler.of(PriorityRules.EDD).withLineChoice(LineChoice.LEAST_LOADED).schedule(p);
    assertThat(balanced.assignments()).filteredOn(a -> a.line().value().equals("SLOW")).extracting(Assignment::job).containsExactly(JobId.of("J1", 1));
  }

  @Test
  void a_line_that_is_down_is_skipped_for_its_twin() {
    Plant plant = new Plant(List.of(WorkCenterGroup.of("G", "车间", NONSTOP,
        ProductionLine.of("L1").withDownPeriod(TimeRange.of(T0, T0.plusDays(1))), ProductionLine.of("L2"))));
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, plant, List.of(Fixtures.job("A", 60, T0, T0.plusHours(2), 1))));
    assertThat(s.assignments().get(0).line()).isEqualTo(LineId.of("L2"));
    assertThat(s.assignments().get(0).start()).isEqualTo(T0);
  }

  @Test
  void a_night_shift_runs_an_operation_across_midnight() {
    WorkCalendar nights = WorkCalendar.builder().weekdayShift(Shift.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0))).build();
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, Fixtures.plant(nights, 1),
        List.of(Fixtures.job("A", 300, T0, T0.plusDays(2), 1))));
    assertThat(s.assignments().get(0).start()).isEqualTo(LocalDateTime.of(2026, 3, 2, 22, 0));
    assertThat(s.assignments().get(0).end()).isEqualTo(LocalDateTime.of(2026, 3, 3, 3, 0));
    assertThat(s.loads()).filteredOn(l -> l.plannedMinutes() > 0).extracting(LineLoad::plannedMinutes).containsExactly(120L, 180L);
  }

  @Test
  void a_late_job_is_explained_by_the_line_whose_capacity_decided_it() {
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of(
        tiered("KEY-1", 600, T0.plusHours(10), CustomerTier.KEY), tiered("C-1", 60, T0.plusHours(2), CustomerTier.C)));
    Schedule s = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(p);
    JobOutcome late = s.outcome(JobId.of("C-1", 1)).orElseThrow();
    assertThat(late.isLate()).isTrue();
    assertThat(late.latenessMinutes()).isEqualTo(540);
    assertThat(late.weightedTardiness()).isEqualTo(540);
    assertThat(late.explanation()).contains("placed 2 of 2", "tier C", "waited 10 h for L1's capacity", "9 h late (延误)", "capacity of L1 decided it");
    assertThat(s.totals()).isEqualTo(new ScheduleTotals(540, 1, 540, 660, T0.plusMinutes(660)));
  }

  @Test
  void pinned_work_keeps_its_line_and_times_and_the_rest_follows_it() {
    Routing two = Routing.of(Sku.of("X"), Unit.PCS, Operation.of("a", "G", 0, "60", 0), Operation.of("b", "G", 0, "60", 0));
    Job started = Job.builder().id(JobId.of("S", 1)).routing(two).quantity(Quantity.of(1, Unit.PCS)).release(T0.minusHours(2)).due(T0.plusHours(5))
        .addPinned(new PinnedOperation(0, LineId.of("L2"), T0.minusMinutes(30), T0.plusMinutes(30), true)).build();
    Job other = Fixtures.job("O", 60, T0, T0.plusHours(1), 100);
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 2), List.of(started, other)));
    Assignment first = s.assignmentsOf(started.id()).get(0);
    assertThat(first.line()).isEqualTo(LineId.of("L2"));
    assertThat(first.start()).isEqualTo(T0.minusMinutes(30));
    assertThat(first.pinned()).isTrue();
    assertThat(s.assignmentsOf(started.id()).get(1).start()).isAfterOrEqualTo(T0.plusMinutes(30));
    assertThat(s.outcome(started.id()).orElseThrow().explanation()).contains("already started, kept");
    assertThat(ScheduleChecks.violations(s)).isNull();
  }

  @Test
  void single_operation_jobs_on_identical_nonstop_lines_are_improved_by_the_tardiness_engine() {
    List<Job> jobs = new ArrayList<>();
    int[][] data = {{26, 1, 179}, {24, 10, 183}, {79, 9, 196}, {46, 10, 202}, {32, 10, 192}, {35, 3, 199}, {73, 3, 210}, {74, 4, 196}};
    for (int i = 0; i < data.length; i++) {
      jobs.add(Fixtures.job("J" + (i + 1), data[i][0], T0, T0.plusMinutes(data[i][2] - 150), data[i][1]));
    }
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 2), jobs);
    Schedule base = Scheduler.of(PriorityRules.EDD).schedule(p);
    List<ScheduleTotals> seen = new ArrayList<>();
    Schedule best = Scheduler.of(PriorityRules.EDD).improve(p, Improvement.of(Duration.ofSeconds(2), 7)
        .withListener((t, e, ms) -> seen.add(t)));
    assertThat(best.method()).contains("weighted-tardiness engine");
    assertThat(best.totals().weightedTardiness()).isLessThan(base.totals().weightedTardiness());
    assertThat(seen).isNotEmpty().last().isEqualTo(best.totals());
    assertThat(ScheduleChecks.violations(best)).isNull();
  }

  @Test
  void multi_operation_problems_are_improved_by_local_search_with_progress_reports() {
    Routing two = Routing.of(Sku.of("X"), Unit.PCS, Operation.of("a", "G", 0, "30", 0), Operation.of("b", "G", 0, "30", 0));
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // EDD runs the long, light jobs first; the heavy short ones due a little later pay for it
      jobs.add(Job.builder().id(JobId.of("M" + i, 1)).routing(two).quantity(Quantity.of(6 - i, Unit.PCS)).release(T0)
          .due(T0.plusMinutes(60L * (i + 1))).weight(1 + 3L * i).build());
    }
    SchedulingProblem p = SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 2), jobs);
    Schedule base = Scheduler.of(PriorityRules.EDD).schedule(p);
    List<Long> seen = new ArrayList<>();
    Schedule best = Scheduler.of(PriorityRules.EDD).improve(p, Improvement.of(Duration.ofSeconds(2), 3).withMaxEvaluations(2000)
        .withListener((t, e, ms) -> seen.add(t.weightedTardiness())));
    assertThat(best.method()).contains("local search");
    assertThat(best.totals().compareTo(base.totals())).isLessThan(0);
    assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void an_empty_problem_gives_an_empty_schedule() {
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, Fixtures.plant(NONSTOP, 1), List.of()));
    assertThat(s.assignments()).isEmpty();
    assertThat(s.totals()).isEqualTo(new ScheduleTotals(0, 0, 0, 0, T0));
    assertThat(Scheduler.of(PriorityRules.EDD).improve(s.problem(), Improvement.of(Duration.ofMillis(10), 1)).assignments()).isEmpty();
  }

  @Test
  void bad_input_is_rejected_with_a_clear_message() {
    Plant plant = Fixtures.plant(NONSTOP, 1);
    Job a = Fixtures.job("A", 60, T0, T0, 1);
    assertThatThrownBy(() -> Scheduler.of(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
    assertThatThrownBy(() -> Scheduler.of(PriorityRules.EDD).schedule(null)).isInstanceOf(NullPointerException.class).hasMessage("problem");
    assertThatThrownBy(() -> SchedulingProblem.of(T0, plant, List.of(a, a))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> SchedulingProblem.of(T0.plusSeconds(5), plant, List.of(a))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minute");
    Job elsewhere = a.withRouting(Fixtures.oneStep("I", "PAINT", "1", 0));
    assertThatThrownBy(() -> SchedulingProblem.of(T0, plant, List.of(elsewhere))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PAINT").hasMessageContaining("does not have");
    assertThatThrownBy(() -> a.withWeight(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> a.withQuantity(Quantity.of(0, Unit.PCS))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> a.withQuantity(Quantity.of(5, Unit.KG))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be converted");
    assertThatThrownBy(() -> a.withPinned(new PinnedOperation(1, LineId.of("L1"), T0, T0.plusHours(1), true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first operations");
    Job p1 = a.withPinned(new PinnedOperation(0, LineId.of("L1"), T0, T0.plusHours(1), true));
    Job p2 = Fixtures.job("B", 60, T0, T0, 1).withPinned(new PinnedOperation(0, LineId.of("L1"), T0.plusMinutes(30), T0.plusHours(2), true));
    assertThatThrownBy(() -> Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, plant, List.of(p1, p2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned operations overlap on line L1");
    assertThatThrownBy(() -> PriorityRules.atc(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.1..10");
    assertThatThrownBy(() -> Improvement.of(Duration.ofSeconds(-1), 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time limit");
    assertThatThrownBy(() -> Improvement.of(Duration.ofSeconds(1), 1).withMaxEvaluations(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scheduler.of(PriorityRules.EDD).scheduleInOrder(SchedulingProblem.of(T0, plant, List.of(a)),
        List.of(JobId.of("NOPE", 1)), java.util.Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not have");
  }
}

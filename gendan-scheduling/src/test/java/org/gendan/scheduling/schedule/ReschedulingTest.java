package org.gendan.scheduling.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.junit.jupiter.api.Test;

class ReschedulingTest {

  static final LocalDateTime T0 = Fixtures.START;

  static Schedule plan() {
    // L1: A 07:00-09:00, C 09:00-11:00; L2: B 07:00-10:00, D 10:00-11:00
    return Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, Fixtures.plant(WorkCalendar.continuous(), 2), List.of(
        Fixtures.job("A", 120, T0, T0.plusHours(2), 1), Fixtures.job("B", 180, T0, T0.plusHours(3), 1),
        Fixtures.job("C", 120, T0, T0.plusHours(5), 1), Fixtures.job("D", 60, T0, T0.plusHours(6), 1))));
  }

  static Assignment of(Schedule s, String order) {
    return s.assignmentsOf(JobId.of(order, 1)).get(0);
  }

  @Test
  void started_work_keeps_its_line_and_times_when_a_line_goes_down() {
    Schedule before = plan();
    Schedule after = Rescheduling.from(before, T0.plusHours(1), Duration.ZERO)
        .withLineDown(LineId.of("L1"), TimeRange.of(T0.plusHours(1), T0.plusHours(12)))
        .reschedule(Scheduler.of(PriorityRules.EDD));
    assertThat(of(after, "A")).isEqualTo(new Assignment(JobId.of("A", 1), 0, "make", LineId.of("L1"), T0, T0.plusHours(2), 120, true));
    assertThat(of(after, "B").start()).isEqualTo(T0);
    assertThat(of(after, "C").line()).isEqualTo(LineId.of("L2"));
    assertThat(of(after, "C").start()).isEqualTo(T0.plusHours(3));
    assertThat(of(after, "D").start()).isEqualTo(T0.plusHours(5));
    assertThat(ScheduleChecks.violations(after)).isNull();
  }

  @Test
  void work_inside_the_frozen_window_stays_but_a_frozen_operation_on_a_broken_line_moves() {
    Schedule before = plan();
    Schedule kept = Rescheduling.from(before, T0.plusMinutes(30), Duration.ofHours(3)).reschedule(Scheduler.of(PriorityRules.WSPT));
    assertThat(kept.assignments()).isEqualTo(before.assignments().stream()
        .map(a -> new Assignment(a.job(), a.operationIndex(), a.operationName(), a.line(), a.start(), a.end(), a.workMinutes(), true)).toList());
    Schedule moved = Rescheduling.from(before, T0.plusMinutes(30), Duration.ofHours(3))
        .withLineDown(LineId.of("L2"), TimeRange.of(T0.plusMinutes(210), T0.plusHours(5)))
        .reschedule(Scheduler.of(PriorityRules.EDD));
    assertThat(of(moved, "C").pinned()).isTrue();
    assertThat(of(moved, "D").pinned()).isFalse();
    assertThat(of(moved, "D").line()).isEqualTo(LineId.of("L1"));
    assertThat(of(moved, "D").start()).isEqualTo(T0.plusHours(4));
  }

  @Test
  void a_cancelled_order_frees_its_line_and_an_amended_order_is_planned_again() {
    Schedule before = plan();
    Job bigger = before.problem().job(JobId.of("C", 1)).orElseThrow().withQuantity(Quantity.of(2, Unit.PCS));
    Schedule after = Rescheduling.from(before, T0, Duration.ofHours(12))
        .withCancelledOrder(OrderId.of("A"))
        .withAmendedJob(bigger)
        .reschedule(Scheduler.of(PriorityRules.EDD));
    assertThat(after.outcome(JobId.of("A", 1))).isEmpty();
    assertThat(of(after, "C").pinned()).isFalse();
    assertThat(of(after, "C").workMinutes()).isEqualTo(240);
    assertThat(of(after, "C").start()).isEqualTo(T0);
    assertThat(of(after, "B").pinned()).isTrue();
  }

  @Test
  void a_new_job_is_fitted_around_the_kept_work() {
    Schedule after = Rescheduling.from(plan(), T0.plusHours(2), Duration.ofHours(1))
        .withNewJob(Fixtures.job("RUSH", 30, T0, T0.plusHours(3), 8))
        .reschedule(Scheduler.of(PriorityRules.EDD));
    // at 09:00 A and B have started and C (09:00 on L1) is frozen; L2 frees first, at 10:00
    assertThat(of(after, "RUSH").start()).isEqualTo(T0.plusHours(3));
    assertThat(of(after, "RUSH").line()).isEqualTo(LineId.of("L2"));
    assertThat(of(after, "C").pinned()).isTrue();
    assertThat(of(after, "D").pinned()).isFalse();
    assertThat(ScheduleChecks.violations(after)).isNull();
  }

  @Test
  void rescheduling_can_keep_the_previous_priority_list_of_an_improved_plan() {
    Schedule before = Scheduler.of(PriorityRules.WSPT).schedule(plan().problem());
    Schedule kept = Rescheduling.from(before, T0, Duration.ZERO)
        .withCancelledOrder(OrderId.of("B"))
        .withNewJob(Fixtures.job("E", 30, T0, T0.plusHours(1), 1))
        .rescheduleKeepingSequence(Scheduler.of(PriorityRules.EDD));
    List<JobId> expected = new java.util.ArrayList<>(before.sequence());
    expected.remove(JobId.of("B", 1));
    expected.add(JobId.of("E", 1));
    assertThat(kept.sequence()).isEqualTo(expected);
    assertThat(ScheduleChecks.violations(kept)).isNull();
  }

  @Test
  void bad_rescheduling_requests_are_rejected_clearly() {
    Schedule s = plan();
    assertThatThrownBy(() -> Rescheduling.from(s, T0.minusHours(1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> Rescheduling.from(s, T0, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frozen window");
    assertThatThrownBy(() -> Rescheduling.from(s, T0, Duration.ZERO).withAmendedJob(Fixtures.job("NEW", 1, T0, T0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the previous schedule");
    assertThatThrownBy(() -> Rescheduling.from(s, T0, Duration.ZERO).withNewJob(Fixtures.job("A", 1, T0, T0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the schedule");
    assertThatThrownBy(() -> Rescheduling.from(s, T0, Duration.ZERO).withLineDown(LineId.of("X"), TimeRange.of(T0, T0.plusHours(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line X");
    assertThatThrownBy(() -> Rescheduling.from(null, T0, Duration.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("previous");
  }
}

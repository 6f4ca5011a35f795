package org.gendan.scheduling.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.testing.SampleData;
import org.gendan.scheduling.promise.CapablePromise;
import org.gendan.scheduling.promise.Inquiry;
import org.gendan.scheduling.promise.ScheduleCapacityCheck;
import org.gendan.scheduling.promise.Slip;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.routing.RoutingBook;
import org.junit.jupiter.api.Test;

class ScheduleValuesTest {

  static final LocalDateTime T = Fixtures.START;

  @Test
  void schedule_totals_order_schedules_by_weighted_tardiness_then_late_jobs_then_makespan() {
    ScheduleTotals a = new ScheduleTotals(10, 3, 5, 100, T);
    assertThat(a.isBetterThan(new ScheduleTotals(11, 0, 0, 0, T))).isTrue();
    assertThat(a.isBetterThan(new ScheduleTotals(10, 4, 0, 0, T))).isTrue();
    assertThat(a.isBetterThan(new ScheduleTotals(10, 3, 0, 101, T))).isTrue();
    assertThat(a.isBetterThan(new ScheduleTotals(10, 3, 99, 100, T))).isFalse();
  }

  @Test
  void a_line_load_knows_its_utilisation() {
    assertThat(new LineLoad(LineId.of("L"), T.toLocalDate(), 240, 480).utilisation()).isEqualTo(0.5);
    assertThat(new LineLoad(LineId.of("L"), T.toLocalDate(), 0, 0).utilisation()).isZero();
  }

  @Test
  void job_ids_read_as_order_slash_line_and_sort_by_order_then_line() {
    assertThat(JobId.of("SO-1", 2)).hasToString("SO-1/2");
    assertThat(List.of(JobId.of("SO-2", 1), JobId.of("SO-1", 10), JobId.of("SO-1", 2)).stream().sorted().toList())
        .containsExactly(JobId.of("SO-1", 2), JobId.of("SO-1", 10), JobId.of("SO-2", 1));
  }

  @Test
  void broken_values_are_rejected_with_a_clear_message() {
    assertThatThrownBy(() -> JobId.of("SO-1", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..99999");
    assertThatThrownBy(() -> new ScheduleTotals(-1, 0, 0, 0, T)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> new Assignment(JobId.of("A", 1), 0, "x", LineId.of("L"), T, T.minusMinutes(1), 1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before");
    assertThatThrownBy(() -> new PinnedOperation(-1, LineId.of("L"), T, T.plusHours(1), true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PinnedOperation(0, LineId.of("L"), T, T, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
    assertThatThrownBy(() -> new PinnedOperation(0, LineId.of("L"), T.plusSeconds(1), T.plusHours(1), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minutes");
    assertThatThrownBy(() -> new RuleContext(T, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("≥ 1");
    assertThatThrownBy(() -> new RuleContext(T, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OperationRef(JobId.of("A", 1), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Slip(JobId.of("A", 1), T, T, 0, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Fixtures.job("A", 1, T.plusSeconds(30), T, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minute");
    assertThatThrownBy(() -> PriorityRules.EDD.comparator(null)).isInstanceOf(NullPointerException.class).hasMessage("context");
    assertThatThrownBy(() -> PriorityRules.EDD.reason(null, new RuleContext(T, 1))).isInstanceOf(NullPointerException.class).hasMessage("job");
  }

  @Test
  void capable_to_promise_entry_points_name_their_null_arguments() {
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T, Fixtures.plant(org.gendan.scheduling.calendar.WorkCalendar.continuous(), 1), List.of()));
    RoutingBook book = RoutingBook.of(List.of());
    assertThatThrownBy(() -> CapablePromise.on(null, book, JobSettings.of(1))).isInstanceOf(NullPointerException.class).hasMessage("promised");
    assertThatThrownBy(() -> CapablePromise.on(s, null, JobSettings.of(1))).isInstanceOf(NullPointerException.class).hasMessage("routings");
    assertThatThrownBy(() -> ScheduleCapacityCheck.of(s, book, JobSettings.of(1), null)).isInstanceOf(NullPointerException.class).hasMessage("tiers");
    ScheduleCapacityCheck check = ScheduleCapacityCheck.of(s, book, JobSettings.of(1), Map.of());
    assertThatThrownBy(() -> check.check(null, SampleData.TODAY)).isInstanceOf(NullPointerException.class).hasMessage("order");
    assertThatThrownBy(() -> check.check(SampleData.order(), null)).isInstanceOf(NullPointerException.class).hasMessage("today");
    assertThatThrownBy(() -> Inquiry.of("I", null, Quantity.of(1, Unit.PCS), SampleData.TODAY, CustomerTier.A))
        .isInstanceOf(NullPointerException.class).hasMessage("sku");
  }
}

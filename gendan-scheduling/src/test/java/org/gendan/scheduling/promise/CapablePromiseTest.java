package org.gendan.scheduling.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.core.review.Feasibility;
import org.gendan.core.testing.SampleData;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import org.junit.jupiter.api.Test;

class CapablePromiseTest {

  // Monday 2026-03-02 00:00, one sewing line working around the clock, 1 minute per piece
  static final LocalDateTime T0 = SampleData.TODAY.atStartOfDay();
  static final Sku SHIRT = SampleData.TSHIRT;
  static final Sku POLO = SampleData.POLO;
  static final RoutingBook ROUTINGS = RoutingBook.of(List.of(
      Routing.of(SHIRT, Unit.PCS, Operation.of("缝制 sewing", "SEW", 0, "1", 0)),
      Routing.of(POLO, Unit.PCS, Operation.of("缝制 sewing", "SEW", 0, "1", 0))));
  static final Plant PLANT = Plant.of(WorkCenterGroup.of("SEW", "缝制车间", WorkCalendar.continuous(), ProductionLine.of("SEW-1")));
  static final JobSettings SETTINGS = JobSettings.of(2);

  static Job promisedJob(String order, int pieces, LocalDate delivery, CustomerTier tier) {
    return Job.builder().id(JobId.of(order, 1)).routing(ROUTINGS.routing(SHIRT).orElseThrow()).quantity(Quantity.of(pieces, Unit.PCS))
        .release(T0).due(delivery.minusDays(2).plusDays(1).atStartOfDay()).weight(tier.defaultWeight()).tier(tier).deliveryDate(delivery).build();
  }

  /** Two promised orders filling days 1-2 (2,880 min) and day 4 (released on day 4). */
  static Schedule promised() {
    Job a = promisedJob("SO-A", 2880, SampleData.TODAY.plusDays(5), CustomerTier.B);
    Job b = promisedJob("SO-B", 1440, SampleData.TODAY.plusDays(7), CustomerTier.C).withRelease(T0.plusDays(3));
    return Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(T0, PLANT, List.of(a, b)));
  }

  @Test
  void the_earliest_date_uses_only_capacity_the_promised_orders_leave_free() {
    Promise p = CapablePromise.on(promised(), ROUTINGS, SETTINGS)
        .promise(Inquiry.of("INQ-1", POLO, Quantity.of(1440, Unit.PCS), SampleData.TODAY.plusDays(3), CustomerTier.C)).get();
    // free: day 3 (2026-03-04 00:00 - 03-05 00:00): finishes 03-05 00:00 -> last minute on 03-04 -> delivery 03-06
    assertThat(p.completion()).isEqualTo(T0.plusDays(3));
    assertThat(p.earliestDelivery()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(p.meetsWantedDate()).isFalse();
    assertThat(p.placement()).singleElement().satisfies(a -> assertThat(a.start()).isEqualTo(T0.plusDays(2)));
    assertThat(p.explanation()).contains("INQ-1", "SEW-1", "2026-03-06", "after the wanted date");
  }

  @Test
  void at_a_key_customers_priority_the_inquiry_comes_first_and_the_promised_orders_slip() {
    Promise p = CapablePromise.on(promised(), ROUTINGS, SETTINGS)
        .promise(Inquiry.of("INQ-2", POLO, Quantity.of(1440, Unit.PCS), SampleData.TODAY.plusDays(3), CustomerTier.KEY)).get();
    assertThat(p.deliveryAtTierPriority()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(p.slipsAtTierPriority()).extracting(Slip::job).containsExactly(JobId.of("SO-A", 1));
    Slip slip = p.slipsAtTierPriority().get(0);
    assertThat(slip.slipMinutes()).isEqualTo(1440);
    assertThat(slip.becomesLate()).isFalse();
    assertThat(p.explanation()).contains("SO-A/1 by 1 d");
  }

  @Test
  void an_unknown_item_or_a_clashing_reference_is_rejected() {
    CapablePromise ctp = CapablePromise.on(promised(), ROUTINGS, SETTINGS);
    assertThat(ctp.promise(Inquiry.of("INQ-3", Sku.of("NOPE"), Quantity.of(1, Unit.PCS), SampleData.TODAY, CustomerTier.A)).getLeft().code())
        .isEqualTo("NO_ROUTING");
    assertThat(ctp.promise(Inquiry.of("SO-A", POLO, Quantity.of(1, Unit.PCS), SampleData.TODAY, CustomerTier.A)).getLeft().code())
        .isEqualTo("INQUIRY_ALREADY_SCHEDULED");
    assertThat(ctp.promise(Inquiry.of("INQ-4", POLO, Quantity.of(1, Unit.KG), SampleData.TODAY, CustomerTier.A)).getLeft().code())
        .isEqualTo("UNIT_MISMATCH");
    assertThatThrownBy(() -> Inquiry.of("INQ-5", POLO, Quantity.of(0, Unit.PCS), SampleData.TODAY, CustomerTier.A))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> ctp.promise(null)).isInstanceOf(NullPointerException.class).hasMessage("inquiry");
  }

  @Test
  void order_review_learns_from_the_real_schedule_whether_the_factory_has_the_capacity() {
    ScheduleCapacityCheck check = ScheduleCapacityCheck.of(promised(), ROUTINGS, SETTINGS, Map.of(SampleData.HANSA, CustomerTier.KEY));
    // the sample order: 4,800 + 1,800 pieces, delivery in 60 days: fits
    Feasibility ok = check.check(SampleData.order(), SampleData.TODAY);
    assertThat(ok.outcome()).isEqualTo(Feasibility.Outcome.FEASIBLE);
    assertThat(ok.explanation()).contains("产能评审");
    // the same order wanted in 3 days: cannot be met
    SalesOrder rush = SampleData.order().withDeliveryDate(SampleData.TODAY.plusDays(3));
    Feasibility no = check.check(rush, SampleData.TODAY);
    assertThat(no.outcome()).isEqualTo(Feasibility.Outcome.INFEASIBLE);
    assertThat(no.earliestDate()).isPresent();
    assertThat(no.explanation()).contains("SEW-1", "after its due");
    assertThat(check.check(SampleData.order().withDeliveryDate(java.util.Optional.empty()), SampleData.TODAY).outcome())
        .isEqualTo(Feasibility.Outcome.NOT_CHECKED);
    ScheduleCapacityCheck noRouting = ScheduleCapacityCheck.of(promised(), RoutingBook.of(List.of(Routing.of(POLO, Unit.PCS,
        Operation.of("sew", "SEW", 0, "1", 0)))), SETTINGS, Map.of());
    // a traded (bought-in) line has no routing: it needs no capacity here, and the answer says so
    Feasibility traded = noRouting.check(SampleData.order(), SampleData.TODAY);
    assertThat(traded.outcome()).isEqualTo(Feasibility.Outcome.FEASIBLE);
    assertThat(traded.explanation()).contains("not made here (no routing)", "line 1 (TS-1001)");
    SalesOrder onlyTraded = SampleData.order().withLines(List.of(SampleData.order().lines().get(0)));
    Feasibility none = noRouting.check(onlyTraded, SampleData.TODAY);
    assertThat(none.outcome()).isEqualTo(Feasibility.Outcome.NOT_CHECKED);
    assertThat(none.explanation()).contains("no line of order", "is made in this plant");
  }
}

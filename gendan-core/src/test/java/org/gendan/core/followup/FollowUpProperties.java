package org.gendan.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FollowUpProperties {

  private static final List<PaymentTerms> TERMS = List.of(
      PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT),
      PaymentTerms.depositAndBalance(50, PaymentDue.AGAINST_DOCUMENTS),
      PaymentTerms.advance(), PaymentTerms.lcAtSight(), PaymentTerms.openAccount(45));

  /** A sales order with random flags, scope, terms, order date and delivery lead (possibly a rush order). */
  static Gen<SalesOrder> salesOrders() {
    return integers().between(0, 400).zip(integers().between(1, 150), integers().between(0, TERMS.size() - 1),
        integers().between(0, FollowUpScope.values().length - 1), (start, lead, terms, scope) -> new int[] {start, lead, terms, scope})
        .zip(booleans().all(), booleans().all(), integers().between(0, OriginCertificate.values().length - 1),
            (a, sample, legal, origin) -> SampleData.order()
                .withOrderDate(LocalDate.of(2026, 1, 1).plusDays(a[0]))
                .withDeliveryDate(LocalDate.of(2026, 1, 1).plusDays(a[0] + a[1]))
                .withPaymentTerms(TERMS.get(a[2]))
                .withScope(FollowUpScope.values()[a[3]])
                .withSampleRequired(sample).withStatutoryInspection(legal)
                .withOriginCertificate(OriginCertificate.values()[origin]));
  }

  private static FollowUpPlan plan(SalesOrder so) {
    return FollowUpPlan.of(Order.receive(so, SampleData.li(so.orderDate())), FollowUpPolicy.DEFAULT).get();
  }

  private static Set<MilestoneKind> expectedKinds(SalesOrder so) {
    Set<MilestoneKind> k = EnumSet.of(MilestoneKind.MATERIALS_IN, MilestoneKind.PRODUCTION_START,
        MilestoneKind.PRODUCTION_FINISH, MilestoneKind.QC_BOOKING, MilestoneKind.QC_INSPECTION, MilestoneKind.SHIPMENT);
    PaymentTerms t = so.paymentTerms().get();
    if (t.requiresPaymentBeforeProduction()) {
      k.add(MilestoneKind.DEPOSIT);
    }
    if (so.sampleRequired()) {
      k.add(MilestoneKind.SAMPLE_APPROVAL);
    }
    if (so.scope().includesCustoms()) {
      k.add(MilestoneKind.BOOKING);
      k.add(MilestoneKind.CUSTOMS_CLEARANCE);
      if (so.statutoryInspection()) {
        k.add(MilestoneKind.STATUTORY_INSPECTION);
      }
      if (so.originCertificate().isRequired()) {
        k.add(MilestoneKind.ORIGIN_CERTIFICATE);
      }
    }
    if (so.scope().includesPayment()) {
      k.add(MilestoneKind.DOCUMENTS);
    }
    if (so.scope().includesPayment() || t.instalments().stream().anyMatch(i -> i.due() == PaymentDue.BEFORE_SHIPMENT)) {
      k.add(MilestoneKind.BALANCE);
    }
    return k;
  }

  @Test
  void the_plan_has_exactly_the_milestones_the_order_needs_and_never_plans_before_the_order_date() {
    qt().withExamples(300).forAll(salesOrders()).checkAssert(so -> {
      FollowUpPlan plan = plan(so);
      assertThat(plan.milestones()).extracting(Milestone::kind).containsExactlyInAnyOrderElementsOf(expectedKinds(so));
      assertThat(plan.milestones()).allSatisfy(m -> assertThat(m.due()).isAfterOrEqualTo(so.orderDate()));
      assertThat(plan.milestone(MilestoneKind.SHIPMENT).get().due()).isEqualTo(so.deliveryDate().get());
      assertThat(plan.isComplete()).isFalse();
    });
  }

  @Test
  void milestones_follow_the_process_order() {
    qt().withExamples(300).forAll(salesOrders()).checkAssert(so -> {
      FollowUpPlan plan = plan(so);
      List<MilestoneKind> chain = List.of(MilestoneKind.DEPOSIT, MilestoneKind.MATERIALS_IN, MilestoneKind.PRODUCTION_START,
          MilestoneKind.PRODUCTION_FINISH, MilestoneKind.SHIPMENT);
      assertNotDecreasing(plan, chain);
      assertNotDecreasing(plan, List.of(MilestoneKind.SAMPLE_APPROVAL, MilestoneKind.PRODUCTION_START));
      assertNotDecreasing(plan, List.of(MilestoneKind.QC_BOOKING, MilestoneKind.QC_INSPECTION, MilestoneKind.SHIPMENT));
      assertNotDecreasing(plan, List.of(MilestoneKind.BOOKING, MilestoneKind.CUSTOMS_CLEARANCE, MilestoneKind.SHIPMENT,
          MilestoneKind.DOCUMENTS));
    });
  }

  private static void assertNotDecreasing(FollowUpPlan plan, List<MilestoneKind> chain) {
    LocalDate previous = LocalDate.MIN;
    for (MilestoneKind k : chain) {
      var m = plan.milestone(k);
      if (m.isPresent()) {
        assertThat(m.get().due()).as(k + " in " + plan).isAfterOrEqualTo(previous);
        previous = m.get().due();
      }
    }
  }

  @Test
  void moving_the_order_and_its_delivery_date_moves_every_milestone_by_the_same_days() {
    qt().withExamples(200).forAll(salesOrders(), integers().between(-200, 200)).checkAssert((so, shift) -> {
      FollowUpPlan plan = plan(so);
      FollowUpPlan moved = plan(so.withOrderDate(so.orderDate().plusDays(shift))
          .withDeliveryDate(so.deliveryDate().get().plusDays(shift)));
      assertThat(moved.milestones()).hasSameSizeAs(plan.milestones());
      for (int i = 0; i < plan.milestones().size(); i++) {
        assertThat(moved.milestones().get(i).due()).isEqualTo(plan.milestones().get(i).due().plusDays(shift));
      }
    });
  }

  @Test
  void every_worklist_entry_matches_its_urgency_and_the_list_is_sorted() {
    Gen<List<SalesOrder>> many = lists().of(salesOrders()).ofSizeBetween(1, 8);
    qt().withExamples(150).forAll(many, integers().between(0, 500)).checkAssert((orders, day) -> {
      List<Order> followed = new ArrayList<>();
      for (int i = 0; i < orders.size(); i++) {
        SalesOrder so = orders.get(i).withId(OrderId.of("SO-" + i)).withCustomerId(CustomerId.of("C-" + (i % 3)));
        followed.add(Order.receive(so, SampleData.li(so.orderDate())));
      }
      LocalDate today = LocalDate.of(2026, 1, 1).plusDays(day);
      Map<CustomerId, CustomerTier> tiers = Map.of(CustomerId.of("C-0"), CustomerTier.KEY, CustomerId.of("C-1"), CustomerTier.B);
      Worklist list = Worklist.of(followed, tiers, today, FollowUpPolicy.DEFAULT);
      assertThat(list.entries()).isSortedAccordingTo(Worklist.ORDER);
      for (WorklistEntry e : list.entries()) {
        long days = ChronoUnit.DAYS.between(today, e.due());
        switch (e.urgency()) {
          case OVERDUE:
            assertThat(days).isNegative();
            assertThat(e.daysLate()).isEqualTo(-days);
            break;
          case DUE_TODAY:
            assertThat(days).isZero();
            break;
          case AT_RISK:
            assertThat(e.milestone()).isEqualTo(MilestoneKind.SHIPMENT);
            assertThat(days).isPositive();
            assertThat(list.entries()).anyMatch(o -> o.orderId().equals(e.orderId()) && o.urgency() == Urgency.OVERDUE);
            break;
          default:
            assertThat(days).isBetween(1L, (long) FollowUpPolicy.DEFAULT.dueSoonDays());
        }
      }
      // every overdue milestone of every plan is on the list
      long overdue = followed.stream().mapToLong(o -> FollowUpPlan.of(o, FollowUpPolicy.DEFAULT).get().overdue(today).size()).sum();
      assertThat(list.entries(Urgency.OVERDUE)).hasSize((int) overdue);
    });
  }
}

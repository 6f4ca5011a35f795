package org.gendan.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gendan.core.followup.MilestoneKind.*;
import static org.gendan.core.testing.SampleData.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.money.Money;
import org.gendan.core.order.DocumentKind;
import org.gendan.core.order.FollowUpScope;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

class FollowUpPlanTest {

  private static FollowUpPlan plan(SalesOrder so) {
    return FollowUpPlan.of(Order.receive(so, SampleData.li(so.orderDate())), FollowUpPolicy.DEFAULT).get();
  }

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void milestones_are_back_scheduled_from_the_delivery_date_with_the_default_offsets() {
    FollowUpPlan plan = plan(SampleData.order()); // delivery 2026-05-01, T/T 30/70 before shipment, sample, 法检
    assertThat(plan.deliveryDate()).isEqualTo(d(5, 1));
    assertThat(plan.milestones()).extracting(Milestone::kind, Milestone::due).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DEPOSIT, d(3, 9)),
        org.assertj.core.groups.Tuple.tuple(SAMPLE_APPROVAL, d(3, 25)),
        org.assertj.core.groups.Tuple.tuple(MATERIALS_IN, d(4, 2)),
        org.assertj.core.groups.Tuple.tuple(PRODUCTION_START, d(4, 4)),
        org.assertj.core.groups.Tuple.tuple(PRODUCTION_FINISH, d(4, 25)),
        org.assertj.core.groups.Tuple.tuple(QC_BOOKING, d(4, 19)),
        org.assertj.core.groups.Tuple.tuple(QC_INSPECTION, d(4, 26)),
        org.assertj.core.groups.Tuple.tuple(STATUTORY_INSPECTION, d(4, 17)),
        org.assertj.core.groups.Tuple.tuple(BOOKING, d(4, 21)),
        org.assertj.core.groups.Tuple.tuple(CUSTOMS_CLEARANCE, d(4, 29)),
        org.assertj.core.groups.Tuple.tuple(SHIPMENT, d(5, 1)),
        org.assertj.core.groups.Tuple.tuple(DOCUMENTS, d(5, 6)),
        org.assertj.core.groups.Tuple.tuple(BALANCE, d(4, 28)));
    assertThat(plan.open()).hasSize(13);
    assertThat(plan.next()).map(Milestone::kind).contains(DEPOSIT);
  }

  @Test
  void statutory_inspection_is_applied_for_one_to_two_weeks_and_the_origin_certificate_a_week_before_delivery() {
    FollowUpPlan plan = plan(SampleData.order().withOriginCertificate(OriginCertificate.FORM_A));
    assertThat(plan.milestone(STATUTORY_INSPECTION).get().due()).isEqualTo(d(5, 1).minusDays(14));
    assertThat(plan.milestone(ORIGIN_CERTIFICATE).get().due()).isEqualTo(d(5, 1).minusDays(7));
  }

  @Test
  void a_warehouse_order_follows_only_until_the_goods_reach_the_export_warehouse() {
    SalesOrder so = SampleData.order().withScope(FollowUpScope.TO_EXPORT_WAREHOUSE)
        .withPaymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.AGAINST_DOCUMENTS));
    FollowUpPlan plan = plan(so);
    assertThat(plan.milestones()).extracting(Milestone::kind)
        .containsExactly(DEPOSIT, SAMPLE_APPROVAL, MATERIALS_IN, PRODUCTION_START, PRODUCTION_FINISH, QC_BOOKING,
            QC_INSPECTION, SHIPMENT);
  }

  @Test
  void a_balance_due_before_shipment_is_a_milestone_even_when_payment_is_outside_the_scope() {
    SalesOrder so = SampleData.order().withScope(FollowUpScope.TO_CUSTOMS_AND_LOADING);
    FollowUpPlan plan = plan(so);
    assertThat(plan.milestone(BALANCE)).map(Milestone::due).contains(d(4, 28));
    assertThat(plan.milestone(DOCUMENTS)).isEmpty();
    assertThat(plan.milestone(BOOKING)).isPresent();
  }

  @Test
  void open_account_terms_put_the_balance_the_agreed_days_after_shipment_and_need_no_deposit() {
    SalesOrder so = SampleData.order().withPaymentTerms(PaymentTerms.openAccount(60)).withSampleRequired(false);
    FollowUpPlan plan = plan(so);
    assertThat(plan.milestone(DEPOSIT)).isEmpty();
    assertThat(plan.milestone(SAMPLE_APPROVAL)).isEmpty();
    assertThat(plan.milestone(BALANCE)).map(Milestone::due).contains(d(5, 1).plusDays(60));
  }

  @Test
  void an_lc_at_sight_is_paid_a_week_after_the_documents_are_presented() {
    FollowUpPlan plan = plan(SampleData.order().withPaymentTerms(PaymentTerms.lcAtSight()));
    assertThat(plan.milestone(BALANCE)).map(Milestone::due).contains(d(5, 6).plusDays(7));
  }

  @Test
  void a_rush_order_never_plans_a_milestone_before_the_order_date() {
    SalesOrder so = SampleData.order().withDeliveryDate(TODAY.plusDays(12));
    FollowUpPlan plan = plan(so);
    assertThat(plan.milestones()).allSatisfy(m -> assertThat(m.due()).isAfterOrEqualTo(TODAY));
    assertThat(plan.milestone(PRODUCTION_START).get().due()).isEqualTo(TODAY);
  }

  @Test
  void a_reported_delay_moves_the_plan_to_the_new_delivery_date() {
    Order order = Walk.receive(SampleData.order(), TODAY)
        .on(TODAY.plusDays(1), new OrderCommand.ReportDelay(d(5, 15), "fabric dyeing failed, re-dyeing")).order();
    FollowUpPlan plan = FollowUpPlan.of(order, FollowUpPolicy.DEFAULT).get();
    assertThat(plan.deliveryDate()).isEqualTo(d(5, 15));
    assertThat(plan.milestone(SHIPMENT).get().due()).isEqualTo(d(5, 15));
  }

  @Test
  void an_order_without_a_delivery_date_cannot_be_planned_and_says_why() {
    SalesOrder so = SampleData.order().withDeliveryDate(Optional.empty());
    var result = FollowUpPlan.of(Order.receive(so, SampleData.li(TODAY)), FollowUpPolicy.DEFAULT);
    assertThat(result.getLeft().code()).isEqualTo("NO_DELIVERY_DATE");
    assertThat(result.getLeft().message()).contains("SO-2026-0412").contains("交期");
  }

  @Test
  void milestones_are_marked_done_on_the_day_the_order_history_records_them() {
    SalesOrder so = SampleData.order().withOriginCertificate(OriginCertificate.GENERAL_CO);
    Money total = so.total();
    Money deposit = so.paymentTerms().get().split(total).get(0);
    Money balance = total.minus(deposit);
    Order order = Walk.receive(so, TODAY)
        .on(d(3, 3), new OrderCommand.RecordReview(0, List.of(), List.of()))
        .on(d(3, 6), new OrderCommand.ReceiveDeposit(deposit))
        .on(d(3, 10), new OrderCommand.SubmitSample("S-1"))
        .on(d(3, 20), new OrderCommand.ApproveSample())
        .on(d(4, 1), new OrderCommand.ReleaseToProduction())
        .on(d(4, 15), new OrderCommand.ReportProgress(60), new OrderCommand.BookQcInspection(d(4, 26)))
        .on(d(4, 16), new OrderCommand.ReceiveInspectionVoucher(
            new InspectionVoucher("V-330100-1", total, d(4, 16), d(7, 15))))
        .on(d(4, 20), new OrderCommand.BookShipment("BK-778", d(5, 1)),
            new OrderCommand.IssueDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "CO-2026-31"))
        .on(d(4, 24), new OrderCommand.ReportProgress(100))
        .on(d(4, 26), new OrderCommand.PassQc())
        .on(d(4, 27), new OrderCommand.ReceiveBalance(balance))
        .on(d(4, 29), new OrderCommand.ClearCustoms("DECL-1", total))
        .on(d(5, 2), new OrderCommand.Ship(d(5, 1), "BL-1", total))
        .on(d(5, 5), new OrderCommand.SendDocuments("DHL 123")).order();
    FollowUpPlan plan = FollowUpPlan.of(order, FollowUpPolicy.DEFAULT).get();
    assertThat(plan.isComplete()).isTrue();
    assertThat(plan.milestone(DEPOSIT).get().done()).contains(d(3, 6));
    assertThat(plan.milestone(SAMPLE_APPROVAL).get().done()).contains(d(3, 20));
    assertThat(plan.milestone(MATERIALS_IN).get().done()).contains(d(4, 1));
    assertThat(plan.milestone(PRODUCTION_START).get().done()).contains(d(4, 1));
    assertThat(plan.milestone(PRODUCTION_FINISH).get().done()).contains(d(4, 24));
    assertThat(plan.milestone(QC_BOOKING).get().done()).contains(d(4, 15));
    assertThat(plan.milestone(QC_INSPECTION).get().done()).contains(d(4, 26));
    assertThat(plan.milestone(STATUTORY_INSPECTION).get().done()).contains(d(4, 16));
    assertThat(plan.milestone(ORIGIN_CERTIFICATE).get().done()).contains(d(4, 20));
    assertThat(plan.milestone(BOOKING).get().done()).contains(d(4, 20));
    assertThat(plan.milestone(CUSTOMS_CLEARANCE).get().done()).contains(d(4, 29));
    assertThat(plan.milestone(SHIPMENT).get().done()).contains(d(5, 1));
    assertThat(plan.milestone(DOCUMENTS).get().done()).contains(d(5, 5));
    assertThat(plan.milestone(BALANCE).get().done()).contains(d(4, 27));
    assertThat(plan.milestone(BALANCE).get().wasLate()).isFalse();
    assertThat(plan.milestone(PRODUCTION_START).get().wasLate()).isFalse();
  }

  @Test
  void a_failed_qc_inspection_reopens_the_qc_booking() {
    SalesOrder so = SampleData.order().withSampleRequired(false).withPaymentTerms(PaymentTerms.openAccount(30));
    Order order = Walk.receive(so, TODAY)
        .on(d(3, 3), new OrderCommand.RecordReview(0, List.of(), List.of()), new OrderCommand.ReleaseToProduction())
        .on(d(4, 10), new OrderCommand.ReportProgress(100), new OrderCommand.BookQcInspection(d(4, 12)))
        .on(d(4, 12), new OrderCommand.FailQc("stains on 5% of pieces")).order();
    FollowUpPlan plan = FollowUpPlan.of(order, FollowUpPolicy.DEFAULT).get();
    assertThat(plan.milestone(QC_BOOKING).get().isDone()).isFalse();
    assertThat(plan.milestone(QC_INSPECTION).get().isDone()).isFalse();
    assertThat(plan.milestone(PRODUCTION_FINISH).get().done()).contains(d(4, 10));
  }

  @Test
  void bad_input_is_rejected_with_a_clear_message() {
    Order order = Order.receive(SampleData.order(), SampleData.li(TODAY));
    assertThatThrownBy(() -> FollowUpPlan.of(null, FollowUpPolicy.DEFAULT)).isInstanceOf(NullPointerException.class)
        .hasMessage("order");
    assertThatThrownBy(() -> FollowUpPlan.of(order, null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> FollowUpPolicy.DEFAULT.withProductionDays(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..365");
    assertThatThrownBy(() -> new FollowUpPolicy(10, 14, 7, 2, 5, 7, 6, 21, 2, 10, 7, 5, 3, 400))
        .isInstanceOf(IllegalArgumentException.class);
    FollowUpPlan plan = FollowUpPlan.of(order, FollowUpPolicy.DEFAULT).get();
    assertThatThrownBy(() -> plan.milestone(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> plan.overdue(null)).isInstanceOf(NullPointerException.class);
    Milestone a = plan.milestones().get(0);
    assertThatThrownBy(() -> new FollowUpPlan(plan.orderId(), plan.customerId(), plan.deliveryDate(), List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
  }
}

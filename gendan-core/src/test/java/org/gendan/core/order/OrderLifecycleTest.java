package org.gendan.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.core.testing.LifecycleSamples.accept;
import static org.gendan.core.testing.LifecycleSamples.booked;
import static org.gendan.core.testing.LifecycleSamples.cleared;
import static org.gendan.core.testing.LifecycleSamples.day;
import static org.gendan.core.testing.LifecycleSamples.documentsSent;
import static org.gendan.core.testing.LifecycleSamples.inspected;
import static org.gendan.core.testing.LifecycleSamples.produced;
import static org.gendan.core.testing.LifecycleSamples.received;
import static org.gendan.core.testing.LifecycleSamples.refuse;
import static org.gendan.core.testing.LifecycleSamples.released;
import static org.gendan.core.testing.LifecycleSamples.reviewed;
import static org.gendan.core.testing.LifecycleSamples.shipped;
import static org.gendan.core.testing.LifecycleSamples.voucherFor;
import static org.gendan.core.testing.SampleData.li;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderCommand.Amend;
import org.gendan.core.order.OrderCommand.ApproveSample;
import org.gendan.core.order.OrderCommand.BookQcInspection;
import org.gendan.core.order.OrderCommand.BookShipment;
import org.gendan.core.order.OrderCommand.Cancel;
import org.gendan.core.order.OrderCommand.ClearCustoms;
import org.gendan.core.order.OrderCommand.Close;
import org.gendan.core.order.OrderCommand.ConfirmInWriting;
import org.gendan.core.order.OrderCommand.FailQc;
import org.gendan.core.order.OrderCommand.IssueDocument;
import org.gendan.core.order.OrderCommand.PassQc;
import org.gendan.core.order.OrderCommand.PutOnHold;
import org.gendan.core.order.OrderCommand.ReceiveBalance;
import org.gendan.core.order.OrderCommand.ReceiveDeposit;
import org.gendan.core.order.OrderCommand.ReceiveInspectionVoucher;
import org.gendan.core.order.OrderCommand.RecordReview;
import org.gendan.core.order.OrderCommand.RejectSample;
import org.gendan.core.order.OrderCommand.ReleaseToProduction;
import org.gendan.core.order.OrderCommand.ReportDelay;
import org.gendan.core.order.OrderCommand.ReportProgress;
import org.gendan.core.order.OrderCommand.Resume;
import org.gendan.core.order.OrderCommand.SendDocuments;
import org.gendan.core.order.OrderCommand.Ship;
import org.gendan.core.order.OrderCommand.SubmitSample;
import org.gendan.core.party.CustomerId;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.core.testing.SampleData;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.junit.jupiter.api.Test;

/** The guards of the order lifecycle, one example each, on the sample T-shirt order for Hansa. */
class OrderLifecycleTest {

  /** EMAIL, sample required, 法检, T/T 30% deposit + 70% before shipment, 全程, USD 24,090.00. */
  private static final SalesOrder ORDER = SampleData.order();

  private static OrderReview review() {
    return OrderReview.builder().customers(List.of(SampleData.hansa()))
        .items(List.of(SampleData.tshirt(), SampleData.polo())).priceBook(SampleData.prices()).build();
  }

  private static SalesOrder without(SalesOrder so) {
    return so.withSampleRequired(false).withStatutoryInspection(false);
  }

  // --- intake and review ----------------------------------------------------------------------

  @Test
  void a_written_order_starts_confirmed_and_a_verbal_one_received() {
    assertThat(received(ORDER).status()).isEqualTo(OrderStatus.CONFIRMED);
    SalesOrder phone = ORDER.withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(false);
    assertThat(received(phone).status()).isEqualTo(OrderStatus.RECEIVED);
  }

  @Test
  void a_verbal_order_must_be_confirmed_in_writing_before_review() {
    SalesOrder phone = ORDER.withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(false);
    Order o = received(phone);

    Rejection r = refuse(o, 1, new RecordReview(0, List.of(), List.of()));
    assertThat(r.code()).isEqualTo("NOT_CONFIRMED_IN_WRITING");
    assertThat(r.message()).contains("口头订单需转书面订单");
    assertThat(review().review(o.salesOrder(), day(1)).has("VERBAL_NOT_CONFIRMED")).isTrue();

    o = accept(o, 1, new ConfirmInWriting("PI-2026-0412 signed"));
    assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(o.salesOrder().writtenConfirmation()).isTrue();
    assertThat(refuse(o, 1, new ConfirmInWriting("again")).code()).isEqualTo("ILLEGAL_TRANSITION");

    // the confirmed order now passes the real review, which used to keep finding it "verbal"
    ReviewReport report = review().review(o.salesOrder(), day(1));
    assertThat(report.has("VERBAL_NOT_CONFIRMED")).isFalse();
    assertThat(report.hasErrors()).isFalse();
    o = accept(o, 1, report.toCommand());
    assertThat(o.status()).isEqualTo(OrderStatus.REVIEWED);
    assertThat(o.reviewedRevision()).contains(0);
  }

  @Test
  void a_review_with_errors_is_rejected_and_the_order_stays_confirmed() {
    Order o = received(ORDER);
    ReviewReport report = OrderReview.builder().build().review(ORDER, day(1)); // no master data: unknown customer and items
    assertThat(report.hasErrors()).isTrue();

    Rejection r = refuse(o, 1, report.toCommand());
    assertThat(r.code()).isEqualTo("REVIEW_HAS_ERRORS");
    assertThat(r.message()).contains("UNKNOWN_CUSTOMER");
    assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void a_review_of_an_outdated_revision_is_rejected() {
    Order o = accept(received(ORDER), 1, new Amend(ORDER.withRemarks("navy changed to black"), "colour change"));
    assertThat(o.salesOrder().revision()).isEqualTo(1);

    assertThat(refuse(o, 2, new RecordReview(0, List.of(), List.of())).code()).isEqualTo("REVIEW_OUTDATED");
    assertThat(accept(o, 2, new RecordReview(1, List.of(), List.of())).reviewedRevision()).contains(1);
  }

  // --- deposit and sample -----------------------------------------------------------------------

  @Test
  void a_deposit_order_cannot_start_production_before_the_deposit_arrives() {
    Order o = reviewed(without(ORDER));
    Rejection r = refuse(o, 2, new ReleaseToProduction());
    assertThat(r.code()).isEqualTo("DEPOSIT_NOT_RECEIVED");
    assertThat(r.message()).contains("USD 7227.00").contains("定金到账后才能下单生产");

    o = accept(o, 2, new ReceiveDeposit(Money.of("5000.00", "USD")));
    assertThat(o.isDepositSatisfied()).isFalse();
    assertThat(refuse(o, 2, new ReleaseToProduction()).code()).isEqualTo("DEPOSIT_NOT_RECEIVED");

    assertThat(refuse(o, 3, new ReceiveDeposit(Money.of("2227.00", "EUR"))).code()).isEqualTo("PAYMENT_CURRENCY_MISMATCH");
    o = accept(o, 3, new ReceiveDeposit(Money.of("2227.00", "USD")));
    assertThat(o.isDepositSatisfied()).isTrue();
    o = accept(o, 3, new ReleaseToProduction());
    assertThat(o.status()).isEqualTo(OrderStatus.IN_PRODUCTION);
    assertThat(o.issuedDocuments()).containsExactly(DocumentKind.PRODUCTION_ORDER, DocumentKind.FLOW_CARD);
  }

  @Test
  void an_order_without_payment_terms_is_not_released() {
    Order o = reviewed(without(ORDER).withPaymentTerms(java.util.Optional.empty()));
    assertThat(refuse(o, 2, new ReleaseToProduction()).code()).isEqualTo("PAYMENT_TERMS_MISSING");
  }

  @Test
  void an_order_without_a_deposit_term_is_released_at_once() {
    Order o = reviewed(without(ORDER).withPaymentTerms(PaymentTerms.openAccount(60)));
    assertThat(accept(o, 2, new ReleaseToProduction()).status()).isEqualTo(OrderStatus.IN_PRODUCTION);
  }

  @Test
  void production_is_not_released_before_the_sample_is_approved_when_one_is_required() {
    Order o = accept(reviewed(ORDER), 2, new ReceiveDeposit(SampleData.deposit()));
    assertThat(refuse(o, 2, new ReleaseToProduction()).code()).isEqualTo("SAMPLE_NOT_APPROVED");
    assertThat(refuse(o, 2, new ApproveSample()).code()).isEqualTo("NO_SAMPLE_SUBMITTED");

    o = accept(o, 3, new SubmitSample("SMP-TS-01"));
    assertThat(refuse(o, 3, new ReleaseToProduction()).code()).isEqualTo("SAMPLE_NOT_APPROVED");
    assertThat(refuse(o, 3, new SubmitSample("SMP-TS-02")).code()).isEqualTo("SAMPLE_AWAITING_VERDICT");
    o = accept(o, 6, new RejectSample("colour too light"));
    assertThat(o.sampleStatus()).isEqualTo(SampleStatus.REJECTED);
    assertThat(refuse(o, 6, new ReleaseToProduction()).message()).contains("rejected");

    o = accept(o, 8, new SubmitSample("SMP-TS-02"));
    o = accept(o, 10, new ApproveSample());
    assertThat(o.history().get(o.history().size() - 1).describe()).contains("SMP-TS-02");
    assertThat(refuse(o, 10, new SubmitSample("SMP-TS-03")).code()).isEqualTo("SAMPLE_ALREADY_APPROVED");
    assertThat(accept(o, 11, new ReleaseToProduction()).status()).isEqualTo(OrderStatus.IN_PRODUCTION);
  }

  @Test
  void an_order_without_a_sample_requirement_takes_no_sample() {
    Order o = reviewed(without(ORDER));
    assertThat(refuse(o, 2, new SubmitSample("SMP-1")).code()).isEqualTo("SAMPLE_NOT_REQUIRED");
  }

  // --- production and QC ------------------------------------------------------------------------

  @Test
  void production_progress_only_moves_forward_within_0_to_100_percent() {
    Order o = accept(released(ORDER), 10, new ReportProgress(40));
    assertThat(refuse(o, 11, new ReportProgress(30)).code()).isEqualTo("PROGRESS_GOES_BACKWARDS");
    assertThat(refuse(o, 11, new ReportProgress(101)).code()).isEqualTo("PROGRESS_OUT_OF_RANGE");
    assertThat(refuse(o, 11, new ReportProgress(-1)).code()).isEqualTo("PROGRESS_OUT_OF_RANGE");
    o = accept(o, 12, new ReportProgress(100));
    assertThat(o.status()).isEqualTo(OrderStatus.PRODUCED);
    assertThat(o.progressPercent()).isEqualTo(100);
    assertThat(refuse(reviewed(ORDER), 3, new ReportProgress(10)).code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void no_qc_verdict_before_production_is_finished_and_the_inspection_is_booked() {
    Order o = accept(released(ORDER), 10, new BookQcInspection(day(21)));
    Rejection early = refuse(o, 11, new PassQc());
    assertThat(early.code()).isEqualTo("PRODUCTION_NOT_FINISHED");
    assertThat(refuse(o, 11, new FailQc("not finished")).code()).isEqualTo("PRODUCTION_NOT_FINISHED");

    o = produced(ORDER);
    assertThat(refuse(o, 21, new PassQc()).code()).isEqualTo("QC_NOT_BOOKED");
    assertThat(refuse(o, 21, new FailQc("stains")).code()).isEqualTo("QC_NOT_BOOKED");

    o = accept(o, 21, new BookQcInspection(day(22)));
    o = accept(o, 22, new FailQc("AQL 2.5 failed: 9 major defects (stains)"));
    assertThat(o.qcFailures()).isEqualTo(1);
    assertThat(o.qcInspectionDate()).isEmpty();
    assertThat(o.status()).isEqualTo(OrderStatus.PRODUCED);
    assertThat(refuse(o, 23, new PassQc()).code()).isEqualTo("QC_NOT_BOOKED"); // re-inspection must be booked again

    o = accept(o, 25, new BookQcInspection(day(26)));
    o = accept(o, 26, new PassQc());
    assertThat(o.status()).isEqualTo(OrderStatus.INSPECTED);
    assertThat(o.isQcPassed()).isTrue();
  }

  @Test
  void goods_do_not_ship_before_qc_passes() {
    Order o = produced(without(ORDER).withScope(FollowUpScope.TO_EXPORT_WAREHOUSE));
    Rejection r = refuse(o, 23, new Ship(day(23), "WH-RCPT-1", ORDER.total()));
    assertThat(r.code()).isEqualTo("QC_NOT_PASSED");
    assertThat(r.message()).contains("验货通过后才能出货");
    assertThat(refuse(reviewed(ORDER), 3, new Ship(day(3), "WH-RCPT-1", ORDER.total())).code()).isEqualTo("QC_NOT_PASSED");
    assertThat(refuse(o, 23, new ClearCustoms("DECL-1", ORDER.total())).code()).isEqualTo("QC_NOT_PASSED");
  }

  // --- statutory inspection and customs ---------------------------------------------------------

  private static Order inspectedAndBookedWithoutVoucher() {
    Order o = accept(produced(ORDER), 21, new BookQcInspection(day(22)));
    o = accept(o, 22, new PassQc());
    return accept(o, 23, new BookShipment("BKG-1", day(27)));
  }

  @Test
  void no_customs_clearance_without_the_inspection_voucher_when_statutory_inspection_applies() {
    Order o = inspectedAndBookedWithoutVoucher();
    Rejection r = refuse(o, 25, new ClearCustoms("DECL-1", ORDER.total()));
    assertThat(r.code()).isEqualTo("INSPECTION_VOUCHER_MISSING");
    assertThat(r.message()).contains("换证凭条").contains("法检");

    o = accept(o, 24, new ReceiveInspectionVoucher(voucherFor(ORDER, 24)));
    assertThat(accept(o, 25, new ClearCustoms("DECL-1", ORDER.total())).status()).isEqualTo(OrderStatus.CLEARED);
  }

  @Test
  void an_expired_inspection_voucher_does_not_clear_customs() {
    InspectionVoucher shortLived = new InspectionVoucher("310000126000999", ORDER.total(), day(10), day(24));
    Order o = accept(inspectedAndBookedWithoutVoucher(), 23, new ReceiveInspectionVoucher(shortLived));
    assertThat(accept(o, 24, new ClearCustoms("DECL-1", ORDER.total())).status()).isEqualTo(OrderStatus.CLEARED); // last valid day
    Rejection r = refuse(o, 25, new ClearCustoms("DECL-1", ORDER.total()));
    assertThat(r.code()).isEqualTo("INSPECTION_VOUCHER_EXPIRED");
    assertThat(r.message()).contains(day(24).toString());
  }

  @Test
  void the_declared_amount_may_be_below_the_voucher_amount_but_never_above() {
    Money voucherAmount = Money.of("20000.00", "USD");
    InspectionVoucher v = new InspectionVoucher("310000126000777", voucherAmount, day(23), day(113));
    Order o = accept(inspectedAndBookedWithoutVoucher(), 23, new ReceiveInspectionVoucher(v));
    Rejection r = refuse(o, 25, new ClearCustoms("DECL-1", Money.of("20000.01", "USD")));
    assertThat(r.code()).isEqualTo("VOUCHER_AMOUNT_EXCEEDED");
    assertThat(accept(o, 25, new ClearCustoms("DECL-1", Money.of("19800.00", "USD"))).customsDeclaration()).contains("DECL-1");
    assertThat(accept(o, 25, new ClearCustoms("DECL-1", voucherAmount)).status()).isEqualTo(OrderStatus.CLEARED);
  }

  @Test
  void a_voucher_is_only_taken_for_statutory_inspection_and_in_the_order_currency() {
    Order plain = inspected(without(ORDER));
    assertThat(refuse(plain, 23, new ReceiveInspectionVoucher(voucherFor(ORDER, 23))).code()).isEqualTo("NO_STATUTORY_INSPECTION");
    InspectionVoucher inEuro = new InspectionVoucher("3100001", Money.of("100.00", "EUR"), day(21), day(60));
    assertThat(refuse(produced(ORDER), 21, new ReceiveInspectionVoucher(inEuro)).code()).isEqualTo("VOUCHER_CURRENCY_MISMATCH");
  }

  @Test
  void customs_needs_shipping_space_booked_first_and_a_positive_declared_amount() {
    Order o = inspected(ORDER);
    assertThat(refuse(o, 25, new ClearCustoms("DECL-1", ORDER.total())).code()).isEqualTo("NOT_BOOKED");
    o = accept(o, 23, new BookShipment("BKG-1", day(27)));
    assertThat(refuse(o, 25, new ClearCustoms("DECL-1", Money.of("0.00", "USD"))).code()).isEqualTo("DECLARED_AMOUNT_NOT_POSITIVE");
    assertThat(refuse(o, 25, new ClearCustoms("DECL-1", Money.of("10.00", "EUR"))).code()).isEqualTo("DECLARATION_CURRENCY_MISMATCH");
  }

  @Test
  void a_customs_scope_order_ships_only_after_customs_clearance() {
    Order o = booked(ORDER);
    assertThat(refuse(o, 27, new Ship(day(27), "COSU1", ORDER.total())).code()).isEqualTo("CUSTOMS_NOT_CLEARED");
  }

  // --- payment before shipment and documents ---------------------------------------------------

  @Test
  void a_tt_balance_before_shipment_blocks_shipment_until_the_balance_is_paid() {
    Order o = cleared(ORDER);
    Rejection r = refuse(o, 27, new Ship(day(27), "COSU6123456780", ORDER.total()));
    assertThat(r.code()).isEqualTo("BALANCE_NOT_RECEIVED");
    assertThat(r.message()).contains("USD 24090.00").contains("余款到账后出货");

    o = accept(o, 26, new ReceiveBalance(Money.of("16000.00", "USD")));
    assertThat(refuse(o, 27, new Ship(day(27), "COSU6123456780", ORDER.total())).code()).isEqualTo("BALANCE_NOT_RECEIVED");
    o = accept(o, 26, new ReceiveBalance(Money.of("863.00", "USD")));
    assertThat(o.outstanding().isZero()).isTrue();
    o = accept(o, 27, new Ship(day(27), "COSU6123456780", ORDER.total()));
    assertThat(o.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(o.shippedOn()).contains(day(27));
  }

  @Test
  void a_shipment_is_recorded_with_a_real_date_and_a_positive_amount() {
    Order o = cleared(ORDER.withPaymentTerms(PaymentTerms.openAccount(60))); // nothing due before shipment
    assertThat(refuse(o, 27, new Ship(day(28), "COSU1", ORDER.total())).code()).isEqualTo("SHIPMENT_DATE_OUT_OF_RANGE");
    assertThat(refuse(o, 27, new Ship(day(-1), "COSU1", ORDER.total())).code()).isEqualTo("SHIPMENT_DATE_OUT_OF_RANGE");
    assertThat(refuse(o, 27, new Ship(day(27), "COSU1", Money.of("0.00", "USD"))).code()).isEqualTo("SHIPPED_AMOUNT_NOT_POSITIVE");
    assertThat(refuse(o, 27, new Ship(day(27), "COSU1", Money.of("1.00", "EUR"))).code()).isEqualTo("SHIPMENT_CURRENCY_MISMATCH");
    assertThat(accept(o, 27, new Ship(day(26), "COSU1", ORDER.total())).shippedOn()).contains(day(26));
  }

  @Test
  void original_documents_are_released_only_after_the_payment_due_against_documents() {
    SalesOrder againstDocs = without(ORDER).withPaymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.AGAINST_DOCUMENTS));
    Order o = shipped(againstDocs);
    assertThat(o.outstanding()).isEqualTo(Money.of("16863.00", "USD"));
    Rejection r = refuse(o, 28, new SendDocuments("DHL 1"));
    assertThat(r.code()).isEqualTo("PAYMENT_NOT_RECEIVED");
    assertThat(r.message()).contains("余款到账后放单");

    o = accept(o, 29, new ReceiveBalance(o.outstanding()));
    assertThat(accept(o, 30, new SendDocuments("DHL 1")).status()).isEqualTo(OrderStatus.DOCUMENTS_SENT);
    assertThat(refuse(received(ORDER), 1, new SendDocuments("DHL 1")).code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  // --- closing by scope -------------------------------------------------------------------------

  @Test
  void a_front_scope_order_closes_once_delivered_into_the_export_warehouse() {
    SalesOrder front = without(ORDER).withScope(FollowUpScope.TO_EXPORT_WAREHOUSE).withPaymentTerms(PaymentTerms.openAccount(60));
    Rejection r = refuse(inspected(front), 24, new Close());
    assertThat(r.code()).isEqualTo("SCOPE_NOT_COMPLETED");
    assertThat(r.message()).contains("前程跟单").contains("not shipped");

    Order o = shipped(front); // no customs clearance needed for 前程
    assertThat(o.customsDeclaration()).isEmpty();
    assertThat(accept(o, 28, new Close()).status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void a_middle_scope_order_closes_once_cleared_and_shipped_even_with_payment_outstanding() {
    SalesOrder middle = without(ORDER).withScope(FollowUpScope.TO_CUSTOMS_AND_LOADING).withPaymentTerms(PaymentTerms.openAccount(60));
    assertThat(refuse(cleared(middle), 26, new Close()).message()).contains("中程跟单");

    Order o = shipped(middle);
    assertThat(o.outstanding().isPositive()).isTrue();
    assertThat(accept(o, 28, new Close()).status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void a_full_scope_order_closes_only_when_documents_are_sent_and_paid_in_full() {
    SalesOrder full = without(ORDER).withPaymentTerms(PaymentTerms.openAccount(60));
    Rejection notSent = refuse(shipped(full), 28, new Close());
    assertThat(notSent.message()).contains("全程跟单").contains("documents have not been sent");

    Order o = documentsSent(full);
    Rejection unpaid = refuse(o, 30, new Close());
    assertThat(unpaid.code()).isEqualTo("SCOPE_NOT_COMPLETED");
    assertThat(unpaid.message()).contains("货款未到账").contains("USD 24090.00");

    o = accept(o, 80, new ReceiveBalance(ORDER.total()));
    assertThat(accept(o, 81, new Close()).status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void after_a_short_shipment_the_customer_owes_the_value_shipped_and_the_order_can_close() {
    SalesOrder full = without(ORDER).withPaymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT));
    Order o = accept(cleared(full), 26, new ReceiveBalance(Money.of("14000.00", "USD"))); // 7227 + 14000 = 21227
    Money shortShipped = Money.of("21000.00", "USD"); // 4,600 T-shirts short
    o = accept(o, 27, new Ship(day(27), "COSU6123456780", shortShipped));
    assertThat(o.invoiceAmount()).isEqualTo(shortShipped);
    assertThat(o.outstanding()).isEqualTo(Money.of("-227.00", "USD"));
    o = accept(o, 28, new SendDocuments("DHL 1"));
    assertThat(accept(o, 29, new Close()).status()).isEqualTo(OrderStatus.CLOSED);
  }

  @Test
  void an_over_shipment_needs_its_extra_balance_before_it_ships() {
    Order o = accept(cleared(ORDER), 26, new ReceiveBalance(Money.of("16863.00", "USD"))); // the order total is paid
    Money overShipped = Money.of("24500.00", "USD");
    Rejection r = refuse(o, 27, new Ship(day(27), "COSU6123456780", overShipped));
    assertThat(r.code()).isEqualTo("BALANCE_NOT_RECEIVED");
    assertThat(r.message()).contains("USD 24500.00");
    o = accept(o, 27, new ReceiveBalance(Money.of("410.00", "USD")));
    assertThat(accept(o, 27, new Ship(day(27), "COSU6123456780", overShipped)).outstanding().isZero()).isTrue();
  }

  // --- amendment, cancellation, hold, delay -----------------------------------------------------

  @Test
  void an_amendment_before_release_creates_a_new_revision_that_needs_a_fresh_review() {
    Order o = reviewed(without(ORDER));
    o = accept(o, 2, new ReceiveDeposit(SampleData.deposit()));
    SalesOrder changed = o.salesOrder().withDeliveryDate(day(75)).withRevision(7); // the lifecycle numbers revisions
    o = accept(o, 3, new Amend(changed, "customer moved the delivery date"));

    assertThat(o.salesOrder().revision()).isEqualTo(1);
    assertThat(o.salesOrder().deliveryDate()).contains(day(75));
    assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(o.reviewedRevision()).contains(0);
    OrderEvent.Amended amended = (OrderEvent.Amended) o.history().get(o.history().size() - 1);
    assertThat(amended.toReissue()).isEmpty();
    assertThat(amended.meta().reason()).contains("customer moved the delivery date");

    assertThat(refuse(o, 4, new ReleaseToProduction()).code()).isEqualTo("NOT_REVIEWED");
    o = accept(o, 4, new RecordReview(1, List.of(), List.of()));
    assertThat(accept(o, 5, new ReleaseToProduction()).status()).isEqualTo(OrderStatus.IN_PRODUCTION);
  }

  @Test
  void an_amendment_after_release_lists_the_issued_documents_to_reissue() {
    Order o = accept(released(ORDER), 7, new IssueDocument(DocumentKind.SALES_CONTRACT, "SC-0412"));
    o = accept(o, 8, new Amend(o.salesOrder().withRemarks("carton marks changed"), "new side marks"));
    OrderEvent.Amended amended = (OrderEvent.Amended) o.history().get(o.history().size() - 1);
    assertThat(amended.toReissue()).containsExactly(DocumentKind.SALES_CONTRACT, DocumentKind.PRODUCTION_ORDER, DocumentKind.FLOW_CARD);
    assertThat(amended.describe()).contains("re-issue");
    assertThat(o.status()).isEqualTo(OrderStatus.IN_PRODUCTION);
    assertThat(o.salesOrder().revision()).isEqualTo(1);
  }

  @Test
  void an_amendment_without_written_confirmation_needs_one_again() {
    Order o = reviewed(ORDER);
    SalesOrder byPhone = o.salesOrder().withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(false).withRemarks("qty by phone");
    o = accept(o, 2, new Amend(byPhone, "customer phoned a change"));
    assertThat(o.status()).isEqualTo(OrderStatus.RECEIVED);
    assertThat(refuse(o, 3, new RecordReview(1, List.of(), List.of())).code()).isEqualTo("NOT_CONFIRMED_IN_WRITING");
    o = accept(o, 3, new ConfirmInWriting("email 2026-03-05"));
    assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(review().review(o.salesOrder(), day(3)).has("VERBAL_NOT_CONFIRMED")).isFalse();
  }

  @Test
  void an_amendment_keeps_the_order_id_and_customer_and_stops_at_shipment() {
    Order o = reviewed(ORDER);
    assertThat(refuse(o, 2, new Amend(ORDER.withCustomerId(CustomerId.of("C-OTHER")), "wrong")).code()).isEqualTo("AMENDMENT_CHANGES_IDENTITY");
    assertThat(refuse(o, 2, new Amend(ORDER.withId(OrderId.of("SO-OTHER")), "wrong")).code()).isEqualTo("AMENDMENT_CHANGES_IDENTITY");
    Order running = released(ORDER);
    assertThat(refuse(running, 8, new Amend(ORDER.withPaymentTerms(java.util.Optional.empty()), "terms dropped")).code())
        .isEqualTo("PAYMENT_TERMS_MISSING");
    assertThat(accept(running, 8, new Amend(ORDER.withPaymentTerms(PaymentTerms.advance()), "terms changed")).salesOrder()
        .paymentTerms()).contains(PaymentTerms.advance());
    Order sent = shipped(ORDER);
    assertThat(refuse(sent, 28, new Amend(ORDER, "too late")).code()).isEqualTo("AMENDMENT_AFTER_SHIPMENT");
  }

  @Test
  void the_currency_does_not_change_once_money_or_a_voucher_is_in() {
    SalesOrder inEuro = SampleData.order().withLines(List.of()).withCurrency(Money.currency("EUR"));
    Order paid = accept(reviewed(ORDER), 2, new ReceiveDeposit(SampleData.deposit()));
    assertThat(refuse(paid, 3, new Amend(inEuro, "switch to EUR")).code()).isEqualTo("AMENDMENT_CHANGES_CURRENCY");

    SalesOrder openAccount = ORDER.withPaymentTerms(PaymentTerms.openAccount(30)).withSampleRequired(false);
    Order withVoucher = accept(produced(openAccount), 21, new ReceiveInspectionVoucher(voucherFor(openAccount, 21)));
    assertThat(refuse(withVoucher, 22, new Amend(inEuro.withPaymentTerms(PaymentTerms.openAccount(30)), "switch to EUR")).code())
        .isEqualTo("AMENDMENT_CHANGES_CURRENCY");
    Order unpaid = reviewed(openAccount);
    assertThat(accept(unpaid, 2, new Amend(inEuro, "switch to EUR")).received()).isEqualTo(Money.zero(Money.currency("EUR")));
  }

  @Test
  void a_cancellation_lists_the_issued_production_documents_to_recall() {
    Order beforeRelease = accept(reviewed(ORDER), 2, new IssueDocument(DocumentKind.PROFORMA_INVOICE, "PI-0412"));
    OrderEvent.Cancelled early = lastAs(accept(beforeRelease, 3, new Cancel("customer withdrew")), OrderEvent.Cancelled.class);
    assertThat(early.toRecall()).isEmpty();

    Order o = accept(released(ORDER), 7, new IssueDocument(DocumentKind.PURCHASE_CONTRACT, "PC-0412-1"));
    o = accept(o, 7, new IssueDocument(DocumentKind.SALES_CONTRACT, "SC-0412"));
    o = accept(o, 9, new Cancel("customer's buyer went bankrupt"));
    assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
    OrderEvent.Cancelled cancelled = lastAs(o, OrderEvent.Cancelled.class);
    assertThat(cancelled.toRecall()).containsExactly(DocumentKind.PURCHASE_CONTRACT, DocumentKind.PRODUCTION_ORDER, DocumentKind.FLOW_CARD);
    assertThat(cancelled.describe()).contains("recall").contains("bankrupt");
  }

  @Test
  void a_shipped_order_cannot_be_cancelled_amended_or_delayed_even_from_a_hold() {
    Order o = shipped(ORDER);
    assertThat(refuse(o, 28, new Cancel("too late")).code()).isEqualTo("CANCEL_AFTER_SHIPMENT");
    Order held = accept(o, 28, new PutOnHold("customer disputes quality"));
    assertThat(refuse(held, 29, new Cancel("too late")).code()).isEqualTo("CANCEL_AFTER_SHIPMENT");
    assertThat(refuse(held, 29, new Amend(ORDER, "too late")).code()).isEqualTo("AMENDMENT_AFTER_SHIPMENT");
    assertThat(refuse(held, 29, new ReportDelay(day(90), "too late")).code()).isEqualTo("DELAY_AFTER_SHIPMENT");
  }

  @Test
  void an_order_on_hold_takes_payments_but_no_progress_until_resumed() {
    Order o = accept(released(ORDER), 10, new PutOnHold("customer asked to wait for new labels"));
    assertThat(o.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(o.statusBeforeHold()).contains(OrderStatus.IN_PRODUCTION);
    assertThat(o.progressStatus()).isEqualTo(OrderStatus.IN_PRODUCTION);

    Rejection r = refuse(o, 11, new ReportProgress(50));
    assertThat(r.code()).isEqualTo("ORDER_ON_HOLD");
    assertThat(r.message()).contains("暂停");
    assertThat(refuse(o, 11, new PutOnHold("again")).code()).isEqualTo("ORDER_ON_HOLD");
    o = accept(o, 11, new ReceiveBalance(Money.of("100.00", "USD")));
    o = accept(o, 11, new ReportDelay(day(75), "waiting for labels"));

    o = accept(o, 12, new Resume());
    assertThat(o.status()).isEqualTo(OrderStatus.IN_PRODUCTION);
    assertThat(o.statusBeforeHold()).isEmpty();
    assertThat(refuse(o, 12, new Resume()).code()).isEqualTo("NOT_ON_HOLD");
    assertThat(accept(o, 13, new ReportProgress(50)).progressPercent()).isEqualTo(50);
  }

  @Test
  void an_amendment_during_a_hold_before_release_resumes_to_a_fresh_review() {
    Order o = accept(reviewed(ORDER), 2, new PutOnHold("price under discussion"));
    o = accept(o, 3, new Amend(o.salesOrder().withRemarks("new price"), "price change"));
    assertThat(o.statusBeforeHold()).contains(OrderStatus.CONFIRMED);
    assertThat(accept(o, 4, new Resume()).status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void a_delay_report_moves_the_expected_delivery_date_later_only() {
    Order o = released(ORDER);
    assertThat(o.expectedDeliveryDate()).contains(day(60));
    assertThat(refuse(o, 10, new ReportDelay(day(60), "no change")).code()).isEqualTo("DELAY_DATE_NOT_LATER");
    assertThat(refuse(o, 10, new ReportDelay(day(50), "earlier")).code()).isEqualTo("DELAY_DATE_NOT_LATER");
    o = accept(o, 10, new ReportDelay(day(70), "fabric dyeing delayed (面料染色延误)"));
    assertThat(o.expectedDeliveryDate()).contains(day(70));
    assertThat(o.history().get(o.history().size() - 1).describe()).contains("面料染色延误");

    Order undated = released(without(ORDER).withDeliveryDate(java.util.Optional.empty()));
    assertThat(refuse(undated, 10, new ReportDelay(day(9), "typo")).code()).isEqualTo("DELAY_DATE_IN_THE_PAST");
    assertThat(accept(undated, 10, new ReportDelay(day(10), "ready today at the latest")).expectedDeliveryDate()).contains(day(10));
  }

  // --- time order and terminal states -----------------------------------------------------------

  @Test
  void events_out_of_time_order_are_rejected() {
    Order o = accept(received(ORDER), 5, new IssueDocument(DocumentKind.PROFORMA_INVOICE, "PI-1"));
    Rejection r = refuse(o, 4, new RecordReview(0, List.of(), List.of()));
    assertThat(r.code()).isEqualTo("EVENT_OUT_OF_ORDER");
    assertThat(r.message()).contains("time order");
    assertThat(accept(o, 5, new RecordReview(0, List.of(), List.of())).status()).isEqualTo(OrderStatus.REVIEWED); // same instant is fine

    List<OrderEvent> swapped = new ArrayList<>(accept(o, 6, new RecordReview(0, List.of(), List.of())).history());
    java.util.Collections.swap(swapped, 1, 2);
    assertThat(Order.replay(swapped).getLeft().code()).isEqualTo("EVENT_OUT_OF_ORDER");
    assertThat(Order.replay(swapped).getLeft().message()).startsWith("event 3");
  }

  @Test
  void a_closed_order_accepts_nothing_more() {
    Order closed = accept(shipped(without(ORDER).withScope(FollowUpScope.TO_EXPORT_WAREHOUSE)), 28, new Close());
    for (OrderCommand c : everyKindOfCommand()) {
      Rejection r = refuse(closed, 40, c);
      assertThat(r.code()).as(c.toString()).isEqualTo("ORDER_CLOSED");
      assertThat(r.message()).contains("已结案");
    }
  }

  @Test
  void a_cancelled_order_accepts_nothing_more() {
    Order cancelled = accept(released(ORDER), 8, new Cancel("customer cancelled"));
    for (OrderCommand c : everyKindOfCommand()) {
      assertThat(refuse(cancelled, 40, c).code()).as(c.toString()).isEqualTo("ORDER_CANCELLED");
    }
  }

  static List<OrderCommand> everyKindOfCommand() {
    Money usd = Money.of("1.00", "USD");
    return List.of(new ConfirmInWriting("X"), new RecordReview(0, List.of(), List.of()), new ReceiveDeposit(usd),
        new SubmitSample("S"), new ApproveSample(), new RejectSample("r"), new IssueDocument(DocumentKind.SALES_CONTRACT, "N"),
        new ReleaseToProduction(), new ReportProgress(100), new BookQcInspection(day(41)), new PassQc(), new FailQc("r"),
        new ReceiveInspectionVoucher(voucherFor(ORDER, 40)), new BookShipment("B", day(45)), new ClearCustoms("D", usd),
        new Ship(day(40), "T", usd), new SendDocuments("S"), new ReceiveBalance(usd), new Close(), new Amend(ORDER, "r"),
        new PutOnHold("r"), new OrderCommand.Resume(), new Cancel("r"), new ReportDelay(day(100), "r"));
  }

  private static <T extends OrderEvent> T lastAs(Order o, Class<T> type) {
    return type.cast(o.history().get(o.history().size() - 1));
  }

  // --- the whole story --------------------------------------------------------------------------

  @Test
  void a_full_order_goes_from_receipt_to_closing_and_its_history_rebuilds_it() {
    List<OrderStatus> seen = new ArrayList<>();
    Order o = received(ORDER);
    seen.add(o.status());
    ReviewReport report = review().review(o.salesOrder(), day(1));
    assertThat(report.errors()).isEmpty();
    assertThat(report.has("CAPACITY_NOT_CHECKED")).isTrue();

    List<Object[]> script = List.of(
        new Object[] {1, report.toCommand()},
        new Object[] {2, new ReceiveDeposit(Money.of("7227.00", "USD"))},
        new Object[] {2, new IssueDocument(DocumentKind.SALES_CONTRACT, "SC-2026-0412")},
        new Object[] {3, new SubmitSample("SMP-TS-01")},
        new Object[] {10, new ApproveSample()},
        new Object[] {11, new ReleaseToProduction()},
        new Object[] {25, new ReportProgress(60)},
        new Object[] {38, new ReportProgress(100)},
        new Object[] {39, new BookQcInspection(day(42))},
        new Object[] {40, new ReceiveInspectionVoucher(voucherFor(ORDER, 40))},
        new Object[] {42, new PassQc()},
        new Object[] {43, new BookShipment("BKG-NGB-0412", day(52))},
        new Object[] {46, new ReceiveBalance(Money.of("16863.00", "USD"))},
        new Object[] {48, new ClearCustoms("310420260001234567", ORDER.total())},
        new Object[] {52, new Ship(day(52), "COSU6123456780", ORDER.total())},
        new Object[] {54, new SendDocuments("DHL 1234567890")},
        new Object[] {55, new Close()});
    for (Object[] step : script) {
      o = accept(o, (Integer) step[0], (OrderCommand) step[1]);
      if (seen.get(seen.size() - 1) != o.status()) {
        seen.add(o.status());
      }
      assertThat(Order.replay(o.history()).get()).isEqualTo(o);
    }
    assertThat(seen).containsExactly(OrderStatus.CONFIRMED, OrderStatus.REVIEWED, OrderStatus.IN_PRODUCTION, OrderStatus.PRODUCED,
        OrderStatus.INSPECTED, OrderStatus.CLEARED, OrderStatus.SHIPPED, OrderStatus.DOCUMENTS_SENT, OrderStatus.CLOSED);
    assertThat(o.history()).hasSize(script.size() + 1);
    assertThat(o.outstanding().isZero()).isTrue();
    assertThat(o.lastEventAt()).isEqualTo(day(55).atTime(9, 0));
    assertThat(o.history()).allSatisfy(e -> assertThat(e.meta().actor()).isEqualTo("li.ming"));
    assertThat(GendanJson.read(GendanJson.write(o), Order.class).get()).isEqualTo(o);
  }

  @Test
  void events_take_their_time_from_the_clock_and_carry_the_reason() {
    Clock clock = Clock.offset(SampleData.clockAt(day(3)), Duration.ofMinutes(95));
    Order o = received(ORDER).handle(new PutOnHold("waiting for the LC"), CommandContext.of(clock, "zhang.wei")).get();
    EventMeta meta = o.history().get(1).meta();
    assertThat(meta.at()).isEqualTo(day(3).atTime(10, 35));
    assertThat(meta.actor()).isEqualTo("zhang.wei");
    assertThat(meta.reason()).contains("waiting for the LC");
    assertThat(li(day(3)).meta(java.util.Optional.empty()).reason()).isEmpty();
  }
}

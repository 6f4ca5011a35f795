package org.gendan.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gendan.core.testing.LifecycleSamples.day;
import static org.gendan.core.testing.LifecycleSamples.received;
import static org.gendan.core.testing.LifecycleSamples.refuse;
import static org.gendan.core.testing.LifecycleSamples.released;
import static org.gendan.core.testing.SampleData.TODAY;
import static org.gendan.core.testing.SampleData.TSHIRT;
import static org.gendan.core.testing.SampleData.li;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gendan.core.json.GendanJson;
import org.gendan.core.json.JsonProblem;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

/** Bad input at every public entry point of the order package: a clear rejection or a clear exception. */
class OrderBadInputTest {

  private static final SalesOrder ORDER = SampleData.order();
  private static final EventMeta META = li(TODAY).meta(Optional.empty());
  private static final Money USD1 = Money.of("1.00", "USD");

  private static void npeNaming(String name, ThrowingCallable call) {
    assertThatNullPointerException().isThrownBy(call).withMessageContaining(name);
  }

  private static void iaeSaying(String text, ThrowingCallable call) {
    assertThatIllegalArgumentException().isThrownBy(call).withMessageContaining(text);
  }

  private static OrderLine.Builder line(int no) {
    return OrderLine.builder().lineNo(no).sku(TSHIRT).quantity(Quantity.of(24, Unit.PCS)).unitPrice(UnitPrice.of("3.20", "USD"));
  }

  // --- Order ------------------------------------------------------------------------------------

  @Test
  void receive_handle_and_replay_reject_nulls_naming_the_argument() {
    Order o = received(ORDER);
    npeNaming("order", () -> Order.receive(null, li(TODAY)));
    npeNaming("context", () -> Order.receive(ORDER, null));
    npeNaming("command", () -> o.handle(null, li(TODAY)));
    npeNaming("context", () -> o.handle(new OrderCommand.PassQc(), null));
    npeNaming("history", () -> Order.replay(null));
    npeNaming("point", () -> o.isPaidBy(null));
    List<OrderEvent> withNull = new ArrayList<>(o.history());
    withNull.add(null);
    npeNaming("history contains null at index 1", () -> Order.replay(withNull));
    npeNaming("history contains null at index 0", () -> Order.replay(Arrays.asList((OrderEvent) null)));
  }

  @Test
  void replay_rejects_an_empty_history_or_one_that_does_not_start_with_the_receipt() {
    assertThat(Order.replay(List.of()).getLeft().code()).isEqualTo("EMPTY_HISTORY");
    assertThat(Order.replay(List.of(new OrderEvent.QcPassed(META))).getLeft().code()).isEqualTo("HISTORY_WITHOUT_RECEIPT");
    List<OrderEvent> twice = List.of(received(ORDER).history().get(0), received(ORDER).history().get(0));
    assertThat(Order.replay(twice).getLeft().code()).isEqualTo("ALREADY_RECEIVED");
  }

  @Test
  void replay_rejects_tampered_events_that_the_lifecycle_would_never_record() {
    Order o = released(ORDER.withSampleRequired(false));
    List<OrderEvent> h = new ArrayList<>(o.history());
    int release = h.size() - 1;
    h.set(release, new OrderEvent.ReleasedToProduction(h.get(release).meta(), List.of(DocumentKind.PRODUCTION_ORDER)));
    assertThat(Order.replay(h).getLeft().code()).isEqualTo("INCONSISTENT_HISTORY");

    List<OrderEvent> cancel = new ArrayList<>(o.history());
    cancel.add(new OrderEvent.Cancelled(li(day(9)).meta(Optional.of("x")), List.of()));
    assertThat(Order.replay(cancel).getLeft().code()).isEqualTo("INCONSISTENT_HISTORY");

    List<OrderEvent> amend = new ArrayList<>(o.history());
    amend.add(new OrderEvent.Amended(li(day(9)).meta(Optional.of("x")), ORDER.withRevision(1), List.of()));
    assertThat(Order.replay(amend).getLeft().code()).isEqualTo("INCONSISTENT_HISTORY");
    List<OrderEvent> skipped = new ArrayList<>(o.history());
    skipped.add(new OrderEvent.Amended(li(day(9)).meta(Optional.of("x")), ORDER.withRevision(5), o.issuedDocuments()));
    assertThat(Order.replay(skipped).getLeft().code()).isEqualTo("AMENDMENT_REVISION");
  }

  @Test
  void an_order_json_without_a_consistent_history_is_a_json_problem_not_an_exception() {
    JsonProblem noHistory = GendanJson.read("{}", Order.class).getLeft();
    assertThat(noHistory.message()).contains("history");
    assertThat(GendanJson.read("{\"history\": []}", Order.class).getLeft().message()).contains("EMPTY_HISTORY");
    com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
        GendanJson.mapper().valueToTree(released(ORDER));
    com.fasterxml.jackson.databind.node.ArrayNode history = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("history");
    com.fasterxml.jackson.databind.JsonNode second = history.get(1);
    history.set(1, history.get(history.size() - 1));
    history.set(history.size() - 1, second);
    assertThat(GendanJson.read(tree.toString(), Order.class).getLeft().message()).contains("inconsistent order history");
  }

  @Test
  void payments_must_be_positive_and_in_the_order_currency() {
    Order o = received(ORDER);
    assertThat(refuse(o, 1, new OrderCommand.ReceiveDeposit(Money.of("0.00", "USD"))).code()).isEqualTo("PAYMENT_NOT_POSITIVE");
    assertThat(refuse(o, 1, new OrderCommand.ReceiveBalance(Money.of("-5.00", "USD"))).code()).isEqualTo("PAYMENT_NOT_POSITIVE");
    assertThat(refuse(o, 1, new OrderCommand.ReceiveBalance(Money.of("5", "JPY"))).code()).isEqualTo("PAYMENT_CURRENCY_MISMATCH");
  }

  // --- SalesOrder and OrderLine -----------------------------------------------------------------

  @Test
  void a_sales_order_needs_its_required_fields() {
    assertThatThrownBy(() -> SalesOrder.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id").hasMessageContaining("customerId").hasMessageContaining("orderDate");
    npeNaming("id", () -> SalesOrder.builder().id(null));
    npeNaming("currency", () -> ORDER.withCurrency(null));
    npeNaming("line", () -> ORDER.deliveryDateOf(null));
  }

  @Test
  void a_sales_order_rejects_duplicate_line_numbers_mixed_currencies_and_negative_revisions() {
    iaeSaying("line number 1 appears twice", () -> ORDER.withLines(List.of(line(1).build(), line(1).build())));
    iaeSaying("price in EUR but the order currency is USD",
        () -> ORDER.withLines(List.of(line(1).unitPrice(UnitPrice.of("3.00", "EUR")).build())));
    iaeSaying("stated total in CNY", () -> ORDER.withStatedTotal(Money.of("1.00", "CNY")));
    iaeSaying("revision must not be negative", () -> ORDER.withRevision(-1));
    iaeSaying("customer PO number is longer than", () -> ORDER.withCustomerPoNumber("P".repeat(65)));
    iaeSaying("remarks is longer than", () -> ORDER.withRemarks("r".repeat(4001)));
    iaeSaying("destination contains a control character", () -> ORDER.withDestination("HAM\u0000BURG"));
  }

  @Test
  void a_sales_order_of_absurd_size_is_rejected_and_the_largest_allowed_one_works() {
    List<OrderLine> many = new ArrayList<>();
    for (int i = 1; i <= AbstractSalesOrder.MAX_LINES + 1; i++) {
      many.add(line(i).build());
    }
    iaeSaying("at most 10000", () -> ORDER.withLines(many));
    SalesOrder largest = ORDER.withLines(many.subList(0, AbstractSalesOrder.MAX_LINES));
    assertThat(largest.total()).isEqualTo(Money.of("768000.00", "USD"));
    assertThat(Order.receive(largest, li(TODAY)).salesOrder().lines()).hasSize(AbstractSalesOrder.MAX_LINES);
  }

  @Test
  void a_line_needs_a_positive_sensible_quantity_and_a_line_number() {
    iaeSaying("quantity must be positive", () -> line(1).quantity(Quantity.of(0, Unit.PCS)).build());
    iaeSaying("quantity must be positive", () -> line(1).quantity(Quantity.of(-24, Unit.PCS)).build());
    iaeSaying("above the limit", () -> line(1).quantity(Quantity.of(new BigDecimal("1000000000001"), Unit.PCS)).build());
    assertThat(line(1).quantity(Quantity.of(new BigDecimal("1000000000000"), Unit.PCS)).build().amount())
        .isEqualTo(Money.of("3200000000000.00", "USD"));
    iaeSaying("line number must be 1..99999", () -> line(0).build());
    iaeSaying("line number must be 1..99999", () -> line(-3).build());
    iaeSaying("line number must be 1..99999", () -> line(100_000).build());
    iaeSaying("stated amount is in EUR", () -> line(1).statedAmount(Money.of("1.00", "EUR")).build());
    iaeSaying("customer item reference is longer", () -> line(1).customerItemRef("x".repeat(101)).build());
    Map<String, String> attrs = new HashMap<>();
    for (int i = 0; i < 21; i++) {
      attrs.put("a" + i, "v");
    }
    iaeSaying("more than 20 attributes", () -> line(1).putAllAttributes(attrs).build());
    iaeSaying("attribute name must not be blank", () -> line(1).putAttributes(" ", "v").build());
    npeNaming("sku", () -> line(1).sku(null));
    assertThatThrownBy(() -> OrderLine.builder().lineNo(1).build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("sku");
  }

  // --- commands, events, values ------------------------------------------------------------------

  @Test
  void commands_reject_null_and_blank_arguments_by_name() {
    iaeSaying("confirmation reference must not be blank", () -> new OrderCommand.ConfirmInWriting(" "));
    npeNaming("confirmation reference", () -> new OrderCommand.ConfirmInWriting(null));
    npeNaming("errors", () -> new OrderCommand.RecordReview(0, null, List.of()));
    npeNaming("warnings contains null at index 0", () -> new OrderCommand.RecordReview(0, List.of(), Arrays.asList((String) null)));
    iaeSaying("revision must not be negative", () -> new OrderCommand.RecordReview(-1, List.of(), List.of()));
    npeNaming("amount", () -> new OrderCommand.ReceiveDeposit(null));
    npeNaming("amount", () -> new OrderCommand.ReceiveBalance(null));
    iaeSaying("sample reference must not be blank", () -> new OrderCommand.SubmitSample(""));
    iaeSaying("reason must not be blank", () -> new OrderCommand.RejectSample(" "));
    iaeSaying("reason is longer than 2000", () -> new OrderCommand.FailQc("x".repeat(2001)));
    npeNaming("kind", () -> new OrderCommand.IssueDocument(null, "N-1"));
    iaeSaying("document number is longer than 64", () -> new OrderCommand.IssueDocument(DocumentKind.FLOW_CARD, "N".repeat(65)));
    npeNaming("inspectionDate", () -> new OrderCommand.BookQcInspection(null));
    npeNaming("voucher", () -> new OrderCommand.ReceiveInspectionVoucher(null));
    npeNaming("etd", () -> new OrderCommand.BookShipment("BKG-1", null));
    npeNaming("declaredAmount", () -> new OrderCommand.ClearCustoms("D-1", null));
    npeNaming("shippedOn", () -> new OrderCommand.Ship(null, "BL-1", USD1));
    iaeSaying("transport document must not start or end with spaces", () -> new OrderCommand.Ship(TODAY, " BL-1", USD1));
    npeNaming("shippedAmount", () -> new OrderCommand.Ship(TODAY, "BL-1", null));
    iaeSaying("documents reference", () -> new OrderCommand.SendDocuments("\t"));
    npeNaming("order", () -> new OrderCommand.Amend(null, "r"));
    iaeSaying("reason must not be blank", () -> new OrderCommand.Amend(ORDER, ""));
    npeNaming("reason", () -> new OrderCommand.PutOnHold(null));
    iaeSaying("reason must not be blank", () -> new OrderCommand.Cancel("  "));
    npeNaming("newDeliveryDate", () -> new OrderCommand.ReportDelay(null, "r"));
  }

  @Test
  void events_reject_null_and_blank_arguments_by_name() {
    npeNaming("meta", () -> new OrderEvent.OrderReceived(null, ORDER));
    npeNaming("order", () -> new OrderEvent.OrderReceived(META, null));
    npeNaming("meta", () -> new OrderEvent.QcPassed(null));
    npeNaming("warnings", () -> new OrderEvent.Reviewed(META, 0, null));
    npeNaming("documents contains null at index 1",
        () -> new OrderEvent.ReleasedToProduction(META, Arrays.asList(DocumentKind.FLOW_CARD, null)));
    npeNaming("toReissue", () -> new OrderEvent.Amended(META, ORDER, null));
    npeNaming("toRecall contains null at index 0", () -> new OrderEvent.Cancelled(META, Arrays.asList((DocumentKind) null)));
    npeNaming("amount", () -> new OrderEvent.DepositReceived(META, null));
    npeNaming("voucher", () -> new OrderEvent.InspectionVoucherReceived(META, null));
    npeNaming("newDeliveryDate", () -> new OrderEvent.DelayReported(META, null));
    iaeSaying("booking reference must not be blank", () -> new OrderEvent.Booked(META, "", TODAY));
  }

  @Test
  void meta_context_and_small_values_reject_bad_input() {
    npeNaming("at", () -> new EventMeta(null, "li", Optional.empty()));
    iaeSaying("actor must not be blank", () -> new EventMeta(LocalDateTime.of(2026, 3, 2, 9, 0), " ", Optional.empty()));
    npeNaming("reason", () -> new EventMeta(LocalDateTime.of(2026, 3, 2, 9, 0), "li", null));
    iaeSaying("reason is longer than 2000", () -> new EventMeta(LocalDateTime.of(2026, 3, 2, 9, 0), "li", Optional.of("r".repeat(2001))));
    npeNaming("clock", () -> CommandContext.of(null, "li"));
    iaeSaying("actor is longer than 64", () -> CommandContext.of(SampleData.clockAt(TODAY), "a".repeat(65)));

    npeNaming("order id", () -> OrderId.of(null));
    iaeSaying("order id must not be blank", () -> OrderId.of(""));
    iaeSaying("order id contains a control character", () -> OrderId.of("SO\n1"));

    iaeSaying("expires (2026-03-01) before it is issued (2026-03-02)",
        () -> new InspectionVoucher("V-1", USD1, TODAY, TODAY.minusDays(1)));
    iaeSaying("amount must be positive", () -> new InspectionVoucher("V-1", Money.of("0.00", "USD"), TODAY, TODAY));
    iaeSaying("amount must be positive", () -> new InspectionVoucher("V-1", Money.of("-1.00", "USD"), TODAY, TODAY));
    npeNaming("issuedOn", () -> new InspectionVoucher("V-1", USD1, null, TODAY));
    InspectionVoucher v = new InspectionVoucher("V-1", USD1, TODAY, TODAY.plusDays(90));
    assertThat(v.isValidOn(TODAY.minusDays(1))).isFalse();
    assertThat(v.isValidOn(TODAY.plusDays(90))).isTrue();
    assertThat(v.isValidOn(TODAY.plusDays(91))).isFalse();

    iaeSaying("packing requirements must not be blank", () -> PackingRequirements.of(" "));
    npeNaming("description", () -> PackingRequirements.of(null));
    iaeSaying("more than 12 lines", () -> new ShippingMarks(java.util.Collections.nCopies(13, "X"), List.of()));
    iaeSaying("shipping mark line is longer than 80", () -> ShippingMarks.of("M".repeat(81)));
    npeNaming("sideMarks", () -> new ShippingMarks(List.of(), null));
  }

  @Test
  void a_progress_report_out_of_range_is_a_rejection_not_an_exception() {
    Order o = released(ORDER);
    assertThat(refuse(o, 10, new OrderCommand.ReportProgress(Integer.MIN_VALUE)).code()).isEqualTo("PROGRESS_OUT_OF_RANGE");
    assertThat(refuse(o, 10, new OrderCommand.ReportProgress(Integer.MAX_VALUE)).code()).isEqualTo("PROGRESS_OUT_OF_RANGE");
  }
}

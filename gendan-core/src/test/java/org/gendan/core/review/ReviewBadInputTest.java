package org.gendan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.gendan.core.testing.SampleData.TODAY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

/** Bad input at every public entry point of the review package: a clear exception naming the problem. */
class ReviewBadInputTest {

  private static final SalesOrder ORDER = SampleData.order();

  private static void npeNaming(String name, ThrowingCallable call) {
    assertThatNullPointerException().isThrownBy(call).withMessageContaining(name);
  }

  private static void iaeSaying(String text, ThrowingCallable call) {
    assertThatIllegalArgumentException().isThrownBy(call).withMessageContaining(text);
  }

  @Test
  void the_builder_rejects_nulls_and_duplicates() {
    npeNaming("customers", () -> OrderReview.builder().customers(null));
    npeNaming("customers contains null", () -> OrderReview.builder().customers(Arrays.asList((Customer) null)));
    iaeSaying("customer C-HANSA appears twice", () -> OrderReview.builder().customers(List.of(SampleData.hansa(), SampleData.hansa())));
    iaeSaying("customer C-HANSA appears twice",
        () -> OrderReview.builder().customers(List.of(SampleData.hansa())).customers(List.of(SampleData.hansa())));
    npeNaming("items", () -> OrderReview.builder().items(null));
    npeNaming("items contains null", () -> OrderReview.builder().items(Arrays.asList((Item) null)));
    iaeSaying("item TS-1001 appears twice", () -> OrderReview.builder().items(List.of(SampleData.tshirt(), SampleData.tshirt())));
    npeNaming("priceBook", () -> OrderReview.builder().priceBook(null));
    npeNaming("policy", () -> OrderReview.builder().policy(null));
    npeNaming("capacityCheck", () -> OrderReview.builder().capacityCheck(null));
    npeNaming("materialCheck", () -> OrderReview.builder().materialCheck(null));
    OrderReview review = OrderReview.builder().build();
    npeNaming("check", () -> review.withCapacityCheck(null));
    npeNaming("check", () -> review.withMaterialCheck(null));
  }

  @Test
  void review_rejects_a_missing_order_or_date() {
    OrderReview review = OrderReview.builder().build();
    npeNaming("order", () -> review.review(null, TODAY));
    npeNaming("today", () -> review.review(ORDER, null));
  }

  @Test
  void a_check_that_answers_null_is_named_in_the_exception() {
    npeNaming("the capacity check returned null for order SO-2026-0412",
        () -> OrderReview.builder().capacityCheck((o, d) -> null).build().review(ORDER, TODAY));
    npeNaming("the material check returned null",
        () -> OrderReview.builder().materialCheck((o, d) -> null).build().review(ORDER, TODAY));
  }

  @Test
  void an_empty_order_is_reviewed_with_findings_not_exceptions() {
    SalesOrder empty = SalesOrder.builder().id(OrderId.of("SO-EMPTY")).customerId(SampleData.HANSA)
        .intakeChannel(org.gendan.core.order.IntakeChannel.EDI).orderDate(TODAY).currency(ORDER.currency()).build();
    ReviewReport r = OrderReview.builder().build().review(empty, TODAY);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.errors()).extracting(Finding::field).contains("lines", "deliveryDate");
  }

  @Test
  void a_huge_order_is_reviewed_line_by_line() {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 1; i <= 10_000; i++) {
      lines.add(OrderLine.builder().lineNo(i).sku(SampleData.TSHIRT).quantity(Quantity.of(25, Unit.PCS))
          .unitPrice(UnitPrice.of("3.20", "USD")).build());
    }
    ReviewReport r = OrderReview.builder().customers(List.of(SampleData.hansa())).items(List.of(SampleData.tshirt()))
        .priceBook(SampleData.prices()).build().review(ORDER.withLines(lines), TODAY);
    assertThat(r.findings().stream().filter(f -> f.rule().equals("PARTIAL_CARTON"))).hasSize(10_000);
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(r.warnings().get(1).field()).isEqualTo("lines[2].quantity");
  }

  @Test
  void a_policy_out_of_range_is_rejected() {
    npeNaming("priceTolerance", () -> new ReviewPolicy(null, 7, 7));
    iaeSaying("price tolerance must be between 0 and 1", () -> new ReviewPolicy(new BigDecimal("-0.01"), 7, 7));
    iaeSaying("price tolerance must be between 0 and 1", () -> new ReviewPolicy(new BigDecimal("1.01"), 7, 7));
    iaeSaying("price tolerance must be between 0 and 1", () -> ReviewPolicy.DEFAULT.withPriceTolerance(new BigDecimal("3")));
    iaeSaying("sample lead time must be 0..365", () -> new ReviewPolicy(BigDecimal.ZERO, -1, 7));
    iaeSaying("sample lead time must be 0..365", () -> new ReviewPolicy(BigDecimal.ZERO, 366, 7));
    iaeSaying("minimum lead time must be 0..365", () -> new ReviewPolicy(BigDecimal.ZERO, 7, -1));
    iaeSaying("minimum lead time must be 0..365", () -> new ReviewPolicy(BigDecimal.ZERO, 7, 366));
    assertThat(new ReviewPolicy(BigDecimal.ONE, 0, 365).priceTolerance()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void findings_need_a_field_an_upper_snake_rule_and_a_message() {
    npeNaming("severity", () -> new Finding(null, "f", "RULE", "m"));
    iaeSaying("field must not be blank", () -> Finding.error(" ", "RULE", "m"));
    npeNaming("rule", () -> Finding.error("f", null, "m"));
    iaeSaying("rule code must be UPPER_SNAKE_CASE", () -> Finding.error("f", "lower_case", "m"));
    iaeSaying("message must not be blank", () -> Finding.warning("f", "RULE", ""));
    iaeSaying("message is longer than 4000", () -> Finding.info("f", "RULE", "m".repeat(4001)));
  }

  @Test
  void feasibility_needs_an_outcome_a_date_where_promised_and_an_explanation() {
    npeNaming("outcome", () -> new Feasibility(null, Optional.empty(), "x"));
    npeNaming("earliestDate", () -> new Feasibility(Feasibility.Outcome.FEASIBLE, null, "x"));
    npeNaming("date", () -> Feasibility.feasible(null, "x"));
    npeNaming("earliest", () -> Feasibility.infeasible(null, "x"));
    iaeSaying("explanation must not be blank", () -> Feasibility.notChecked(" "));
    npeNaming("explanation", () -> Feasibility.infeasible((String) null));
  }

  @Test
  void a_report_rejects_bad_parts() {
    npeNaming("orderId", () -> new ReviewReport(null, 0, List.of()));
    npeNaming("findings", () -> new ReviewReport(ORDER.id(), 0, null));
    npeNaming("findings contains null at index 1",
        () -> new ReviewReport(ORDER.id(), 0, Arrays.asList(Finding.info("f", "R", "m"), null)));
    iaeSaying("revision must not be negative", () -> new ReviewReport(ORDER.id(), -1, List.of()));
    ReviewReport r = new ReviewReport(ORDER.id(), 0, List.of());
    npeNaming("order", () -> r.toValidation(null));
    iaeSaying("report is for SO-2026-0412 r0, not SO-OTHER r0", () -> r.toValidation(ORDER.withId(OrderId.of("SO-OTHER"))));
    assertThat(r.toValidation(ORDER).get()).isEqualTo(ORDER);
  }

  @Test
  void field_paths_compare_line_numbers_as_numbers() {
    assertThat(ReviewReport.compareFields("lines[2].sku", "lines[10].sku")).isNegative();
    assertThat(ReviewReport.compareFields("lines[10].sku", "lines[2].sku")).isPositive();
    assertThat(ReviewReport.compareFields("lines[2]", "lines[2].sku")).isNegative();
    assertThat(ReviewReport.compareFields("lines[007]", "lines[7]")).isZero();
    assertThat(ReviewReport.compareFields("deliveryDate", "destination")).isNegative();
  }
}

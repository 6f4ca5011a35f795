package org.gendan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.core.testing.SampleData.POLO;
import static org.gendan.core.testing.SampleData.TODAY;
import static org.gendan.core.testing.SampleData.TSHIRT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.OrderKind;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.product.Item;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

/** Order review (审单): one example per rule, on the sample order for Hansa reviewed on {@link SampleData#TODAY}. */
class OrderReviewTest {

  private static final SalesOrder ORDER = SampleData.order();

  private static OrderReview.Builder master() {
    return masterWith(List.of(SampleData.tshirt(), SampleData.polo()));
  }

  private static OrderReview.Builder masterWith(List<Item> items) {
    return OrderReview.builder().customers(List.of(SampleData.hansa())).items(items).priceBook(SampleData.prices());
  }

  private static ReviewReport review(SalesOrder so) {
    return master().build().review(so, TODAY);
  }

  private static SalesOrder withLine1(SalesOrder so, OrderLine line1) {
    return so.withLines(List.of(line1, so.lines().get(1)));
  }

  private static OrderLine tshirts(String qty, Unit unit, String price) {
    return OrderLine.builder().lineNo(1).sku(TSHIRT).quantity(Quantity.of(qty, unit)).unitPrice(UnitPrice.of(price, "USD")).build();
  }

  private static List<String> rules(ReviewReport r) {
    return r.findings().stream().map(Finding::rule).toList();
  }

  private static Finding only(ReviewReport r, String rule) {
    List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as("findings of %s in %s", rule, r.findings()).hasSize(1);
    return found.get(0);
  }

  @Test
  void a_complete_order_passes_with_capacity_and_materials_reported_as_not_checked() {
    ReviewReport r = review(ORDER);
    assertThat(r.orderId()).isEqualTo(ORDER.id());
    assertThat(r.revision()).isZero();
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.warnings()).isEmpty();
    assertThat(rules(r)).containsExactly("CAPACITY_NOT_CHECKED", "MATERIAL_NOT_CHECKED");
    Finding capacity = only(r, "CAPACITY_NOT_CHECKED");
    assertThat(capacity.severity()).isEqualTo(Severity.INFO);
    assertThat(capacity.field()).isEqualTo("capacity");
    assertThat(capacity.message()).contains("not checked");
    assertThat(only(r, "MATERIAL_NOT_CHECKED").message()).contains("not checked");
    assertThat(r.toValidation(ORDER).isValid()).isTrue();
  }

  @Test
  void required_fields_missing_are_all_reported_at_once() {
    SalesOrder bare = SalesOrder.builder().id(ORDER.id()).customerId(ORDER.customerId()).intakeChannel(IntakeChannel.EMAIL)
        .orderDate(TODAY).currency(ORDER.currency()).build();
    ReviewReport r = OrderReview.builder().build().review(bare, TODAY); // unknown customer: no defaults to fall back on
    List<String> fields = r.findings().stream().filter(f -> f.rule().equals("REQUIRED_FIELD")).map(Finding::field).toList();
    assertThat(fields).containsExactlyInAnyOrder("deliveryDate", "destination", "incoterm", "lines", "packing",
        "paymentTerms", "shipmentMode", "shippingMarks");
    assertThat(r.findings().stream().filter(f -> f.field().equals("shippingMarks")).findFirst().get().severity())
        .isEqualTo(Severity.WARNING);
    assertThat(r.findings().stream().filter(f -> f.field().equals("packing")).findFirst().get().message()).contains("包装方式");
    assertThat(r.has("UNKNOWN_CUSTOMER")).isTrue();
  }

  @Test
  void a_missing_trade_term_or_payment_terms_fall_back_to_the_customers_usual_ones_as_warnings() {
    ReviewReport r = review(ORDER.withIncoterm(Optional.empty()).withPaymentTerms(Optional.empty()));
    List<Finding> required = r.findings().stream().filter(f -> f.rule().equals("REQUIRED_FIELD")).toList();
    assertThat(required).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(required).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("FOB NINGBO"));
    assertThat(required).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("T/T 30%"));
  }

  @Test
  void an_order_whose_lines_all_carry_their_own_delivery_date_needs_no_order_date() {
    SalesOrder perLine = ORDER.withDeliveryDate(Optional.empty()).withLines(ORDER.lines().stream()
        .map(l -> l.withDeliveryDate(TODAY.plusDays(60))).toList());
    assertThat(review(perLine).hasErrors()).isFalse();
    SalesOrder oneMissing = ORDER.withDeliveryDate(Optional.empty())
        .withLines(List.of(ORDER.lines().get(0).withDeliveryDate(TODAY.plusDays(60)), ORDER.lines().get(1)));
    assertThat(only(review(oneMissing), "REQUIRED_FIELD").field()).isEqualTo("deliveryDate");
  }

  @Test
  void an_unknown_customer_is_an_error() {
    Finding f = only(OrderReview.builder().items(List.of(SampleData.tshirt(), SampleData.polo()))
        .priceBook(SampleData.prices()).build().review(ORDER, TODAY), "UNKNOWN_CUSTOMER");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.field()).isEqualTo("customerId");
    assertThat(f.message()).contains("C-HANSA");
  }

  @Test
  void an_unknown_item_is_an_error_naming_the_line() {
    OrderLine unknown = OrderLine.builder().lineNo(1).sku(Sku.of("XX-9999")).quantity(Quantity.of(100, Unit.PCS))
        .unitPrice(UnitPrice.of("1.00", "USD")).build();
    Finding f = only(review(withLine1(ORDER, unknown)), "UNKNOWN_ITEM");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.field()).isEqualTo("lines[1].sku");
    assertThat(f.message()).contains("XX-9999").contains("品名规格");
  }

  @Test
  void a_quantity_in_a_unit_the_item_cannot_convert_is_an_error() {
    Finding f = only(review(withLine1(ORDER, tshirts("500", Unit.KG, "3.20"))), "UNIT_NOT_CONVERTIBLE");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.field()).isEqualTo("lines[1].quantity");
    assertThat(f.message()).contains("KG").contains("PCS");
  }

  @Test
  void a_quantity_too_small_for_the_items_unit_is_an_error_not_a_division_by_zero() {
    Item yarn = Item.builder().sku(Sku.of("YN-1")).nameEn("Cotton yarn").baseUnit(Unit.MT).build();
    OrderLine pinch = OrderLine.builder().lineNo(1).sku(yarn.sku()).quantity(Quantity.of("0.000001", Unit.G))
        .unitPrice(UnitPrice.of("1.00", "USD")).build();
    ReviewReport r = master().items(List.of(yarn)).build().review(withLine1(ORDER, pinch), TODAY);
    assertThat(only(r, "UNIT_NOT_CONVERTIBLE").message()).contains("too small");
  }

  @Test
  void a_price_below_the_customers_price_list_beyond_the_tolerance_is_an_error() {
    Finding f = only(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.00"))), "PRICE_BELOW_REFERENCE");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.field()).isEqualTo("lines[1].unitPrice");
    assertThat(f.message()).contains("is 6.25% below").contains("PL-HANSA-2026").contains("单价不符");
    assertThat(rules(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.11"))))).doesNotContain("PRICE_BELOW_REFERENCE");
    assertThat(rules(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.10"))))).contains("PRICE_BELOW_REFERENCE");
    // exactly at the tolerance (3% of 3.20 = 0.096) is still accepted, on both sides
    assertThat(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.104"))).findings()).extracting(Finding::rule)
        .doesNotContain("PRICE_BELOW_REFERENCE");
    assertThat(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.296"))).findings()).extracting(Finding::rule)
        .doesNotContain("PRICE_ABOVE_REFERENCE");
    assertThat(review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.297"))).has("PRICE_ABOVE_REFERENCE")).isTrue();
  }

  @Test
  void the_tolerance_comes_from_the_policy() {
    OrderReview strict = master().policy(ReviewPolicy.DEFAULT.withPriceTolerance(BigDecimal.ZERO)).build();
    assertThat(strict.review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.19")), TODAY).has("PRICE_BELOW_REFERENCE")).isTrue();
    OrderReview lax = master().policy(new ReviewPolicy(new BigDecimal("0.10"), 7, 7)).build();
    assertThat(lax.review(withLine1(ORDER, tshirts("4800", Unit.PCS, "3.00")), TODAY).hasErrors()).isFalse();
  }

  @Test
  void a_price_above_the_reference_is_a_warning_against_the_last_confirmed_price() {
    OrderLine polos = ORDER.lines().get(1).withUnitPrice(UnitPrice.of("5.20", "USD"));
    Finding f = only(review(ORDER.withLines(List.of(ORDER.lines().get(0), polos))), "PRICE_ABOVE_REFERENCE");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.field()).isEqualTo("lines[2].unitPrice");
    assertThat(f.message()).contains("last confirmed").contains("SO-2025-0977");
  }

  @Test
  void a_price_in_another_unit_is_compared_per_base_unit() {
    assertThat(review(withLine1(ORDER, tshirts("400", Unit.DOZ, "38.40"))).findings())
        .extracting(Finding::rule).containsExactly("CAPACITY_NOT_CHECKED", "MATERIAL_NOT_CHECKED");
    assertThat(review(withLine1(ORDER, tshirts("200", Unit.CTN, "76.80"))).hasErrors()).isFalse(); // 24 pcs per carton
    assertThat(review(withLine1(ORDER, tshirts("400", Unit.DOZ, "36.00"))).has("PRICE_BELOW_REFERENCE")).isTrue();
  }

  @Test
  void an_item_without_any_reference_price_is_a_warning() {
    Finding f = only(master().priceBook(PriceBook.EMPTY).build().review(ORDER.withLines(List.of(ORDER.lines().get(0))), TODAY),
        "NO_REFERENCE_PRICE");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("TS-1001");
  }

  @Test
  void a_reference_price_in_another_currency_is_a_warning_to_compare_by_hand() {
    PriceList euro = new PriceList("PL-EUR", Optional.of(SampleData.HANSA), TODAY.minusDays(10), Optional.empty(),
        Map.of(TSHIRT, UnitPrice.of("2.90", "EUR")));
    ReviewReport r = master().priceBook(new PriceBook(List.of(euro), List.of())).build()
        .review(ORDER.withLines(List.of(ORDER.lines().get(0))), TODAY);
    assertThat(only(r, "PRICE_CURRENCY_DIFFERS").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void a_stated_line_amount_that_does_not_add_up_is_an_error() {
    OrderLine line = ORDER.lines().get(0).withStatedAmount(Money.of("15360.01", "USD"));
    Finding f = only(review(withLine1(ORDER, line)), "LINE_AMOUNT_MISMATCH");
    assertThat(f.field()).isEqualTo("lines[1].amount");
    assertThat(f.message()).contains("USD 15360.00");
    assertThat(review(withLine1(ORDER, line.withStatedAmount(Money.of("15360.00", "USD")))).hasErrors()).isFalse();
  }

  @Test
  void a_stated_total_that_is_not_the_sum_of_the_lines_is_an_error() {
    Finding f = only(review(ORDER.withStatedTotal(Money.of("24000.00", "USD"))), "TOTAL_MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("USD 24090.00").contains("金额不符");
    assertThat(review(ORDER.withStatedTotal(Money.of("24090.00", "USD"))).hasErrors()).isFalse();
  }

  @Test
  void a_quantity_that_does_not_fill_whole_cartons_is_a_warning_with_a_suggestion() {
    Finding f = only(review(withLine1(ORDER, tshirts("4810", Unit.PCS, "3.20"))), "PARTIAL_CARTON");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("201 cartons").contains("4800").contains("4824");
  }

  @Test
  void an_item_without_a_packing_spec_is_a_warning() {
    Item loose = SampleData.tshirt().withPacking(Optional.empty());
    ReviewReport r = masterWith(List.of(loose, SampleData.polo())).build().review(ORDER, TODAY);
    assertThat(only(r, "NO_PACKING_SPEC").field()).isEqualTo("lines[1].quantity");
  }

  @Test
  void a_delivery_date_before_the_order_date_is_an_error() {
    Finding f = only(review(ORDER.withDeliveryDate(TODAY.minusDays(1))), "DELIVERY_BEFORE_ORDER_DATE");
    assertThat(f.field()).isEqualTo("deliveryDate");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a_delivery_date_closer_than_the_lead_time_is_an_error_naming_what_decided_it() {
    // polo lead time 40 days + 7 days for the sample = 47 days
    Finding f = only(review(ORDER.withDeliveryDate(TODAY.plusDays(46))), "DELIVERY_TOO_SOON");
    assertThat(f.message()).contains("46 days").contains("47 days").contains("PL-2002").contains("sample").contains("交期不足");
    assertThat(review(ORDER.withDeliveryDate(TODAY.plusDays(47))).has("DELIVERY_TOO_SOON")).isFalse();
    Finding past = only(master().build().review(ORDER, TODAY.plusDays(65)), "DELIVERY_TOO_SOON");
    assertThat(past.message()).contains("was 5 days ago");
    assertThat(review(ORDER.withSampleRequired(false).withDeliveryDate(TODAY.plusDays(40))).has("DELIVERY_TOO_SOON")).isFalse();
  }

  @Test
  void a_line_due_after_the_order_delivery_date_is_a_warning() {
    OrderLine late = ORDER.lines().get(0).withDeliveryDate(TODAY.plusDays(70));
    assertThat(only(review(withLine1(ORDER, late)), "LINE_DATE_AFTER_ORDER_DATE").field()).isEqualTo("lines[1].deliveryDate");
  }

  @Test
  void a_verbal_order_without_written_confirmation_is_an_error() {
    Finding f = only(review(ORDER.withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(false)), "VERBAL_NOT_CONFIRMED");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("口头订单转书面订单");
    assertThat(review(ORDER.withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(true)).has("VERBAL_NOT_CONFIRMED")).isFalse();
    // an order flagged as unconfirmed is unconfirmed whatever the channel: the lifecycle agrees
    assertThat(review(ORDER.withWrittenConfirmation(false)).has("VERBAL_NOT_CONFIRMED")).isTrue();
  }

  @Test
  void a_sea_only_trade_term_with_air_freight_is_a_warning_suggesting_the_any_mode_term() {
    Finding f = only(review(ORDER.withShipmentMode(ShipmentMode.AIR)), "INCOTERM_MODE_MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("FCA");
    assertThat(only(review(ORDER.withShipmentMode(ShipmentMode.RAIL).withIncoterm(Incoterm.of(IncotermRule.CIF, "HAMBURG"))),
        "INCOTERM_MODE_MISMATCH").message()).contains("CIP");
  }

  @Test
  void a_named_place_that_is_not_the_port_is_a_warning() {
    Finding f = only(review(ORDER.withIncoterm(Incoterm.of(IncotermRule.FOB, "SHANGHAI"))), "INCOTERM_PLACE_MISMATCH");
    assertThat(f.message()).contains("NINGBO");
    assertThat(review(ORDER.withIncoterm(Incoterm.of(IncotermRule.FOB, "ningbo"))).has("INCOTERM_PLACE_MISMATCH")).isFalse();
    assertThat(review(ORDER.withIncoterm(Incoterm.of(IncotermRule.CFR, "HAMBURG"))).has("INCOTERM_PLACE_MISMATCH")).isFalse();
  }

  @Test
  void an_item_subject_to_statutory_inspection_on_an_unflagged_order_is_a_warning() {
    Item inspected = SampleData.tshirt().withStatutoryInspection(true);
    ReviewReport r = masterWith(List.of(inspected, SampleData.polo())).build()
        .review(ORDER.withStatutoryInspection(false), TODAY);
    assertThat(only(r, "STATUTORY_INSPECTION_MISSING").message()).contains("法检");
    assertThat(masterWith(List.of(inspected, SampleData.polo())).build().review(ORDER, TODAY).has("STATUTORY_INSPECTION_MISSING"))
        .isFalse();
  }

  @Test
  void a_processing_order_is_noted() {
    Finding f = only(review(ORDER.withKind(OrderKind.PROCESSING)), "PROCESSING_ORDER");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("加工单");
  }

  @Test
  void capacity_and_material_answers_become_findings() {
    OrderReview ok = master().capacityCheck((o, d) -> Feasibility.feasible(d.plusDays(50), "line 2 has room"))
        .materialCheck((o, d) -> Feasibility.feasible(d.plusDays(20), "fabric in stock")).build();
    ReviewReport fine = ok.review(ORDER, TODAY);
    assertThat(only(fine, "CAPACITY_OK").severity()).isEqualTo(Severity.INFO);
    assertThat(only(fine, "MATERIAL_OK").message()).isEqualTo("fabric in stock");

    OrderReview full = ok.withCapacityCheck((o, d) -> Feasibility.infeasible(d.plusDays(75), "sewing line 2 is full until April"))
        .withMaterialCheck((o, d) -> Feasibility.infeasible("dyed fabric cannot be sourced"));
    ReviewReport blocked = full.review(ORDER, TODAY);
    Finding capacity = only(blocked, "CAPACITY_INSUFFICIENT");
    assertThat(capacity.severity()).isEqualTo(Severity.ERROR);
    assertThat(capacity.message()).contains("sewing line 2").contains("earliest possible " + TODAY.plusDays(75));
    assertThat(only(blocked, "MATERIAL_INSUFFICIENT").message()).isEqualTo("dyed fabric cannot be sourced");
    assertThat(ok.review(ORDER, TODAY).hasErrors()).as("withCapacityCheck returns a new review").isFalse();

    ReviewReport notChecked = full.withCapacityCheck(CapacityCheck.NOT_CHECKED).withMaterialCheck(MaterialCheck.NOT_CHECKED).review(ORDER, TODAY);
    assertThat(only(notChecked, "CAPACITY_NOT_CHECKED").severity()).isEqualTo(Severity.INFO);
    assertThat(only(notChecked, "MATERIAL_NOT_CHECKED").severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void the_checks_see_the_order_and_the_review_date() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    master().capacityCheck((o, d) -> {
      seen.add(o.id() + "@" + d);
      return Feasibility.notChecked("stub");
    }).build().review(ORDER, TODAY);
    assertThat(seen).containsExactly(ORDER.id() + "@" + TODAY);
  }

  @Test
  void every_finding_of_a_bad_order_is_reported_at_once_errors_first() {
    OrderLine unknown = OrderLine.builder().lineNo(10).sku(Sku.of("XX-1")).quantity(Quantity.of(5, Unit.PCS))
        .unitPrice(UnitPrice.of("1.00", "USD")).statedAmount(Money.of("6.00", "USD")).build();
    OrderLine cheapPartial = tshirts("4810", Unit.PCS, "2.00");
    OrderLine kilos = OrderLine.builder().lineNo(2).sku(POLO).quantity(Quantity.of(3, Unit.KG)).unitPrice(UnitPrice.of("4.85", "USD")).build();
    SalesOrder bad = ORDER.withIntakeChannel(IntakeChannel.PHONE).withWrittenConfirmation(false)
        .withLines(List.of(unknown, cheapPartial, kilos)).withStatedTotal(Money.of("1.00", "USD"))
        .withDeliveryDate(TODAY.plusDays(10)).withShipmentMode(ShipmentMode.EXPRESS).withPacking(Optional.empty())
        .withKind(OrderKind.PROCESSING);
    ReviewReport r = master().capacityCheck((o, d) -> Feasibility.infeasible("no capacity")).build().review(bad, TODAY);

    assertThat(rules(r)).contains("VERBAL_NOT_CONFIRMED", "UNKNOWN_ITEM", "LINE_AMOUNT_MISMATCH", "PRICE_BELOW_REFERENCE",
        "PARTIAL_CARTON", "UNIT_NOT_CONVERTIBLE", "TOTAL_MISMATCH", "DELIVERY_TOO_SOON", "INCOTERM_MODE_MISMATCH",
        "REQUIRED_FIELD", "PROCESSING_ORDER", "CAPACITY_INSUFFICIENT", "MATERIAL_NOT_CHECKED");
    List<Severity> severities = r.findings().stream().map(Finding::severity).toList();
    assertThat(severities).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    // line fields in numeric order: lines[1] before lines[2] before lines[10]
    List<String> lineFields = r.errors().stream().map(Finding::field).filter(f -> f.startsWith("lines[")).collect(Collectors.toList());
    assertThat(lineFields).containsExactly("lines[1].unitPrice", "lines[2].quantity", "lines[10].amount", "lines[10].sku");
    assertThat(r.toCommand().errors()).hasSize(r.errors().size());
    assertThat(r.toCommand().warnings()).hasSize(r.warnings().size());
    assertThat(r.toValidation(bad).getError()).hasSize(r.errors().size());
  }

  @Test
  void the_report_belongs_to_one_revision_of_one_order() {
    ReviewReport r = review(ORDER.withRevision(2));
    assertThat(r.revision()).isEqualTo(2);
    assertThat(r.toCommand().revision()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> r.toValidation(ORDER))
        .withMessageContaining("r2");
  }
}

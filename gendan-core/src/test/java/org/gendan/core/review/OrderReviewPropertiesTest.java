package org.gendan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Item;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.Sku;
import org.gendan.core.measure.Unit;
import org.gendan.core.testing.OrderGen;
import org.gendan.core.testing.OrderGen.MasterData;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

/** Order review is a pure, deterministic function of the order, the master data and the date. */
class OrderReviewPropertiesTest {

  private static OrderReview reviewOf(MasterData m) {
    return OrderReview.builder().customers(m.customers()).items(m.items()).priceBook(m.priceBook()).build();
  }

  private static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void review_is_deterministic() {
    qt().withExamples(200).forAll(OrderGen.salesOrders(), OrderGen.masterData()).checkAssert((so, m) -> {
      ReviewReport first = reviewOf(m).review(so, SampleData.TODAY);
      ReviewReport second = reviewOf(m).review(so, SampleData.TODAY);
      assertThat(second).isEqualTo(first);
      assertThat(second.toString()).isEqualTo(first.toString());
    });
  }

  @Test
  void review_does_not_depend_on_the_order_of_lines_customers_items_or_prices() {
    qt().withExamples(200).forAll(OrderGen.salesOrders(), OrderGen.masterData(), longs().all()).checkAssert((so, m, seed) -> {
      ReviewReport original = reviewOf(m).review(so, SampleData.TODAY);

      SalesOrder reordered = so.withLines(shuffled(so.lines(), seed));
      OrderReview shuffledMaster = OrderReview.builder()
          .customers(shuffled(m.customers(), seed + 1))
          .items(shuffled(m.items(), seed + 2))
          .priceBook(new PriceBook(shuffled(m.priceLists(), seed + 3), shuffled(m.confirmedPrices(), seed + 4)))
          .build();
      assertThat(shuffledMaster.review(reordered, SampleData.TODAY)).isEqualTo(original);

      // customers and items added one by one, in reverse, give the same review too
      OrderReview.Builder piecemeal = OrderReview.builder().priceBook(m.priceBook());
      List<Customer> customers = new ArrayList<>(m.customers());
      Collections.reverse(customers);
      customers.forEach(c -> piecemeal.customers(List.of(c)));
      List<Item> items = new ArrayList<>(m.items());
      Collections.reverse(items);
      items.forEach(i -> piecemeal.items(List.of(i)));
      assertThat(piecemeal.build().review(so, SampleData.TODAY)).isEqualTo(original);
    });
  }

  @Test
  void master_data_unrelated_to_the_order_does_not_change_its_review() {
    Customer stranger = Customer.builder().id(CustomerId.of("C-STRANGER")).nameEn("Stranger Ltd")
        .country(CountryCode.of("US")).tier(CustomerTier.C).build();
    Item unrelated = Item.builder().sku(Sku.of("ZZ-0000")).nameEn("Unrelated item").baseUnit(Unit.PCS).standardLeadTimeDays(700).build();
    qt().withExamples(200).forAll(OrderGen.salesOrders(), OrderGen.masterData()).checkAssert((so, m) -> {
      ReviewReport original = reviewOf(m).review(so, SampleData.TODAY);
      OrderReview more = OrderReview.builder().customers(m.customers()).customers(List.of(stranger))
          .items(m.items()).items(List.of(unrelated)).priceBook(m.priceBook()).build();
      assertThat(more.review(so, SampleData.TODAY)).isEqualTo(original);
    });
  }

  private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)]");

  @Test
  void a_report_is_sorted_complete_and_points_at_real_fields() {
    qt().withExamples(300).forAll(OrderGen.salesOrders(), OrderGen.masterData()).checkAssert((so, m) -> {
      ReviewReport r = reviewOf(m).review(so, SampleData.TODAY);
      assertThat(r.orderId()).isEqualTo(so.id());
      assertThat(r.revision()).isEqualTo(so.revision());
      assertThat(r.findings()).isSortedAccordingTo(ReviewReport.ORDER);
      assertThat(r.hasErrors()).isEqualTo(!r.errors().isEmpty());
      long infos = r.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
      assertThat(r.errors().size() + r.warnings().size() + infos).isEqualTo(r.findings().size());
      assertThat(r.findings().stream().filter(f -> f.rule().startsWith("CAPACITY_"))).hasSize(1);
      assertThat(r.findings().stream().filter(f -> f.rule().startsWith("MATERIAL_"))).hasSize(1);
      assertThat(r.findings()).doesNotHaveDuplicates();

      Set<Integer> lineNos = so.lines().stream().map(OrderLine::lineNo).collect(Collectors.toSet());
      for (Finding f : r.findings()) {
        Matcher mt = LINE_FIELD.matcher(f.field());
        if (mt.find()) {
          assertThat(lineNos).as(f.toString()).contains(Integer.parseInt(mt.group(1)));
        }
      }
      boolean customerKnown = m.customers().stream().anyMatch(c -> c.id().equals(so.customerId()));
      assertThat(r.has("UNKNOWN_CUSTOMER")).isEqualTo(!customerKnown);
      assertThat(r.has("VERBAL_NOT_CONFIRMED")).isEqualTo(!so.writtenConfirmation());
      assertThat(r.toValidation(so).isValid()).isEqualTo(!r.hasErrors());
      assertThat(r.toCommand().errors()).hasSize(r.errors().size());
    });
  }

  @Test
  void a_line_of_an_unknown_item_gets_no_price_or_carton_findings() {
    qt().withExamples(200).forAll(OrderGen.salesOrders(), OrderGen.masterData()).checkAssert((so, m) -> {
      ReviewReport r = reviewOf(m).review(so, SampleData.TODAY);
      for (OrderLine l : so.lines()) {
        boolean known = m.items().stream().anyMatch(i -> i.sku().equals(l.sku()));
        String prefix = "lines[" + l.lineNo() + "]";
        List<String> rules = r.findings().stream().filter(f -> f.field().startsWith(prefix + ".")).map(Finding::rule).toList();
        assertThat(rules.contains("UNKNOWN_ITEM")).isEqualTo(!known);
        if (!known) {
          assertThat(rules).doesNotContain("PRICE_BELOW_REFERENCE", "PRICE_ABOVE_REFERENCE", "NO_REFERENCE_PRICE",
              "PARTIAL_CARTON", "NO_PACKING_SPEC", "UNIT_NOT_CONVERTIBLE");
        }
      }
    });
  }
}

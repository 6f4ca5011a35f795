package org.gendan.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  private static final SampleData SAMPLE = SampleData.load();

  @Test
  void the_committed_sample_is_exactly_what_the_generator_makes_from_its_seed() {
    Map<String, String> fresh = SampleFactoryGenerator.files(SampleFactoryGenerator.SEED);
    Map<String, String> committed = new LinkedHashMap<>();
    for (String f : SampleData.FILES) {
      committed.put(f, resource(f));
    }
    assertThat(fresh.keySet()).containsExactlyElementsOf(SampleData.FILES);
    for (String f : SampleData.FILES) {
      assertThat(committed.get(f)).as(f + " (regenerate with SampleFactoryGenerator.main)").isEqualTo(fresh.get(f));
    }
  }

  @Test
  void the_sample_factory_has_the_size_of_a_real_export_manufacturer() {
    assertThat(SAMPLE.customers()).hasSize(20);
    assertThat(SAMPLE.customers().stream().map(Customer::tier).distinct()).hasSize(3);
    assertThat(SAMPLE.customers().stream().map(Customer::country).distinct().count()).isGreaterThanOrEqualTo(5);
    assertThat(SAMPLE.items().stream().filter(i -> i.packing().isPresent())).hasSize(60);
    assertThat(SAMPLE.items()).allSatisfy(i -> assertThat(i.makeOrBuy() == MakeOrBuy.MAKE && i.sku().value().startsWith("KIT-")
        || i.hsCode().isPresent()).as(i.sku() + " has an HS code").isTrue());
    int lines = SAMPLE.plant().groups().stream().mapToInt(g -> g.lines().size()).sum();
    assertThat(lines).isBetween(8, 10);
    assertThat(SAMPLE.plant().groups()).hasSize(3);
    assertThat(SAMPLE.plant().groups()).allSatisfy(g -> assertThat(g.calendar().holidays()).isNotEmpty());
    assertThat(SAMPLE.orders()).hasSize(SampleFactoryGenerator.ORDER_COUNT);
    assertThat(SAMPLE.stock()).isNotEmpty();
  }

  @Test
  void orders_are_found_in_every_lifecycle_state() {
    Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    byStatus.putAll(SAMPLE.orders().stream().collect(Collectors.groupingBy(Order::status, Collectors.counting())));
    assertThat(byStatus.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
  }

  @Test
  void every_order_names_a_known_customer_and_known_items() {
    Set<CustomerId> customers = SAMPLE.customers().stream().map(Customer::id).collect(Collectors.toSet());
    Set<Sku> items = SAMPLE.items().stream().map(Item::sku).collect(Collectors.toSet());
    for (Order o : SAMPLE.orders()) {
      assertThat(customers).as(o.id().value()).contains(o.salesOrder().customerId());
      for (OrderLine l : o.salesOrder().lines()) {
        assertThat(items).as(o.id() + " line " + l.lineNo()).contains(l.sku());
      }
    }
  }

  @Test
  void every_made_item_has_a_bom_and_every_sellable_made_item_a_routing() {
    for (Item i : SAMPLE.items()) {
      if (i.makeOrBuy() == MakeOrBuy.MAKE) {
        assertThat(SAMPLE.bom().componentsOf(i.sku())).as("BOM of " + i.sku()).isNotEmpty();
        if (i.packing().isPresent()) {
          assertThat(SAMPLE.routings().routing(i.sku())).as("routing of " + i.sku()).isPresent();
        }
      }
    }
    Set<Sku> items = SAMPLE.items().stream().map(Item::sku).collect(Collectors.toSet());
    assertThat(SAMPLE.bom().items()).allSatisfy(s -> assertThat(items).contains(s));
  }

  @Test
  void every_order_history_replays_to_the_same_order_and_no_event_lies_after_today() {
    for (Order o : SAMPLE.orders()) {
      assertThat(Order.replay(o.history()).get()).isEqualTo(o);
      assertThat(o.lastEventAt().toLocalDate()).as(o.id().value()).isBeforeOrEqualTo(SAMPLE.today());
    }
  }

  @Test
  void some_open_purchase_orders_are_already_past_their_promised_date_and_some_are_not() {
    assertThat(SAMPLE.purchaseOrders()).anySatisfy(p -> assertThat(p.promisedDate()).isBefore(SAMPLE.today()));
    assertThat(SAMPLE.purchaseOrders()).anySatisfy(p -> assertThat(p.promisedDate()).isAfterOrEqualTo(SAMPLE.today()));
  }

  @Test
  void the_generator_is_deterministic_and_consistent_for_any_seed() {
    qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
      Map<String, String> a = SampleFactoryGenerator.files(seed);
      assertThat(SampleFactoryGenerator.files(seed)).isEqualTo(a);
      SampleData d = SampleData.fromJson(a);
      assertThat(d.orders()).hasSize(SampleFactoryGenerator.ORDER_COUNT);
      Set<CustomerId> customers = d.customers().stream().map(Customer::id).collect(Collectors.toSet());
      assertThat(d.orders()).allSatisfy(o -> assertThat(customers).contains(o.salesOrder().customerId()));
      assertThat(d.orders()).allSatisfy(o -> assertThat(o.lastEventAt().toLocalDate()).isBeforeOrEqualTo(d.today()));
    });
  }

  @Test
  void a_missing_or_malformed_sample_file_is_named_in_the_error() {
    Map<String, String> files = new LinkedHashMap<>(SampleFactoryGenerator.files(SampleFactoryGenerator.SEED));
    files.remove("items.json");
    assertThatThrownBy(() -> SampleData.fromJson(files)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("items.json");
    files.put("items.json", "[{\"sku\": 5}");
    assertThatThrownBy(() -> SampleData.fromJson(files)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("items.json");
    assertThatThrownBy(() -> SampleData.fromJson(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("files");
  }

  private static String resource(String name) {
    try (var in = SampleData.class.getResourceAsStream(SampleData.RESOURCE_FOLDER + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

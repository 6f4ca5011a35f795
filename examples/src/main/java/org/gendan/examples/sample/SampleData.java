package org.gendan.examples.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.order.Order;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.party.Supplier;
import org.gendan.core.product.Item;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.Sku;
import org.gendan.core.review.OrderReview;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.PurchaseOrder;
import org.gendan.scheduling.promise.Inquiry;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;

/**
 * The embedded sample factory (样板工厂) as typed domain values: 华纺 Huafang Home &amp; Apparel, a garment and
 * home-textile exporter in Ningbo that also trades, with its customers, suppliers, items, prices, plant,
 * routings, BOM, stock, open purchase orders and about 200 orders in every lifecycle state, seen on a
 * fixed {@link #today()}.
 *
 * <p>{@link #load()} reads the JSON resources under {@code org/gendan/examples/sample/} that
 * {@link SampleFactoryGenerator} wrote; the same data set is therefore the same everywhere.
 *
 * @param today          the sample's fixed "today"
 * @param zone           the factory's time zone
 * @param customers      the customers, by id
 * @param suppliers      the suppliers, by id
 * @param items          sellable goods, then materials and kits, by SKU within each
 * @param prices         the price lists and confirmed prices
 * @param plant          the departments, lines and calendars
 * @param routings       the routings of the made items
 * @param bom            the bill of materials
 * @param stock          the stock
 * @param purchaseOrders the open purchase orders (some past their promised date)
 * @param orders         the orders, by id
 * @param inquiry        an inquiry waiting for a date
 * @param inquiryCustomer the customer who sent the inquiry
 */
public record SampleData(LocalDate today, ZoneId zone, List<Customer> customers, List<Supplier> suppliers, List<Item> items,
    PriceBook prices, Plant plant, RoutingBook routings, BillOfMaterials bom, List<InventoryPosition> stock,
    List<PurchaseOrder> purchaseOrders, List<Order> orders, Inquiry inquiry, CustomerId inquiryCustomer) {

  /** The resource folder (class-path) holding the sample's JSON files. */
  public static final String RESOURCE_FOLDER = "/org/gendan/examples/sample/";
  /** The JSON files of the sample, in the order they are written. */
  public static final List<String> FILES = List.of("customers.json", "suppliers.json", "items.json", "prices.json",
      "factory.json", "orders.json");

  /** Creates the value; lists are copied. */
  public SampleData {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(plant, "plant");
    Objects.requireNonNull(routings, "routings");
    Objects.requireNonNull(bom, "bom");
    Objects.requireNonNull(inquiry, "inquiry");
    Objects.requireNonNull(inquiryCustomer, "inquiryCustomer");
    customers = List.copyOf(customers);
    suppliers = List.copyOf(suppliers);
    items = List.copyOf(items);
    stock = List.copyOf(stock);
    purchaseOrders = List.copyOf(purchaseOrders);
    orders = List.copyOf(orders);
  }

  /**
   * Loads the embedded sample from the class path.
   *
   * @throws IllegalStateException if a resource is missing or does not parse (a broken build)
   */
  public static SampleData load() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : FILES) {
      files.put(f, resource(f));
    }
    return fromJson(files);
  }

  /**
   * The sample from its JSON files (as {@link SampleFactoryGenerator#files} writes them).
   *
   * @param files file name → JSON text, for every name in {@link #FILES}
   * @throws IllegalArgumentException if a file is missing or does not parse, naming the file and the JSON path
   */
  public static SampleData fromJson(Map<String, String> files) {
    Objects.requireNonNull(files, "files");
    List<Customer> customers = read(files, "customers.json", new TypeReference<List<Customer>>() {});
    List<Supplier> suppliers = read(files, "suppliers.json", new TypeReference<List<Supplier>>() {});
    List<Item> items = read(files, "items.json", new TypeReference<List<Item>>() {});
    PriceBook prices = read(files, "prices.json", new TypeReference<PriceBook>() {});
    FactoryJson factory = read(files, "factory.json", new TypeReference<FactoryJson>() {});
    List<Order> orders = read(files, "orders.json", new TypeReference<List<Order>>() {});
    return of(factory, customers, suppliers, items, prices, orders);
  }

  /**
   * The sample from the factory's planning data and the core values.
   *
   * @throws IllegalArgumentException if the planning data is inconsistent (a BOM cycle, an unknown customer for the inquiry)
   */
  public static SampleData of(FactoryJson factory, List<Customer> customers, List<Supplier> suppliers, List<Item> items,
      PriceBook prices, List<Order> orders) {
    Objects.requireNonNull(factory, "factory");
    List<WorkCenterGroup> groups = new ArrayList<>();
    for (FactoryJson.GroupJson g : factory.groups()) {
      WorkCalendar.Builder cal = WorkCalendar.builder();
      for (FactoryJson.ShiftJson s : g.calendar().shifts()) {
        Shift shift = new Shift(s.name(), s.start(), s.minutes());
        s.days().forEach(d -> cal.shift(d, shift));
      }
      g.calendar().holidays().forEach(cal::holiday);
      List<ProductionLine> lines = new ArrayList<>();
      for (FactoryJson.LineJson l : g.lines()) {
        lines.add(ProductionLine.of(l.id()).withSpeedFactor(l.speedFactor()).withEfficiency(l.efficiency()));
      }
      groups.add(WorkCenterGroup.of(g.id(), g.department(), cal.build(), lines.toArray(new ProductionLine[0])));
    }
    List<Routing> routings = new ArrayList<>();
    for (FactoryJson.RoutingJson r : factory.routings()) {
      Operation[] ops = r.operations().stream()
          .map(o -> Operation.of(o.name(), o.group(), o.setupMinutes(), o.runMinutesPerUnit().toPlainString(), o.transferLagMinutes()))
          .toArray(Operation[]::new);
      routings.add(Routing.of(r.sku(), r.unit(), ops));
    }
    List<BomLine> bomLines = new ArrayList<>();
    for (FactoryJson.BomLineJson b : factory.bom()) {
      bomLines.add(BomLine.of(b.parent(), b.component(), b.quantityPer()).withScrapPercent(b.scrapPercent())
          .withPhantom(b.phantom()));
    }
    BillOfMaterials bom = BillOfMaterials.of(bomLines)
        .getOrElseThrow(r -> new IllegalArgumentException("the sample's BOM is broken: " + r));
    List<InventoryPosition> stock = factory.stock().stream()
        .map(s -> new InventoryPosition(s.sku(), s.onHand(), s.allocated())).toList();
    List<PurchaseOrder> pos = factory.purchaseOrders().stream()
        .map(p -> new PurchaseOrder(p.id(), p.supplier(), p.sku(), p.quantity(), p.orderDate(), p.promisedDate())).toList();
    FactoryJson.InquiryJson iq = factory.inquiry();
    CustomerTier tier = customers.stream().filter(c -> c.id().equals(iq.customer())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the inquiry's customer " + iq.customer() + " is not a customer"))
        .tier();
    Inquiry inquiry = Inquiry.of(iq.reference(), iq.sku(), iq.quantity(), iq.wantedDate(), tier);
    return new SampleData(factory.today(), ZoneId.of(factory.zone()), customers, suppliers, items, prices,
        new Plant(groups), RoutingBook.of(routings), bom, stock, pos, orders, inquiry, iq.customer());
  }

  /** The tier of every customer. */
  public Map<CustomerId, CustomerTier> tiers() {
    Map<CustomerId, CustomerTier> m = new LinkedHashMap<>();
    customers.forEach(c -> m.put(c.id(), c.tier()));
    return Map.copyOf(m);
  }

  /** The customer with the id, if any. */
  public Optional<Customer> customer(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return customers.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The item with the SKU, if any. */
  public Optional<Item> item(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    return items.stream().filter(i -> i.sku().equals(sku)).findFirst();
  }

  /** Order review (审单) over the sample's master data, without capacity or material checks. */
  public OrderReview review() {
    return OrderReview.builder().customers(customers).items(items).priceBook(prices).build();
  }

  private static <T> T read(Map<String, String> files, String name, TypeReference<T> type) {
    String text = files.get(name);
    if (text == null) {
      throw new IllegalArgumentException("sample file " + name + " is missing");
    }
    return GendanJson.read(text, type)
        .getOrElseThrow(p -> new IllegalArgumentException("sample file " + name + ": " + p));
  }

  private static String resource(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("sample resource " + RESOURCE_FOLDER + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

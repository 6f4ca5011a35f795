package org.gendan.core.review;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OrderKind;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.ReferencePrice;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;

/**
 * Order review (审单 / 订单评审): checks a sales order against the company's master data and rules
 * and reports all findings at once.
 *
 * <p>The rules, each with its stable code:
 * <ul>
 *   <li>{@code REQUIRED_FIELD} — lines, delivery date, trade term, payment terms, packing, shipment
 *       mode and destination must be stated (shipping marks missing is a warning);</li>
 *   <li>{@code UNKNOWN_CUSTOMER}, {@code UNKNOWN_ITEM} — the customer and every item (品名规格) must be
 *       known; {@code UNIT_NOT_CONVERTIBLE} — the line's unit must convert to the item's base unit
 *       (and the quantity must not vanish when expressed in it);</li>
 *   <li>{@code PRICE_BELOW_REFERENCE} (error), {@code PRICE_ABOVE_REFERENCE} (warning),
 *       {@code NO_REFERENCE_PRICE} (warning), {@code PRICE_CURRENCY_DIFFERS} (warning) — the unit
 *       price against the customer's price list, the last confirmed price or the default list, within
 *       the policy's tolerance;</li>
 *   <li>{@code LINE_AMOUNT_MISMATCH}, {@code TOTAL_MISMATCH} — amounts stated by the customer must equal
 *       quantity × price and the sum of lines;</li>
 *   <li>{@code PARTIAL_CARTON} (warning) — a quantity that does not fill whole cartons;
 *       {@code NO_PACKING_SPEC} (warning) — cartons cannot be computed;</li>
 *   <li>{@code DELIVERY_BEFORE_ORDER_DATE}, {@code DELIVERY_TOO_SOON} — the delivery date must be at
 *       least the lead time away (the longest item lead time, plus the sample time when a sample must be
 *       approved, and never below the policy's minimum); {@code LINE_DATE_AFTER_ORDER_DATE} (warning);</li>
 *   <li>{@code VERBAL_NOT_CONFIRMED} — an order without written confirmation (a verbal order not yet
 *       turned into a written one, or any order flagged as unconfirmed);</li>
 *   <li>{@code INCOTERM_MODE_MISMATCH}, {@code INCOTERM_PLACE_MISMATCH} (warnings) — FOB/CFR/CIF/FAS
 *       with air, express or rail; the named place against the port of loading or destination;</li>
 *   <li>{@code STATUTORY_INSPECTION_MISSING} (warning) — an item subject to 法检 on an order not flagged
 *       for it;</li>
 *   <li>{@code CAPACITY_*} and {@code MATERIAL_*} — the answers of the {@link CapacityCheck} and
 *       {@link MaterialCheck} (not checked = info);</li>
 *   <li>{@code PROCESSING_ORDER} (info) — a 加工单 depends on the customer's materials.</li>
 * </ul>
 *
 * <p>Review is a pure function of the order, the master data and the date: the same inputs give the
 * same report, whatever the order of customers, items or lines. Immutable and thread-safe if the
 * checks are.
 */
public final class OrderReview {

  private final Map<CustomerId, Customer> customers;
  private final Map<Sku, Item> items;
  private final PriceBook priceBook;
  private final ReviewPolicy policy;
  private final CapacityCheck capacityCheck;
  private final MaterialCheck materialCheck;

  private OrderReview(Builder b) {
    this.customers = Map.copyOf(b.customers);
    this.items = Map.copyOf(b.items);
    this.priceBook = b.priceBook;
    this.policy = b.policy;
    this.capacityCheck = b.capacityCheck;
    this.materialCheck = b.materialCheck;
  }

  /** A builder: customers, items and prices are empty and the checks report "not checked" until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** This review with another capacity check (e.g. capable-to-promise from gendan-scheduling). */
  public OrderReview withCapacityCheck(CapacityCheck check) {
    Builder b = toBuilder();
    b.capacityCheck = Objects.requireNonNull(check, "check");
    return b.build();
  }

  /** This review with another material check (e.g. MRP from gendan-scheduling). */
  public OrderReview withMaterialCheck(MaterialCheck check) {
    Builder b = toBuilder();
    b.materialCheck = Objects.requireNonNull(check, "check");
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.customers.putAll(customers);
    b.items.putAll(items);
    b.priceBook = priceBook;
    b.policy = policy;
    b.capacityCheck = capacityCheck;
    b.materialCheck = materialCheck;
    return b;
  }

  /**
   * Reviews one order as of {@code today}.
   *
   * @return the report with every finding; never null
   */
  public ReviewReport review(SalesOrder order, LocalDate today) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    List<Finding> f = new ArrayList<>();
    Optional<Customer> customer = Optional.ofNullable(customers.get(order.customerId()));
    if (customer.isEmpty()) {
      f.add(Finding.error("customerId", "UNKNOWN_CUSTOMER", "customer " + order.customerId()
          + " is not in the customer list; create the customer before accepting the order"));
    }
    if (!order.writtenConfirmation()) {
      String how = order.intakeChannel().isVerbal() ? "was given verbally (" : "came by ";
      f.add(Finding.error("writtenConfirmation", "VERBAL_NOT_CONFIRMED", "the order " + how
          + order.intakeChannel().name().toLowerCase() + (order.intakeChannel().isVerbal() ? ")" : "")
          + " and has no written confirmation yet; turn it into a written order and have the customer confirm it (口头订单转书面订单)"));
    }
    requiredFields(order, customer, f);
    for (OrderLine line : order.lines()) {
      reviewLine(order, line, f);
    }
    order.statedTotal().ifPresent(stated -> {
      if (!stated.equals(order.total())) {
        f.add(Finding.error("statedTotal", "TOTAL_MISMATCH", "the stated total " + stated
            + " differs from the sum of the lines " + order.total() + " (金额不符)"));
      }
    });
    dates(order, today, f);
    tradeTerms(order, f);
    boolean statutoryItem = order.lines().stream()
        .map(l -> items.get(l.sku())).anyMatch(i -> i != null && i.statutoryInspection());
    if (statutoryItem && !order.statutoryInspection()) {
      f.add(Finding.warning("statutoryInspection", "STATUTORY_INSPECTION_MISSING",
          "an item on the order is subject to statutory inspection (法检) but the order is not flagged for it; apply for inspection 1–2 weeks before delivery"));
    }
    if (order.kind() == OrderKind.PROCESSING) {
      f.add(Finding.info("kind", "PROCESSING_ORDER",
          "processing order (加工单): production depends on the customer's materials; confirm their delivery date"));
    }
    feasibility("capacity", "CAPACITY", Objects.requireNonNull(capacityCheck.check(order, today),
        "the capacity check returned null for order " + order.id() + "; it must return a Feasibility"), f);
    feasibility("materials", "MATERIAL", Objects.requireNonNull(materialCheck.check(order, today),
        "the material check returned null for order " + order.id() + "; it must return a Feasibility"), f);
    return new ReviewReport(order.id(), order.revision(), f);
  }

  private void requiredFields(SalesOrder order, Optional<Customer> customer, List<Finding> f) {
    if (order.lines().isEmpty()) {
      f.add(Finding.error("lines", "REQUIRED_FIELD", "the order has no lines: product, quantity and price are required"));
    }
    if (order.deliveryDate().isEmpty()
        && (order.lines().isEmpty() || order.lines().stream().anyMatch(l -> l.deliveryDate().isEmpty()))) {
      f.add(Finding.error("deliveryDate", "REQUIRED_FIELD", "no delivery date (交期) is stated"));
    }
    if (order.incoterm().isEmpty()) {
      Optional<Incoterm> fallback = customer.flatMap(Customer::defaultIncoterm);
      if (fallback.isPresent()) {
        f.add(Finding.warning("incoterm", "REQUIRED_FIELD", "no trade term is stated; the customer's usual "
            + fallback.get() + " would apply — confirm it with the customer"));
      } else {
        f.add(Finding.error("incoterm", "REQUIRED_FIELD", "no trade term (e.g. FOB NINGBO) is stated"));
      }
    }
    if (order.paymentTerms().isEmpty()) {
      if (customer.flatMap(Customer::defaultPaymentTerms).isPresent()) {
        f.add(Finding.warning("paymentTerms", "REQUIRED_FIELD", "no payment terms are stated; the customer's usual "
            + customer.get().defaultPaymentTerms().get().toDocumentText() + " would apply — confirm them with the customer"));
      } else {
        f.add(Finding.error("paymentTerms", "REQUIRED_FIELD", "no payment terms (付款方式) are stated"));
      }
    }
    if (order.packing().isEmpty()) {
      f.add(Finding.error("packing", "REQUIRED_FIELD", "no packing requirements (包装方式) are stated"));
    }
    if (order.shipmentMode().isEmpty()) {
      f.add(Finding.error("shipmentMode", "REQUIRED_FIELD", "no shipment mode (出货方式: sea FCL/LCL, air, express, rail) is stated"));
    }
    if (order.destination().isEmpty()) {
      f.add(Finding.error("destination", "REQUIRED_FIELD", "no destination port or place is stated"));
    }
    if (order.shippingMarks().isEmpty()) {
      f.add(Finding.warning("shippingMarks", "REQUIRED_FIELD", "no shipping marks (唛头) are stated; ask the customer, or confirm N/M"));
    }
  }

  private void reviewLine(SalesOrder order, OrderLine line, List<Finding> f) {
    String at = "lines[" + line.lineNo() + "]";
    line.statedAmount().ifPresent(stated -> {
      if (!stated.equals(line.amount())) {
        f.add(Finding.error(at + ".amount", "LINE_AMOUNT_MISMATCH", "line " + line.lineNo() + ": the stated amount " + stated
            + " differs from " + line.quantity() + " × " + line.unitPrice() + " = " + line.amount()));
      }
    });
    Item item = items.get(line.sku());
    if (item == null) {
      f.add(Finding.error(at + ".sku", "UNKNOWN_ITEM", "line " + line.lineNo() + ": item " + line.sku()
          + " is not in the item list; product and specification (品名规格) must be known"));
      return;
    }
    Either<Rejection, Quantity> inBase = item.unitConversions().convert(line.quantity(), item.baseUnit());
    if (inBase.isLeft()) {
      f.add(Finding.error(at + ".quantity", "UNIT_NOT_CONVERTIBLE", "line " + line.lineNo() + ": " + line.quantity()
          + " cannot be converted to the item's unit " + item.baseUnit() + "; add the conversion to item " + item.sku()));
      return;
    }
    BigDecimal baseUnits = inBase.get().value();
    if (baseUnits.signum() == 0) {
      f.add(Finding.error(at + ".quantity", "UNIT_NOT_CONVERTIBLE", "line " + line.lineNo() + ": " + line.quantity()
          + " is too small to express in the item's unit " + item.baseUnit() + " (less than 0.000001 " + item.baseUnit() + ")"));
      return;
    }
    price(order, line, item, baseUnits, at, f);
    Optional<PackingSpec> packing = item.packing();
    if (packing.isEmpty()) {
      f.add(Finding.warning(at + ".quantity", "NO_PACKING_SPEC", "line " + line.lineNo() + ": item " + item.sku()
          + " has no packing spec; cartons, weights and CBM cannot be computed"));
    } else if (!packing.get().isWholeCartons(baseUnits)) {
      long cartons = packing.get().cartonsFor(baseUnits);
      BigDecimal full = BigDecimal.valueOf(cartons).multiply(BigDecimal.valueOf(packing.get().unitsPerCarton()));
      f.add(Finding.warning(at + ".quantity", "PARTIAL_CARTON", "line " + line.lineNo() + ": " + inBase.get()
          + " is not whole cartons of " + packing.get().unitsPerCarton() + " (" + cartons + " cartons, the last one partial); "
          + "suggest " + full.subtract(BigDecimal.valueOf(packing.get().unitsPerCarton())).max(BigDecimal.ZERO).toPlainString()
          + " or " + full.toPlainString() + " " + item.baseUnit()));
    }
  }

  private void price(SalesOrder order, OrderLine line, Item item, BigDecimal baseUnits, String at, List<Finding> f) {
    Optional<ReferencePrice> ref = priceBook.referencePrice(order.customerId(), item.sku(), order.orderDate());
    if (ref.isEmpty()) {
      f.add(Finding.warning(at + ".unitPrice", "NO_REFERENCE_PRICE", "line " + line.lineNo() + ": no price list or confirmed price for "
          + item.sku() + "; confirm " + line.unitPrice() + " with sales"));
      return;
    }
    ReferencePrice reference = ref.get();
    if (!reference.price().currency().equals(order.currency())) {
      f.add(Finding.warning(at + ".unitPrice", "PRICE_CURRENCY_DIFFERS", "line " + line.lineNo() + ": the reference price ("
          + reference.source().name().toLowerCase().replace('_', ' ') + " " + reference.reference() + ") is in "
          + reference.price().currency() + ", the order in " + order.currency() + "; compare by hand"));
      return;
    }
    // price per base unit = line price × line quantity / base units
    BigDecimal perBase = line.unitPrice().amount().multiply(line.quantity().value())
        .divide(baseUnits, UnitPrice.MAX_SCALE, RoundingMode.HALF_UP);
    UnitPrice effective = new UnitPrice(perBase, order.currency());
    BigDecimal deviation = effective.deviationFrom(reference.price());
    String source = reference.source().name().toLowerCase().replace('_', ' ') + " " + reference.reference();
    String pct = deviation.abs().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    if (deviation.negate().compareTo(policy.priceTolerance()) > 0) {
      f.add(Finding.error(at + ".unitPrice", "PRICE_BELOW_REFERENCE", "line " + line.lineNo() + ": " + effective + " per "
          + item.baseUnit() + " is " + pct + " below the reference " + reference.price() + " (" + source + "); get the price approved (单价不符)"));
    } else if (deviation.compareTo(policy.priceTolerance()) > 0) {
      f.add(Finding.warning(at + ".unitPrice", "PRICE_ABOVE_REFERENCE", "line " + line.lineNo() + ": " + effective + " per "
          + item.baseUnit() + " is " + pct + " above the reference " + reference.price() + " (" + source + "); confirm with the customer"));
    }
  }

  private void dates(SalesOrder order, LocalDate today, List<Finding> f) {
    int leadTime = policy.minimumLeadTimeDays();
    String decidedBy = "the company's minimum lead time";
    for (OrderLine l : order.lines()) {
      Item item = items.get(l.sku());
      if (item != null && item.standardLeadTimeDays() > leadTime) {
        leadTime = item.standardLeadTimeDays();
        decidedBy = "the lead time of " + item.sku();
      }
    }
    if (order.sampleRequired()) {
      leadTime += policy.sampleLeadTimeDays();
      decidedBy += " plus " + policy.sampleLeadTimeDays() + " days for sample approval";
    }
    LocalDate earliest = today.plusDays(leadTime);
    Map<String, LocalDate> dated = new TreeMap<>(ReviewReport::compareFields);
    order.deliveryDate().ifPresent(d -> dated.put("deliveryDate", d));
    for (OrderLine l : order.lines()) {
      l.deliveryDate().ifPresent(d -> dated.put("lines[" + l.lineNo() + "].deliveryDate", d));
      if (l.deliveryDate().isPresent() && order.deliveryDate().isPresent() && l.deliveryDate().get().isAfter(order.deliveryDate().get())) {
        f.add(Finding.warning("lines[" + l.lineNo() + "].deliveryDate", "LINE_DATE_AFTER_ORDER_DATE", "line " + l.lineNo()
            + " is due " + l.deliveryDate().get() + ", after the order's delivery date " + order.deliveryDate().get()));
      }
    }
    for (Map.Entry<String, LocalDate> e : dated.entrySet()) {
      LocalDate d = e.getValue();
      if (d.isBefore(order.orderDate())) {
        f.add(Finding.error(e.getKey(), "DELIVERY_BEFORE_ORDER_DATE", "delivery date " + d + " is before the order date " + order.orderDate()));
      } else if (d.isBefore(earliest)) {
        long days = ChronoUnit.DAYS.between(today, d);
        String distance = days >= 0 ? "is " + days + " days away" : "was " + (-days) + " days ago";
        f.add(Finding.error(e.getKey(), "DELIVERY_TOO_SOON", "delivery date " + d + " " + distance + " but needs at least "
            + leadTime + " days (" + decidedBy + "); earliest " + earliest + " — negotiate the date (交期不足)"));
      }
    }
  }

  private void tradeTerms(SalesOrder order, List<Finding> f) {
    if (order.incoterm().isEmpty()) {
      return;
    }
    Incoterm term = order.incoterm().get();
    if (term.rule().isSeaOnly() && order.shipmentMode().isPresent() && !order.shipmentMode().get().isSea()) {
      f.add(Finding.warning("incoterm", "INCOTERM_MODE_MISMATCH", term.rule() + " is for sea transport only but the goods go by "
          + order.shipmentMode().get().name().toLowerCase() + "; use " + substitute(term) + " instead"));
    }
    Optional<String> expected = term.rule().namesDestination() ? order.destination() : order.portOfLoading();
    if (expected.isPresent() && !normalise(expected.get()).equals(normalise(term.namedPlace()))) {
      f.add(Finding.warning("incoterm", "INCOTERM_PLACE_MISMATCH", term + " names " + term.namedPlace() + " but the "
          + (term.rule().namesDestination() ? "destination" : "port of loading") + " is " + expected.get()));
    }
  }

  private static String substitute(Incoterm term) {
    switch (term.rule()) {
      case FOB: case FAS: return "FCA";
      case CFR: return "CPT";
      default: return "CIP";
    }
  }

  private static String normalise(String place) {
    return place.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void feasibility(String field, String prefix, Feasibility v, List<Finding> f) {
    switch (v.outcome()) {
      case NOT_CHECKED:
        f.add(Finding.info(field, prefix + "_NOT_CHECKED", v.explanation()));
        break;
      case INFEASIBLE:
        f.add(Finding.error(field, prefix + "_INSUFFICIENT", v.explanation()
            + v.earliestDate().map(d -> "; earliest possible " + d).orElse("")));
        break;
      default:
        f.add(Finding.info(field, prefix + "_OK", v.explanation()));
    }
  }

  /** Builds an {@link OrderReview}. Not thread-safe. */
  public static final class Builder {
    private final Map<CustomerId, Customer> customers = new TreeMap<>();
    private final Map<Sku, Item> items = new TreeMap<>();
    private PriceBook priceBook = PriceBook.EMPTY;
    private ReviewPolicy policy = ReviewPolicy.DEFAULT;
    private CapacityCheck capacityCheck = CapacityCheck.NOT_CHECKED;
    private MaterialCheck materialCheck = MaterialCheck.NOT_CHECKED;

    private Builder() {}

    /** Adds customers. @throws IllegalArgumentException if an id appears twice */
    public Builder customers(Collection<Customer> list) {
      for (Customer c : Objects.requireNonNull(list, "customers")) {
        Objects.requireNonNull(c, "customers contains null");
        if (customers.put(c.id(), c) != null) {
          throw new IllegalArgumentException("customer " + c.id() + " appears twice");
        }
      }
      return this;
    }

    /** Adds items. @throws IllegalArgumentException if a SKU appears twice */
    public Builder items(Collection<Item> list) {
      for (Item i : Objects.requireNonNull(list, "items")) {
        Objects.requireNonNull(i, "items contains null");
        if (items.put(i.sku(), i) != null) {
          throw new IllegalArgumentException("item " + i.sku() + " appears twice");
        }
      }
      return this;
    }

    /** Sets the price book. */
    public Builder priceBook(PriceBook book) {
      this.priceBook = Objects.requireNonNull(book, "priceBook");
      return this;
    }

    /** Sets the policy. */
    public Builder policy(ReviewPolicy p) {
      this.policy = Objects.requireNonNull(p, "policy");
      return this;
    }

    /** Sets the capacity check. */
    public Builder capacityCheck(CapacityCheck check) {
      this.capacityCheck = Objects.requireNonNull(check, "capacityCheck");
      return this;
    }

    /** Sets the material check. */
    public Builder materialCheck(MaterialCheck check) {
      this.materialCheck = Objects.requireNonNull(check, "materialCheck");
      return this;
    }

    /** The review. */
    public OrderReview build() {
      return new OrderReview(this);
    }
  }
}

package org.gendan.documents.model;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.core.product.Sku;
import org.gendan.documents.calc.AmountWords;
import org.gendan.documents.calc.EnglishAmountWords;
import org.gendan.documents.calc.InstalmentPlan;
import org.gendan.documents.calc.PackedLine;
import org.gendan.documents.calc.Packing;
import org.gendan.documents.calc.ShippingMarkText;

/**
 * Makes the document set of an order (sales contract, proforma invoice, commercial invoice, packing
 * list) from the order, the company profile, the customer and the items, so that the documents agree
 * with each other by construction (单单一致).
 *
 * <p>Descriptions of goods are the item's English name, its specification and the line's attributes
 * (colour, size) in attribute-name order; the packing list describes goods by name only (general
 * terms, UCP 600 art. 14(e)). Totals are the sums of the order's line amounts (HALF_UP per line); the
 * total in words is written by the given {@link AmountWords} (English by default). An open carton
 * range {@code 1-UP} in the order's marks becomes {@code 1-N}; an order without marks prints N/M.
 */
public final class TradeDocuments {

  private final AmountWords words;

  private TradeDocuments(AmountWords words) {
    this.words = words;
  }

  /** Documents with English amounts in words ({@link EnglishAmountWords#standard()}). */
  public static TradeDocuments standard() {
    return new TradeDocuments(EnglishAmountWords.standard());
  }

  /** A copy that writes totals in words with {@code words}. */
  public TradeDocuments withAmountWords(AmountWords words) {
    return new TradeDocuments(Objects.requireNonNull(words, "words"));
  }

  /**
   * Makes the documents.
   *
   * @return the set, or a rejection: {@code CUSTOMER_MISMATCH} (the customer is not the order's),
   *         {@code ORDER_INCOMPLETE} (naming every missing field: lines, trade term, payment terms,
   *         delivery date, port of loading, destination), or a packing rejection
   *         ({@code ITEM_UNKNOWN}, {@code PACKING_SPEC_MISSING}, {@code UNIT_NOT_CONVERTIBLE})
   */
  public Either<Rejection, DocumentSet> of(SalesOrder order, CompanyProfile company, Customer customer, List<Item> items,
      DocumentIssue issue) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(issue, "issue");
    if (!customer.id().equals(order.customerId())) {
      return Either.left(Rejection.of("CUSTOMER_MISMATCH", "order " + order.id() + " belongs to customer " + order.customerId()
          + ", not " + customer.id() + " (客户不符)"));
    }
    List<String> missing = new ArrayList<>();
    if (order.lines().isEmpty()) {
      missing.add("lines");
    }
    if (order.incoterm().isEmpty()) {
      missing.add("incoterm");
    }
    if (order.paymentTerms().isEmpty()) {
      missing.add("paymentTerms");
    }
    if (order.lastDeliveryDate().isEmpty()) {
      missing.add("deliveryDate");
    }
    if (order.portOfLoading().isEmpty()) {
      missing.add("portOfLoading");
    }
    if (order.destination().isEmpty()) {
      missing.add("destination");
    }
    if (!missing.isEmpty()) {
      return Either.left(Rejection.of("ORDER_INCOMPLETE", "order " + order.id() + " lacks " + String.join(", ", missing)
          + " needed on the documents (订单资料不全); complete the order first"));
    }
    Either<Rejection, Packing> packed = Packing.of(order, items);
    if (packed.isLeft()) {
      return Either.left(packed.getLeft());
    }
    Packing packing = packed.get();
    Map<Sku, Item> bySku = new TreeMap<>();
    items.forEach(i -> bySku.put(i.sku(), i));
    List<GoodsLine> goods = new ArrayList<>();
    for (OrderLine l : order.lines()) {
      Item item = bySku.get(l.sku());
      goods.add(new GoodsLine(l.lineNo(), l.sku(), description(item, l), item.hsCode(), l.quantity(), l.unitPrice(), l.amount()));
    }
    DocumentParty seller = company.toParty();
    DocumentParty buyer = new DocumentParty(customer.nameEn(), issue.buyerAddress(), customer.country());
    String contractNo = issue.contractNumber().orElse(order.id().value());
    String inWords = words.toWords(order.total());
    ShippingMarks marks = ShippingMarkText.withCartonRange(order.shippingMarks().orElse(ShippingMarks.NONE), packing.totalCartons());
    InstalmentPlan plan = InstalmentPlan.of(order.paymentTerms().get(), order.total(), issue.date(), issue.shipmentDate());
    String pol = order.portOfLoading().get().toUpperCase(Locale.ROOT);
    String pod = order.destination().get().toUpperCase(Locale.ROOT);

    SalesContract contract = SalesContract.builder().number(contractNo).date(issue.date()).seller(seller).buyer(buyer)
        .buyerOrderNumber(order.customerPoNumber()).currency(order.currency()).lines(goods).total(order.total())
        .totalInWords(inWords).moreOrLessPercent(issue.moreOrLessPercent()).incoterm(order.incoterm().get())
        .paymentTerms(order.paymentTerms().get()).packing(order.packing().map(p -> p.description()))
        .shippingMarks(marks).latestShipmentDate(order.lastDeliveryDate().get()).portOfLoading(pol).destination(pod)
        .insurance(order.incoterm().get().rule().sellerInsures()
            ? Optional.of("TO BE COVERED BY THE SELLER FOR 110% OF THE INVOICE VALUE")
            : Optional.of("TO BE COVERED BY THE BUYER"))
        .build();
    ProformaInvoice proforma = ProformaInvoice.builder().number(issue.proformaNumber()).date(issue.date()).contractNumber(contractNo)
        .seller(seller).buyer(buyer).currency(order.currency()).lines(goods).total(order.total()).totalInWords(inWords)
        .incoterm(order.incoterm().get()).paymentTerms(order.paymentTerms().get())
        .instalmentAmounts(plan.parts().stream().map(InstalmentPlan.Part::amount).toList())
        .validUntil(issue.proformaValidUntil()).latestShipmentDate(order.lastDeliveryDate().get())
        .portOfLoading(pol).destination(pod).bankDetails(company.bankDetails()).build();
    CommercialInvoice invoice = CommercialInvoice.builder().number(issue.invoiceNumber()).date(issue.date()).contractNumber(contractNo)
        .lcNumber(issue.lcNumber()).seller(seller).buyer(buyer).currency(order.currency()).lines(goods).total(order.total())
        .totalInWords(inWords).depositDeducted(plan.deposit().isZero() ? Optional.empty() : Optional.of(plan.deposit()))
        .incoterm(order.incoterm().get()).portOfLoading(pol).destination(pod).vessel(issue.vessel()).shipmentDate(issue.shipmentDate())
        .shippingMarks(marks).totalPackages(packing.totalCartons()).netWeight(packing.totalNetWeight())
        .grossWeight(packing.totalGrossWeight()).measurement(packing.totalMeasurement()).countryOfOrigin(company.country())
        .build();
    List<PackingListLine> plLines = new ArrayList<>();
    for (PackedLine p : packing.lines()) {
      plLines.add(new PackingListLine(p.lineNo(), p.sku(), bySku.get(p.sku()).nameEn(), p.quantity(), p.spec().unitsPerCarton(),
          p.cartons(), p.cartonRange(), p.netWeight(), p.grossWeight(), p.measurement()));
    }
    PackingList packingList = PackingList.builder().number(issue.invoiceNumber()).date(issue.date()).invoiceNumber(issue.invoiceNumber())
        .seller(seller).buyer(buyer).lines(plLines).shippingMarks(marks).totalPackages(packing.totalCartons())
        .totalNetWeight(packing.totalNetWeight()).totalGrossWeight(packing.totalGrossWeight())
        .totalMeasurement(packing.totalMeasurement()).portOfLoading(pol).destination(pod).build();
    return Either.right(new DocumentSet(contract, proforma, invoice, packingList, packing, plan));
  }

  private static String description(Item item, OrderLine line) {
    StringBuilder sb = new StringBuilder(item.nameEn());
    item.specification().ifPresent(s -> sb.append(", ").append(s));
    new TreeMap<>(line.attributes()).forEach((k, v) -> sb.append(", ").append(k).append(": ").append(v));
    return sb.toString();
  }
}

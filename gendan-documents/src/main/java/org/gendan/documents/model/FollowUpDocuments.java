package org.gendan.documents.model;

import io.vavr.control.Either;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.product.Item;
import org.gendan.core.product.Sku;
import org.gendan.documents.calc.AmountWords;
import org.gendan.documents.calc.ChineseAmountWords;
import org.gendan.documents.calc.EnglishAmountWords;
import org.gendan.documents.calc.PackedLine;

/**
 * Makes the follow-up documents of an order from its {@link DocumentSet} (so they agree with the
 * contract, invoice and packing list): the purchase contract to the factory (购货合同), the shipment
 * notice (出货通知), the statutory inspection application (商检) and the certificate-of-origin
 * application (产地证).
 *
 * <p>Stateless and thread-safe; equal inputs give equal documents.
 */
public final class FollowUpDocuments {

  private static final java.time.Period ONE_WEEK = java.time.Period.ofDays(7);
  private static final java.time.Period TWO_WEEKS = java.time.Period.ofDays(14);

  private final OriginForms originForms;

  private FollowUpDocuments(OriginForms originForms) {
    this.originForms = originForms;
  }

  /** Follow-up documents with {@link OriginForms#generalOnly()}. */
  public static FollowUpDocuments standard() {
    return new FollowUpDocuments(OriginForms.generalOnly());
  }

  /** A copy that chooses certificate-of-origin forms with {@code forms}. */
  public FollowUpDocuments withOriginForms(OriginForms forms) {
    return new FollowUpDocuments(Objects.requireNonNull(forms, "forms"));
  }

  /**
   * The purchase contract to the factory for the goods of {@code set}: same items and quantities as the
   * sales contract, at the factory's prices including VAT; amounts HALF_UP per line at the currency's
   * scale, total = Σ lines, in words in Chinese 大写 for CNY and in English otherwise.
   *
   * @return the contract, or a rejection: {@code PURCHASE_PRICE_MISSING} (naming every item without a
   *         price), {@code DELIVERY_AFTER_SHIPMENT} (the factory would deliver after the latest shipment date)
   */
  public Either<Rejection, PurchaseContract> purchaseContract(DocumentSet set, CompanyProfile company, List<Item> items, PurchaseTerms terms) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(terms, "terms");
    SalesContract sc = set.contract();
    List<String> missing = new ArrayList<>();
    for (GoodsLine l : sc.lines()) {
      if (!terms.prices().containsKey(l.sku())) {
        missing.add(l.sku().value());
      }
    }
    if (!missing.isEmpty()) {
      return Either.left(Rejection.of("PURCHASE_PRICE_MISSING", "no purchase price (采购价) for " + String.join(", ", new TreeSet<>(missing))
          + " in purchase terms " + terms.number()));
    }
    if (terms.deliveryDate().isAfter(sc.latestShipmentDate())) {
      return Either.left(Rejection.of("DELIVERY_AFTER_SHIPMENT", "the factory delivers on " + terms.deliveryDate()
          + ", after the latest shipment date " + sc.latestShipmentDate() + " of contract " + sc.number()
          + " (工厂交期晚于装运期); agree an earlier delivery date"));
    }
    Map<Sku, Item> bySku = bySku(items);
    List<GoodsLine> lines = new ArrayList<>();
    java.util.Currency ccy = terms.prices().values().iterator().next().currency();
    Money total = Money.zero(ccy);
    for (GoodsLine l : sc.lines()) {
      UnitPrice p = terms.prices().get(l.sku());
      Money amount = p.times(l.quantity().value(), RoundingMode.HALF_UP);
      total = total.plus(amount);
      lines.add(new GoodsLine(l.lineNo(), l.sku(), chineseFirst(bySku.get(l.sku()), l.description()), l.hsCode(), l.quantity(), p, amount));
    }
    AmountWords words = "CNY".equals(ccy.getCurrencyCode()) ? ChineseAmountWords.PBOC : EnglishAmountWords.standard();
    DocumentParty factory = new DocumentParty(terms.factory().name(), terms.factoryAddress(), terms.factory().country());
    return Either.right(PurchaseContract.builder().number(terms.number()).date(terms.date()).buyer(companyParty(company)).factory(factory)
        .salesContractNumber(sc.number()).currency(ccy).lines(lines).total(total).totalInWords(words.toWords(total))
        .vatPercent(terms.vatPercent()).deliveryDate(terms.deliveryDate()).deliveryPlace(terms.deliveryPlace())
        .packing(sc.packing()).shippingMarks(sc.shippingMarks()).qualityClause(terms.qualityClause())
        .paymentTerms(terms.paymentTerms()).build());
  }

  /**
   * The shipment notice for the goods of {@code set}: the packing list's lines and totals, the marks and
   * ports of the invoice, and the plan's dates, booking and containers.
   *
   * @return the notice, or {@code LOADING_AFTER_SHIPMENT} if the ETD is after the contract's latest shipment date
   */
  public Either<Rejection, ShipmentNotice> shipmentNotice(DocumentSet set, ShipmentPlan plan) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(plan, "plan");
    if (plan.etd().isAfter(set.contract().latestShipmentDate())) {
      return Either.left(Rejection.of("LOADING_AFTER_SHIPMENT", "the ETD " + plan.etd() + " is after the latest shipment date "
          + set.contract().latestShipmentDate() + " of contract " + set.contract().number()
          + " (船期晚于装运期); ask the customer to amend the shipment date first"));
    }
    PackingList pl = set.packingList();
    CommercialInvoice ci = set.invoice();
    return Either.right(ShipmentNotice.builder().number(plan.number()).date(plan.date()).contractNumber(ci.contractNumber())
        .invoiceNumber(ci.number()).customer(ci.buyer()).lines(pl.lines()).totalPackages(pl.totalPackages())
        .grossWeight(pl.totalGrossWeight()).measurement(pl.totalMeasurement()).shippingMarks(ci.shippingMarks())
        .portOfLoading(ci.portOfLoading()).destination(ci.destination()).loadingDate(plan.loadingDate()).etd(plan.etd())
        .bookingReference(plan.bookingReference()).vessel(plan.vessel()).containers(plan.containers()).recipients(plan.recipients())
        .build());
  }

  /**
   * The statutory inspection application for an order subject to statutory inspection (法检): the
   * invoiced goods with Chinese names, HS codes and cartons; apply from two weeks to one week before
   * the planned shipment.
   *
   * @return the application, or {@code NOT_STATUTORY_INSPECTION} if the order is not marked for
   *         statutory inspection
   */
  public Either<Rejection, InspectionApplication> inspectionApplication(SalesOrder order, DocumentSet set, CompanyProfile company,
      List<Item> items, ApplicationIssue issue) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(issue, "issue");
    if (!order.statutoryInspection()) {
      return Either.left(Rejection.of("NOT_STATUTORY_INSPECTION", "order " + order.id().value()
          + " is not marked for statutory inspection (非法检商品); no inspection application is needed"));
    }
    CommercialInvoice ci = set.invoice();
    return Either.right(InspectionApplication.builder().number(issue.number()).date(issue.date()).applicant(companyParty(company))
        .manufacturer(issue.manufacturer().orElse(company.nameZh().orElse(company.nameEn()))).contractNumber(ci.contractNumber())
        .invoiceNumber(ci.number()).lines(applicationLines(set, items)).totalAmount(ci.total()).totalPackages(ci.totalPackages())
        .grossWeight(ci.grossWeight()).destinationCountry(set.contract().buyer().country()).portOfLoading(ci.portOfLoading())
        .destination(ci.destination()).plannedShipmentDate(issue.plannedShipmentDate())
        .applyFrom(issue.plannedShipmentDate().minus(TWO_WEEKS)).applyBy(issue.plannedShipmentDate().minus(ONE_WEEK)).build());
  }

  /**
   * The certificate-of-origin application: the form chosen by the destination country
   * ({@link OriginForms}), the invoiced goods with HS codes, packages, weight and marks; apply at least
   * one week before the planned shipment.
   *
   * @return the application, or the rejection of {@link OriginForms#formFor}
   */
  public Either<Rejection, OriginApplication> originApplication(SalesOrder order, DocumentSet set, List<Item> items, ApplicationIssue issue) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(issue, "issue");
    CommercialInvoice ci = set.invoice();
    return originForms.formFor(order.originCertificate(), ci.buyer().country()).map(form -> OriginApplication.builder()
        .number(issue.number()).date(issue.date()).form(form).issuingBody(OriginForms.issuingBody(form)).exporter(ci.seller())
        .consignee(ci.buyer()).transport("FROM " + ci.portOfLoading() + " TO " + ci.destination() + " BY SEA")
        .destinationCountry(ci.buyer().country()).shippingMarks(ci.shippingMarks()).lines(applicationLines(set, items))
        .totalPackages(ci.totalPackages()).grossWeight(ci.grossWeight()).invoiceNumber(ci.number()).invoiceDate(ci.date())
        .originCriterion(form == OriginCertificate.FORM_A ? issue.originCriterion() : Optional.empty())
        .plannedShipmentDate(issue.plannedShipmentDate()).applyBy(issue.plannedShipmentDate().minus(ONE_WEEK)).build());
  }

  private static List<ApplicationLine> applicationLines(DocumentSet set, List<Item> items) {
    Map<Sku, Item> bySku = bySku(items);
    Map<Integer, Long> cartons = new TreeMap<>();
    for (PackedLine p : set.packing().lines()) {
      cartons.merge(p.lineNo(), p.cartons(), Long::sum);
    }
    List<ApplicationLine> out = new ArrayList<>();
    for (GoodsLine l : set.invoice().lines()) {
      Item item = bySku.get(l.sku());
      String zh = item == null ? l.description() : item.nameZh().orElse(item.nameEn());
      out.add(new ApplicationLine(l.lineNo(), l.sku(), truncate(zh, 200), l.description(), l.hsCode(), l.quantity(), l.amount(),
          cartons.getOrDefault(l.lineNo(), 0L)));
    }
    return out;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static String chineseFirst(Item item, String description) {
    if (item == null || item.nameZh().isEmpty()) {
      return description;
    }
    return item.nameZh().get() + " " + description;
  }

  private static DocumentParty companyParty(CompanyProfile company) {
    return new DocumentParty(truncate(company.nameZh().map(z -> z + " " + company.nameEn()).orElse(company.nameEn()), 200), Optional.of(company.address()),
        company.country());
  }

  private static Map<Sku, Item> bySku(List<Item> items) {
    Map<Sku, Item> m = new TreeMap<>();
    for (Item i : items) {
      m.put(Objects.requireNonNull(i, "item").sku(), i);
    }
    return m;
  }
}

package org.gendan.documents.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.ShippingMarks;
import org.gendan.documents.calc.ShippingMarkText;
import org.gendan.documents.model.BookingRequest;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentParty;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.model.Quotation;
import org.gendan.documents.model.SalesContract;

/**
 * Turns documents into the plain maps the templates read: every value is a formatted string, a list
 * of maps, or a boolean for an optional section. Formatting: amounts with thousands separators at the
 * currency's scale, unit prices at their own scale, weights in KGS to 2 decimals, measurement in CBM
 * to 3 decimals, dates ISO-8601.
 */
public final class Views {

  private Views() {}

  /** The view of a sales contract. */
  public static Map<String, Object> of(SalesContract c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", c.number());
    v.put("date", c.date().toString());
    v.put("seller", party(c.seller()));
    v.put("buyer", party(c.buyer()));
    v.put("buyerOrderNumber", c.buyerOrderNumber().orElse(""));
    v.put("hasBuyerOrderNumber", c.buyerOrderNumber().isPresent());
    goods(v, c.lines(), c.total(), c.totalInWords());
    v.put("moreOrLess", c.moreOrLessPercent().stripTrailingZeros().toPlainString());
    v.put("hasMoreOrLess", c.moreOrLessPercent().signum() > 0);
    v.put("tradeTerm", c.incoterm().toDocumentText());
    v.put("paymentTerms", c.paymentTerms().toDocumentText());
    v.put("packing", c.packing().orElse(""));
    v.put("hasPacking", c.packing().isPresent());
    v.put("marks", marks(c.shippingMarks()));
    v.put("latestShipmentDate", c.latestShipmentDate().toString());
    v.put("portOfLoading", c.portOfLoading());
    v.put("destination", c.destination());
    v.put("partialShipments", c.partialShipmentsAllowed() ? "ALLOWED" : "NOT ALLOWED");
    v.put("transshipment", c.transshipmentAllowed() ? "ALLOWED" : "NOT ALLOWED");
    v.put("insurance", c.insurance().orElse(""));
    v.put("hasInsurance", c.insurance().isPresent());
    return v;
  }

  /** The view of a proforma invoice. */
  public static Map<String, Object> of(ProformaInvoice p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", ProformaInvoice.TITLE);
    v.put("number", p.number());
    v.put("date", p.date().toString());
    v.put("contractNumber", p.contractNumber());
    v.put("seller", party(p.seller()));
    v.put("buyer", party(p.buyer()));
    goods(v, p.lines(), p.total(), p.totalInWords());
    v.put("tradeTerm", p.incoterm().toDocumentText());
    v.put("paymentTerms", p.paymentTerms().toDocumentText());
    List<Map<String, Object>> parts = new ArrayList<>();
    for (int i = 0; i < p.instalmentAmounts().size(); i++) {
      Map<String, Object> part = new LinkedHashMap<>();
      String label = i < p.paymentTerms().instalments().size()
          ? p.paymentTerms().instalments().get(i).method().documentText() + " " + p.paymentTerms().instalments().get(i).percent().toPlainString() + "%"
          : "#" + (i + 1);
      part.put("label", label);
      part.put("amount", money(p.instalmentAmounts().get(i)));
      parts.add(part);
    }
    v.put("instalments", parts);
    v.put("validUntil", p.validUntil().map(Object::toString).orElse(""));
    v.put("hasValidUntil", p.validUntil().isPresent());
    v.put("latestShipmentDate", p.latestShipmentDate().toString());
    v.put("portOfLoading", p.portOfLoading());
    v.put("destination", p.destination());
    v.put("bankDetails", p.bankDetails().orElse(""));
    v.put("hasBankDetails", p.bankDetails().isPresent());
    return v;
  }

  /** The view of a commercial invoice. */
  public static Map<String, Object> of(CommercialInvoice ci) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", ci.title());
    v.put("number", ci.number());
    v.put("date", ci.date().toString());
    v.put("contractNumber", ci.contractNumber());
    v.put("lcNumber", ci.lcNumber().orElse(""));
    v.put("hasLcNumber", ci.lcNumber().isPresent());
    v.put("seller", party(ci.seller()));
    v.put("buyer", party(ci.buyer()));
    goods(v, ci.lines(), ci.total(), ci.totalInWords());
    v.put("hasDeposit", ci.depositDeducted().isPresent());
    v.put("deposit", ci.depositDeducted().map(Views::money).orElse(""));
    v.put("amountDue", money(ci.amountDue()));
    v.put("tradeTerm", ci.incoterm().toDocumentText());
    v.put("portOfLoading", ci.portOfLoading());
    v.put("destination", ci.destination());
    v.put("vessel", ci.vessel().orElse(""));
    v.put("hasVessel", ci.vessel().isPresent());
    v.put("shipmentDate", ci.shipmentDate().map(Object::toString).orElse(""));
    v.put("hasShipmentDate", ci.shipmentDate().isPresent());
    v.put("marks", marks(ci.shippingMarks()));
    v.put("totalPackages", String.valueOf(ci.totalPackages()));
    v.put("netWeight", weight(ci.netWeight()));
    v.put("grossWeight", weight(ci.grossWeight()));
    v.put("measurement", cbm(ci.measurement()));
    v.put("origin", ci.countryOfOrigin().englishName().toUpperCase(Locale.ROOT));
    return v;
  }

  /** The view of a packing list. */
  public static Map<String, Object> of(PackingList pl) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", pl.number());
    v.put("date", pl.date().toString());
    v.put("invoiceNumber", pl.invoiceNumber());
    v.put("seller", party(pl.seller()));
    v.put("buyer", party(pl.buyer()));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (PackingListLine l : pl.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("cartonRange", l.cartonRange());
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("unitsPerCarton", String.valueOf(l.unitsPerCarton()));
      m.put("cartons", String.valueOf(l.cartons()));
      m.put("quantity", quantity(l.quantity()));
      m.put("netWeight", weight(l.netWeight()));
      m.put("grossWeight", weight(l.grossWeight()));
      m.put("measurement", cbm(l.measurement()));
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("marks", marks(pl.shippingMarks()));
    v.put("totalPackages", String.valueOf(pl.totalPackages()));
    v.put("totalNetWeight", weight(pl.totalNetWeight()));
    v.put("totalGrossWeight", weight(pl.totalGrossWeight()));
    v.put("totalMeasurement", cbm(pl.totalMeasurement()));
    v.put("portOfLoading", pl.portOfLoading());
    v.put("destination", pl.destination());
    return v;
  }

  /** The view of a booking request. */
  public static Map<String, Object> of(BookingRequest b) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", b.number());
    v.put("date", b.date().toString());
    v.put("invoiceNumber", b.invoiceNumber());
    v.put("shipper", party(b.shipper()));
    v.put("consignee", party(b.consignee()));
    v.put("portOfLoading", b.portOfLoading());
    v.put("destination", b.destination());
    v.put("etd", b.etd().toString());
    v.put("mode", b.mode() == org.gendan.core.order.ShipmentMode.SEA_FCL ? "FCL 整柜" : "LCL 拼箱");
    List<String> containers = new ArrayList<>();
    b.containers().forEach((t, n) -> containers.add(n + " x " + t.code()));
    v.put("containers", containers);
    v.put("totalPackages", String.valueOf(b.totalPackages()));
    v.put("grossWeight", weight(b.grossWeight()));
    v.put("measurement", cbm(b.measurement()));
    v.put("marks", marks(b.shippingMarks()));
    v.put("goodsDescription", b.goodsDescription());
    v.put("hsCodes", b.hsCodes().stream().map(h -> h.toDocumentText()).toList());
    v.put("remarks", b.remarks().orElse(""));
    v.put("hasRemarks", b.remarks().isPresent());
    return v;
  }

  /** The view of a quotation. */
  public static Map<String, Object> of(Quotation q) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", q.number());
    v.put("date", q.date().toString());
    v.put("validUntil", q.validUntil().toString());
    v.put("seller", party(q.seller()));
    v.put("buyer", party(q.buyer()));
    v.put("tradeTerm", q.incoterm().toDocumentText());
    v.put("currency", q.currency().getCurrencyCode());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (org.gendan.documents.model.QuotationLine l : q.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("price", price(l.price()));
      m.put("moq", l.moq().map(Views::quantity).orElse(""));
      m.put("packing", l.packing().orElse(""));
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("paymentTerms", q.paymentTerms().map(t -> t.toDocumentText()).orElse(""));
    v.put("hasPaymentTerms", q.paymentTerms().isPresent());
    v.put("remarks", q.remarks().orElse(""));
    v.put("hasRemarks", q.remarks().isPresent());
    return v;
  }

  private static void goods(Map<String, Object> v, List<GoodsLine> goods, Money total, String words) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (GoodsLine l : goods) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("hsCode", l.hsCode().map(h -> h.toDocumentText()).orElse(""));
      m.put("quantity", quantity(l.quantity()));
      m.put("unitPrice", price(l.unitPrice()));
      m.put("amount", money(l.amount()));
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("currency", total.currency().getCurrencyCode());
    v.put("total", money(total));
    v.put("totalInWords", words);
  }

  static Map<String, Object> party(DocumentParty p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("address", p.address().orElse(""));
    m.put("hasAddress", p.address().isPresent());
    m.put("country", p.country().englishName().toUpperCase(Locale.ROOT));
    return m;
  }

  static List<String> marks(ShippingMarks marks) {
    return List.of(ShippingMarkText.toDocumentText(marks).split("\n"));
  }

  /** An amount with thousands separators: {@code USD 24,090.00}. */
  public static String money(Money m) {
    return m.currency().getCurrencyCode() + " " + grouped(m.amount());
  }

  static String price(UnitPrice p) {
    return p.currency().getCurrencyCode() + " " + grouped(p.amount());
  }

  static String quantity(Quantity q) {
    return grouped(q.value()) + " " + q.unit();
  }

  static String weight(Quantity q) {
    return grouped(q.to(Unit.KG).value().setScale(2, RoundingMode.HALF_UP)) + " KGS";
  }

  static String cbm(Quantity q) {
    return grouped(q.to(Unit.CBM).value().setScale(3, RoundingMode.HALF_UP)) + " CBM";
  }

  static String grouped(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(Math.max(0, v.scale()));
    f.setMaximumFractionDigits(Math.max(0, v.scale()));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(v);
  }
}

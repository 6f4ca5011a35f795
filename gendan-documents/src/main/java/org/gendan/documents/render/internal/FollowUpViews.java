package org.gendan.documents.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gendan.documents.model.ApplicationLine;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.InspectionApplication;
import org.gendan.documents.model.OriginApplication;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.model.PurchaseContract;
import org.gendan.documents.model.ShipmentNotice;
import org.gendan.core.order.OriginCertificate;

/** The template views of the follow-up documents, formatted like {@link Views}. */
public final class FollowUpViews {

  private FollowUpViews() {}

  /** The view of a purchase contract. */
  public static Map<String, Object> of(PurchaseContract c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", c.number());
    v.put("date", c.date().toString());
    v.put("buyer", Views.party(c.buyer()));
    v.put("factory", Views.party(c.factory()));
    v.put("salesContractNumber", c.salesContractNumber());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (GoodsLine l : c.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("quantity", Views.quantity(l.quantity()));
      m.put("unitPrice", Views.price(l.unitPrice()));
      m.put("amount", Views.money(l.amount()));
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("currency", c.currency().getCurrencyCode());
    v.put("total", Views.money(c.total()));
    v.put("totalInWords", c.totalInWords());
    v.put("vatPercent", c.vatPercent().stripTrailingZeros().toPlainString());
    v.put("deliveryDate", c.deliveryDate().toString());
    v.put("deliveryPlace", c.deliveryPlace());
    v.put("packing", c.packing().orElse(""));
    v.put("hasPacking", c.packing().isPresent());
    v.put("marks", Views.marks(c.shippingMarks()));
    v.put("qualityClause", c.qualityClause());
    v.put("paymentTerms", c.paymentTerms());
    return v;
  }

  /** The view of a shipment notice. */
  public static Map<String, Object> of(ShipmentNotice n) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", n.number());
    v.put("date", n.date().toString());
    v.put("contractNumber", n.contractNumber());
    v.put("invoiceNumber", n.invoiceNumber());
    v.put("customer", Views.party(n.customer()));
    List<Map<String, Object>> lines = new ArrayList<>();
    for (PackingListLine l : n.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("quantity", Views.quantity(l.quantity()));
      m.put("cartons", String.valueOf(l.cartons()));
      m.put("cartonRange", l.cartonRange());
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("totalPackages", String.valueOf(n.totalPackages()));
    v.put("grossWeight", Views.weight(n.grossWeight()));
    v.put("measurement", Views.cbm(n.measurement()));
    v.put("marks", Views.marks(n.shippingMarks()));
    v.put("portOfLoading", n.portOfLoading());
    v.put("destination", n.destination());
    v.put("loadingDate", n.loadingDate().toString());
    v.put("etd", n.etd().toString());
    v.put("bookingReference", n.bookingReference().orElse(""));
    v.put("hasBookingReference", n.bookingReference().isPresent());
    v.put("vessel", n.vessel().orElse(""));
    v.put("hasVessel", n.vessel().isPresent());
    v.put("containers", n.containers());
    v.put("hasContainers", !n.containers().isEmpty());
    v.put("recipients", n.recipients());
    return v;
  }

  /** The view of a statutory inspection application. */
  public static Map<String, Object> of(InspectionApplication a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", a.number());
    v.put("date", a.date().toString());
    v.put("applicant", Views.party(a.applicant()));
    v.put("manufacturer", a.manufacturer());
    v.put("contractNumber", a.contractNumber());
    v.put("invoiceNumber", a.invoiceNumber());
    v.put("lines", lines(a.lines()));
    v.put("totalAmount", Views.money(a.totalAmount()));
    v.put("totalPackages", String.valueOf(a.totalPackages()));
    v.put("grossWeight", Views.weight(a.grossWeight()));
    v.put("destinationCountry", a.destinationCountry().value() + " " + a.destinationCountry().englishName().toUpperCase(java.util.Locale.ROOT));
    v.put("portOfLoading", a.portOfLoading());
    v.put("destination", a.destination());
    v.put("plannedShipmentDate", a.plannedShipmentDate().toString());
    v.put("applyFrom", a.applyFrom().toString());
    v.put("applyBy", a.applyBy().toString());
    v.put("isLate", a.isLate());
    v.put("voucherFirstItem", a.voucherFirstItem());
    return v;
  }

  /** The view of a certificate-of-origin application. */
  public static Map<String, Object> of(OriginApplication a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", a.number());
    v.put("date", a.date().toString());
    v.put("form", a.form() == OriginCertificate.FORM_A ? "普惠制产地证 GSP FORM A" : "一般原产地证 CERTIFICATE OF ORIGIN (GENERAL)");
    v.put("issuingBody", a.issuingBody());
    v.put("exporter", Views.party(a.exporter()));
    v.put("consignee", Views.party(a.consignee()));
    v.put("transport", a.transport());
    v.put("destinationCountry", a.destinationCountry().value() + " " + a.destinationCountry().englishName().toUpperCase(java.util.Locale.ROOT));
    v.put("marks", Views.marks(a.shippingMarks()));
    v.put("lines", lines(a.lines()));
    v.put("totalPackages", String.valueOf(a.totalPackages()));
    v.put("grossWeight", Views.weight(a.grossWeight()));
    v.put("invoiceNumber", a.invoiceNumber());
    v.put("invoiceDate", a.invoiceDate().toString());
    v.put("originCriterion", a.originCriterion().orElse(""));
    v.put("hasOriginCriterion", a.originCriterion().isPresent());
    v.put("plannedShipmentDate", a.plannedShipmentDate().toString());
    v.put("applyBy", a.applyBy().toString());
    return v;
  }

  private static List<Map<String, Object>> lines(List<ApplicationLine> lines) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ApplicationLine l : lines) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("nameZh", l.nameZh());
      m.put("description", l.description());
      m.put("hsCode", l.hsCode().map(h -> h.toDocumentText()).orElse(""));
      m.put("quantity", Views.quantity(l.quantity()));
      m.put("amount", Views.money(l.amount()));
      m.put("packages", String.valueOf(l.packages()));
      out.add(m);
    }
    return out;
  }
}

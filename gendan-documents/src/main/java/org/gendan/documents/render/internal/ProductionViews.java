package org.gendan.documents.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gendan.documents.model.DelayEntry;
import org.gendan.documents.model.DelayReport;
import org.gendan.documents.model.FlowCard;
import org.gendan.documents.model.FlowCardStep;
import org.gendan.documents.model.MaterialRequirement;
import org.gendan.documents.model.PaymentLine;
import org.gendan.documents.model.ProductionOrder;
import org.gendan.documents.model.ProductionOrderLine;
import org.gendan.documents.model.ReconciliationLine;
import org.gendan.documents.model.ReconciliationStatement;

/** The template views of the production and account documents, formatted like {@link Views}; times as yyyy-MM-ddTHH:mm. */
public final class ProductionViews {

  private ProductionViews() {}

  /** The view of a production order. */
  public static Map<String, Object> of(ProductionOrder p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", p.number());
    v.put("date", p.date().toString());
    v.put("orderId", p.orderId());
    v.put("revision", String.valueOf(p.revision()));
    v.put("customerCode", p.customerCode());
    v.put("customerPoNumber", p.customerPoNumber().orElse(""));
    v.put("deliveryDate", p.deliveryDate().toString());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ProductionOrderLine l : p.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lineNo", String.valueOf(l.lineNo()));
      m.put("sku", l.sku().value());
      m.put("description", l.description());
      m.put("attributes", l.attributes());
      m.put("quantity", Views.quantity(l.quantity()));
      m.put("deliveryDate", l.deliveryDate().toString());
      m.put("customerItemRef", l.customerItemRef().orElse(""));
      lines.add(m);
    }
    v.put("lines", lines);
    v.put("requirements", p.requirements());
    v.put("marks", Views.marks(p.shippingMarks()));
    List<Map<String, Object>> materials = new ArrayList<>();
    for (MaterialRequirement r : p.materials()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sku", r.sku().value());
      m.put("quantity", Views.quantity(r.quantity()));
      m.put("supplyKind", r.supplyKind());
      m.put("supplyId", r.supplyId());
      m.put("needDate", r.needDate().toString());
      materials.add(m);
    }
    v.put("materials", materials);
    v.put("hasMaterials", !materials.isEmpty());
    return v;
  }

  /** The view of a flow card. */
  public static Map<String, Object> of(FlowCard c) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", c.number());
    v.put("date", c.date().toString());
    v.put("productionOrderNumber", c.productionOrderNumber());
    v.put("orderId", c.orderId());
    v.put("lineNo", String.valueOf(c.lineNo()));
    v.put("sku", c.sku().value());
    v.put("description", c.description());
    v.put("quantity", Views.quantity(c.quantity()));
    v.put("due", c.due().toString());
    v.put("plannedCompletion", c.plannedCompletion().toString());
    v.put("isLate", c.isLate());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (FlowCardStep s : c.steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", String.valueOf(s.step()));
      m.put("operation", s.operation());
      m.put("line", s.line());
      m.put("plannedStart", s.plannedStart().toString());
      m.put("plannedEnd", s.plannedEnd().toString());
      m.put("workMinutes", String.valueOf(s.workMinutes()));
      steps.add(m);
    }
    v.put("steps", steps);
    return v;
  }

  /** The view of a delay report. */
  public static Map<String, Object> of(DelayReport r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", r.number());
    v.put("date", r.date().toString());
    v.put("scheduleMethod", r.scheduleMethod());
    v.put("jobsScheduled", String.valueOf(r.jobsScheduled()));
    v.put("lateJobs", String.valueOf(r.entries().size()));
    v.put("hasEntries", !r.entries().isEmpty());
    List<Map<String, Object>> entries = new ArrayList<>();
    for (DelayEntry e : r.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("orderId", e.orderId());
      m.put("lineNo", String.valueOf(e.lineNo()));
      m.put("sku", e.sku().value());
      m.put("due", e.due().toString());
      m.put("plannedCompletion", e.plannedCompletion().toString());
      m.put("daysLate", String.valueOf(e.daysLate()));
      m.put("hoursLate", String.valueOf((e.latenessMinutes() + 59) / 60));
      m.put("reason", e.reason());
      entries.add(m);
    }
    v.put("entries", entries);
    return v;
  }

  /** The view of a reconciliation statement. */
  public static Map<String, Object> of(ReconciliationStatement s) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", s.number());
    v.put("asOf", s.asOf().toString());
    v.put("seller", Views.party(s.seller()));
    v.put("customer", Views.party(s.customer()));
    v.put("currency", s.currency().getCurrencyCode());
    List<Map<String, Object>> orders = new ArrayList<>();
    for (ReconciliationLine l : s.orders()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("orderId", l.orderId());
      m.put("customerPo", l.customerPo().orElse(""));
      m.put("orderDate", l.orderDate().toString());
      m.put("status", l.status());
      m.put("ordered", Views.money(l.ordered()));
      m.put("shippedOn", l.shippedOn().map(Object::toString).orElse(""));
      m.put("shipped", l.shipped().map(Views::money).orElse(""));
      m.put("invoiced", Views.money(l.invoiced()));
      m.put("received", Views.money(l.received()));
      m.put("outstanding", Views.money(l.outstanding()));
      orders.add(m);
    }
    v.put("orders", orders);
    List<Map<String, Object>> payments = new ArrayList<>();
    for (PaymentLine p : s.payments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("date", p.date().toString());
      m.put("orderId", p.orderId());
      m.put("kind", p.kind());
      m.put("amount", Views.money(p.amount()));
      payments.add(m);
    }
    v.put("payments", payments);
    v.put("hasPayments", !payments.isEmpty());
    v.put("totalInvoiced", Views.money(s.totalInvoiced()));
    v.put("totalReceived", Views.money(s.totalReceived()));
    v.put("balance", Views.money(s.balance()));
    return v;
  }
}

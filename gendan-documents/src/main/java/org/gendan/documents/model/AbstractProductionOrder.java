package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Ids;
import org.gendan.core.order.ShippingMarks;
import org.immutables.value.Value;

/**
 * A production order (生产单 / 生产任务单): every customer requirement written out for production — the
 * lines with attributes and delivery dates, packing, marks, sample, inspection and release conditions,
 * remarks — and the material list from the MRP result (物料清单, pegged to the order). An amended order
 * is re-issued with a higher revision; a cancelled one is recalled. Build with
 * {@code ProductionOrder.builder()} or {@link ProductionDocuments#productionOrder}.
 */
@Value.Immutable
@JsonSerialize(as = ProductionOrder.class)
@JsonDeserialize(as = ProductionOrder.class)
abstract class AbstractProductionOrder {

  /** The production order number. */
  public abstract String number();

  /** The date of issue. */
  public abstract LocalDate date();

  /** The customer order it is made for. */
  public abstract String orderId();

  /** The order revision it was made from (0 = original). */
  public abstract int revision();

  /** The customer's code (production usually sees the code, not the name). */
  public abstract String customerCode();

  /** The customer's PO number. */
  public abstract Optional<String> customerPoNumber();

  /** What to make. */
  public abstract List<ProductionOrderLine> lines();

  /** Every customer requirement, one per entry, bilingual. */
  public abstract List<String> requirements();

  /** The shipping marks to print on the cartons. */
  public abstract ShippingMarks shippingMarks();

  /** The materials the order needs, from MRP pegging. */
  public abstract List<MaterialRequirement> materials();

  /** The last delivery date of the order. */
  public abstract LocalDate deliveryDate();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "production order number");
    DocumentChecks.number(orderId(), "order id");
    DocumentChecks.number(customerCode(), "customer code");
    customerPoNumber().ifPresent(n -> Ids.requireText(n, "customer PO number", 64));
    if (revision() < 0) {
      throw new IllegalArgumentException("revision must not be negative: " + revision());
    }
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("production order " + number() + " has no lines");
    }
    if (lines().size() > DocumentChecks.MAX_LINES || materials().size() > 100_000) {
      throw new IllegalArgumentException("production order " + number() + " has too many lines or materials");
    }
    Set<Integer> seen = new HashSet<>();
    for (ProductionOrderLine l : lines()) {
      if (!seen.add(l.lineNo())) {
        throw new IllegalArgumentException("production order " + number() + ": line number " + l.lineNo() + " appears twice");
      }
    }
    requirements().forEach(r -> Ids.requireNonBlankText(r, "requirement", 2000));
  }
}

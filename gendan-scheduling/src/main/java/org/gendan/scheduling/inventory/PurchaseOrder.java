package org.gendan.scheduling.inventory;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.Sku;

/**
 * A purchase order line (采购订单) as material follow-up (物料跟单) tracks it: what was ordered from
 * whom, when, and the date the supplier promised (交期).
 *
 * @param id           the purchase order number, unique
 * @param supplier     the supplier
 * @param sku          the material
 * @param quantity     the quantity ordered; positive
 * @param orderDate    the date it was placed
 * @param promisedDate the date the supplier promised delivery; not before the order date
 */
public record PurchaseOrder(String id, SupplierId supplier, Sku sku, Quantity quantity, LocalDate orderDate,
    LocalDate promisedDate) {

  /**
   * Checks the order.
   *
   * @throws IllegalArgumentException if the quantity is not positive or the promised date is before the order date
   */
  public PurchaseOrder {
    Ids.requireValid(id, "purchase order id");
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(orderDate, "orderDate");
    Objects.requireNonNull(promisedDate, "promisedDate");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("purchase order " + id + ": quantity must be positive, got " + quantity);
    }
    if (promisedDate.isBefore(orderDate)) {
      throw new IllegalArgumentException("purchase order " + id + ": promised date " + promisedDate
          + " is before the order date " + orderDate);
    }
  }
}

package org.gendan.scheduling.inventory;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;

/**
 * A goods receipt (收货 / 入库) against a purchase order: a partial or full delivery on a date.
 *
 * @param purchaseOrderId the purchase order received against
 * @param date            the date the goods arrived
 * @param quantity        the quantity received; positive
 */
public record GoodsReceipt(String purchaseOrderId, LocalDate date, Quantity quantity) {

  /** Checks the receipt. @throws IllegalArgumentException if the quantity is not positive */
  public GoodsReceipt {
    Ids.requireValid(purchaseOrderId, "purchase order id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(quantity, "quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("goods receipt for " + purchaseOrderId + ": quantity must be positive, got "
          + quantity);
    }
  }
}

package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.gendan.core.product.Sku;

/**
 * An open purchase order due after the date its material is needed (采购延误): expedite it or buy more.
 *
 * @param purchaseOrderId the open order's id
 * @param sku             the material
 * @param dueDate         the date the supplier promised
 * @param needDate        the date the material is needed
 */
public record LatePurchase(String purchaseOrderId, Sku sku, LocalDate dueDate, LocalDate needDate) {

  /** Checks for nulls. */
  public LatePurchase {
    Objects.requireNonNull(purchaseOrderId, "purchaseOrderId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(needDate, "needDate");
  }

  /** Calendar days the order is due after the need date. */
  public long daysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(needDate, dueDate));
  }
}

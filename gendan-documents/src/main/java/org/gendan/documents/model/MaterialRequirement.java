package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * A material the order needs (辅料/物料清单), from one supply, as found by MRP pegging.
 *
 * @param sku        the material
 * @param quantity   the quantity for this order from this supply; positive
 * @param supplyKind the kind of supply: ON_HAND, SCHEDULED_RECEIPT, PLANNED_ORDER …
 * @param supplyId   ON_HAND, the open order's id or the planned order's id
 * @param needDate   the first day of the period production needs it
 */
public record MaterialRequirement(Sku sku, Quantity quantity, String supplyKind, String supplyId, LocalDate needDate) {
  /** Creates the line. @throws IllegalArgumentException if the quantity is not positive */
  public MaterialRequirement {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Ids.requireNonBlankText(supplyKind, "supply kind", 50);
    Ids.requireNonBlankText(supplyId, "supply id", 200);
    Objects.requireNonNull(needDate, "needDate");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("material " + sku + ": quantity must be positive: " + quantity);
    }
  }
}

package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * One purchased material a customer order needs, from one supply, with the date it is needed and the
 * date it is expected (物料齐套明细).
 *
 * @param sku          the material
 * @param quantity     the quantity for this order from this supply
 * @param supplyKind   on hand, an open order, or a planned order not yet placed
 * @param supplyId     {@code ON_HAND}, the open order's id or the planned order's id
 * @param needDate     when production needs it
 * @param expectedDate when it is expected: today for stock, the due date (or today if overdue) for an open
 *                     order, the planned receipt date (or the late arrival, if past due) for a planned order
 */
public record MaterialLine(Sku sku, Quantity quantity, SupplyKind supplyKind, String supplyId, LocalDate needDate,
    LocalDate expectedDate) {

  /** Checks for nulls. */
  public MaterialLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(supplyKind, "supplyKind");
    Objects.requireNonNull(supplyId, "supplyId");
    Objects.requireNonNull(needDate, "needDate");
    Objects.requireNonNull(expectedDate, "expectedDate");
  }

  /** Calendar days the material is expected after it is needed; 0 if on time. */
  public long daysLate() {
    return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(needDate, expectedDate));
  }

  /** True if it is expected after the date it is needed. */
  public boolean isLate() {
    return expectedDate.isAfter(needDate);
  }
}

package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;

/**
 * An order MRP proposes (计划订单): buy or make {@link #releaseQuantity()} of an item, released in
 * {@link #releasePeriod()} so that {@link #quantity()} good units are received at the start of
 * {@link #receiptPeriod()}, pegged to the demands it serves.
 *
 * @param id                  stable id within the run, {@code SKU/n} in order of receipt period
 * @param sku                 the item
 * @param makeOrBuy           whether it becomes a purchase or a production order
 * @param receiptPeriod       the period it must be available in
 * @param releasePeriod       the period it is released in: the ideal release, or 1 if that is past
 * @param idealReleasePeriod  receipt period minus lead time; below 1 when past due
 * @param receiptDate         first day of the receipt period
 * @param releaseDate         first day of the release period
 * @param quantity            the good quantity received (planned receipt)
 * @param releaseQuantity     the quantity started or ordered: quantity divided by the yield
 * @param pegs                what the received quantity serves; adds up exactly to {@code quantity}
 */
public record PlannedOrder(String id, Sku sku, MakeOrBuy makeOrBuy, int receiptPeriod, int releasePeriod,
    int idealReleasePeriod, LocalDate receiptDate, LocalDate releaseDate, Quantity quantity,
    Quantity releaseQuantity, List<Peg> pegs) {

  /** Copies the pegs and checks for nulls. */
  public PlannedOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(makeOrBuy, "makeOrBuy");
    Objects.requireNonNull(receiptDate, "receiptDate");
    Objects.requireNonNull(releaseDate, "releaseDate");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(releaseQuantity, "releaseQuantity");
    pegs = List.copyOf(pegs);
  }

  /** True if the release should have happened before today (released today, late). */
  public boolean isPastDue() {
    return idealReleasePeriod < 1;
  }
}

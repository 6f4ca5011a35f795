package org.gendan.scheduling.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.Sku;

/**
 * An open order that will bring stock in (在途 / 已下单未到货): an open purchase, production or
 * subcontract order with the quantity still to come and its due date. MRP counts it as available from
 * the start of the period containing its due date, before it plans anything new.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the order number, unique among receipts (e.g. a PO number)
 * @param sku      the item
 * @param quantity the quantity still to come; positive
 * @param due      the date it is due in
 * @param kind     purchase, production or subcontract
 * @param supplier the supplier, for purchase and subcontract orders
 */
public record ScheduledReceipt(
    String id, Sku sku, Quantity quantity, LocalDate due, ReceiptKind kind, Optional<SupplierId> supplier) {

  /**
   * Checks the receipt.
   *
   * @throws IllegalArgumentException if the id is not a usable identifier or the quantity is not positive
   */
  public ScheduledReceipt {
    Ids.requireValid(id, "scheduled receipt id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(supplier, "supplier");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("scheduled receipt " + id + ": quantity must be positive, got " + quantity);
    }
  }

  /** An open purchase order line without a named supplier. */
  public static ScheduledReceipt purchase(String id, Sku sku, Quantity quantity, LocalDate due) {
    return new ScheduledReceipt(id, sku, quantity, due, ReceiptKind.PURCHASE, Optional.empty());
  }

  /** An open purchase order line from {@code supplier}. */
  public static ScheduledReceipt purchase(String id, Sku sku, Quantity quantity, LocalDate due, SupplierId supplier) {
    return new ScheduledReceipt(id, sku, quantity, due, ReceiptKind.PURCHASE, Optional.of(supplier));
  }

  /** An open production order. */
  public static ScheduledReceipt production(String id, Sku sku, Quantity quantity, LocalDate due) {
    return new ScheduledReceipt(id, sku, quantity, due, ReceiptKind.PRODUCTION, Optional.empty());
  }
}

package org.gendan.scheduling.inventory;

import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * The stock of one item at the start of planning (库存): what is on hand and how much of it is already
 * allocated (已分配, e.g. issued to released production orders). MRP nets against
 * {@link #available()} = on hand − allocated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku       the item
 * @param onHand    physical stock; not negative
 * @param allocated stock promised to released orders; not negative, same dimension as on hand
 */
public record InventoryPosition(Sku sku, Quantity onHand, Quantity allocated) {

  /**
   * Checks the position.
   *
   * @throws IllegalArgumentException if a quantity is negative or the units measure different things
   */
  public InventoryPosition {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(onHand, "onHand");
    Objects.requireNonNull(allocated, "allocated");
    if (onHand.isNegative()) {
      throw new IllegalArgumentException("on hand of " + sku + " must not be negative: " + onHand);
    }
    if (allocated.isNegative()) {
      throw new IllegalArgumentException("allocated of " + sku + " must not be negative: " + allocated);
    }
    if (!onHand.unit().isConvertibleTo(allocated.unit())) {
      throw new IllegalArgumentException("on hand (" + onHand.unit() + ") and allocated (" + allocated.unit()
          + ") of " + sku + " measure different things");
    }
  }

  /** A position with nothing allocated. */
  public static InventoryPosition of(Sku sku, Quantity onHand) {
    return new InventoryPosition(sku, onHand, Quantity.zero(onHand.unit()));
  }

  /** On hand minus allocated, in the on-hand unit; negative when more is allocated than on hand. */
  public Quantity available() {
    return onHand.minus(allocated);
  }
}

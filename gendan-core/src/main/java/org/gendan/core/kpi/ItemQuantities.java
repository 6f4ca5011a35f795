package org.gendan.core.kpi;

import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * One row of the quantities by item (按产品下单出货数量汇总表).
 *
 * @param sku     the item
 * @param ordered the quantity ordered
 * @param shipped the quantity shipped (same unit)
 */
public record ItemQuantities(Sku sku, Quantity ordered, Quantity shipped) {

  /** Checks that both quantities are in one unit. */
  public ItemQuantities {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(shipped, "shipped");
    if (ordered.unit() != shipped.unit()) {
      throw new IllegalArgumentException("ordered and shipped quantities must be in one unit: " + ordered + " / " + shipped);
    }
  }

  String key() {
    return sku.value() + '\u0000' + ordered.unit().name();
  }

  ItemQuantities plus(ItemQuantities other) {
    return new ItemQuantities(sku, ordered.plus(other.ordered), shipped.plus(other.shipped));
  }
}

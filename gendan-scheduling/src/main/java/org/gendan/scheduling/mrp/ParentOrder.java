package org.gendan.scheduling.mrp;

import java.util.Objects;
import org.gendan.core.product.Sku;

/**
 * A parent's supply whose dependent requirement a component supply covers (single-level pegging, 上层订单):
 * a planned order of the parent, or a phantom parent's pass-through.
 *
 * @param sku      the parent item
 * @param kind     {@link SupplyKind#PLANNED_ORDER} or {@link SupplyKind#PHANTOM}
 * @param supplyId the parent supply's id ({@code SKU/n})
 */
public record ParentOrder(Sku sku, SupplyKind kind, String supplyId) {

  /** Checks for nulls and that the kind can have components. */
  public ParentOrder {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(supplyId, "supplyId");
    if (kind != SupplyKind.PLANNED_ORDER && kind != SupplyKind.PHANTOM) {
      throw new IllegalArgumentException("a parent supply is a planned order or a phantom pass-through, not " + kind);
    }
  }

  @Override
  public String toString() {
    return supplyId;
  }
}

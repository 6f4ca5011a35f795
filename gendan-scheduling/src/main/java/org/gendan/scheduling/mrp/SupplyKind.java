package org.gendan.scheduling.mrp;

/** Where a pegged quantity comes from. */
public enum SupplyKind {
  /** Stock on hand at the start of planning (现有库存). */
  ON_HAND,
  /** An open purchase or production order (在途). */
  SCHEDULED_RECEIPT,
  /** A planned order proposed by this MRP run (计划订单). */
  PLANNED_ORDER,
  /** A phantom item's requirement passed straight through to its components (虚拟件). */
  PHANTOM
}

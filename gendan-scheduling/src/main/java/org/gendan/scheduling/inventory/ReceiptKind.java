package org.gendan.scheduling.inventory;

/** What kind of open order a scheduled receipt is. */
public enum ReceiptKind {
  /** An open purchase order (采购订单) from a supplier. */
  PURCHASE,
  /** An open production order (生产单) in the own factory. */
  PRODUCTION,
  /** An open subcontract order (外协单). */
  SUBCONTRACT
}

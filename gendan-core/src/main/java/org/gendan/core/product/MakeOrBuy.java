package org.gendan.core.product;

/** Whether an item is made in-house or bought (自制 / 外购). */
public enum MakeOrBuy {
  /** Made in the company's own factory (自制). */
  MAKE,
  /** Bought from a supplier (外购). */
  BUY,
  /** Made by a subcontractor from the company's materials (外协). */
  SUBCONTRACT
}

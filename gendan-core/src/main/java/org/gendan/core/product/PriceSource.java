package org.gendan.core.product;

/** Where a reference price came from, in the order gendan looks for one. */
public enum PriceSource {
  /** The customer's own price list valid on the date (客户价格表). */
  CUSTOMER_PRICE_LIST,
  /** The last price confirmed with this customer for this item (最近确认价). */
  LAST_CONFIRMED,
  /** The default price list valid on the date (标准价格表). */
  DEFAULT_PRICE_LIST
}

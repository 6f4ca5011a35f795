package org.gendan.core.order;

/** Whether the factory makes the goods from its own materials or processes the customer's (订单类型). */
public enum OrderKind {
  /** Own production: the factory buys materials and makes the goods (自营生产). */
  OWN_PRODUCTION,
  /** Processing order (加工单): the customer supplies the main materials; the factory charges processing. */
  PROCESSING
}

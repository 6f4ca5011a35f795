package org.gendan.core.order;

/**
 * Where an order stands in its lifecycle (订单状态). The main path runs from {@link #RECEIVED} to
 * {@link #CLOSED}; {@link #ON_HOLD} pauses it and {@link #CANCELLED} ends it early. Facts that do not
 * move the order along (deposit received, sample approved, voucher received, booked …) are kept on the
 * {@link Order} and checked by the guards.
 */
public enum OrderStatus {
  /** Received (已接单), not yet confirmed in writing. */
  RECEIVED("已接单"),
  /** Confirmed in writing by the customer (已确认). */
  CONFIRMED("已确认"),
  /** Reviewed and accepted (已审单); contract and sample may proceed. */
  REVIEWED("已审单"),
  /** Released to production (已下单生产): production order and flow card issued. */
  IN_PRODUCTION("生产中"),
  /** Production finished (生产完成), awaiting customer QC. */
  PRODUCED("生产完成"),
  /** Customer QC inspection passed (验货通过). */
  INSPECTED("验货通过"),
  /** Customs cleared (已报关). */
  CLEARED("已报关"),
  /** Shipped (已出货): on board, or delivered into the export warehouse for 前程 orders. */
  SHIPPED("已出货"),
  /** Shipping documents sent to the customer or bank (已交单). */
  DOCUMENTS_SENT("已交单"),
  /** Closed (已结案): the scope's last milestone is met. */
  CLOSED("已结案"),
  /** On hold (暂停). */
  ON_HOLD("暂停"),
  /** Cancelled (已取消). */
  CANCELLED("已取消");

  private final String chineseName;

  OrderStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. 生产中. */
  public String chineseName() {
    return chineseName;
  }

  /** True for CLOSED and CANCELLED: nothing more can happen to the order. */
  public boolean isTerminal() {
    return this == CLOSED || this == CANCELLED;
  }

  /** True once the goods have left (SHIPPED or later on the main path). */
  public boolean isShipped() {
    return this == SHIPPED || this == DOCUMENTS_SENT || this == CLOSED;
  }

  /** True once production has been released (IN_PRODUCTION or later on the main path). */
  public boolean isReleased() {
    return ordinal() >= IN_PRODUCTION.ordinal() && ordinal() <= CLOSED.ordinal();
  }
}

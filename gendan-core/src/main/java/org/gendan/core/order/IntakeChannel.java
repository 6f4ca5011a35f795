package org.gendan.core.order;

/** How an order arrived (接单方式). A verbal order must be turned into a written one. */
public enum IntakeChannel {
  /** By telephone or in person (口头订单); not written. */
  PHONE,
  /** By fax (传真). */
  FAX,
  /** By e-mail (邮件). */
  EMAIL,
  /** By post (邮寄). */
  POST,
  /** By electronic data interchange from the customer's system. */
  EDI,
  /** Through an online ordering system (订货系统). */
  ONLINE;

  /** True if the order was given verbally and needs a written confirmation (转成书面订单). */
  public boolean isVerbal() {
    return this == PHONE;
  }
}

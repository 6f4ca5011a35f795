package org.gendan.core.order;

/**
 * How far the 跟单员 follows the order (跟单范围). The scope decides which milestones the order must
 * pass before it can be closed.
 */
public enum FollowUpScope {
  /** 前程跟单: until the goods are delivered into the named export warehouse (closes after shipment from the factory). */
  TO_EXPORT_WAREHOUSE,
  /** 中程跟单: until the goods are cleared by customs and loaded (closes after customs clearance and shipment). */
  TO_CUSTOMS_AND_LOADING,
  /** 全程跟单: until the payment has arrived and the contract is fully performed (closes when paid in full). */
  TO_PAYMENT;

  /** True if customs clearance and loading are part of this scope. */
  public boolean includesCustoms() {
    return this != TO_EXPORT_WAREHOUSE;
  }

  /** True if documents and payment collection are part of this scope. */
  public boolean includesPayment() {
    return this == TO_PAYMENT;
  }
}

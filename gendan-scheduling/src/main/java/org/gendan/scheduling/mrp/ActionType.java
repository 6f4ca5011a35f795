package org.gendan.scheduling.mrp;

/** What an action message asks the planner or 跟单员 to do. */
public enum ActionType {
  /** Release a planned order today (下达). */
  RELEASE,
  /** Release a planned order today although its release date has passed; names the orders at risk. */
  PAST_DUE_RELEASE,
  /** Bring an open order in earlier (催货 / 提前): it is overdue or needed before its due date. */
  EXPEDITE,
  /** Move an open order out (推迟): it is not needed until later. */
  DEFER,
  /** Cancel an open order that nothing needs (取消). */
  CANCEL,
  /** A customer-order line will be short of a material on its need date (缺料). */
  SHORTAGE
}

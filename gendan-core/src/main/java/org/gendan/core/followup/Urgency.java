package org.gendan.core.followup;

/**
 * How urgent a worklist entry is, most urgent first (the order of the daily list, 日清日结).
 */
public enum Urgency {
  /** The milestone's date has passed and it is not met (逾期). */
  OVERDUE("逾期"),
  /** The milestone is due today (今日到期). */
  DUE_TODAY("今日到期"),
  /**
   * The order's delivery is threatened: an earlier milestone is overdue, so the shipment date is at
   * risk and should be escalated (交期风险).
   */
  AT_RISK("交期风险"),
  /** The milestone falls due within the look-ahead window (本周到期). */
  DUE_SOON("本周到期");

  private final String chineseName;

  Urgency(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. 逾期. */
  public String chineseName() {
    return chineseName;
  }
}

package org.gendan.scheduling.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The purchasing KPIs of material follow-up over a date range (inclusive).
 *
 * <ul>
 *   <li>On-time arrival rate (到货及时率) = goods-receipt lines dated in the range that arrived on or
 *       before their purchase order's promised date ÷ all goods-receipt lines dated in the range. Early
 *       arrivals count as on time.
 *   <li>Purchase-order on-time execution rate (采购订单执行及时率) = purchase orders whose promised date
 *       lies in the range and is not after "today" that were received in full by the promised date ÷ all
 *       such purchase orders.
 * </ul>
 * Rates are fractions between 0 and 1 rounded half-up to 4 decimals, and empty when nothing was counted.
 *
 * @param from                 first day of the range
 * @param to                   last day of the range
 * @param receiptLines         goods-receipt lines counted
 * @param onTimeReceiptLines   of which on time
 * @param purchaseOrdersDue    purchase orders due in the range (up to today)
 * @param purchaseOrdersOnTime of which received in full by their promised date
 */
public record PurchasingKpis(LocalDate from, LocalDate to, int receiptLines, int onTimeReceiptLines,
    int purchaseOrdersDue, int purchaseOrdersOnTime) {

  /** Checks the counts. @throws IllegalArgumentException if a count is negative or a part exceeds its whole */
  public PurchasingKpis {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (receiptLines < 0 || onTimeReceiptLines < 0 || onTimeReceiptLines > receiptLines
        || purchaseOrdersDue < 0 || purchaseOrdersOnTime < 0 || purchaseOrdersOnTime > purchaseOrdersDue) {
      throw new IllegalArgumentException("inconsistent KPI counts");
    }
  }

  /** 到货及时率, empty if no goods were received in the range. */
  public Optional<BigDecimal> onTimeArrivalRate() {
    return rate(onTimeReceiptLines, receiptLines);
  }

  /** 采购订单执行及时率, empty if no purchase order fell due in the range. */
  public Optional<BigDecimal> onTimeExecutionRate() {
    return rate(purchaseOrdersOnTime, purchaseOrdersDue);
  }

  private static Optional<BigDecimal> rate(int part, int whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP));
  }
}

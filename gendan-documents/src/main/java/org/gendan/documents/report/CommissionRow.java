package org.gendan.documents.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.gendan.core.money.Money;

/**
 * One line of the commission report (提成报表): the commission a sales rep earns on the money collected
 * on one order (回款提成).
 *
 * @param salesRep    the sales rep
 * @param customerId  the customer
 * @param orderId     the order
 * @param basis       the payments received on the order
 * @param ratePercent the commission rate in percent
 * @param commission  basis × rate / 100, HALF_UP at the currency's scale
 */
public record CommissionRow(String salesRep, String customerId, String orderId, Money basis, BigDecimal ratePercent, Money commission)
    implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("业务员 Sales rep", "客户编号 Customer ID", "订单 Order", "币种 Currency",
      "回款 Received", "提成比例% Rate %", "提成 Commission");

  /** Checks for nulls. */
  public CommissionRow {
    Objects.requireNonNull(salesRep, "salesRep");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(ratePercent, "ratePercent");
    Objects.requireNonNull(commission, "commission");
  }

  @Override
  public List<String> cells() {
    return List.of(salesRep, customerId, orderId, basis.currency().getCurrencyCode(), basis.amount().toPlainString(),
        ratePercent.stripTrailingZeros().toPlainString(), commission.amount().toPlainString());
  }
}

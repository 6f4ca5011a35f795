package org.gendan.documents.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.gendan.core.money.Money;

/**
 * One line of the monthly order/shipment amounts by customer (按客户下单出货月金额汇总表).
 *
 * @param customerId   the customer's id
 * @param customerName the customer's name (the id when unknown)
 * @param month        the month
 * @param ordered      the amount ordered in the month (by order date)
 * @param shipped      the amount shipped in the month (by shipment date)
 */
public record MonthlyAmountRow(String customerId, String customerName, YearMonth month, Money ordered, Money shipped) implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("客户编号 Customer ID", "客户 Customer", "月份 Month", "币种 Currency",
      "下单金额 Ordered", "出货金额 Shipped");

  /** Checks for nulls. */
  public MonthlyAmountRow {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(shipped, "shipped");
  }

  @Override
  public List<String> cells() {
    return List.of(customerId, customerName, month.toString(), ordered.currency().getCurrencyCode(), ordered.amount().toPlainString(),
        shipped.amount().toPlainString());
  }
}

package org.gendan.documents.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.money.Money;

/**
 * One payment received (货款回笼记录).
 *
 * @param date       the day it was recorded
 * @param customerId the customer
 * @param orderId    the order
 * @param kind       DEPOSIT 订金 or BALANCE 尾款
 * @param amount     the amount
 */
public record PaymentReceipt(LocalDate date, String customerId, String orderId, String kind, Money amount) implements CsvRow {
  /** The CSV header. */
  public static final List<String> HEADER = List.of("日期 Date", "客户编号 Customer ID", "订单 Order", "类别 Kind", "币种 Currency", "金额 Amount");

  /** Checks for nulls. */
  public PaymentReceipt {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
  }

  @Override
  public List<String> cells() {
    return List.of(date.toString(), customerId, orderId, kind, amount.currency().getCurrencyCode(), amount.amount().toPlainString());
  }
}

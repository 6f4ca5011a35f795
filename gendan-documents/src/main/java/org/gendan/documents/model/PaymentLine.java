package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;

/**
 * One payment received (货款回笼), as recorded on the order.
 *
 * @param date    the day it was recorded
 * @param orderId the order it was paid for
 * @param kind    DEPOSIT 订金 or BALANCE 尾款
 * @param amount  the amount; positive
 */
public record PaymentLine(LocalDate date, String orderId, String kind, Money amount) {
  /** Creates the line. @throws IllegalArgumentException if the amount is not positive */
  public PaymentLine {
    Objects.requireNonNull(date, "date");
    Ids.requireValid(orderId, "order id");
    Ids.requireNonBlankText(kind, "kind", 50);
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment for " + orderId + " must be positive: " + amount);
    }
  }
}

package org.gendan.core.kpi;

import java.time.YearMonth;
import java.util.Objects;
import org.gendan.core.money.Money;
import org.gendan.core.party.CustomerId;

/**
 * One row of the monthly order/shipment amounts by customer (按客户下单出货月金额汇总表).
 *
 * @param customerId the customer
 * @param month      the month
 * @param ordered    the total of the orders placed in the month
 * @param shipped    the amount shipped in the month (same currency)
 */
public record CustomerMonthAmounts(CustomerId customerId, YearMonth month, Money ordered, Money shipped) {

  /** Checks that both amounts are in one currency. */
  public CustomerMonthAmounts {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(shipped, "shipped");
    if (!ordered.isSameCurrency(shipped)) {
      throw new IllegalArgumentException("ordered and shipped amounts must be in one currency: " + ordered + " / " + shipped);
    }
  }

  String key() {
    return customerId.value() + '\u0000' + month + '\u0000' + ordered.currency().getCurrencyCode();
  }

  CustomerMonthAmounts plus(CustomerMonthAmounts other) {
    return new CustomerMonthAmounts(customerId, month, ordered.plus(other.ordered), shipped.plus(other.shipped));
  }
}

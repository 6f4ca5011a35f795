package org.gendan.core.kpi;

import java.util.Objects;
import org.gendan.core.money.Money;
import org.gendan.core.party.CustomerId;

/**
 * Payments of one customer in one currency (货款回笼记录).
 *
 * @param customerId the customer
 * @param ordered    the total of the customer's orders that are not cancelled
 * @param received   the payments received
 */
public record CustomerPayments(CustomerId customerId, Money ordered, Money received) {

  /** Checks that both amounts are in one currency. */
  public CustomerPayments {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(received, "received");
    if (!ordered.isSameCurrency(received)) {
      throw new IllegalArgumentException("ordered and received amounts must be in one currency: " + ordered + " / " + received);
    }
  }

  /** What is still to be received: ordered less received (negative if overpaid). */
  public Money outstanding() {
    return ordered.minus(received);
  }

  String key() {
    return customerId.value() + '\u0000' + ordered.currency().getCurrencyCode();
  }

  CustomerPayments plus(CustomerPayments other) {
    return new CustomerPayments(customerId, ordered.plus(other.ordered), received.plus(other.received));
  }
}

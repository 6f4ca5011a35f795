package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;

/**
 * One order on a reconciliation statement.
 *
 * @param orderId         the order
 * @param customerPo      the customer's PO number, if any
 * @param orderDate       the order date
 * @param status          the order's status (English and Chinese)
 * @param ordered         the order total
 * @param shippedOn       the shipment date, once shipped
 * @param shipped         the invoice value shipped, once shipped
 * @param invoiced        what the customer owes for the order: the shipped value, the order total before
 *                        shipment, zero for a cancelled order
 * @param received        payments received
 * @param outstanding     invoiced − received (negative if overpaid)
 */
public record ReconciliationLine(String orderId, Optional<String> customerPo, LocalDate orderDate, String status, Money ordered,
    Optional<LocalDate> shippedOn, Optional<Money> shipped, Money invoiced, Money received, Money outstanding) {
  /** Creates the line. @throws IllegalArgumentException if the amounts do not add up or mix currencies */
  public ReconciliationLine {
    Ids.requireValid(orderId, "order id");
    Objects.requireNonNull(customerPo, "customerPo");
    Objects.requireNonNull(orderDate, "orderDate");
    Ids.requireNonBlankText(status, "status", 100);
    Objects.requireNonNull(ordered, "ordered");
    Objects.requireNonNull(shippedOn, "shippedOn");
    Objects.requireNonNull(shipped, "shipped");
    Objects.requireNonNull(invoiced, "invoiced");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(outstanding, "outstanding");
    for (Money m : new Money[] {invoiced, received, outstanding}) {
      if (!m.isSameCurrency(ordered)) {
        throw new CurrencyMismatchException(ordered.currency(), m.currency());
      }
    }
    if (!invoiced.minus(received).equals(outstanding)) {
      throw new IllegalArgumentException("order " + orderId + ": outstanding " + outstanding + " is not invoiced " + invoiced + " - received " + received);
    }
  }
}

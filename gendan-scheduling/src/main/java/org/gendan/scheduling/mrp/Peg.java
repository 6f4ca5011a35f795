package org.gendan.scheduling.mrp;

import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;

/**
 * A quantity of a supply traced to what it serves (追溯): an independent demand (a customer-order line
 * or forecast), or stock kept (safety stock, a lot-size remainder, stock already allocated before
 * planning) when {@link #demand()} is empty.
 *
 * @param demand   the demand served; empty for stock kept
 * @param orderId  the customer order of the demand, if it is an order line
 * @param lineNo   the order line number, if it is an order line
 * @param quantity the quantity, in the supplied item's planning unit; positive
 */
public record Peg(Optional<DemandId> demand, Optional<OrderId> orderId, Optional<Integer> lineNo, Quantity quantity) {

  /** Checks the peg. @throws IllegalArgumentException if the quantity is not positive */
  public Peg {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineNo, "lineNo");
    Objects.requireNonNull(quantity, "quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("a peg needs a positive quantity: " + quantity);
    }
  }

  /** True if this quantity is kept in stock rather than serving a demand. */
  public boolean isStock() {
    return demand.isEmpty();
  }

  @Override
  public String toString() {
    return demand.map(DemandId::value).orElse("STOCK") + ":" + quantity;
  }
}

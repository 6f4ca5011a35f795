package org.gendan.scheduling.mrp;

import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;

/**
 * A customer-order line put at risk by a late supply (交期风险): how much of the item it needs comes
 * late and by how many calendar days after the date it is needed.
 *
 * @param demand   the demand at risk
 * @param orderId  its customer order, if it is an order line
 * @param lineNo   the order line number, if it is an order line
 * @param quantity the late quantity of the item
 * @param daysLate calendar days between the need date and the earliest arrival; positive
 */
public record AtRisk(DemandId demand, Optional<OrderId> orderId, Optional<Integer> lineNo, Quantity quantity,
    long daysLate) {

  /** Checks for nulls. */
  public AtRisk {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineNo, "lineNo");
    Objects.requireNonNull(quantity, "quantity");
  }

  @Override
  public String toString() {
    return demand + " (" + quantity + ", " + daysLate + " days late)";
  }
}

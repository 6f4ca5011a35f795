package org.gendan.scheduling.mrp;

import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;

/**
 * A quantity of a supply pegged to the requirement it covers one level up (单层追溯): an independent
 * demand (a customer-order line or forecast), the dependent requirement of a parent's planned order
 * (or phantom pass-through) when {@link #parent()} is present, or stock kept (safety stock, a lot-size
 * remainder, stock already allocated before planning) when both are empty. Multi-level pegging down to
 * customer-order lines is answered on query by {@link MrpResult#demandPegsOf(Sku, String)} and
 * {@link MrpResult#peggingOf(DemandId)}, which return pegs whose {@code parent} is always empty.
 *
 * @param demand   the demand served; empty for a parent order or stock kept
 * @param orderId  the customer order of the demand, if it is an order line
 * @param lineNo   the order line number, if it is an order line
 * @param parent   the parent supply served; empty for a demand or stock kept
 * @param quantity the quantity, in the supplied item's planning unit; positive
 */
public record Peg(Optional<DemandId> demand, Optional<OrderId> orderId, Optional<Integer> lineNo,
    Optional<ParentOrder> parent, Quantity quantity) {

  /**
   * Checks the peg.
   *
   * @throws IllegalArgumentException if the quantity is not positive, or both a demand and a parent are given
   */
  public Peg {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineNo, "lineNo");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(quantity, "quantity");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("a peg needs a positive quantity: " + quantity);
    }
    if (demand.isPresent() && parent.isPresent()) {
      throw new IllegalArgumentException("a peg serves a demand or a parent order, not both: " + demand.get()
          + " and " + parent.get());
    }
  }

  /** A peg to an independent demand (or, with an empty demand, to stock kept). */
  public static Peg toDemand(Optional<DemandId> demand, Optional<OrderId> orderId, Optional<Integer> lineNo,
      Quantity quantity) {
    return new Peg(demand, orderId, lineNo, Optional.empty(), quantity);
  }

  /** The same peg with another quantity. */
  public Peg withQuantity(Quantity newQuantity) {
    return new Peg(demand, orderId, lineNo, parent, newQuantity);
  }

  /** True if this quantity is kept in stock rather than serving a demand or a parent order. */
  public boolean isStock() {
    return demand.isEmpty() && parent.isEmpty();
  }

  /** True if this quantity covers a parent order's dependent requirement. */
  public boolean isParent() {
    return parent.isPresent();
  }

  @Override
  public String toString() {
    return demand.map(DemandId::value).orElse(parent.map(ParentOrder::supplyId).orElse("STOCK")) + ":" + quantity;
  }
}

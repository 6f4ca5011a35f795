package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;

/**
 * An independent demand MRP must meet: a customer-order line (按订单) or a forecast. Everything MRP
 * plans is pegged back to these.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       unique among the run's demands
 * @param sku      the item demanded
 * @param quantity the quantity; positive
 * @param due      the date it must be available (the line's delivery date)
 * @param orderId  the customer order, for order demand; empty for a forecast
 * @param lineNo   the order line number, for order demand
 * @param tier     the customer's class (客户分类); key customers are served first from scarce stock
 */
public record Demand(DemandId id, Sku sku, Quantity quantity, LocalDate due, Optional<OrderId> orderId,
    Optional<Integer> lineNo, CustomerTier tier) {

  /**
   * Checks the demand.
   *
   * @throws IllegalArgumentException if the quantity is not positive, or a line number is given without an
   *     order or is not positive
   */
  public Demand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineNo, "lineNo");
    Objects.requireNonNull(tier, "tier");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("demand " + id + ": quantity must be positive, got " + quantity);
    }
    if (lineNo.isPresent() && (orderId.isEmpty() || lineNo.get() <= 0)) {
      throw new IllegalArgumentException("demand " + id + ": a line number needs an order and must be positive");
    }
  }

  /**
   * The demand of one sales-order line, id {@code ORDER#LINE}, due on the line's (or the order's)
   * delivery date.
   *
   * @throws IllegalArgumentException if the line is not on the order or neither has a delivery date
   */
  public static Demand ofOrderLine(SalesOrder order, OrderLine line, CustomerTier tier) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(tier, "tier");
    if (!order.line(line.lineNo()).map(line::equals).orElse(false)) {
      throw new IllegalArgumentException("line " + line.lineNo() + " is not a line of order " + order.id());
    }
    LocalDate due = order.deliveryDateOf(line).orElseThrow(() -> new IllegalArgumentException(
        "order " + order.id() + " line " + line.lineNo() + " has no delivery date (交期) to plan against"));
    return new Demand(DemandId.of(order.id().value() + "#" + line.lineNo()), line.sku(), line.quantity(), due,
        Optional.of(order.id()), Optional.of(line.lineNo()), tier);
  }

  /** A demand for a customer-order line given directly. */
  public static Demand ofOrderLine(OrderId order, int lineNo, Sku sku, Quantity quantity, LocalDate due, CustomerTier tier) {
    Objects.requireNonNull(order, "order");
    return new Demand(DemandId.of(order.value() + "#" + lineNo), sku, quantity, due, Optional.of(order),
        Optional.of(lineNo), tier);
  }

  /** A forecast demand (预测), served after customer orders of the same period. */
  public static Demand forecast(DemandId id, Sku sku, Quantity quantity, LocalDate due) {
    return new Demand(id, sku, quantity, due, Optional.empty(), Optional.empty(), CustomerTier.C);
  }

  /** True if this is a customer-order line rather than a forecast. */
  public boolean isCustomerOrder() {
    return orderId.isPresent();
  }
}

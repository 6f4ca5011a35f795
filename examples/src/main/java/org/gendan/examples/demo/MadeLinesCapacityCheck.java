package org.gendan.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.review.CapacityCheck;
import org.gendan.core.review.Feasibility;
import org.gendan.scheduling.routing.RoutingBook;

/**
 * A capacity check (产能评审) for a factory that also trades: only the lines the factory makes (items
 * with a routing) need production capacity, so the wrapped check sees the order with those lines only;
 * an order of bought-in goods alone (外购/贸易) is not checked.
 *
 * @param delegate the check of the made lines, e.g. a
 *                 {@link org.gendan.scheduling.promise.ScheduleCapacityCheck}
 * @param routings the factory's routings; an item with a routing is made
 */
public record MadeLinesCapacityCheck(CapacityCheck delegate, RoutingBook routings) implements CapacityCheck {

  /** Creates the check. */
  public MadeLinesCapacityCheck {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(routings, "routings");
  }

  @Override
  public Feasibility check(SalesOrder order, LocalDate today) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    List<OrderLine> made = order.lines().stream().filter(l -> routings.routing(l.sku()).isPresent()).toList();
    if (made.isEmpty()) {
      return Feasibility.notChecked("capacity not checked: every line is bought in (外购/贸易), none needs the factory's lines");
    }
    if (made.size() == order.lines().size()) {
      return delegate.check(order, today);
    }
    return delegate.check(order.withLines(made), today);
  }
}

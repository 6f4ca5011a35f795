package org.gendan.core.followup;

import io.vavr.control.Either;
import java.time.LocalDate;
import org.gendan.core.Rejection;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.testing.SampleData;

/** Drives an order through commands on given days, failing the test on any rejection. */
final class Walk {
  private Order order;

  private Walk(Order order) {
    this.order = order;
  }

  static Walk receive(SalesOrder so, LocalDate on) {
    return new Walk(Order.receive(so, SampleData.li(on)));
  }

  Walk on(LocalDate day, OrderCommand... commands) {
    for (OrderCommand c : commands) {
      Either<Rejection, Order> next = order.handle(c, SampleData.li(day));
      if (next.isLeft()) {
        throw new AssertionError("rejected " + c + ": " + next.getLeft());
      }
      order = next.get();
    }
    return this;
  }

  Order order() {
    return order;
  }
}

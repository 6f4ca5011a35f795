package org.gendan.core.testing;

import static org.gendan.core.testing.SampleData.TODAY;
import static org.gendan.core.testing.SampleData.li;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.terms.PaymentDue;

/**
 * Lifecycle helpers for example tests: record commands on a given day (days after
 * {@link SampleData#TODAY}, at 09:00 Shanghai), and walk any sales order to a stage of its lifecycle
 * while respecting its own guards (deposit, sample, 法检, scope).
 */
public final class LifecycleSamples {
  private LifecycleSamples() {}

  /** The date {@code day} days after {@link SampleData#TODAY}. */
  public static LocalDate day(int day) {
    return TODAY.plusDays(day);
  }

  /** Records {@code command} on {@code day}; fails the test if it is rejected. */
  public static Order accept(Order order, int day, OrderCommand command) {
    Either<Rejection, Order> next = order.handle(command, li(day(day)));
    if (next.isLeft()) {
      throw new AssertionError("expected " + command + " on day " + day + " to be accepted, but: " + next.getLeft());
    }
    return next.get();
  }

  /** Records {@code command} on {@code day}; fails the test if it is accepted or changes the order. */
  public static Rejection refuse(Order order, int day, OrderCommand command) {
    List<?> before = List.copyOf(order.history());
    Either<Rejection, Order> next = order.handle(command, li(day(day)));
    if (next.isRight()) {
      throw new AssertionError("expected " + command + " on day " + day + " to be rejected, but it was accepted: "
          + next.get().history().get(next.get().history().size() - 1).describe());
    }
    if (!order.history().equals(before)) {
      throw new AssertionError("a rejected command changed the order");
    }
    return next.getLeft();
  }

  /** Receives the order on day 0. */
  public static Order received(SalesOrder so) {
    return Order.receive(so, li(day(0)));
  }

  /** Received, confirmed in writing if needed (day 0) and reviewed without errors (day 1). */
  public static Order reviewed(SalesOrder so) {
    Order o = received(so);
    if (o.status() == OrderStatus.RECEIVED) {
      o = accept(o, 0, new OrderCommand.ConfirmInWriting("PI-SIGNED-1"));
    }
    return accept(o, 1, new OrderCommand.RecordReview(o.salesOrder().revision(), List.of(), List.of()));
  }

  /** Pays what is due by {@code point} but not yet received, on {@code day}. */
  public static Order payDueBy(Order o, int day, PaymentDue point) {
    if (o.salesOrder().paymentTerms().isEmpty()) {
      return o;
    }
    Money due = o.salesOrder().paymentTerms().get().amountDueBy(point, o.salesOrder().total()).minus(o.received());
    if (!due.isPositive()) {
      return o;
    }
    return accept(o, day, point == PaymentDue.BEFORE_PRODUCTION
        ? new OrderCommand.ReceiveDeposit(due) : new OrderCommand.ReceiveBalance(due));
  }

  /** Reviewed, deposit paid (day 2), sample submitted and approved if required (days 3, 5), released (day 6). */
  public static Order released(SalesOrder so) {
    Order o = payDueBy(reviewed(so), 2, PaymentDue.BEFORE_PRODUCTION);
    if (so.sampleRequired()) {
      o = accept(o, 3, new OrderCommand.SubmitSample("SMP-1"));
      o = accept(o, 5, new OrderCommand.ApproveSample());
    }
    return accept(o, 6, new OrderCommand.ReleaseToProduction());
  }

  /** Released and reported 100% complete (day 20). */
  public static Order produced(SalesOrder so) {
    return accept(released(so), 20, new OrderCommand.ReportProgress(100));
  }

  /** A voucher for the whole order, issued on {@code day}, valid 90 days. */
  public static InspectionVoucher voucherFor(SalesOrder so, int day) {
    return new InspectionVoucher("310000126000123", so.total(), day(day), day(day + 90));
  }

  /** Produced, QC booked (day 21, for day 22) and passed (day 22); the 法检 voucher received (day 21) if needed. */
  public static Order inspected(SalesOrder so) {
    Order o = accept(produced(so), 21, new OrderCommand.BookQcInspection(day(22)));
    if (so.statutoryInspection()) {
      o = accept(o, 21, new OrderCommand.ReceiveInspectionVoucher(voucherFor(so, 21)));
    }
    return accept(o, 22, new OrderCommand.PassQc());
  }

  /** Inspected and shipping space booked (day 23, ETD day 27). */
  public static Order booked(SalesOrder so) {
    return accept(inspected(so), 23, new OrderCommand.BookShipment("BKG-NGB-0001", day(27)));
  }

  /** Booked and customs cleared for the full order amount (day 25). */
  public static Order cleared(SalesOrder so) {
    return accept(booked(so), 25, new OrderCommand.ClearCustoms("310420260001234567", so.total()));
  }

  /** Shipped on day 27 after paying what is due before shipment (day 26); cleared first if the scope includes customs. */
  public static Order shipped(SalesOrder so) {
    Order o = so.scope().includesCustoms() ? cleared(so) : booked(so);
    o = payDueBy(o, 26, PaymentDue.BEFORE_SHIPMENT);
    return accept(o, 27, new OrderCommand.Ship(day(27), "COSU6123456780", so.total()));
  }

  /** Shipped, what is due against documents paid (day 28) and the documents sent (day 29). */
  public static Order documentsSent(SalesOrder so) {
    Order o = payDueBy(shipped(so), 28, PaymentDue.AGAINST_DOCUMENTS);
    return accept(o, 29, new OrderCommand.SendDocuments("DHL 1234567890"));
  }
}

package org.gendan.core.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;

/**
 * KPIs over orders, as the 跟单员 reports them: the on-time delivery rate (交期达成率), order and
 * shipment amounts by customer and month (按客户下单出货月金额汇总表), quantities by item
 * (按产品下单出货数量汇总表), and payments received and outstanding per customer (货款回笼).
 *
 * <p>Conventions: amounts are never converted — rows are per currency; quantities are never converted —
 * rows are per item and unit; cancelled orders count in no order, shipment or outstanding figure but
 * their payments received still count as received (a refund is the host system's business); an order
 * ships complete in one shipment, so an order's shipped quantities are its line quantities. Rows are
 * sorted by their keys, so the result does not depend on the order of the input.
 */
public final class OrderKpis {

  private OrderKpis() {}

  /**
   * The on-time delivery rate (交期达成率) of the orders shipped between {@code from} and {@code to}
   * (inclusive): an order is on time when it shipped on or before the delivery date agreed with the
   * customer (a reported delay does not move that date). Shipped orders without a delivery date are
   * counted in {@link DeliveryRate#withoutDeliveryDate()}, not in the rate.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static DeliveryRate onTimeDelivery(Collection<Order> orders, LocalDate from, LocalDate to) {
    requireOrders(orders);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
    }
    int shipped = 0;
    int onTime = 0;
    int undated = 0;
    for (Order o : orders) {
      Optional<LocalDate> on = o.shippedOn();
      if (on.isEmpty() || on.get().isBefore(from) || on.get().isAfter(to)) {
        continue;
      }
      Optional<LocalDate> agreed = o.salesOrder().lastDeliveryDate();
      if (agreed.isEmpty()) {
        undated++;
        continue;
      }
      shipped++;
      if (!on.get().isAfter(agreed.get())) {
        onTime++;
      }
    }
    return new DeliveryRate(from, to, onTime, shipped, undated);
  }

  /**
   * Order amounts by the month of the order date and shipment amounts by the month of shipment, per
   * customer and currency.
   */
  public static List<CustomerMonthAmounts> amountsByCustomerAndMonth(Collection<Order> orders) {
    requireOrders(orders);
    Map<String, CustomerMonthAmounts> rows = new TreeMap<>();
    for (Order o : orders) {
      if (o.status() == OrderStatus.CANCELLED) {
        continue;
      }
      SalesOrder so = o.salesOrder();
      Money zero = Money.zero(so.currency());
      CustomerMonthAmounts ordered = new CustomerMonthAmounts(so.customerId(), YearMonth.from(so.orderDate()), so.total(), zero);
      rows.merge(ordered.key(), ordered, CustomerMonthAmounts::plus);
      if (o.shippedOn().isPresent() && o.shippedAmount().isPresent()) {
        CustomerMonthAmounts shipped = new CustomerMonthAmounts(so.customerId(), YearMonth.from(o.shippedOn().get()),
            zero, o.shippedAmount().get());
        rows.merge(shipped.key(), shipped, CustomerMonthAmounts::plus);
      }
    }
    return List.copyOf(rows.values());
  }

  /** Quantities ordered and shipped per item and unit. */
  public static List<ItemQuantities> quantitiesByItem(Collection<Order> orders) {
    requireOrders(orders);
    Map<String, ItemQuantities> rows = new TreeMap<>();
    for (Order o : orders) {
      if (o.status() == OrderStatus.CANCELLED) {
        continue;
      }
      boolean shipped = o.shippedOn().isPresent();
      for (OrderLine l : o.salesOrder().lines()) {
        Quantity q = l.quantity();
        Quantity none = Quantity.zero(q.unit());
        ItemQuantities row = new ItemQuantities(l.sku(), q, shipped ? q : none);
        rows.merge(row.key(), row, ItemQuantities::plus);
      }
    }
    return List.copyOf(rows.values());
  }

  /**
   * Payments received and outstanding per customer and currency (货款回笼记录): the order total of
   * every order that is not cancelled, what has been received, and the difference.
   */
  public static List<CustomerPayments> paymentsByCustomer(Collection<Order> orders) {
    requireOrders(orders);
    Map<String, CustomerPayments> rows = new TreeMap<>();
    for (Order o : orders) {
      SalesOrder so = o.salesOrder();
      Money ordered = o.status() == OrderStatus.CANCELLED ? Money.zero(so.currency()) : so.total();
      CustomerPayments row = new CustomerPayments(so.customerId(), ordered, o.received());
      rows.merge(row.key(), row, CustomerPayments::plus);
    }
    return List.copyOf(rows.values());
  }

  private static void requireOrders(Collection<Order> orders) {
    Objects.requireNonNull(orders, "orders");
    for (Order o : orders) {
      Objects.requireNonNull(o, "orders contains null");
    }
  }
}

package org.gendan.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gendan.core.testing.SampleData.TODAY;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

class OrderKpisTest {

  private static Order run(Order order, LocalDate day, OrderCommand... commands) {
    for (OrderCommand c : commands) {
      Either<Rejection, Order> next = order.handle(c, SampleData.li(day));
      assertThat(next.isRight()).as("%s: %s", c, next).isTrue();
      order = next.get();
    }
    return order;
  }

  /** An order on open-account terms, without sample or 法检, shipped on {@code shipped} (or not, if null). */
  private static Order order(String id, String customer, LocalDate delivery, LocalDate shipped) {
    SalesOrder so = SampleData.order().withId(OrderId.of(id)).withCustomerId(CustomerId.of(customer))
        .withDeliveryDate(delivery).withPaymentTerms(PaymentTerms.openAccount(30)).withSampleRequired(false)
        .withStatutoryInspection(false);
    Order o = Order.receive(so, SampleData.li(TODAY));
    if (shipped == null) {
      return o;
    }
    Money total = so.total();
    o = run(o, TODAY.plusDays(1), new OrderCommand.RecordReview(0, List.of(), List.of()), new OrderCommand.ReleaseToProduction(),
        new OrderCommand.ReportProgress(100), new OrderCommand.BookQcInspection(shipped.minusDays(3)));
    o = run(o, shipped.minusDays(3), new OrderCommand.PassQc(), new OrderCommand.BookShipment("BK-" + id, shipped),
        new OrderCommand.ClearCustoms("D-" + id, total));
    return run(o, shipped, new OrderCommand.Ship(shipped, "BL-" + id, total));
  }

  @Test
  void the_on_time_delivery_rate_counts_orders_shipped_by_their_agreed_date() {
    LocalDate due = LocalDate.of(2026, 4, 30);
    List<Order> orders = List.of(
        order("SO-1", "C-1", due, due),
        order("SO-2", "C-1", due, due.minusDays(2)),
        order("SO-3", "C-2", due, due.plusDays(1)),
        order("SO-4", "C-2", due, null),
        order("SO-5", "C-2", due, LocalDate.of(2026, 6, 2)));
    DeliveryRate april = OrderKpis.onTimeDelivery(orders, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
    assertThat(april.shipped()).isEqualTo(3);
    assertThat(april.onTime()).isEqualTo(2);
    assertThat(april.percent()).contains(new BigDecimal("66.67"));
    DeliveryRate nothing = OrderKpis.onTimeDelivery(orders, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertThat(nothing.percent()).isEmpty();
  }

  @Test
  void order_and_shipment_amounts_add_up_by_customer_and_month() {
    LocalDate due = LocalDate.of(2026, 4, 30);
    Order a = order("SO-1", "C-1", due, due);
    Order b = order("SO-2", "C-1", due, LocalDate.of(2026, 5, 3));
    Order c = order("SO-3", "C-2", due, null);
    Money each = a.salesOrder().total(); // 4800 × 3.20 + 1800 × 4.85 = 24090.00
    assertThat(each).isEqualTo(Money.of("24090.00", "USD"));
    List<CustomerMonthAmounts> rows = OrderKpis.amountsByCustomerAndMonth(List.of(c, b, a));
    assertThat(rows).containsExactly(
        new CustomerMonthAmounts(CustomerId.of("C-1"), YearMonth.of(2026, 3), each.multipliedBy(2), Money.zero(each.currency())),
        new CustomerMonthAmounts(CustomerId.of("C-1"), YearMonth.of(2026, 4), Money.zero(each.currency()), each),
        new CustomerMonthAmounts(CustomerId.of("C-1"), YearMonth.of(2026, 5), Money.zero(each.currency()), each),
        new CustomerMonthAmounts(CustomerId.of("C-2"), YearMonth.of(2026, 3), each, Money.zero(each.currency())));
  }

  @Test
  void cancelled_orders_count_in_no_amount_or_quantity() {
    Order cancelled = run(order("SO-9", "C-1", LocalDate.of(2026, 4, 30), null), TODAY.plusDays(2),
        new OrderCommand.Cancel("customer withdrew"));
    assertThat(OrderKpis.amountsByCustomerAndMonth(List.of(cancelled))).isEmpty();
    assertThat(OrderKpis.quantitiesByItem(List.of(cancelled))).isEmpty();
    assertThat(OrderKpis.paymentsByCustomer(List.of(cancelled))).singleElement()
        .satisfies(p -> assertThat(p.outstanding().isZero()).isTrue());
  }

  @Test
  void quantities_by_item_separate_ordered_from_shipped() {
    LocalDate due = LocalDate.of(2026, 4, 30);
    List<ItemQuantities> rows = OrderKpis.quantitiesByItem(List.of(order("SO-1", "C-1", due, due), order("SO-2", "C-1", due, null)));
    assertThat(rows).containsExactly(
        new ItemQuantities(SampleData.POLO, Quantity.of(3600, Unit.PCS), Quantity.of(1800, Unit.PCS)),
        new ItemQuantities(SampleData.TSHIRT, Quantity.of(9600, Unit.PCS), Quantity.of(4800, Unit.PCS)));
  }

  @Test
  void payments_received_and_outstanding_per_customer() {
    SalesOrder so = SampleData.order().withId(OrderId.of("SO-7"));
    Order deposit = run(Order.receive(so, SampleData.li(TODAY)), TODAY.plusDays(3),
        new OrderCommand.ReceiveDeposit(SampleData.deposit()));
    Order other = order("SO-8", "C-HANSA", LocalDate.of(2026, 4, 30), null);
    List<CustomerPayments> rows = OrderKpis.paymentsByCustomer(List.of(deposit, other));
    Money total = so.total();
    assertThat(rows).singleElement().satisfies(p -> {
      assertThat(p.ordered()).isEqualTo(total.multipliedBy(2));
      assertThat(p.received()).isEqualTo(SampleData.deposit());
      assertThat(p.outstanding()).isEqualTo(total.multipliedBy(2).minus(SampleData.deposit()));
    });
  }

  @Test
  void kpis_do_not_depend_on_the_order_of_the_input() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      orders.add(order("SO-" + i, "C-" + (i % 2), LocalDate.of(2026, 4, 20 + i), i % 3 == 0 ? null : LocalDate.of(2026, 4, 22)));
    }
    List<Order> reversed = new ArrayList<>(orders);
    Collections.reverse(reversed);
    assertThat(OrderKpis.amountsByCustomerAndMonth(reversed)).isEqualTo(OrderKpis.amountsByCustomerAndMonth(orders));
    assertThat(OrderKpis.quantitiesByItem(reversed)).isEqualTo(OrderKpis.quantitiesByItem(orders));
    assertThat(OrderKpis.paymentsByCustomer(reversed)).isEqualTo(OrderKpis.paymentsByCustomer(orders));
  }

  @Test
  void bad_input_is_rejected_with_a_clear_message() {
    assertThatThrownBy(() -> OrderKpis.onTimeDelivery(List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> OrderKpis.quantitiesByItem(null)).hasMessage("orders");
    List<Order> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> OrderKpis.paymentsByCustomer(withNull)).hasMessage("orders contains null");
    assertThatThrownBy(() -> new DeliveryRate(TODAY, TODAY, 3, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomerPayments(CustomerId.of("C"), Money.of("1.00", "USD"), Money.of("1.00", "EUR")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one currency");
    assertThatThrownBy(() -> new ItemQuantities(SampleData.POLO, Quantity.of(1, Unit.PCS), Quantity.of(1, Unit.CTN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one unit");
  }
}

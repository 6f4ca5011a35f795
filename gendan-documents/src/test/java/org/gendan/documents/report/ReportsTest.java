package org.gendan.documents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static final LocalDate T = SampleData.TODAY;

  private static Order run(Order order, LocalDate day, OrderCommand... commands) {
    for (OrderCommand c : commands) {
      Either<Rejection, Order> next = order.handle(c, SampleData.li(day));
      assertThat(next.isRight()).as("%s: %s", c, next).isTrue();
      order = next.get();
    }
    return order;
  }

  private static List<Order> orders() {
    Order a = run(Order.receive(SampleData.order(), SampleData.li(T)), T.plusDays(3), new OrderCommand.ReceiveDeposit(Money.of("7227.00", "USD")));
    Order b = Order.receive(SampleData.order().withId(OrderId.of("SO-2026-0500")).withOrderDate(LocalDate.of(2026, 4, 2)), SampleData.li(T));
    return List.of(b, a);
  }

  @Test
  void monthly_amounts_by_customer_name_the_customer_and_add_up_by_order_month() {
    List<MonthlyAmountRow> rows = Reports.monthlyAmounts(orders(), List.of(SampleData.hansa()));
    assertThat(rows).extracting(r -> r.customerName() + " " + r.month() + " " + r.ordered())
        .containsExactly("汉莎纺织 Hansa Textil GmbH 2026-03 USD 24090.00", "汉莎纺织 Hansa Textil GmbH 2026-04 USD 24090.00");
    String csv = CsvTable.of(MonthlyAmountRow.HEADER, rows).toCsv();
    assertThat(csv).startsWith("客户编号 Customer ID,客户 Customer,月份 Month,").contains("C-HANSA,汉莎纺织 Hansa Textil GmbH,2026-03,USD,24090.00,0.00\r\n");
    assertThat(rows.get(0).month()).isEqualTo(YearMonth.of(2026, 3));
  }

  @Test
  void quantities_by_item_and_payments_received_come_from_the_orders() {
    List<ItemQuantityRow> q = Reports.quantitiesByItem(orders(), DocumentSamples.items());
    assertThat(q).extracting(r -> r.sku() + " " + r.ordered() + " " + r.shipped()).containsExactly("PL-2002 3600 PCS 0 PCS", "TS-1001 9600 PCS 0 PCS");
    assertThat(q.get(1).itemName()).isEqualTo("男式全棉T恤 Men's cotton T-shirt");
    List<PaymentReceipt> p = Reports.paymentsReceived(orders(), T, T.plusDays(30));
    assertThat(p).extracting(r -> r.date() + " " + r.orderId() + " " + r.kind() + " " + r.amount())
        .containsExactly("2026-03-05 SO-2026-0412 DEPOSIT 订金 USD 7227.00");
    assertThat(Reports.paymentsReceived(orders(), T, T.plusDays(2))).isEmpty();
    assertThat(CsvTable.of(PaymentReceipt.HEADER, p).toCsv()).contains("2026-03-05,C-HANSA,SO-2026-0412,DEPOSIT 订金,USD,7227.00\r\n");
  }

  @Test
  void the_quality_register_lists_open_problems_first_and_guards_formulas() {
    QualityProblem closed = new QualityProblem(T, "SO-1", "C-HANSA", "TS-1001", "loose threads", Quantity.of(12, Unit.PCS), Optional.of("sewing"),
        Optional.of("rework"), true);
    QualityProblem open = new QualityProblem(T.plusDays(1), "SO-2", "C-HANSA", "PL-2002", "=cmd|' /C calc'!A0", Quantity.of(3, Unit.PCS),
        Optional.empty(), Optional.empty(), false);
    List<QualityProblem> reg = Reports.qualityRegister(List.of(closed, open));
    assertThat(reg).containsExactly(open, closed);
    String csv = CsvTable.of(QualityProblem.HEADER, reg).toCsv();
    assertThat(csv).contains(",'=cmd|' /C calc'!A0,").contains("处理中 OPEN").contains("已结案 CLOSED").doesNotContain(",=cmd");
  }

  @Test
  void sample_courier_costs_total_what_the_company_bears_per_currency() {
    SampleShipment a = new SampleShipment(T, "C-HANSA", "2 pcs navy T-shirt", "DHL", "1234567890", Quantity.of("1.5", Unit.KG),
        Money.of("180.00", "CNY"), false);
    SampleShipment b = new SampleShipment(T.plusDays(2), "C-HANSA", "polo colour card", "SF", "SF998877", Quantity.of("0.5", Unit.KG),
        Money.of("60.00", "CNY"), false);
    SampleShipment c = new SampleShipment(T.plusDays(1), "C-HANSA", "bulk sample", "DHL", "555", Quantity.of("3", Unit.KG),
        Money.of("400.00", "CNY"), true);
    assertThat(Reports.sampleCourierCosts(List.of(b, c, a))).containsExactly(a, c, b);
    assertThat(Reports.sampleCostsBorne(List.of(a, b, c))).containsExactly(Money.of("240.00", "CNY"));
    assertThat(CsvTable.of(SampleShipment.HEADER, List.of(a)).toCsv()).contains("2026-03-02,C-HANSA,2 pcs navy T-shirt,DHL,1234567890,1.5,CNY,180.00,否 NO\r\n");
  }

  @Test
  void commissions_are_a_rate_of_the_money_collected_per_sales_rep() {
    List<CommissionRow> rows = Reports.commissions(orders(), List.of(SampleData.hansa()), new BigDecimal("1.5"), Map.of());
    assertThat(rows).extracting(r -> r.salesRep() + " " + r.orderId() + " " + r.basis() + " " + r.commission())
        .containsExactly("wang.fang SO-2026-0412 USD 7227.00 USD 108.41");
    List<CommissionRow> special = Reports.commissions(orders(), List.of(SampleData.hansa()), new BigDecimal("1.5"), Map.of("wang.fang", BigDecimal.valueOf(2)));
    assertThat(special.get(0).commission()).isEqualTo(Money.of("144.54", "USD"));
    assertThat(CsvTable.of(CommissionRow.HEADER, rows).toCsv()).contains("wang.fang,C-HANSA,SO-2026-0412,USD,7227.00,1.5,108.41\r\n");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> Reports.paymentsReceived(orders(), T, T.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends");
    assertThatThrownBy(() -> Reports.monthlyAmounts(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Reports.commissions(orders(), List.of(), BigDecimal.valueOf(101), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..100");
    assertThatThrownBy(() -> new SampleShipment(T, "C", "x", "DHL", "1", Quantity.of(1, Unit.PCS), Money.of("1.00", "CNY"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive mass");
    assertThatThrownBy(() -> new SampleShipment(T, "C", "x", "DHL", "1", Quantity.of(1, Unit.KG), Money.of("-1.00", "CNY"), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> new QualityProblem(T, "SO-1", "C", "A", " ", Quantity.of(1, Unit.PCS), Optional.empty(), Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problem");
    assertThatThrownBy(() -> Reports.qualityRegister(java.util.Arrays.asList((QualityProblem) null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("problem");
  }
}

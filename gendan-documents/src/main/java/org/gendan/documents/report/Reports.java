package org.gendan.documents.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.kpi.CustomerMonthAmounts;
import org.gendan.core.kpi.ItemQuantities;
import org.gendan.core.kpi.OrderKpis;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderEvent;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;

/**
 * Computes the clerk's reports from orders (and the registers the clerk keeps). Every method sorts its
 * rows by stable keys, so equal inputs give equal reports; write them with {@link CsvTable#of}.
 */
public final class Reports {

  private Reports() {}

  /**
   * Monthly order and shipment amounts by customer (from {@link OrderKpis#amountsByCustomerAndMonth}):
   * cancelled orders are left out; ordered by the month of the order date, shipped by the month of shipment.
   */
  public static List<MonthlyAmountRow> monthlyAmounts(Collection<Order> orders, List<Customer> customers) {
    Map<String, String> names = names(customers);
    List<MonthlyAmountRow> out = new ArrayList<>();
    for (CustomerMonthAmounts a : OrderKpis.amountsByCustomerAndMonth(orders)) {
      String id = a.customerId().value();
      out.add(new MonthlyAmountRow(id, names.getOrDefault(id, id), a.month(), a.ordered(), a.shipped()));
    }
    out.sort(Comparator.comparing(MonthlyAmountRow::customerId).thenComparing(MonthlyAmountRow::month)
        .thenComparing(r -> r.ordered().currency().getCurrencyCode()));
    return List.copyOf(out);
  }

  /**
   * Quantities ordered and shipped by item and unit (from {@link OrderKpis#quantitiesByItem}; an order
   * counts as shipped in full once it is shipped).
   */
  public static List<ItemQuantityRow> quantitiesByItem(Collection<Order> orders, List<Item> items) {
    Objects.requireNonNull(items, "items");
    Map<String, String> names = new TreeMap<>();
    items.forEach(i -> names.put(Objects.requireNonNull(i, "item").sku().value(), i.nameZh().map(z -> z + " ").orElse("") + i.nameEn()));
    List<ItemQuantityRow> out = new ArrayList<>();
    for (ItemQuantities q : OrderKpis.quantitiesByItem(orders)) {
      String sku = q.sku().value();
      out.add(new ItemQuantityRow(sku, names.getOrDefault(sku, sku), q.ordered(), q.shipped()));
    }
    out.sort(Comparator.comparing(ItemQuantityRow::sku).thenComparing(r -> r.ordered().unit().toString()));
    return List.copyOf(out);
  }

  /**
   * The payments received from {@code from} to {@code to} inclusive (deposits and balances recorded on
   * the orders), by date, customer and order.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static List<PaymentReceipt> paymentsReceived(Collection<Order> orders, LocalDate from, LocalDate to) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    List<PaymentReceipt> out = new ArrayList<>();
    for (Order o : orders) {
      Objects.requireNonNull(o, "order");
      String customer = o.salesOrder().customerId().value();
      for (OrderEvent e : o.history()) {
        Optional<PaymentReceipt> p = Optional.empty();
        if (e instanceof OrderEvent.DepositReceived) {
          OrderEvent.DepositReceived d = (OrderEvent.DepositReceived) e;
          p = Optional.of(new PaymentReceipt(d.meta().at().toLocalDate(), customer, o.id().value(), "DEPOSIT 订金", d.amount()));
        } else if (e instanceof OrderEvent.BalanceReceived) {
          OrderEvent.BalanceReceived b = (OrderEvent.BalanceReceived) e;
          p = Optional.of(new PaymentReceipt(b.meta().at().toLocalDate(), customer, o.id().value(), "BALANCE 尾款", b.amount()));
        }
        p.filter(x -> !x.date().isBefore(from) && !x.date().isAfter(to)).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparing(PaymentReceipt::date).thenComparing(PaymentReceipt::customerId).thenComparing(PaymentReceipt::orderId));
    return List.copyOf(out);
  }

  /** The quality-problem register: open problems first, then by date, order and item. */
  public static List<QualityProblem> qualityRegister(List<QualityProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    List<QualityProblem> out = new ArrayList<>();
    problems.forEach(p -> out.add(Objects.requireNonNull(p, "problem")));
    out.sort(Comparator.comparing(QualityProblem::closed).thenComparing(QualityProblem::date).thenComparing(QualityProblem::orderId)
        .thenComparing(QualityProblem::sku));
    return List.copyOf(out);
  }

  /** The sample courier cost register, by date, customer and waybill. */
  public static List<SampleShipment> sampleCourierCosts(List<SampleShipment> samples) {
    Objects.requireNonNull(samples, "samples");
    List<SampleShipment> out = new ArrayList<>();
    samples.forEach(s -> out.add(Objects.requireNonNull(s, "sample")));
    out.sort(Comparator.comparing(SampleShipment::date).thenComparing(SampleShipment::customerId).thenComparing(SampleShipment::trackingNumber));
    return List.copyOf(out);
  }

  /** The courier costs per currency that the company bears (not charged to the customer), by currency code. */
  public static List<Money> sampleCostsBorne(List<SampleShipment> samples) {
    Map<String, Money> totals = new TreeMap<>();
    for (SampleShipment s : sampleCourierCosts(samples)) {
      if (!s.chargedToCustomer()) {
        totals.merge(s.cost().currency().getCurrencyCode(), s.cost(), Money::plus);
      }
    }
    return List.copyOf(totals.values());
  }

  /**
   * Commissions on the money collected (回款提成): for every order with payments received, the
   * customer's sales rep earns {@code ratePercent} of the amount received (the rate of
   * {@code ratesByRep} for that rep when given), HALF_UP at the currency's scale. Orders of customers
   * without a sales rep are listed under "-". Rows by sales rep, customer and order.
   *
   * @throws IllegalArgumentException if a rate is negative or above 100
   */
  public static List<CommissionRow> commissions(Collection<Order> orders, List<Customer> customers, BigDecimal ratePercent,
      Map<String, BigDecimal> ratesByRep) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(ratePercent, "ratePercent");
    Objects.requireNonNull(ratesByRep, "ratesByRep");
    checkRate(ratePercent, "default");
    ratesByRep.forEach((k, v) -> checkRate(Objects.requireNonNull(v, "rate of " + k), k));
    Map<String, String> reps = new TreeMap<>();
    customers.forEach(c -> reps.put(Objects.requireNonNull(c, "customer").id().value(), c.salesRep().orElse("-")));
    List<CommissionRow> out = new ArrayList<>();
    for (Order o : orders) {
      Objects.requireNonNull(o, "order");
      if (!o.received().isPositive()) {
        continue;
      }
      String customer = o.salesOrder().customerId().value();
      String rep = reps.getOrDefault(customer, "-");
      BigDecimal rate = ratesByRep.getOrDefault(rep, ratePercent);
      out.add(new CommissionRow(rep, customer, o.id().value(), o.received(), rate, o.received().percent(rate, RoundingMode.HALF_UP)));
    }
    out.sort(Comparator.comparing(CommissionRow::salesRep).thenComparing(CommissionRow::customerId).thenComparing(CommissionRow::orderId));
    return List.copyOf(out);
  }

  private static void checkRate(BigDecimal rate, String whose) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("commission rate (" + whose + ") must be 0..100 percent: " + rate.toPlainString());
    }
  }

  private static Map<String, String> names(List<Customer> customers) {
    Objects.requireNonNull(customers, "customers");
    Map<String, String> names = new TreeMap<>();
    customers.forEach(c -> names.put(Objects.requireNonNull(c, "customer").id().value(), c.nameZh().map(z -> z + " ").orElse("") + c.nameEn()));
    return names;
  }
}

package org.gendan.documents.model;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderEvent;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.Schedule;

/**
 * Makes the production and account documents from the order and the planning results: the production
 * order (生产单) with the material list from MRP pegging, the flow cards (流程卡) with planned dates from
 * the production schedule, the delay report (交期延误报告) from a schedule, and the reconciliation
 * statement (对帐表) from the orders of a customer.
 *
 * <p>Stateless and thread-safe; equal inputs give equal documents.
 */
public final class ProductionDocuments {

  private ProductionDocuments() {}

  /**
   * The production order of {@code order}: its lines (Chinese and English name, specification,
   * attributes, delivery date), every customer requirement (packing, THIS SIDE UP, marks, sample,
   * inspection, deposit before production, shipment mode, remarks) and the materials MRP pegged to the
   * order — every allocation of an item that is not itself ordered on the order's lines, merged by
   * material, supply and need date, sorted by material, need date and supply.
   *
   * @return the production order, or a rejection: {@code ORDER_INCOMPLETE} (no lines or no delivery
   *         date), {@code ITEM_UNKNOWN} (naming the items missing from {@code items})
   */
  public static Either<Rejection, ProductionOrder> productionOrder(SalesOrder order, List<Item> items, MrpResult mrp, String number,
      LocalDate date) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(mrp, "mrp");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    if (order.lines().isEmpty() || order.lastDeliveryDate().isEmpty()) {
      return Either.left(Rejection.of("ORDER_INCOMPLETE", "order " + order.id().value()
          + " needs lines and a delivery date before a production order can be issued (订单资料不全)"));
    }
    Map<Sku, Item> bySku = bySku(items);
    Set<String> unknown = new java.util.TreeSet<>();
    order.lines().forEach(l -> {
      if (!bySku.containsKey(l.sku())) {
        unknown.add(l.sku().value());
      }
    });
    if (!unknown.isEmpty()) {
      return Either.left(Rejection.of("ITEM_UNKNOWN", "no item data for " + String.join(", ", unknown) + " (物料资料缺失)"));
    }
    List<ProductionOrderLine> lines = new ArrayList<>();
    for (OrderLine l : order.lines()) {
      Item item = bySku.get(l.sku());
      StringBuilder d = new StringBuilder();
      item.nameZh().ifPresent(z -> d.append(z).append(' '));
      d.append(item.nameEn());
      item.specification().ifPresent(s -> d.append(", ").append(s));
      String attrs = new TreeMap<>(l.attributes()).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", "));
      lines.add(new ProductionOrderLine(l.lineNo(), l.sku(), d.toString(), attrs, l.quantity(), order.deliveryDateOf(l).orElseThrow(),
          l.customerItemRef()));
    }
    return Either.right(ProductionOrder.builder().number(number).date(date).orderId(order.id().value()).revision(order.revision())
        .customerCode(order.customerId().value()).customerPoNumber(order.customerPoNumber()).lines(lines)
        .requirements(requirements(order)).shippingMarks(order.shippingMarks().orElse(org.gendan.core.order.ShippingMarks.NONE))
        .materials(materials(order, mrp)).deliveryDate(order.lastDeliveryDate().get()).build());
  }

  private static List<String> requirements(SalesOrder order) {
    List<String> r = new ArrayList<>();
    order.packing().ifPresent(p -> {
      r.add("包装要求 / PACKING: " + p.description());
      if (p.thisSideUp()) {
        r.add("箱子须朝上放置 / THIS SIDE UP");
      }
    });
    if (order.shippingMarks().isPresent() && !order.shippingMarks().get().isNone()) {
      r.add("按下列唛头印刷外箱 / PRINT THE CARTONS WITH THE SHIPPING MARKS BELOW");
    }
    if (order.sampleRequired()) {
      r.add("大货须与客户确认样一致，确认样批准前不得开裁 / BULK AS PER THE APPROVED SAMPLE; DO NOT START BULK BEFORE THE SAMPLE IS APPROVED");
    }
    if (order.paymentTerms().map(t -> t.requiresPaymentBeforeProduction()).orElse(false)) {
      r.add("须收到订金后方可投产 / RELEASE ONLY AFTER THE DEPOSIT HAS ARRIVED");
    }
    if (order.statutoryInspection()) {
      r.add("法检商品，出货前须商检 / STATUTORY INSPECTION BEFORE SHIPMENT");
    }
    order.shipmentMode().ifPresent(m -> r.add("出货方式 / SHIPMENT: " + m));
    order.lastDeliveryDate().ifPresent(d -> r.add("交货期 / DELIVERY: " + d));
    order.remarks().ifPresent(x -> r.add("备注 / REMARKS: " + x));
    return r;
  }

  private record MaterialKey(Sku sku, LocalDate needDate, String supplyKind, String supplyId) {}

  private static List<MaterialRequirement> materials(SalesOrder order, MrpResult mrp) {
    Set<Sku> ordered = new HashSet<>();
    order.lines().forEach(l -> ordered.add(l.sku()));
    Map<MaterialKey, Quantity> merged = new TreeMap<>(Comparator.comparing((MaterialKey k) -> k.sku().value()).thenComparing(MaterialKey::needDate)
        .thenComparing(MaterialKey::supplyKind).thenComparing(MaterialKey::supplyId));
    for (Allocation a : mrp.peggingOf(order.id())) {
      if (ordered.contains(a.sku())) {
        continue;
      }
      MaterialKey k = new MaterialKey(a.sku(), a.needDate(), a.supplyKind().name(), a.supplyId());
      merged.merge(k, a.peg().quantity(), Quantity::plus);
    }
    List<MaterialRequirement> out = new ArrayList<>();
    merged.forEach((k, q) -> out.add(new MaterialRequirement(k.sku(), q, k.supplyKind(), k.supplyId(), k.needDate())));
    return out;
  }

  /**
   * The flow cards of {@code order}: one per scheduled order line, with the routing steps in order and
   * the line, start and end the schedule plans for each.
   *
   * @return the cards by line number, or {@code NOT_SCHEDULED} if the schedule has no job of the order
   */
  public static Either<Rejection, List<FlowCard>> flowCards(SalesOrder order, List<Item> items, Schedule schedule,
      String productionOrderNumber, LocalDate date) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(productionOrderNumber, "productionOrderNumber");
    Objects.requireNonNull(date, "date");
    Map<Sku, Item> bySku = bySku(items);
    List<JobOutcome> jobs = schedule.jobs().stream().filter(j -> j.job().order().equals(order.id()))
        .sorted(Comparator.comparing(JobOutcome::job)).toList();
    if (jobs.isEmpty()) {
      return Either.left(Rejection.of("NOT_SCHEDULED", "the schedule (" + schedule.method() + ") has no job of order " + order.id().value()
          + " (未排产); schedule the order first"));
    }
    List<FlowCard> cards = new ArrayList<>();
    for (JobOutcome o : jobs) {
      Job job = schedule.problem().job(o.job()).orElseThrow(() -> new IllegalArgumentException("schedule has an outcome for " + o.job()
          + " but no such job in its problem"));
      List<FlowCardStep> steps = new ArrayList<>();
      int n = 1;
      for (Assignment a : schedule.assignmentsOf(o.job())) {
        steps.add(new FlowCardStep(n++, a.operationName(), a.line().value(), a.start(), a.end(), a.workMinutes()));
      }
      Sku sku = job.routing().sku();
      Item item = bySku.get(sku);
      String description = item == null ? order.line(o.job().lineNo()).map(l -> l.sku().value()).orElse(sku.value())
          : item.nameZh().map(z -> z + " ").orElse("") + item.nameEn();
      cards.add(FlowCard.builder().number(productionOrderNumber + "-" + o.job().lineNo()).date(date).productionOrderNumber(productionOrderNumber)
          .orderId(order.id().value()).lineNo(o.job().lineNo()).sku(sku).description(description).quantity(job.quantity()).steps(steps)
          .due(o.due()).plannedCompletion(o.completion()).build());
    }
    return Either.right(List.copyOf(cards));
  }

  /**
   * The delay report of a schedule: every late job, latest first, then by job id, with the days late
   * (calendar days from the due date to the completion date, at least one) and the schedule's explanation.
   */
  public static DelayReport delayReport(Schedule schedule, String number, LocalDate date) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    List<DelayEntry> entries = new ArrayList<>();
    schedule.jobs().stream().filter(JobOutcome::isLate)
        .sorted(Comparator.comparingLong(JobOutcome::latenessMinutes).reversed().thenComparing(JobOutcome::job))
        .forEach(o -> {
          Sku sku = schedule.problem().job(o.job()).map(j -> j.routing().sku()).orElseThrow(
              () -> new IllegalArgumentException("schedule has an outcome for " + o.job() + " but no such job in its problem"));
          long days = Math.max(1, ChronoUnit.DAYS.between(o.due().toLocalDate(), o.completion().toLocalDate()));
          entries.add(new DelayEntry(o.job().order().value(), o.job().lineNo(), sku, o.due(), o.completion(), o.latenessMinutes(), days,
              o.explanation()));
        });
    return DelayReport.builder().number(number).date(date).scheduleMethod(schedule.method()).entries(entries)
        .jobsScheduled(schedule.jobs().size()).build();
  }

  /**
   * The reconciliation statement of {@code customer} from {@code orders} (orders of other customers are
   * left out): each order with ordered, shipped, invoiced (zero when cancelled), received and
   * outstanding amounts; the deposit and balance payments recorded up to {@code asOf}; totals and balance.
   *
   * @return the statement, or a rejection: {@code NO_ORDERS} (none of the orders is the customer's),
   *         {@code CURRENCY_MIXED} (the customer's orders are in more than one currency)
   */
  public static Either<Rejection, ReconciliationStatement> reconciliation(Customer customer, CompanyProfile company, List<Order> orders,
      String number, LocalDate asOf) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(asOf, "asOf");
    List<Order> mine = orders.stream().map(o -> Objects.requireNonNull(o, "order"))
        .filter(o -> o.salesOrder().customerId().equals(customer.id()))
        .sorted(Comparator.comparing((Order o) -> o.salesOrder().orderDate()).thenComparing(o -> o.id().value())).toList();
    if (mine.isEmpty()) {
      return Either.left(Rejection.of("NO_ORDERS", "no order of customer " + customer.id().value() + " to reconcile (无对帐订单)"));
    }
    Set<String> currencies = new java.util.TreeSet<>();
    mine.forEach(o -> currencies.add(o.salesOrder().currency().getCurrencyCode()));
    if (currencies.size() > 1) {
      return Either.left(Rejection.of("CURRENCY_MIXED", "the orders of customer " + customer.id().value() + " are in " + String.join(", ", currencies)
          + "; make one statement per currency (币种不一)"));
    }
    java.util.Currency ccy = mine.get(0).salesOrder().currency();
    List<ReconciliationLine> lines = new ArrayList<>();
    List<PaymentLine> payments = new ArrayList<>();
    Money invoicedTotal = Money.zero(ccy);
    Money receivedTotal = Money.zero(ccy);
    for (Order o : mine) {
      Money invoiced = o.status() == OrderStatus.CANCELLED ? Money.zero(ccy) : o.invoiceAmount();
      lines.add(new ReconciliationLine(o.id().value(), o.salesOrder().customerPoNumber(), o.salesOrder().orderDate(),
          o.status().name() + " " + o.status().chineseName(), o.salesOrder().total(), o.shippedOn(), o.shippedAmount(), invoiced, o.received(),
          invoiced.minus(o.received())));
      invoicedTotal = invoicedTotal.plus(invoiced);
      receivedTotal = receivedTotal.plus(o.received());
      for (OrderEvent e : o.history()) {
        if (e instanceof OrderEvent.DepositReceived) {
          OrderEvent.DepositReceived d = (OrderEvent.DepositReceived) e;
          payments.add(new PaymentLine(d.meta().at().toLocalDate(), o.id().value(), "DEPOSIT 订金", d.amount()));
        } else if (e instanceof OrderEvent.BalanceReceived) {
          OrderEvent.BalanceReceived b = (OrderEvent.BalanceReceived) e;
          payments.add(new PaymentLine(b.meta().at().toLocalDate(), o.id().value(), "BALANCE 尾款", b.amount()));
        }
      }
    }
    List<PaymentLine> upTo = payments.stream().filter(p -> !p.date().isAfter(asOf))
        .sorted(Comparator.comparing(PaymentLine::date).thenComparing(PaymentLine::orderId)).toList();
    return Either.right(ReconciliationStatement.builder().number(number).asOf(asOf).seller(company.toParty())
        .customer(new DocumentParty(customer.nameEn(), Optional.empty(), customer.country())).currency(ccy).orders(lines).payments(upTo)
        .totalInvoiced(invoicedTotal).totalReceived(receivedTotal).balance(invoicedTotal.minus(receivedTotal)).build());
  }

  private static Map<Sku, Item> bySku(List<Item> items) {
    Map<Sku, Item> m = new TreeMap<>();
    for (Item i : items) {
      m.put(Objects.requireNonNull(i, "item").sku(), i);
    }
    return m;
  }

}

package org.gendan.examples.demo;

import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Rejection;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Item;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.inventory.PurchaseOrder;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;

/**
 * MRP (物料需求计划) of the sample factory on a day, as the demo runs it: a daily calendar of every
 * calendar day (lead times are calendar days, {@link Item#standardLeadTimeDays()}), the stock, the open
 * purchase orders at their promised dates, and one demand per line of every order not yet in production
 * (received, confirmed or reviewed) that has a delivery date. A line is needed ready
 * {@value FactoryDemo#BUFFER_DAYS} days before its delivery date (inspection, packing, trucking), and
 * not before today: a line already past that date is needed today. Orders in production have their
 * material issued and are not planned again.
 */
public final class DemoMrp {

  /** Days of horizon after the last demand, so that every receipt and release falls inside it. */
  static final int HORIZON_MARGIN_DAYS = 30;

  private DemoMrp() {}

  /**
   * The MRP problem of the sample on {@code today}.
   *
   * @throws IllegalArgumentException if the sample's data cannot be planned (an inconsistent sample)
   */
  public static MrpProblem problem(SampleData data, LocalDate today) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(today, "today");
    List<Demand> demands = new ArrayList<>();
    LocalDate last = today;
    Map<org.gendan.core.party.CustomerId, CustomerTier> tiers = data.tiers();
    for (Order o : data.orders()) {
      if (!needsMaterial(o)) {
        continue;
      }
      CustomerTier tier = tiers.getOrDefault(o.salesOrder().customerId(), CustomerTier.C);
      for (OrderLine l : o.salesOrder().lines()) {
        Optional<LocalDate> delivery = o.salesOrder().deliveryDateOf(l);
        if (delivery.isEmpty()) {
          continue;
        }
        LocalDate due = max(delivery.get().minusDays(FactoryDemo.BUFFER_DAYS), today);
        last = max(last, due);
        demands.add(Demand.ofOrderLine(o.id(), l.lineNo(), l.sku(), l.quantity(), due, tier));
      }
    }
    int maxLead = 0;
    List<PlanningItem> items = new ArrayList<>();
    for (Item i : data.items()) {
      maxLead = Math.max(maxLead, i.standardLeadTimeDays());
      items.add(PlanningItem.builder().sku(i.sku()).unit(i.baseUnit()).makeOrBuy(i.makeOrBuy())
          .leadTimePeriods(i.standardLeadTimeDays()).build());
    }
    List<ScheduledReceipt> receipts = new ArrayList<>();
    for (PurchaseOrder po : data.purchaseOrders()) {
      receipts.add(ScheduledReceipt.purchase(po.id(), po.sku(), po.quantity(), po.promisedDate(), po.supplier()));
      last = max(last, po.promisedDate());
    }
    int periods = (int) Math.min(PlanningCalendar.MAX_PERIODS,
        ChronoUnit.DAYS.between(today, last) + 1 + HORIZON_MARGIN_DAYS + maxLead);
    PlanningCalendar calendar = PlanningCalendar.daily(today, periods, EnumSet.allOf(DayOfWeek.class), Set.of());
    return MrpProblem.builder().items(items).bom(data.bom()).calendar(calendar).inventory(data.stock())
        .scheduledReceipts(receipts).demands(demands).build();
  }

  /** True for the orders MRP plans material for: received, confirmed or reviewed, not yet in production. */
  public static boolean needsMaterial(Order order) {
    Objects.requireNonNull(order, "order");
    return order.status() == OrderStatus.RECEIVED || order.status() == OrderStatus.CONFIRMED
        || order.status() == OrderStatus.REVIEWED;
  }

  /**
   * Runs MRP on the sample and works out every planned order's material readiness.
   *
   * @return the result and the readiness by order id, or why MRP cannot plan the sample
   */
  public static Either<Rejection, Plan> run(SampleData data, LocalDate today) {
    MrpProblem problem = problem(data, today);
    return Mrp.run(problem).map(r -> {
      Map<OrderId, OrderReadiness> byOrder = new LinkedHashMap<>();
      for (OrderReadiness or : OrderReadiness.ofAll(problem, r)) {
        byOrder.put(or.orderId(), or);
      }
      return new Plan(problem, r, byOrder);
    });
  }

  /**
   * An MRP run of the sample.
   *
   * @param problem   the problem
   * @param result    its result
   * @param readiness the material readiness of every planned customer order, by order id (in id order)
   */
  public record Plan(MrpProblem problem, MrpResult result, Map<OrderId, OrderReadiness> readiness) {
    /** Creates the value; the map is copied keeping its order. */
    public Plan {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(result, "result");
      readiness = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readiness));
    }

    /** The projected material-ready date of an order, if MRP planned it. */
    public Optional<LocalDate> materialReady(OrderId order) {
      return Optional.ofNullable(readiness.get(order)).map(OrderReadiness::materialReadyDate);
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.inventory.ScheduledReceipt;

/**
 * The material readiness of one customer order (物料齐套): every purchased or subcontracted material
 * its lines need through all BOM levels, which of them are short (not covered by stock or an open
 * order, so still to be bought), which open purchase orders are late against the date the material is
 * needed, and the projected date by which all its materials will be in — the earliest date its
 * production can be released.
 *
 * <p>Because MRP does not count on an open order before its due date, an open order due after the date
 * this order needs its material shows up twice: the material line is covered by a planned order (to buy
 * more), and the open order is listed in {@link #latePurchaseOrders()} with the date it is needed (from
 * MRP's expedite message) — the 跟单员 either expedites the supplier (催货) or buys more.
 *
 * @param orderId            the customer order
 * <p>A material's need date is the date <em>this order</em> needs it: the order's own need date carried
 * down the levels, each parent's lead time earlier. When the order takes a later part of a shared lot
 * (the surplus of a lot sized for an earlier order), that date is later than the date the lot itself is
 * made, so a component that delays the lot only makes the earlier order late, not this one.
 *
 * @param materials          every purchased material line (one per item, supply and need date, over all the
 *                           order's lines), by item then need date
 * @param latePurchaseOrders open orders of this order's materials due after they are needed, by id
 * @param materialReadyDate  the latest expected date of all lines; today if everything is in stock
 */
public record OrderReadiness(OrderId orderId, List<MaterialLine> materials, List<LatePurchase> latePurchaseOrders,
    LocalDate materialReadyDate) {

  /** Copies the lists and checks for nulls. */
  public OrderReadiness {
    Objects.requireNonNull(orderId, "orderId");
    materials = List.copyOf(materials);
    latePurchaseOrders = List.copyOf(latePurchaseOrders);
    Objects.requireNonNull(materialReadyDate, "materialReadyDate");
  }

  /**
   * The readiness of {@code order} in an MRP result.
   *
   * @param problem the problem the result was planned from (for make-or-buy and open-order due dates)
   * @param result  the MRP result
   * @param order   the customer order
   * @return the readiness; with no material lines if the order needs no purchased material or is not in the plan
   * @throws IllegalArgumentException if the result names an open order the problem does not have
   */
  public static OrderReadiness of(MrpProblem problem, MrpResult result, OrderId order) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(order, "order");
    return new Context(problem, result).readiness(order);
  }

  /** Lookups shared by the readiness of all orders of one run. */
  private static final class Context {
    final MrpResult result;
    final PlanningCalendar cal;
    final Map<Sku, MakeOrBuy> makeOrBuy = new HashMap<>();
    final Map<String, ScheduledReceipt> receipts = new HashMap<>();
    /** Planned orders by id, filled one item at a time as the orders reach them (a run can have millions). */
    final Map<String, PlannedOrder> planned = new HashMap<>();
    final java.util.Set<Sku> plannedLoaded = new java.util.HashSet<>();
    final List<ActionMessage> expedites;

    Context(MrpProblem problem, MrpResult result) {
      this.result = result;
      this.cal = result.calendar();
      problem.items().forEach(i -> makeOrBuy.put(i.sku(), i.makeOrBuy()));
      problem.scheduledReceipts().forEach(r -> receipts.put(r.id(), r));
      this.expedites = result.actionMessages(ActionType.EXPEDITE);
    }

    PlannedOrder planned(Sku sku, String id) {
      if (plannedLoaded.add(sku)) {
        result.plannedOrdersOf(sku).forEach(o -> planned.put(o.id(), o));
      }
      return planned.get(id);
    }

    ScheduledReceipt receipt(String id) {
      ScheduledReceipt r = receipts.get(id);
      if (r == null) {
        throw new IllegalArgumentException("open order " + id + " is in the MRP result but not in the problem:"
            + " pass the problem the result was planned from");
      }
      return r;
    }

    OrderReadiness readiness(OrderId order) {
      LocalDate today = cal.start();
      Map<String, MaterialLine> merged = new java.util.LinkedHashMap<>();
      LocalDate ready = today;
      for (org.gendan.scheduling.mrp.internal.MrpPlan.Reached reached : result.reach(order)) {
        Allocation a = reached.allocation();
        LocalDate needed = cal.startOf(reached.orderNeedPeriod());
        if (makeOrBuy.getOrDefault(a.sku(), MakeOrBuy.MAKE) == MakeOrBuy.MAKE || a.supplyKind() == SupplyKind.PHANTOM) {
          continue;
        }
        LocalDate expected;
        switch (a.supplyKind()) {
          case SCHEDULED_RECEIPT: {
            LocalDate due = receipt(a.supplyId()).due();
            expected = due.isBefore(today) ? today : due;
            break;
          }
          case PLANNED_ORDER: {
            PlannedOrder o = planned(a.sku(), a.supplyId());
            expected = o.isPastDue() ? cal.startOf(1 + o.receiptPeriod() - o.idealReleasePeriod()) : o.receiptDate();
            break;
          }
          default:
            expected = today;
        }
        MaterialLine line = new MaterialLine(a.sku(), a.peg().quantity(), a.supplyKind(), a.supplyId(), needed, expected);
        String key = a.sku().value() + '\u0000' + a.supplyId() + '\u0000' + needed;
        MaterialLine same = merged.get(key);
        merged.put(key, same == null ? line : new MaterialLine(same.sku(), same.quantity().plus(line.quantity()),
            same.supplyKind(), same.supplyId(), same.needDate(), same.expectedDate()));
        if (expected.isAfter(ready)) {
          ready = expected;
        }
      }
      List<MaterialLine> lines = new ArrayList<>(merged.values());
      lines.sort(java.util.Comparator.comparing(MaterialLine::sku).thenComparing(MaterialLine::needDate)
          .thenComparing(MaterialLine::supplyId));
      java.util.Map<String, LatePurchase> late = new java.util.TreeMap<>();
      // the earliest date this order needs each material it still has to buy
      Map<Sku, LocalDate> boughtForThisOrder = new HashMap<>();
      for (MaterialLine l : lines) {
        if (l.supplyKind() == SupplyKind.PLANNED_ORDER) {
          boughtForThisOrder.merge(l.sku(), l.needDate(), (x, y) -> x.isBefore(y) ? x : y);
        }
        if (l.supplyKind() == SupplyKind.SCHEDULED_RECEIPT && l.isLate()) {
          late.put(l.supplyId(), new LatePurchase(l.supplyId(), l.sku(), receipt(l.supplyId()).due(), l.needDate()));
        }
      }
      for (ActionMessage m : expedites) {
        LocalDate needed = boughtForThisOrder.get(m.sku());
        if (needed != null && m.suggestedDate().isPresent() && m.currentDate().isAfter(m.suggestedDate().get())
            && m.currentDate().isAfter(needed)) {
          LocalDate when = needed.isBefore(m.suggestedDate().get()) ? m.suggestedDate().get() : needed;
          late.putIfAbsent(m.reference(), new LatePurchase(m.reference(), m.sku(), m.currentDate(), when));
        }
      }
      return new OrderReadiness(order, lines, List.copyOf(late.values()), ready);
    }
  }

  /** The readiness of every customer order that has demands in the problem, by order id. */
  public static List<OrderReadiness> ofAll(MrpProblem problem, MrpResult result) {
    Objects.requireNonNull(problem, "problem");
    TreeSet<OrderId> orders = new TreeSet<>();
    problem.demands().forEach(d -> d.orderId().ifPresent(orders::add));
    Objects.requireNonNull(result, "result");
    Context context = new Context(problem, result);
    List<OrderReadiness> out = new ArrayList<>();
    for (OrderId o : orders) {
      out.add(context.readiness(o));
    }
    return List.copyOf(out);
  }

  /** Materials not covered by stock or an open order: they still have to be bought (缺料). */
  public List<MaterialLine> shortMaterials() {
    List<MaterialLine> out = new ArrayList<>();
    for (MaterialLine l : materials) {
      if (l.supplyKind() == SupplyKind.PLANNED_ORDER) {
        out.add(l);
      }
    }
    return List.copyOf(out);
  }

  /** True if every material is expected by the date it is needed. */
  public boolean isOnTime() {
    return materials.stream().noneMatch(MaterialLine::isLate);
  }

  /** The largest number of days any material is expected after its need date (0 if all on time). */
  public long worstDaysLate() {
    return materials.stream().mapToLong(MaterialLine::daysLate).max().orElse(0);
  }
}

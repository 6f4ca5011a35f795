package org.gendan.scheduling.mrp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;

/**
 * The outcome of an MRP run: the time-phased record of every item (in planning order: low-level code,
 * then SKU), the planned orders with their pegs, every allocation of supply to requirement found by
 * pegging, and the action messages.
 *
 * <p>Immutable and thread-safe; equal inputs give equal results.
 */
public final class MrpResult {

  private final PlanningCalendar calendar;
  private final List<ItemRecord> records;
  private final List<PlannedOrder> plannedOrders;
  private final List<Allocation> allocations;
  private final List<ActionMessage> actionMessages;
  private final Map<Sku, ItemRecord> recordBySku;
  private final Map<DemandId, List<Allocation>> byDemand;
  private final Map<OrderId, List<Allocation>> byOrder;

  /**
   * Creates the result; used by {@link Mrp}.
   *
   * @param calendar       the planning calendar
   * @param records        records in planning order
   * @param plannedOrders  planned orders (not phantom pass-throughs)
   * @param allocations    all pegging allocations
   * @param actionMessages action messages
   */
  public MrpResult(PlanningCalendar calendar, List<ItemRecord> records, List<PlannedOrder> plannedOrders,
      List<Allocation> allocations, List<ActionMessage> actionMessages) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.records = List.copyOf(records);
    this.plannedOrders = List.copyOf(plannedOrders);
    this.allocations = List.copyOf(allocations);
    this.actionMessages = List.copyOf(actionMessages);
    Map<Sku, ItemRecord> m = new LinkedHashMap<>();
    for (ItemRecord r : this.records) {
      m.put(r.sku(), r);
    }
    this.recordBySku = Map.copyOf(m);
    Map<DemandId, List<Allocation>> d = new java.util.HashMap<>();
    Map<OrderId, List<Allocation>> o = new java.util.HashMap<>();
    for (Allocation a : this.allocations) {
      a.peg().demand().ifPresent(id -> d.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
      a.peg().orderId().ifPresent(id -> o.computeIfAbsent(id, k -> new ArrayList<>()).add(a));
    }
    Map<DemandId, List<Allocation>> dc = new java.util.HashMap<>();
    d.forEach((k, v) -> dc.put(k, List.copyOf(v)));
    Map<OrderId, List<Allocation>> oc = new java.util.HashMap<>();
    o.forEach((k, v) -> oc.put(k, List.copyOf(v)));
    this.byDemand = Map.copyOf(dc);
    this.byOrder = Map.copyOf(oc);
  }

  /** The planning calendar. */
  public PlanningCalendar calendar() {
    return calendar;
  }

  /** Every item's record, in planning order. */
  public List<ItemRecord> records() {
    return records;
  }

  /** The record of one item, if it was planned. */
  public Optional<ItemRecord> record(Sku sku) {
    return Optional.ofNullable(recordBySku.get(Objects.requireNonNull(sku, "sku")));
  }

  /** All planned orders, in planning order of their items, then by receipt period. */
  public List<PlannedOrder> plannedOrders() {
    return plannedOrders;
  }

  /** The planned orders of one item, by receipt period. */
  public List<PlannedOrder> plannedOrdersOf(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    List<PlannedOrder> out = new ArrayList<>();
    for (PlannedOrder o : plannedOrders) {
      if (o.sku().equals(sku)) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  /** Every allocation of supply to requirement, item by item in planning order. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The allocations of one supply of an item ({@code ON_HAND}, a receipt id or a planned order id). */
  public List<Allocation> allocationsOf(Sku sku, String supplyId) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyId, "supplyId");
    List<Allocation> out = new ArrayList<>();
    for (Allocation a : allocations) {
      if (a.sku().equals(sku) && a.supplyId().equals(supplyId)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Everything one demand needs, through all levels (单据追溯): each use of stock, open orders and
   * planned orders of every item in its product structure.
   */
  public List<Allocation> peggingOf(DemandId demand) {
    return byDemand.getOrDefault(Objects.requireNonNull(demand, "demand"), List.of());
  }

  /** Everything one customer order needs, through all levels and all its lines. */
  public List<Allocation> peggingOf(OrderId order) {
    return byOrder.getOrDefault(Objects.requireNonNull(order, "order"), List.of());
  }

  /** The action messages: by item in planning order, then by type and reference. */
  public List<ActionMessage> actionMessages() {
    return actionMessages;
  }

  /** The action messages of one type. */
  public List<ActionMessage> actionMessages(ActionType type) {
    Objects.requireNonNull(type, "type");
    List<ActionMessage> out = new ArrayList<>();
    for (ActionMessage m : actionMessages) {
      if (m.type() == type) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MrpResult)) {
      return false;
    }
    MrpResult r = (MrpResult) o;
    return calendar.equals(r.calendar) && records.equals(r.records) && plannedOrders.equals(r.plannedOrders)
        && allocations.equals(r.allocations) && actionMessages.equals(r.actionMessages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(records, plannedOrders, allocations, actionMessages);
  }

  @Override
  public String toString() {
    return "MrpResult[" + records.size() + " items, " + plannedOrders.size() + " planned orders, "
        + actionMessages.size() + " action messages]";
  }
}

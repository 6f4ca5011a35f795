package org.gendan.scheduling.mrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.internal.MrpPlan;

/**
 * The outcome of an MRP run: the time-phased record of every item (in planning order: low-level code,
 * then SKU), the planned orders with their pegs, every allocation of supply to requirement found by
 * pegging, and the action messages.
 *
 * <p>Pegging is stored single-level: each allocation ties a supply (stock, an open order, a planned
 * order, a phantom pass-through) to the requirement it covers one level up — a demand, a parent's
 * planned order ({@link Peg#parent()}) or stock kept. Full multi-level pegging is answered on query by
 * walking that graph: {@link #demandPegsOf(Sku, String)} upwards from any supply to the customer-order
 * lines it ultimately serves, {@link #peggingOf(DemandId)} and {@link #peggingOf(OrderId)} downwards
 * from a customer order to every material and planned order it needs. Both apportion proportionally
 * through the parent orders (see the methods for the exact rule), so the stored size grows with the
 * plan, not with the number of customer orders a shared component serves.
 *
 * <p>The engine keeps the plan compact (numbered supplies and allocations, exact fixed-point
 * quantities); records, planned orders and allocations are built as values when read, so reading a
 * list twice gives equal, not identical, elements. Hold on to the elements you need.
 *
 * <p>Immutable and thread-safe; equal inputs give equal results.
 */
public final class MrpResult {

  private final MrpPlan plan;

  /** Wraps the engine's plan; used by {@link Mrp}. */
  MrpResult(MrpPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /** The planning calendar. */
  public PlanningCalendar calendar() {
    return plan.calendar();
  }

  /** Every item's record, in planning order (each built when read). */
  public List<ItemRecord> records() {
    return plan.records();
  }

  /** The record of one item, if it was planned. */
  public Optional<ItemRecord> record(Sku sku) {
    return plan.record(Objects.requireNonNull(sku, "sku"));
  }

  /** All planned orders, in planning order of their items, then by receipt period (each built when read). */
  public List<PlannedOrder> plannedOrders() {
    return plan.plannedOrders();
  }

  /** The planned orders of one item, by receipt period. */
  public List<PlannedOrder> plannedOrdersOf(Sku sku) {
    return plan.plannedOrdersOf(Objects.requireNonNull(sku, "sku"));
  }

  /** Every allocation of supply to requirement, item by item in planning order (each built when read). */
  public List<Allocation> allocations() {
    return plan.allocations();
  }

  /** The allocations of one supply of an item ({@code ON_HAND}, a receipt id or a planned order id). */
  public List<Allocation> allocationsOf(Sku sku, String supplyId) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyId, "supplyId");
    return plan.allocationsOf(sku, supplyId);
  }

  /**
   * Full pegging upwards (多层追溯): the customer-order lines and forecasts one supply of an item ultimately
   * serves, through all parent levels, plus what is kept in stock (a peg with an empty demand, listed last).
   *
   * <p>Apportioning rule: a supply's quantity pegged to a parent order is divided among what that parent
   * order serves in proportion to the parent's own pegs (q × parent peg ÷ parent quantity), recursively up
   * to the demands; the part of a parent order kept in stock counts as stock. Quantities are rounded to
   * {@value Quantity#MAX_SCALE} decimals and the rounding remainder goes to the last peg, so the pegs add up
   * exactly to the supply's quantity. Demands are listed by demand id.
   *
   * @param sku      the item
   * @param supplyId {@code ON_HAND}, a scheduled receipt's id or a planned order's id
   * @return the pegs, empty if the supply is unknown
   */
  public List<Peg> demandPegsOf(Sku sku, String supplyId) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyId, "supplyId");
    return plan.demandPegsOf(sku, supplyId);
  }

  /** The multi-level pegs of a planned order: see {@link #demandPegsOf(Sku, String)}. */
  public List<Peg> demandPegsOf(PlannedOrder order) {
    Objects.requireNonNull(order, "order");
    return demandPegsOf(order.sku(), order.id());
  }

  /**
   * The customer-order lines a past-due planned order puts at risk (交期风险), through all levels: for
   * each allocation whose need date comes before the order can arrive (released today, it arrives
   * {@code 1 + lead time} periods from now), the demands it ultimately serves, apportioned as in
   * {@link #demandPegsOf(Sku, String)}, with the calendar days between that need date and the arrival
   * (the worst per demand). Empty for an order that is not past due. By demand id.
   */
  public List<AtRisk> customerOrdersAtRisk(PlannedOrder order) {
    Objects.requireNonNull(order, "order");
    return plan.customerOrdersAtRisk(order);
  }

  /**
   * Full pegging downwards (单据追溯): everything one demand needs, through all levels — each use of
   * stock, each open order and each planned order of every item in its product structure, as allocations
   * whose peg names the demand. The quantities below the demand's own item are apportioned: a component
   * allocation covering a parent order counts for the demand in proportion to the part of the parent
   * order the demand takes (quantity × demand's share ÷ parent quantity, multiplied down the levels),
   * rounded to {@value Quantity#MAX_SCALE} decimals; shares that round to zero are left out. Uses of one
   * supply for one need period (for instance a component reached through two parents) are merged into one
   * allocation. Listed in the order of {@link #allocations()}.
   */
  public List<Allocation> peggingOf(DemandId demand) {
    Objects.requireNonNull(demand, "demand");
    return plan.peggingOf(demand);
  }

  /**
   * Everything one customer order needs, through all levels and all its lines: {@link #peggingOf(DemandId)}
   * of each of its lines, by demand id.
   */
  public List<Allocation> peggingOf(OrderId order) {
    Objects.requireNonNull(order, "order");
    return plan.peggingOf(order);
  }

  /** Downward pegging of a customer order with the periods the order itself needs each allocation by. */
  List<MrpPlan.Reached> reach(OrderId order) {
    return plan.reach(order);
  }

  /** The action messages: by item in planning order, then by type and reference. */
  public List<ActionMessage> actionMessages() {
    return plan.actionMessages();
  }

  /** The action messages of one type. */
  public List<ActionMessage> actionMessages(ActionType type) {
    Objects.requireNonNull(type, "type");
    List<ActionMessage> out = new ArrayList<>();
    for (ActionMessage m : plan.actionMessages()) {
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
    return calendar().equals(r.calendar()) && records().equals(r.records()) && plannedOrders().equals(r.plannedOrders())
        && allocations().equals(r.allocations()) && actionMessages().equals(r.actionMessages());
  }

  @Override
  public int hashCode() {
    return Objects.hash(records(), plannedOrders(), actionMessages());
  }

  @Override
  public String toString() {
    return "MrpResult[" + records().size() + " items, " + plannedOrders().size() + " planned orders, "
        + actionMessages().size() + " action messages]";
  }
}

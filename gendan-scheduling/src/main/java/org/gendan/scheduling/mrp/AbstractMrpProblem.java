package org.gendan.scheduling.mrp;

import java.util.List;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.immutables.value.Value;

/**
 * The input of an MRP run: the items with their planning parameters, the bill of materials, stock,
 * open orders (scheduled receipts), independent demands and the planning calendar whose first day is
 * "today". Build with {@code MrpProblem.builder()}; {@link Mrp#run(MrpProblem)} checks that everything
 * refers to known items and fits the horizon, and returns a rejection otherwise.
 *
 * <p>The order of the lists does not matter: MRP sorts everything by stable keys.
 */
@Value.Immutable
abstract class AbstractMrpProblem {

  /** The items to plan, one entry per SKU; every SKU used anywhere in the problem must be here. */
  public abstract List<PlanningItem> items();

  /** The bill of materials; empty by default. */
  @Value.Default
  public BillOfMaterials bom() {
    return BillOfMaterials.empty();
  }

  /** Stock per item, at most one position per SKU; an item without a position has none. */
  public abstract List<InventoryPosition> inventory();

  /** Open purchase and production orders still to come in. */
  public abstract List<ScheduledReceipt> scheduledReceipts();

  /** Customer-order lines and forecasts to plan for. */
  public abstract List<Demand> demands();

  /** The planning horizon; its start is "today". */
  public abstract PlanningCalendar calendar();
}

package org.gendan.scheduling.mrp;

import io.vavr.control.Either;
import java.util.Objects;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.scheduling.mrp.internal.MrpEngine;

/**
 * Runs material requirements planning (物料需求计划) over a {@link MrpProblem}: low-level coding,
 * gross-to-net per item in low-level-code order, lot sizing, lead-time offsetting, full pegging to the
 * customer-order lines, and action messages. The conventions are stated in the package documentation.
 *
 * <p>A pure function: equal problems give equal results, whatever the order of their lists.
 */
public final class Mrp {

  /** An item is referred to that has no planning parameters. */
  public static final String UNKNOWN_ITEM = "UNKNOWN_ITEM";
  /** Two planning items, stock positions, receipts or demands share an identifier. */
  public static final String DUPLICATE_ENTRY = "DUPLICATE_ENTRY";
  /** A quantity is in a unit that does not convert to the item's planning unit. */
  public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
  /** A demand is due before the first day of the horizon. */
  public static final String DEMAND_BEFORE_HORIZON = "DEMAND_BEFORE_HORIZON";
  /** A demand is due after the last day of the horizon. */
  public static final String DEMAND_AFTER_HORIZON = "DEMAND_AFTER_HORIZON";
  /** An item's lead time is longer than the whole horizon. */
  public static final String LEAD_TIME_BEYOND_HORIZON = "LEAD_TIME_BEYOND_HORIZON";
  /** A cost-based lot-sizing rule is chosen but the ordering or holding cost is missing. */
  public static final String MISSING_LOT_SIZING_COSTS = "MISSING_LOT_SIZING_COSTS";
  /** An item is a phantom in some BOM lines or in its parameters but not in others. */
  public static final String PHANTOM_MISMATCH = "PHANTOM_MISMATCH";

  /** An item planned as a phantom has no components, so its requirements would be lost. */
  public static final String PHANTOM_WITHOUT_COMPONENTS = "PHANTOM_WITHOUT_COMPONENTS";

  /** The order maximum would split one period's lot into more than 10,000 orders. */
  public static final String ORDER_MAXIMUM_TOO_SMALL = "ORDER_MAXIMUM_TOO_SMALL";

  /**
   * A quantity of the plan (a demand, stock, an open order, a lot, a BOM product) goes beyond the range MRP
   * computes exactly: about 9.2 × 10<sup>12</sup> of the item's unit at {@value Quantity#MAX_SCALE} decimals.
   */
  public static final String QUANTITY_OUT_OF_RANGE = "QUANTITY_OUT_OF_RANGE";

  private Mrp() {}

  /**
   * Plans the problem.
   *
   * @param problem the items, BOM, stock, open orders, demands and calendar
   * @return the result, or a rejection naming the first problem found (unknown item, duplicate id,
   *     unit mismatch, demand outside the horizon, lead time beyond the horizon, missing costs, phantom
   *     mismatch, phantom without components, an order maximum that would split a lot
   *     into more than 10,000 orders, a quantity out of the exact range)
   * @throws NullPointerException if the problem is null
   */
  public static Either<Rejection, MrpResult> run(MrpProblem problem) {
    Objects.requireNonNull(problem, "problem");
    return MrpEngine.run(problem).map(MrpResult::new);
  }
}

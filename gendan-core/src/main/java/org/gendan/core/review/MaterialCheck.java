package org.gendan.core.review;

import java.time.LocalDate;
import org.gendan.core.order.SalesOrder;

/**
 * Whether the materials for an order can be in by the time production must start (物料评审). Order
 * review asks it; {@code gendan-scheduling} implements it with MRP. Until one is connected,
 * {@link #NOT_CHECKED} says so rather than pretending.
 */
@FunctionalInterface
public interface MaterialCheck {

  /** Reports "not checked": no material planning data is connected. */
  MaterialCheck NOT_CHECKED = (order, today) ->
      Feasibility.notChecked("materials not checked: no material plan (MRP) is connected to order review");

  /**
   * Checks the order's material needs.
   *
   * @param order the order under review
   * @param today the review date
   * @return the verdict; never null
   */
  Feasibility check(SalesOrder order, LocalDate today);
}

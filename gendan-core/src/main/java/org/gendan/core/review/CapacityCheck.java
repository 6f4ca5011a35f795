package org.gendan.core.review;

import java.time.LocalDate;
import org.gendan.core.order.SalesOrder;

/**
 * Whether the factory has the capacity to make an order by its delivery date (产能评审). Order review
 * asks it; {@code gendan-scheduling} implements it with capable-to-promise on the real schedule. Until
 * one is connected, {@link #NOT_CHECKED} says so rather than pretending.
 */
@FunctionalInterface
public interface CapacityCheck {

  /** Reports "not checked": no scheduling data is connected. */
  CapacityCheck NOT_CHECKED = (order, today) ->
      Feasibility.notChecked("capacity not checked: no production schedule is connected to order review");

  /**
   * Checks the order's capacity needs against what is already promised.
   *
   * @param order the order under review
   * @param today the review date
   * @return the verdict; never null
   */
  Feasibility check(SalesOrder order, LocalDate today);
}

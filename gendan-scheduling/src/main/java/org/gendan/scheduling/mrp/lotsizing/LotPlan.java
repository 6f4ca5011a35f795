package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A single-item lot plan and its cost: the quantity received in each period, the number of orders
 * (setups), the setup cost, the holding cost on end-of-period inventory and their total.
 *
 * @param rule          the name of the rule that made the plan
 * @param receipts      the quantity received in each period (index 0 = period 1)
 * @param endInventory  the inventory at the end of each period
 * @param setups        the number of periods with a receipt
 * @param setupCost     {@code setups × K}
 * @param holdingCost   {@code h × Σ end inventory}
 */
public record LotPlan(String rule, List<BigDecimal> receipts, List<BigDecimal> endInventory, int setups,
    BigDecimal setupCost, BigDecimal holdingCost) {

  /** Copies the lists. */
  public LotPlan {
    Objects.requireNonNull(rule, "rule");
    receipts = List.copyOf(receipts);
    endInventory = List.copyOf(endInventory);
    Objects.requireNonNull(setupCost, "setupCost");
    Objects.requireNonNull(holdingCost, "holdingCost");
  }

  /** Setup cost plus holding cost. */
  public BigDecimal totalCost() {
    return setupCost.add(holdingCost);
  }
}

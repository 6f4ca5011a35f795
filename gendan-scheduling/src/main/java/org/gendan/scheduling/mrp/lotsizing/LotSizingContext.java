package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a lot-sizing rule sees when MRP finds a net requirement in a period: the net requirements of
 * that period and of every later period of the horizon <em>assuming no further orders are planned</em>
 * (so {@code netRequirements.get(0)} is the quantity needed now, and later entries are the additional
 * shortfalls each later period would bring), the item's average gross requirement per period over the
 * whole horizon (the demand rate for EOQ), and the costs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param netRequirements           net requirements from the current period on; first entry positive, none negative
 * @param averageDemandPerPeriod    mean gross requirement per period over the horizon; not negative
 * @param setupCost                 cost per order {@code K}; zero when unknown; not negative
 * @param holdingCostPerUnitPeriod  cost {@code h} to hold one unit for one period; zero when unknown; not negative
 */
public record LotSizingContext(
    List<BigDecimal> netRequirements,
    BigDecimal averageDemandPerPeriod,
    BigDecimal setupCost,
    BigDecimal holdingCostPerUnitPeriod) {

  /**
   * Checks the context.
   *
   * @throws IllegalArgumentException if the list is empty, its first entry is not positive, or a value is negative
   */
  public LotSizingContext {
    netRequirements = List.copyOf(Objects.requireNonNull(netRequirements, "netRequirements"));
    Objects.requireNonNull(averageDemandPerPeriod, "averageDemandPerPeriod");
    Objects.requireNonNull(setupCost, "setupCost");
    Objects.requireNonNull(holdingCostPerUnitPeriod, "holdingCostPerUnitPeriod");
    if (netRequirements.isEmpty() || netRequirements.get(0).signum() <= 0) {
      throw new IllegalArgumentException("lot sizing needs a positive net requirement in the current period");
    }
    for (BigDecimal n : netRequirements) {
      if (n.signum() < 0) {
        throw new IllegalArgumentException("net requirements must not be negative: " + n.toPlainString());
      }
    }
    if (averageDemandPerPeriod.signum() < 0 || setupCost.signum() < 0 || holdingCostPerUnitPeriod.signum() < 0) {
      throw new IllegalArgumentException("demand rate and costs must not be negative");
    }
  }

  /** The number of periods from the current one to the end of the horizon. */
  public int horizon() {
    return netRequirements.size();
  }

  /** The net requirement {@code k} periods from now (0 = the current period). */
  public BigDecimal net(int k) {
    return netRequirements.get(k);
  }

  /** The sum of net requirements of periods {@code 0..k} from now (inclusive). */
  public BigDecimal cumulativeNet(int k) {
    BigDecimal s = BigDecimal.ZERO;
    for (int i = 0; i <= k; i++) {
      s = s.add(netRequirements.get(i));
    }
    return s;
  }
}

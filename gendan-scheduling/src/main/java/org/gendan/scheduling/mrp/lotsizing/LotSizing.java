package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plans a single item's net requirements with a lot-sizing rule, exactly as MRP does for each item
 * (without safety stock and scheduled receipts, which MRP handles before the rule is asked), and
 * prices the plan. Useful to compare rules for one item (批量规则比较).
 */
public final class LotSizing {

  private LotSizing() {}

  /**
   * Plans the net requirements period by period: whenever the stock carried from earlier lots does not
   * cover a period's requirement, the rule is asked for a lot covering at least the shortfall.
   *
   * <p>The EOQ demand rate is the mean of the given requirements.
   *
   * @param rule             the rule
   * @param netRequirements  net requirement per period (index 0 = period 1); none negative, at most 10,000 periods
   * @param setupCost        {@code K} per order; not negative
   * @param holdingCost      {@code h} per unit per period; not negative
   * @return the plan with its costs
   * @throws IllegalArgumentException if a requirement or cost is negative or the horizon is too long
   */
  public static LotPlan plan(LotSizingRule rule, List<BigDecimal> netRequirements, BigDecimal setupCost,
      BigDecimal holdingCost) {
    Objects.requireNonNull(netRequirements, "netRequirements");
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal n : netRequirements) {
      total = total.add(Objects.requireNonNull(n, "net requirement"));
    }
    BigDecimal avg = netRequirements.isEmpty() ? BigDecimal.ZERO
        : total.divide(BigDecimal.valueOf(netRequirements.size()), MathContext.DECIMAL64);
    return plan(rule, netRequirements, avg, setupCost, holdingCost);
  }

  /**
   * As {@link #plan(LotSizingRule, List, BigDecimal, BigDecimal)} with an explicit EOQ demand rate.
   *
   * @throws IllegalArgumentException if a requirement or cost is negative or the horizon is too long
   */
  public static LotPlan plan(LotSizingRule rule, List<BigDecimal> netRequirements, BigDecimal averageDemandPerPeriod,
      BigDecimal setupCost, BigDecimal holdingCost) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(netRequirements, "netRequirements");
    Objects.requireNonNull(averageDemandPerPeriod, "averageDemandPerPeriod");
    Objects.requireNonNull(setupCost, "setupCost");
    Objects.requireNonNull(holdingCost, "holdingCost");
    if (netRequirements.size() > 10_000) {
      throw new IllegalArgumentException("lot sizing horizon longer than 10,000 periods: " + netRequirements.size());
    }
    if (setupCost.signum() < 0 || holdingCost.signum() < 0) {
      throw new IllegalArgumentException("setup and holding cost must not be negative");
    }
    int n = netRequirements.size();
    BigDecimal[] req = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      req[i] = Objects.requireNonNull(netRequirements.get(i), "net requirement");
      if (req[i].signum() < 0) {
        throw new IllegalArgumentException("net requirement of period " + (i + 1) + " is negative: " + req[i].toPlainString());
      }
    }
    List<BigDecimal> receipts = new ArrayList<>(n);
    List<BigDecimal> end = new ArrayList<>(n);
    BigDecimal stock = BigDecimal.ZERO;
    BigDecimal holdingUnits = BigDecimal.ZERO;
    int setups = 0;
    for (int t = 0; t < n; t++) {
      BigDecimal receipt = BigDecimal.ZERO;
      if (stock.compareTo(req[t]) < 0) {
        List<BigDecimal> profile = new ArrayList<>(n - t);
        profile.add(req[t].subtract(stock));
        for (int k = t + 1; k < n; k++) {
          profile.add(req[k]);
        }
        BigDecimal lot = rule.lotSize(new LotSizingContext(profile, averageDemandPerPeriod, setupCost, holdingCost));
        if (lot.compareTo(profile.get(0)) < 0) {
          throw new IllegalStateException("rule " + rule.name() + " returned " + lot + " below the need " + profile.get(0));
        }
        receipt = lot;
        setups++;
      }
      stock = stock.add(receipt).subtract(req[t]);
      receipts.add(receipt.stripTrailingZeros());
      end.add(stock.stripTrailingZeros());
      holdingUnits = holdingUnits.add(stock);
    }
    BigDecimal setupTotal = setupCost.multiply(BigDecimal.valueOf(setups));
    return new LotPlan(rule.name(), receipts, end, setups, setupTotal.stripTrailingZeros(),
        holdingCost.multiply(holdingUnits).stripTrailingZeros());
  }
}

package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The named lot-sizing rules. Each is a value (equal rules compare equal) with a readable
 * {@link LotSizingRule#name()}.
 *
 * <ul>
 *   <li>{@link #lotForLot()} — receive exactly the net requirement (L4L, 按需订货).
 *   <li>{@link #fixedOrderQuantity(BigDecimal)} — whole multiples of the lot: {@code ceil(NR/q)·q} (FOQ).
 *   <li>{@link #minimum(BigDecimal)} — {@code max(NR, q)} (MIN).
 *   <li>{@link #multiple(BigDecimal)} — the net requirement rounded up to a multiple of {@code m}.
 *   <li>{@link #periodOrderQuantity(int)} — the net requirements of {@code p} periods (POQ).
 *   <li>{@link #economicOrderQuantity()} — {@code max(NR, Q*)} with {@code Q* = sqrt(2·K·D/h)} rounded
 *       half-up to a whole unit, {@code D} the average gross requirement per period (EOQ).
 *   <li>{@link #wagnerWhitin()} — the optimal first lot of the Wagner–Whitin dynamic programme over the
 *       remaining horizon (ties: the larger lot, so fewer orders).
 *   <li>{@link #silverMeal()} — extend the lot period by period while the average cost per period does
 *       not increase; stop at the first increase.
 *   <li>{@link #leastUnitCost()} — extend while the cost per unit does not increase; stop at the first increase.
 *   <li>{@link #partPeriodBalancing()} — cover the periods whose cumulative holding cost is closest to
 *       the setup cost {@code K} (economic part-periods {@code K/h}); ties: the smaller lot.
 * </ul>
 */
public final class LotSizingRules {

  private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

  private LotSizingRules() {}

  /** Lot-for-lot: receive exactly the net requirement. */
  public static LotSizingRule lotForLot() {
    return LotForLot.INSTANCE;
  }

  /**
   * Fixed order quantity: receive {@code ceil(NR / lot) × lot}.
   *
   * @throws IllegalArgumentException if the lot is not positive
   */
  public static LotSizingRule fixedOrderQuantity(BigDecimal lot) {
    return new RoundedUp("FOQ", positive(lot, "fixed order quantity"));
  }

  /**
   * Minimum: receive {@code max(NR, minimum)}.
   *
   * @throws IllegalArgumentException if the minimum is not positive
   */
  public static LotSizingRule minimum(BigDecimal minimum) {
    return new Minimum(positive(minimum, "minimum order quantity"));
  }

  /**
   * Multiple: the net requirement rounded up to a multiple of {@code multiple}.
   *
   * @throws IllegalArgumentException if the multiple is not positive
   */
  public static LotSizingRule multiple(BigDecimal multiple) {
    return new RoundedUp("MULTIPLE", positive(multiple, "order multiple"));
  }

  /**
   * Period order quantity: the net requirements of the current and the next {@code periods − 1} periods.
   *
   * @throws IllegalArgumentException if periods is below 1
   */
  public static LotSizingRule periodOrderQuantity(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException("period order quantity must cover at least 1 period: " + periods);
    }
    return new PeriodOrderQuantity(periods);
  }

  /** Economic order quantity computed from the setup cost, the demand rate and the holding cost. */
  public static LotSizingRule economicOrderQuantity() {
    return Eoq.INSTANCE;
  }

  /** Wagner–Whitin: the optimal lots for the remaining horizon. */
  public static LotSizingRule wagnerWhitin() {
    return new Dynamic(DynamicKind.WAGNER_WHITIN);
  }

  /** Silver–Meal: least average cost per period. */
  public static LotSizingRule silverMeal() {
    return new Dynamic(DynamicKind.SILVER_MEAL);
  }

  /** Least unit cost. */
  public static LotSizingRule leastUnitCost() {
    return new Dynamic(DynamicKind.LEAST_UNIT_COST);
  }

  /** Part-period balancing. */
  public static LotSizingRule partPeriodBalancing() {
    return new Dynamic(DynamicKind.PART_PERIOD_BALANCING);
  }

  private static BigDecimal positive(BigDecimal v, String what) {
    Objects.requireNonNull(v, what);
    if (v.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + v.toPlainString());
    }
    return v.stripTrailingZeros();
  }

  /** Rounds {@code need} up to a whole multiple of {@code step}. */
  static BigDecimal roundUpToMultiple(BigDecimal need, BigDecimal step) {
    BigDecimal n = need.divide(step, 0, RoundingMode.CEILING);
    return n.multiply(step).stripTrailingZeros();
  }

  private record LotForLot() implements LotSizingRule {
    static final LotForLot INSTANCE = new LotForLot();

    @Override
    public boolean looksAhead() {
      return false;
    }

    @Override
    public String name() {
      return "L4L";
    }

    @Override
    public BigDecimal lotSize(LotSizingContext context) {
      return context.net(0);
    }

    @Override
    public OptionalInt coversPeriods() {
      return OptionalInt.of(1);
    }
  }

  private record RoundedUp(String label, BigDecimal step) implements LotSizingRule {

    @Override
    public boolean looksAhead() {
      return false;
    }
    @Override
    public String name() {
      return label + " " + step.toPlainString();
    }

    @Override
    public BigDecimal lotSize(LotSizingContext context) {
      return roundUpToMultiple(context.net(0), step);
    }
  }

  private record Minimum(BigDecimal minimum) implements LotSizingRule {

    @Override
    public boolean looksAhead() {
      return false;
    }
    @Override
    public String name() {
      return "MIN " + minimum.toPlainString();
    }

    @Override
    public BigDecimal lotSize(LotSizingContext context) {
      return context.net(0).max(minimum);
    }
  }

  private record PeriodOrderQuantity(int periods) implements LotSizingRule {
    @Override
    public String name() {
      return "POQ " + periods;
    }

    @Override
    public BigDecimal lotSize(LotSizingContext context) {
      return context.cumulativeNet(Math.min(periods, context.horizon()) - 1);
    }

    @Override
    public int lookAheadPeriods() {
      return periods;
    }

    @Override
    public OptionalInt coversPeriods() {
      return OptionalInt.of(periods);
    }
  }

  private record Eoq() implements LotSizingRule {
    static final Eoq INSTANCE = new Eoq();

    @Override
    public String name() {
      return "EOQ";
    }

    @Override
    public boolean requiresCosts() {
      return true;
    }

    @Override
    public BigDecimal lotSize(LotSizingContext c) {
      if (c.holdingCostPerUnitPeriod().signum() == 0) {
        return c.net(0);
      }
      BigDecimal q = EconomicOrderQuantity.optimalQuantity(
          c.averageDemandPerPeriod(), c.setupCost(), c.holdingCostPerUnitPeriod())
          .setScale(0, RoundingMode.HALF_UP);
      return c.net(0).max(q);
    }
  }

  private enum DynamicKind {
    WAGNER_WHITIN("Wagner-Whitin") {
      @Override
      int periodsCovered(LotSizingContext c) {
        return wagnerWhitinFirstLot(c);
      }
    },
    SILVER_MEAL("Silver-Meal") {
      @Override
      int periodsCovered(LotSizingContext c) {
        BigDecimal k = c.setupCost();
        BigDecimal h = c.holdingCostPerUnitPeriod();
        BigDecimal holding = BigDecimal.ZERO;
        BigDecimal best = k;
        int t = 1;
        while (t < c.horizon()) {
          BigDecimal nextHolding = holding.add(h.multiply(c.net(t)).multiply(BigDecimal.valueOf(t)));
          BigDecimal avg = k.add(nextHolding).divide(BigDecimal.valueOf(t + 1L), MC);
          if (avg.compareTo(best) > 0) {
            break;
          }
          best = avg;
          holding = nextHolding;
          t++;
        }
        return t;
      }
    },
    LEAST_UNIT_COST("LUC") {
      @Override
      int periodsCovered(LotSizingContext c) {
        BigDecimal k = c.setupCost();
        BigDecimal h = c.holdingCostPerUnitPeriod();
        BigDecimal holding = BigDecimal.ZERO;
        BigDecimal qty = c.net(0);
        BigDecimal best = k.divide(qty, MC);
        int t = 1;
        while (t < c.horizon()) {
          BigDecimal nextHolding = holding.add(h.multiply(c.net(t)).multiply(BigDecimal.valueOf(t)));
          BigDecimal nextQty = qty.add(c.net(t));
          BigDecimal unit = k.add(nextHolding).divide(nextQty, MC);
          if (unit.compareTo(best) > 0) {
            break;
          }
          best = unit;
          holding = nextHolding;
          qty = nextQty;
          t++;
        }
        return t;
      }
    },
    PART_PERIOD_BALANCING("PPB") {
      @Override
      int periodsCovered(LotSizingContext c) {
        BigDecimal k = c.setupCost();
        BigDecimal h = c.holdingCostPerUnitPeriod();
        BigDecimal holding = BigDecimal.ZERO;
        BigDecimal bestGap = k;
        int best = 1;
        for (int t = 1; t < c.horizon(); t++) {
          holding = holding.add(h.multiply(c.net(t)).multiply(BigDecimal.valueOf(t)));
          BigDecimal gap = holding.subtract(k).abs();
          if (gap.compareTo(bestGap) < 0) {
            bestGap = gap;
            best = t + 1;
          }
          if (holding.compareTo(k) > 0) {
            break;
          }
        }
        return best;
      }
    };

    private final String label;

    DynamicKind(String label) {
      this.label = label;
    }

    abstract int periodsCovered(LotSizingContext c);
  }

  private record Dynamic(DynamicKind kind) implements LotSizingRule {
    @Override
    public String name() {
      return kind.label;
    }

    @Override
    public boolean requiresCosts() {
      return true;
    }

    @Override
    public BigDecimal lotSize(LotSizingContext c) {
      return c.cumulativeNet(kind.periodsCovered(c) - 1);
    }
  }

  /**
   * Backward Wagner–Whitin recursion over the remaining horizon: {@code best[i]} is the least cost of
   * covering periods {@code i..} with an order in {@code i}. Returns how many periods the first lot covers.
   */
  static int wagnerWhitinFirstLot(LotSizingContext c) {
    int n = c.horizon();
    BigDecimal k = c.setupCost();
    BigDecimal h = c.holdingCostPerUnitPeriod();
    int[] next = new int[n + 1];
    next[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      next[i] = c.net(i).signum() > 0 ? i : next[i + 1];
    }
    BigDecimal[] best = new BigDecimal[n + 1];
    int[] lastCovered = new int[n + 1];
    best[n] = BigDecimal.ZERO;
    for (int i = n - 1; i >= 0; i--) {
      if (c.net(i).signum() == 0) {
        continue;
      }
      BigDecimal holding = BigDecimal.ZERO;
      BigDecimal bestCost = null;
      int bestJ = i;
      for (int j = i; j < n; j++) {
        BigDecimal nj = c.net(j);
        if (nj.signum() == 0) {
          continue;
        }
        holding = holding.add(h.multiply(nj).multiply(BigDecimal.valueOf((long) j - i)));
        BigDecimal cost = k.add(holding).add(best[next[j + 1]]);
        if (bestCost == null || cost.compareTo(bestCost) <= 0) {
          bestCost = cost;
          bestJ = j;
        }
      }
      best[i] = bestCost;
      lastCovered[i] = bestJ;
    }
    return lastCovered[0] + 1;
  }
}

package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.immutables.value.Value;

/**
 * An item's planning parameters (物料计划参数) for MRP: make or buy, lead time, safety stock, the
 * lot-sizing rule with order minimum, maximum and multiple, yield, the phantom flag and the costs the
 * economic rules need (订货成本: a fixed part per order and a variable part per unit; holding cost).
 *
 * <p>Build with {@code PlanningItem.builder().sku(..).unit(..)...build()}. All quantities are converted
 * to {@link #unit()}, the unit in which the item is planned; they must measure the same thing.
 */
@Value.Immutable
abstract class AbstractPlanningItem {

  /** The most periods a lead time may have. */
  static final int MAX_LEAD_TIME = 3_660;

  /** The item. */
  public abstract Sku sku();

  /** The unit the item is planned in; every quantity of this item is expressed in it. */
  public abstract Unit unit();

  /** Made, bought or subcontracted; defaults to BUY. */
  @Value.Default
  public MakeOrBuy makeOrBuy() {
    return MakeOrBuy.BUY;
  }

  /** Fixed lead time in planning periods (release to receipt); default 0. */
  @Value.Default
  public int leadTimePeriods() {
    return 0;
  }

  /**
   * Additional lead time per unit, in periods (for made items: run time per piece); default 0. An order of
   * {@code q} takes {@code leadTimePeriods + ceil(q × leadTimePerUnit)} periods.
   */
  @Value.Default
  public BigDecimal leadTimePerUnit() {
    return BigDecimal.ZERO;
  }

  /** The stock to keep as a floor (安全库存); default zero. */
  @Value.Default
  public Quantity safetyStock() {
    return Quantity.zero(unit());
  }

  /** The lot-sizing rule; default lot-for-lot. */
  @Value.Default
  public LotSizingRule lotSizing() {
    return LotSizingRules.lotForLot();
  }

  /** The smallest quantity one order may have (最小订货量). */
  public abstract Optional<Quantity> orderMinimum();

  /** The largest quantity one order may have; a larger lot is split into several orders. */
  public abstract Optional<Quantity> orderMaximum();

  /** Orders are whole multiples of this quantity (e.g. a carton or a roll). */
  public abstract Optional<Quantity> orderMultiple();

  /** Good output in percent of what is started (成品率), 0 &lt; yield ≤ 100; default 100. */
  @Value.Default
  public BigDecimal yieldPercent() {
    return BigDecimal.valueOf(100);
  }

  /** True if the item is a phantom (虚拟件) in every use: never ordered, blown through to its components. */
  @Value.Default
  public boolean phantom() {
    return false;
  }

  /** The fixed ordering or setup cost per order {@code K} (订货成本固定部分). */
  public abstract Optional<Money> orderingCostPerOrder();

  /** The variable ordering cost per unit {@code c} (订货成本变动部分, e.g. price plus freight per unit). */
  public abstract Optional<Money> orderingCostPerUnit();

  /** The cost {@code h} to hold one unit for one planning period, when given directly. */
  public abstract Optional<Money> holdingCostPerUnitPeriod();

  /** The holding-cost rate per planning period as a fraction of {@link #orderingCostPerUnit()} ({@code h = I·c}). */
  public abstract Optional<BigDecimal> holdingCostRate();

  /** The holding cost per unit per period: the direct one if given, else rate × variable cost, else empty. */
  public Optional<BigDecimal> effectiveHoldingCost() {
    if (holdingCostPerUnitPeriod().isPresent()) {
      return Optional.of(holdingCostPerUnitPeriod().get().amount());
    }
    if (holdingCostRate().isPresent() && orderingCostPerUnit().isPresent()) {
      return Optional.of(holdingCostRate().get().multiply(orderingCostPerUnit().get().amount()));
    }
    return Optional.empty();
  }

  /** The safety stock in the planning unit. */
  public BigDecimal safetyStockValue() {
    return safetyStock().to(unit()).value();
  }

  /** The order minimum in the planning unit, zero if none. */
  public BigDecimal orderMinimumValue() {
    return orderMinimum().map(q -> q.to(unit()).value()).orElse(BigDecimal.ZERO);
  }

  /** The order multiple in the planning unit, if any. */
  public Optional<BigDecimal> orderMultipleValue() {
    return orderMultiple().map(q -> q.to(unit()).value());
  }

  /**
   * The largest order quantity that respects the maximum and the multiple (the maximum rounded down to a
   * multiple), if a maximum is given.
   */
  public Optional<BigDecimal> effectiveOrderMaximum() {
    if (orderMaximum().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal max = orderMaximum().get().to(unit()).value();
    if (orderMultipleValue().isPresent()) {
      BigDecimal m = orderMultipleValue().get();
      max = max.divideToIntegralValue(m).multiply(m);
    }
    return Optional.of(max.stripTrailingZeros());
  }

  @Value.Check
  protected void check() {
    String s = "planning item " + sku() + ": ";
    if (leadTimePeriods() < 0 || leadTimePeriods() > MAX_LEAD_TIME) {
      throw new IllegalArgumentException(s + "lead time must be 0.." + MAX_LEAD_TIME + " periods, got " + leadTimePeriods());
    }
    if (leadTimePerUnit().signum() < 0) {
      throw new IllegalArgumentException(s + "lead time per unit must not be negative: " + leadTimePerUnit());
    }
    checkUnit(s, "safety stock", safetyStock());
    if (safetyStock().isNegative()) {
      throw new IllegalArgumentException(s + "safety stock must not be negative: " + safetyStock());
    }
    orderMinimum().ifPresent(q -> checkPositive(s, "order minimum", q));
    orderMaximum().ifPresent(q -> checkPositive(s, "order maximum", q));
    orderMultiple().ifPresent(q -> checkPositive(s, "order multiple", q));
    if (orderMaximum().isPresent()) {
      BigDecimal max = effectiveOrderMaximum().get();
      if (max.signum() <= 0) {
        throw new IllegalArgumentException(s + "order maximum " + orderMaximum().get()
            + " is smaller than the order multiple " + orderMultiple().map(Object::toString).orElse(""));
      }
      if (max.compareTo(orderMinimumValue()) < 0) {
        throw new IllegalArgumentException(s + "order maximum " + orderMaximum().get()
            + " (rounded down to the multiple) is below the order minimum " + orderMinimum().get());
      }
    }
    if (yieldPercent().signum() <= 0 || yieldPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(s + "yield must be above 0 and at most 100 percent, got " + yieldPercent().toPlainString());
    }
    checkMoney(s, "ordering cost per order", orderingCostPerOrder());
    checkMoney(s, "ordering cost per unit", orderingCostPerUnit());
    checkMoney(s, "holding cost", holdingCostPerUnitPeriod());
    holdingCostRate().ifPresent(r -> {
      if (r.signum() < 0) {
        throw new IllegalArgumentException(s + "holding cost rate must not be negative: " + r.toPlainString());
      }
    });
    java.util.Set<java.util.Currency> currencies = new java.util.TreeSet<>(java.util.Comparator.comparing(java.util.Currency::getCurrencyCode));
    orderingCostPerOrder().ifPresent(m -> currencies.add(m.currency()));
    orderingCostPerUnit().ifPresent(m -> currencies.add(m.currency()));
    holdingCostPerUnitPeriod().ifPresent(m -> currencies.add(m.currency()));
    if (currencies.size() > 1) {
      throw new IllegalArgumentException(s + "ordering and holding costs must be in one currency, got " + currencies);
    }
  }

  private void checkUnit(String s, String what, Quantity q) {
    if (!q.unit().isConvertibleTo(unit())) {
      throw new IllegalArgumentException(s + what + " is in " + q.unit() + " but the item is planned in " + unit());
    }
  }

  private void checkPositive(String s, String what, Quantity q) {
    checkUnit(s, what, q);
    if (!q.isPositive()) {
      throw new IllegalArgumentException(s + what + " must be positive: " + q);
    }
  }

  private static void checkMoney(String s, String what, Optional<Money> m) {
    if (m.isPresent() && m.get().isNegative()) {
      throw new IllegalArgumentException(s + what + " must not be negative: " + m.get());
    }
  }
}

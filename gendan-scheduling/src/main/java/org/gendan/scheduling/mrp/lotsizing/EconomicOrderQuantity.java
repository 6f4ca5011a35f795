package org.gendan.scheduling.mrp.lotsizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The classic economic order quantity model with a fixed and a variable part of the ordering cost
 * (订货成本: a fixed part per order for handling and paperwork, and a variable part per unit).
 *
 * <p>With demand rate {@code D} per unit of time, fixed cost {@code K} per order, variable cost
 * {@code c} per unit and holding cost {@code h} per unit per unit of time, the cost per unit of time of
 * ordering {@code Q} at a time is {@code G(Q) = K·D/Q + c·D + h·Q/2}, minimised by
 * {@code Q* = sqrt(2·K·D/h)}. The variable part {@code c·D} does not depend on {@code Q}; it changes
 * {@code Q*} only through {@code h} when {@code h = I·c} ({@link #holdingCostFromRate}). All amounts are
 * in one currency and one time unit chosen by the caller; results are exact to 34 significant digits
 * and never rounded here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param demandRate              {@code D}, units per unit of time; positive
 * @param fixedCostPerOrder       {@code K}; not negative
 * @param variableCostPerUnit     {@code c}; not negative
 * @param holdingCostPerUnitTime  {@code h}; positive
 */
public record EconomicOrderQuantity(
    BigDecimal demandRate, BigDecimal fixedCostPerOrder, BigDecimal variableCostPerUnit,
    BigDecimal holdingCostPerUnitTime) {

  private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * Checks the parameters.
   *
   * @throws IllegalArgumentException if the demand rate or holding cost is not positive or a cost is negative
   */
  public EconomicOrderQuantity {
    Objects.requireNonNull(demandRate, "demandRate");
    Objects.requireNonNull(fixedCostPerOrder, "fixedCostPerOrder");
    Objects.requireNonNull(variableCostPerUnit, "variableCostPerUnit");
    Objects.requireNonNull(holdingCostPerUnitTime, "holdingCostPerUnitTime");
    if (demandRate.signum() <= 0) {
      throw new IllegalArgumentException("EOQ demand rate must be positive: " + demandRate.toPlainString());
    }
    if (holdingCostPerUnitTime.signum() <= 0) {
      throw new IllegalArgumentException("EOQ holding cost must be positive: " + holdingCostPerUnitTime.toPlainString());
    }
    if (fixedCostPerOrder.signum() < 0 || variableCostPerUnit.signum() < 0) {
      throw new IllegalArgumentException("EOQ ordering costs must not be negative");
    }
  }

  /** The holding cost {@code h = I·c} from a carrying rate {@code I} per unit of time and a unit cost {@code c}. */
  public static BigDecimal holdingCostFromRate(BigDecimal carryingRate, BigDecimal unitCost) {
    Objects.requireNonNull(carryingRate, "carryingRate");
    Objects.requireNonNull(unitCost, "unitCost");
    return carryingRate.multiply(unitCost);
  }

  /**
   * {@code sqrt(2·K·D/h)}, unrounded.
   *
   * @throws IllegalArgumentException if {@code h} is not positive or {@code K} or {@code D} is negative
   */
  public static BigDecimal optimalQuantity(BigDecimal demandRate, BigDecimal fixedCostPerOrder, BigDecimal holdingCost) {
    Objects.requireNonNull(demandRate, "demandRate");
    Objects.requireNonNull(fixedCostPerOrder, "fixedCostPerOrder");
    Objects.requireNonNull(holdingCost, "holdingCost");
    if (holdingCost.signum() <= 0 || demandRate.signum() < 0 || fixedCostPerOrder.signum() < 0) {
      throw new IllegalArgumentException("EOQ needs a positive holding cost and non-negative demand and setup cost");
    }
    return TWO.multiply(fixedCostPerOrder).multiply(demandRate).divide(holdingCost, MC).sqrt(MC);
  }

  /** {@code Q* = sqrt(2·K·D/h)}, unrounded. */
  public BigDecimal optimalQuantity() {
    return optimalQuantity(demandRate, fixedCostPerOrder, holdingCostPerUnitTime);
  }

  /** The cycle time {@code Q/D} between orders of size {@code quantity}. */
  public BigDecimal cycleTime(BigDecimal quantity) {
    return requirePositive(quantity).divide(demandRate, MC);
  }

  /** The fixed ordering cost per unit of time {@code K·D/Q}. */
  public BigDecimal setupCostPerTime(BigDecimal quantity) {
    return fixedCostPerOrder.multiply(demandRate).divide(requirePositive(quantity), MC);
  }

  /** The holding cost per unit of time {@code h·Q/2}. */
  public BigDecimal holdingCostPerTime(BigDecimal quantity) {
    return holdingCostPerUnitTime.multiply(requirePositive(quantity)).divide(TWO, MC);
  }

  /** The variable ordering (purchase) cost per unit of time {@code c·D}, independent of {@code Q}. */
  public BigDecimal variableCostPerTime() {
    return variableCostPerUnit.multiply(demandRate);
  }

  /** The total cost per unit of time {@code G(Q) = K·D/Q + c·D + h·Q/2}. */
  public BigDecimal costPerTime(BigDecimal quantity) {
    return setupCostPerTime(quantity).add(variableCostPerTime()).add(holdingCostPerTime(quantity));
  }

  private static BigDecimal requirePositive(BigDecimal q) {
    Objects.requireNonNull(q, "quantity");
    if (q.signum() <= 0) {
      throw new IllegalArgumentException("order quantity must be positive: " + q.toPlainString());
    }
    return q;
  }
}

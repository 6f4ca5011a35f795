package org.gendan.core.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quantity with its unit: 4,800 PCS, 12.5 KG, 21.6 CBM. Never a bare number.
 *
 * <p>Values are kept in canonical form (trailing zeros dropped), so {@code 10 PCS} equals
 * {@code 10.00 PCS}; at most {@value #MAX_SCALE} decimals. A quantity may be negative (a shortage, a
 * stock correction); entry points that need positive quantities (order lines) check that themselves.
 * Adding quantities converts between units of the same {@link Dimension} (DOZ to PCS), and throws
 * {@link UnitMismatchException} across dimensions and between packing units (CTN to ROLL). A quantity
 * has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the amount of units
 * @param unit  the unit
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

  /** The largest number of decimals a quantity may carry. */
  public static final int MAX_SCALE = 6;
  /** The most digits a quantity may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /**
   * Creates a quantity.
   *
   * @throws IllegalArgumentException if the value has more than {@value #MAX_SCALE} decimals or more
   *                                  than {@value #MAX_INTEGER_DIGITS} digits before the decimal point
   */
  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    value = canonical(value);
  }

  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("quantity has more than " + MAX_SCALE + " decimals: " + show(v));
    }
    if (s.signum() != 0 && s.precision() - s.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("quantity " + show(v) + " is too large: at most " + MAX_INTEGER_DIGITS
          + " digits before the decimal point");
    }
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }

  /** Plain text for sensible values, scientific for absurd exponents (which would print megabytes). */
  private static String show(BigDecimal v) {
    return Math.abs(v.scale()) < 100 ? v.toPlainString() : v.toString();
  }

  /** A whole-number quantity, e.g. {@code Quantity.of(4800, Unit.PCS)}. */
  public static Quantity of(long value, Unit unit) {
    return new Quantity(BigDecimal.valueOf(value), unit);
  }

  /** A quantity from a decimal string, e.g. {@code Quantity.of("12.5", Unit.KG)}. */
  public static Quantity of(String value, Unit unit) {
    Objects.requireNonNull(value, "value");
    try {
      return new Quantity(new BigDecimal(value.trim()), unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal quantity: '" + value + "'");
    }
  }

  /** A quantity from a decimal. */
  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(value, unit);
  }

  /** Zero of the unit. */
  public static Quantity zero(Unit unit) {
    return new Quantity(BigDecimal.ZERO, unit);
  }

  /**
   * This plus {@code other}, in this unit (the other is converted within the dimension).
   *
   * @throws UnitMismatchException if the units do not convert into each other
   */
  public Quantity plus(Quantity other) {
    Objects.requireNonNull(other, "other");
    return new Quantity(value.add(other.to(unit).value), unit);
  }

  /**
   * This minus {@code other}, in this unit (the other is converted within the dimension).
   *
   * @throws UnitMismatchException if the units do not convert into each other
   */
  public Quantity minus(Quantity other) {
    Objects.requireNonNull(other, "other");
    return new Quantity(value.subtract(other.to(unit).value), unit);
  }

  /**
   * This times {@code factor}: exact when the product has at most {@value #MAX_SCALE} decimals,
   * otherwise rounded half-up to {@value #MAX_SCALE} decimals (0.000001 KG × 0.5 is 0.000001 KG).
   *
   * @throws IllegalArgumentException if the product has more than {@value #MAX_INTEGER_DIGITS} digits
   *                                  before the decimal point
   */
  public Quantity multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    BigDecimal product = value.multiply(factor);
    if (product.signum() != 0 && product.precision() - product.scale() < -MAX_SCALE) {
      // below half of the smallest step (|product| < 10^-7): rounds half-up to zero without expanding it
      return zero(unit);
    }
    if (product.signum() != 0 && product.precision() - product.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("quantity " + this + " × " + factor + " is too large: at most "
          + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    return new Quantity(product.scale() > MAX_SCALE ? product.setScale(MAX_SCALE, RoundingMode.HALF_UP) : product, unit);
  }

  /**
   * This quantity in another unit of the same dimension (DOZ → PCS, YD → M), exact up to
   * {@value #MAX_SCALE} decimals (rounded half-up beyond).
   *
   * @throws UnitMismatchException if the units measure different things
   */
  public Quantity to(Unit target) {
    Objects.requireNonNull(target, "target");
    if (target == unit) {
      return this;
    }
    if (!unit.isConvertibleTo(target)) {
      throw new UnitMismatchException(unit, target);
    }
    BigDecimal base = value.multiply(unit.toBaseFactor());
    return new Quantity(base.divide(target.toBaseFactor(), MAX_SCALE, RoundingMode.HALF_UP), target);
  }

  /** True if the value is zero. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** True if the value is above zero. */
  public boolean isPositive() {
    return value.signum() > 0;
  }

  /** True if the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** True if the value is a whole number. */
  public boolean isWhole() {
    return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Compares two quantities, converting {@code other} into this unit. The order is not consistent with
   * {@code equals}: 1 DOZ compares as equal to 12 PCS but is not equal to it (it has another unit).
   *
   * @throws UnitMismatchException if the units do not convert into each other
   */
  @Override
  public int compareTo(Quantity other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.to(unit).value);
  }

  /** E.g. {@code 4800 PCS}. */
  @Override
  public String toString() {
    return value.toPlainString() + " " + unit;
  }
}

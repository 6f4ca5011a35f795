package org.gendan.core.measure;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gendan.core.Rejection;

/**
 * An item's own unit conversions, beyond the fixed ones between units of one dimension: one carton of
 * this item holds 24 pieces, one set is 3 pieces, one metre of this fabric weighs 0.21 kg.
 *
 * <p>A conversion {@code 1 from = factor × to} also works backwards. Converting tries the fixed
 * dimension conversion first, then a direct item conversion, then one item conversion combined with
 * fixed conversions on either side (DOZ → PCS → CTN).
 *
 * <p>Immutable and thread-safe.
 *
 * @param conversions the item's conversions
 */
public record UnitConversions(List<Conversion> conversions) {

  /**
   * One item-specific conversion: {@code 1 from = factor × to}.
   *
   * @param from   the unit converted from
   * @param factor how many {@code to} units one {@code from} unit is; positive, at most
   *               {@value Quantity#MAX_INTEGER_DIGITS} digits before and {@value #MAX_FACTOR_SCALE}
   *               after the decimal point (a factor written with an exponent is kept as a plain number)
   * @param to     the unit converted to
   */
  public record Conversion(Unit from, BigDecimal factor, Unit to) {
    /** The most decimals a conversion factor may have (trailing zeros not counted). */
    public static final int MAX_FACTOR_SCALE = 12;

    /** Creates a conversion. @throws IllegalArgumentException if the factor is not positive or out of range */
    public Conversion {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(to, "to");
      if (factor.signum() <= 0) {
        throw new IllegalArgumentException("conversion factor must be positive: 1 " + from + " = " + factor + " " + to);
      }
      if (factor.precision() - factor.scale() > Quantity.MAX_INTEGER_DIGITS
          || factor.stripTrailingZeros().scale() > MAX_FACTOR_SCALE) {
        throw new IllegalArgumentException("conversion factor out of range: 1 " + from + " = " + factor + " " + to
            + " (at most " + Quantity.MAX_INTEGER_DIGITS + " digits before and " + MAX_FACTOR_SCALE
            + " after the decimal point)");
      }
      if (factor.scale() < 0) {
        factor = factor.setScale(0);
      }
      if (from == to) {
        throw new IllegalArgumentException("a conversion needs two different units, got " + from);
      }
    }
  }

  /** No item conversions. */
  public static final UnitConversions NONE = new UnitConversions(List.of());

  /** Creates the set of conversions. */
  public UnitConversions {
    Objects.requireNonNull(conversions, "conversions");
    List<Conversion> sorted = new ArrayList<>(conversions);
    sorted.forEach(c -> Objects.requireNonNull(c, "conversions contains null"));
    sorted.sort(Comparator.comparing((Conversion c) -> c.from()).thenComparing(Conversion::to));
    conversions = List.copyOf(sorted);
  }

  /** Conversions from a list of {@code (from, factor, to)} triples. */
  public static UnitConversions of(Conversion... conversions) {
    return new UnitConversions(List.of(conversions));
  }

  /** This set plus one more conversion. */
  public UnitConversions with(Unit from, BigDecimal factor, Unit to) {
    List<Conversion> more = new ArrayList<>(conversions);
    more.add(new Conversion(from, factor, to));
    return new UnitConversions(more);
  }

  /**
   * Converts {@code quantity} to {@code target}.
   *
   * <p>Among several item conversions that could serve, a direct one (between exactly these two units,
   * either way) wins over one combined with fixed conversions; otherwise the first in the order of
   * {@link #conversions()} (by from unit, then to unit). Intermediate and final values are rounded
   * half-up to {@value Quantity#MAX_SCALE} decimals, so converting there and back is exact when every
   * step is (24 PCS to 1 CTN and back) and within a few millionths otherwise.
   *
   * @return the converted quantity, or a {@code UNIT_NOT_CONVERTIBLE} rejection naming both units
   * @throws IllegalArgumentException if the converted quantity is too large for a {@link Quantity}
   */
  public Either<Rejection, Quantity> convert(Quantity quantity, Unit target) {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(target, "target");
    if (quantity.unit().isConvertibleTo(target)) {
      return Either.right(quantity.to(target));
    }
    for (boolean directOnly : new boolean[] {true, false}) {
      for (Conversion c : conversions) {
        for (int dir = 0; dir < 2; dir++) {
          Unit a = dir == 0 ? c.from() : c.to();
          Unit b = dir == 0 ? c.to() : c.from();
          boolean fits = directOnly
              ? quantity.unit() == a && b == target
              : quantity.unit().isConvertibleTo(a) && b.isConvertibleTo(target);
          if (fits) {
            BigDecimal inA = quantity.to(a).value();
            BigDecimal inB = dir == 0
                ? inA.multiply(c.factor())
                : inA.divide(c.factor(), Quantity.MAX_SCALE, RoundingMode.HALF_UP);
            BigDecimal rounded = inB.setScale(Math.min(Quantity.MAX_SCALE, Math.max(inB.scale(), 0)), RoundingMode.HALF_UP);
            return Either.right(new Quantity(rounded, b).to(target));
          }
        }
      }
    }
    return Either.left(Rejection.of("UNIT_NOT_CONVERTIBLE",
        "cannot convert " + quantity + " to " + target + ": the item has no conversion between "
            + quantity.unit() + " and " + target + " (单位无法换算)"));
  }
}

package org.gendan.core.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;

/**
 * How an item is packed for export (包装规格): units per inner pack and per export carton, the carton's
 * outside dimensions and its weights. Quantities are in the item's base unit.
 *
 * <p>Measurement (CBM) per carton is L × W × H / 1,000,000, kept exact here; documents print it to 3
 * decimals. Dimensions and weights have at most {@value #MAX_SCALE} decimals; a figure written with an
 * exponent ({@code 6E+1}) is kept as a plain number ({@code 60}) so that it survives a JSON round trip.
 *
 * @param unitsPerInner  units per inner pack (内盒), if the item has inner packs
 * @param unitsPerCarton units per export carton (外箱); positive
 * @param lengthCm       carton length in cm; positive
 * @param widthCm        carton width in cm; positive
 * @param heightCm       carton height in cm; positive
 * @param netWeightKg    net weight of a full carton in kg (净重); positive
 * @param grossWeightKg  gross weight of a full carton in kg (毛重); at least the net weight
 */
public record PackingSpec(
    Optional<Integer> unitsPerInner,
    int unitsPerCarton,
    BigDecimal lengthCm,
    BigDecimal widthCm,
    BigDecimal heightCm,
    BigDecimal netWeightKg,
    BigDecimal grossWeightKg) {

  /** The most decimals a dimension or weight may have (trailing zeros not counted). */
  public static final int MAX_SCALE = 6;

  private static final BigDecimal CM3_PER_M3 = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal MAX_CM = BigDecimal.valueOf(1_000);
  private static final BigDecimal MAX_KG = BigDecimal.valueOf(1_000);

  /** Creates a packing spec. @throws IllegalArgumentException if a figure is out of range */
  public PackingSpec {
    Objects.requireNonNull(unitsPerInner, "unitsPerInner");
    lengthCm = requireRange(lengthCm, "carton length (cm)", MAX_CM);
    widthCm = requireRange(widthCm, "carton width (cm)", MAX_CM);
    heightCm = requireRange(heightCm, "carton height (cm)", MAX_CM);
    netWeightKg = requireRange(netWeightKg, "net weight per carton (kg)", MAX_KG);
    grossWeightKg = requireRange(grossWeightKg, "gross weight per carton (kg)", MAX_KG);
    if (unitsPerCarton <= 0 || unitsPerCarton > 1_000_000) {
      throw new IllegalArgumentException("units per carton must be 1..1000000: " + unitsPerCarton);
    }
    if (unitsPerInner.isPresent()) {
      int inner = unitsPerInner.get();
      if (inner <= 0 || unitsPerCarton % inner != 0) {
        throw new IllegalArgumentException("units per inner pack (" + inner + ") must be positive and divide units per carton (" + unitsPerCarton + ")");
      }
    }
    if (grossWeightKg.compareTo(netWeightKg) < 0) {
      throw new IllegalArgumentException("gross weight per carton " + grossWeightKg.toPlainString()
          + " kg is below the net weight " + netWeightKg.toPlainString() + " kg");
    }
  }

  private static BigDecimal requireRange(BigDecimal v, String what, BigDecimal max) {
    Objects.requireNonNull(v, what);
    if (v.signum() <= 0 || v.compareTo(max) > 0) {
      throw new IllegalArgumentException(what + " must be above 0 and at most " + max + ": " + v);
    }
    if (v.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException(what + " has more than " + MAX_SCALE + " decimals: " + v);
    }
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * A packing spec without inner packs, from plain figures, e.g. {@code of(24, "60", "40", "45", "12.0",
   * "13.5")}.
   *
   * @throws IllegalArgumentException naming the figure if one is not a decimal number or out of range
   */
  public static PackingSpec of(int unitsPerCarton, String lengthCm, String widthCm, String heightCm, String netKg, String grossKg) {
    return new PackingSpec(Optional.empty(), unitsPerCarton, parse(lengthCm, "carton length (cm)"),
        parse(widthCm, "carton width (cm)"), parse(heightCm, "carton height (cm)"),
        parse(netKg, "net weight per carton (kg)"), parse(grossKg, "gross weight per carton (kg)"));
  }

  private static BigDecimal parse(String text, String what) {
    Objects.requireNonNull(text, what);
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " is not a decimal number: '" + text + "'");
    }
  }

  private static void requireUnits(BigDecimal units) {
    Objects.requireNonNull(units, "units");
    if (units.signum() < 0) {
      throw new IllegalArgumentException("units must not be negative: " + units);
    }
    if (units.stripTrailingZeros().scale() > Quantity.MAX_SCALE
        || (units.signum() != 0 && units.precision() - units.scale() > Quantity.MAX_INTEGER_DIGITS)) {
      throw new IllegalArgumentException("units out of range (at most " + Quantity.MAX_INTEGER_DIGITS
          + " digits before and " + Quantity.MAX_SCALE + " after the decimal point): " + units);
    }
  }

  /** The measurement of one carton in cubic metres, exact: L × W × H / 1,000,000. */
  public BigDecimal cbmPerCarton() {
    return lengthCm.multiply(widthCm).multiply(heightCm).divide(CM3_PER_M3);
  }

  /**
   * The number of export cartons needed for {@code units} of the base unit: rounded up, so a partial
   * carton counts as one.
   *
   * @throws IllegalArgumentException if units is negative or out of a {@link Quantity}'s range
   */
  public long cartonsFor(BigDecimal units) {
    requireUnits(units);
    return units.divide(BigDecimal.valueOf(unitsPerCarton), 0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * True if {@code units} fill whole cartons exactly (no mixed or partial carton); true for zero.
   *
   * @throws IllegalArgumentException if units is negative or out of a {@link Quantity}'s range
   */
  public boolean isWholeCartons(BigDecimal units) {
    requireUnits(units);
    return units.remainder(BigDecimal.valueOf(unitsPerCarton)).signum() == 0;
  }

  /** One carton expressed as a quantity of the base unit. */
  public Quantity cartonContent(Unit baseUnit) {
    Objects.requireNonNull(baseUnit, "baseUnit");
    return Quantity.of(unitsPerCarton, baseUnit);
  }
}

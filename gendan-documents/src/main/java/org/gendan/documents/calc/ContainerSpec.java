package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The figures of one container type used for planning: internal dimensions (for carton fit), the
 * usable volume and the cargo weight the plan may load. Usable figures are below the nominal ones:
 * cartons never fill a box completely, and road limits in China cap the cargo weight well below the
 * ISO payload.
 *
 * <p>{@link #standard} gives the practical China-export figures (20GP 28 CBM / 21 t, 40GP 58 CBM /
 * 26 t, 40HQ 68 CBM / 26 t; the upper ends of the usual rule of thumb); a forwarder's own figures can
 * be given instead.
 *
 * @param type        the container type
 * @param lengthMm    internal length in mm
 * @param widthMm     internal width in mm
 * @param heightMm    internal height in mm
 * @param nominalCbm  the nominal internal volume
 * @param usableCbm   the volume a plan may fill; positive and at most the nominal volume
 * @param maxCargoKg  the cargo weight a plan may load; positive
 */
public record ContainerSpec(ContainerType type, int lengthMm, int widthMm, int heightMm, BigDecimal nominalCbm,
    BigDecimal usableCbm, BigDecimal maxCargoKg) {

  /** Creates a spec. @throws IllegalArgumentException if a figure is out of range */
  public ContainerSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nominalCbm, "nominalCbm");
    Objects.requireNonNull(usableCbm, "usableCbm");
    Objects.requireNonNull(maxCargoKg, "maxCargoKg");
    if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0 || lengthMm > 20_000 || widthMm > 5_000 || heightMm > 5_000) {
      throw new IllegalArgumentException(type + ": internal dimensions out of range: " + lengthMm + "x" + widthMm + "x" + heightMm + " mm");
    }
    if (usableCbm.signum() <= 0 || usableCbm.compareTo(nominalCbm) > 0) {
      throw new IllegalArgumentException(type + ": usable volume must be positive and at most the nominal " + nominalCbm + " CBM: " + usableCbm);
    }
    if (maxCargoKg.signum() <= 0 || maxCargoKg.compareTo(BigDecimal.valueOf(40_000)) > 0) {
      throw new IllegalArgumentException(type + ": cargo weight must be above 0 and at most 40000 kg: " + maxCargoKg);
    }
  }

  /** The practical planning figures of a container type. */
  public static ContainerSpec standard(ContainerType type) {
    Objects.requireNonNull(type, "type");
    switch (type) {
      case GP20:
        return new ContainerSpec(type, 5898, 2352, 2393, BigDecimal.valueOf(33), BigDecimal.valueOf(28), BigDecimal.valueOf(21_000));
      case GP40:
        return new ContainerSpec(type, 12032, 2352, 2393, BigDecimal.valueOf(67), BigDecimal.valueOf(58), BigDecimal.valueOf(26_000));
      default:
        return new ContainerSpec(type, 12032, 2352, 2698, BigDecimal.valueOf(76), BigDecimal.valueOf(68), BigDecimal.valueOf(26_000));
    }
  }

  /** A copy with other usable figures (e.g. the textbook 25 / 55 CBM). */
  public ContainerSpec withUsable(BigDecimal usableCbm, BigDecimal maxCargoKg) {
    return new ContainerSpec(type, lengthMm, widthMm, heightMm, nominalCbm, usableCbm, maxCargoKg);
  }
}

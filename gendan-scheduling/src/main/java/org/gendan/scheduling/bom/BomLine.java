package org.gendan.scheduling.bom;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.product.Sku;

/**
 * One line of a bill of materials (物料清单行): one unit of {@code parent} needs {@code quantityPer}
 * units of {@code component} (in the component's planning unit), plus {@code scrapPercent} percent for
 * component scrap (损耗), so the component's requirement per parent unit is
 * {@code quantityPer × (1 + scrapPercent / 100)}.
 *
 * <p>A {@code phantom} line (虚拟件) means the component is never stocked or ordered in this use: its
 * requirement is passed straight through to its own components in the same period (after using any
 * stock of it). The line is effective for parent orders released on or after {@code effectiveFrom} and
 * before {@code effectiveTo} (exclusive), when given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parent        the item that is made
 * @param component     the item used; different from the parent
 * @param quantityPer   component units per parent unit; positive, at most 6 decimals
 * @param scrapPercent  component scrap in percent, 0 ≤ s &lt; 100
 * @param phantom       whether the component is blown through (phantom) in this use
 * @param effectiveFrom first release date (inclusive) the line applies to, if limited
 * @param effectiveTo   release date (exclusive) from which the line no longer applies, if limited
 */
public record BomLine(
    Sku parent,
    Sku component,
    BigDecimal quantityPer,
    BigDecimal scrapPercent,
    boolean phantom,
    Optional<LocalDate> effectiveFrom,
    Optional<LocalDate> effectiveTo) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the line.
   *
   * @throws IllegalArgumentException if the component is the parent, the quantity is not positive, the
   *     scrap is outside 0..&lt;100, or the effectivity dates are out of order
   */
  public BomLine {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(quantityPer, "quantityPer");
    Objects.requireNonNull(scrapPercent, "scrapPercent");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveTo, "effectiveTo");
    if (parent.equals(component)) {
      throw new IllegalArgumentException("BOM line " + parent + ": an item cannot be its own component");
    }
    if (quantityPer.signum() <= 0) {
      throw new IllegalArgumentException("BOM line " + parent + " -> " + component
          + ": quantity per must be positive, got " + quantityPer.toPlainString());
    }
    if (quantityPer.stripTrailingZeros().scale() > 6) {
      throw new IllegalArgumentException("BOM line " + parent + " -> " + component
          + ": quantity per has more than 6 decimals: " + quantityPer.toPlainString());
    }
    if (scrapPercent.signum() < 0 || scrapPercent.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException("BOM line " + parent + " -> " + component
          + ": scrap percent must be at least 0 and below 100, got " + scrapPercent.toPlainString());
    }
    if (effectiveFrom.isPresent() && effectiveTo.isPresent()
        && !effectiveFrom.get().isBefore(effectiveTo.get())) {
      throw new IllegalArgumentException("BOM line " + parent + " -> " + component
          + ": effective-from " + effectiveFrom.get() + " must be before effective-to " + effectiveTo.get());
    }
    quantityPer = quantityPer.stripTrailingZeros();
    scrapPercent = scrapPercent.stripTrailingZeros();
  }

  /** A plain line: {@code quantityPer} of the component per parent, no scrap, not phantom, always effective. */
  public static BomLine of(Sku parent, Sku component, BigDecimal quantityPer) {
    return new BomLine(parent, component, quantityPer, BigDecimal.ZERO, false, Optional.empty(), Optional.empty());
  }

  /** A plain line with a whole-number quantity per parent. */
  public static BomLine of(String parent, String component, long quantityPer) {
    return of(Sku.of(parent), Sku.of(component), BigDecimal.valueOf(quantityPer));
  }

  /** This line with component scrap of {@code percent} percent. */
  public BomLine withScrapPercent(BigDecimal percent) {
    return new BomLine(parent, component, quantityPer, percent, phantom, effectiveFrom, effectiveTo);
  }

  /** This line with the phantom flag set as given. */
  public BomLine withPhantom(boolean isPhantom) {
    return new BomLine(parent, component, quantityPer, scrapPercent, isPhantom, effectiveFrom, effectiveTo);
  }

  /** This line effective for parent releases in {@code [from, to)}; either bound may be null for open. */
  public BomLine withEffectivity(LocalDate from, LocalDate to) {
    return new BomLine(parent, component, quantityPer, scrapPercent, phantom,
        Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** The component quantity one parent unit needs including scrap: {@code quantityPer × (1 + scrap/100)}. */
  public BigDecimal quantityPerIncludingScrap() {
    return quantityPer.multiply(BigDecimal.ONE.add(scrapPercent.movePointLeft(2)));
  }

  /** True if the line applies to a parent order released on {@code date}. */
  public boolean isEffectiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return effectiveFrom.map(f -> !date.isBefore(f)).orElse(true)
        && effectiveTo.map(t -> date.isBefore(t)).orElse(true);
  }

  @Override
  public String toString() {
    return parent + " -> " + component + " x" + quantityPer.toPlainString()
        + (scrapPercent.signum() > 0 ? " +" + scrapPercent.toPlainString() + "% scrap" : "")
        + (phantom ? " (phantom)" : "");
  }
}

package org.gendan.documents.calc;

import java.math.BigDecimal;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;

/**
 * One line of a packing list (装箱单) with its computed figures.
 *
 * <p>Cartons = ⌈quantity ÷ units per carton⌉; the last carton of a line is partial (a mixed or part
 * carton, 尾箱) when the quantity is not a multiple of the units per carton. Weights are cartons ×
 * per-carton weight, rounded half-up to 2 decimals (kg); measurement is cartons × carton CBM, the
 * carton CBM being L × W × H ÷ 1,000,000 rounded half-up to {@value Packing#CBM_SCALE} decimals.
 *
 * @param lineNo       the order line number
 * @param sku          the item
 * @param quantity     the quantity in the item's base unit
 * @param spec         the packing spec used
 * @param cartons      the number of export cartons
 * @param firstCarton  the first carton number of the line (1-based, consecutive across lines)
 * @param lastCarton   the last carton number of the line
 * @param cbmPerCarton the measurement of one carton (CBM, 4 decimals)
 * @param measurement  the line's measurement (CBM)
 * @param netWeight    the line's net weight (KG)
 * @param grossWeight  the line's gross weight (KG)
 */
public record PackedLine(int lineNo, Sku sku, Quantity quantity, PackingSpec spec, long cartons, long firstCarton,
    long lastCarton, BigDecimal cbmPerCarton, Quantity measurement, Quantity netWeight, Quantity grossWeight) {

  /** Checks the figures agree with each other. @throws IllegalArgumentException if they do not */
  public PackedLine {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(cbmPerCarton, "cbmPerCarton");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(netWeight, "netWeight");
    Objects.requireNonNull(grossWeight, "grossWeight");
    if (cartons <= 0 || firstCarton <= 0 || lastCarton - firstCarton + 1 != cartons) {
      throw new IllegalArgumentException("line " + lineNo + ": carton numbers " + firstCarton + "-" + lastCarton
          + " do not give " + cartons + " cartons");
    }
    if (measurement.unit() != Unit.CBM || netWeight.unit() != Unit.KG || grossWeight.unit() != Unit.KG) {
      throw new IllegalArgumentException("line " + lineNo + ": measurement must be in CBM and weights in KG");
    }
    if (grossWeight.compareTo(netWeight) < 0) {
      throw new IllegalArgumentException("line " + lineNo + ": gross weight " + grossWeight + " is below net weight " + netWeight);
    }
  }

  /** True if the last carton of the line is not full (尾箱). */
  public boolean hasPartialCarton() {
    return !spec.isWholeCartons(quantity.value());
  }

  /** The carton number range as printed, e.g. {@code 1-200} (or {@code 7} for a single carton). */
  public String cartonRange() {
    return firstCarton == lastCarton ? String.valueOf(firstCarton) : firstCarton + "-" + lastCarton;
  }
}

package org.gendan.documents.model;

import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;

/**
 * A line of a packing list as stated on the document.
 *
 * @param lineNo         the line number (the order / invoice line)
 * @param sku            the item number
 * @param description    the description (general terms allowed, UCP 600 art. 14(e))
 * @param quantity       the quantity packed
 * @param unitsPerCarton units per carton
 * @param cartons        the number of cartons
 * @param cartonRange    the carton numbers, e.g. {@code 1-200}
 * @param netWeight      the line's net weight
 * @param grossWeight    the line's gross weight
 * @param measurement    the line's measurement
 */
public record PackingListLine(int lineNo, Sku sku, String description, Quantity quantity, int unitsPerCarton, long cartons,
    String cartonRange, Quantity netWeight, Quantity grossWeight, Quantity measurement) {

  /** Creates the line. @throws IllegalArgumentException if a value is structurally impossible */
  public PackingListLine {
    if (lineNo <= 0 || lineNo > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo);
    }
    Objects.requireNonNull(sku, "sku");
    Ids.requireNonBlankText(description, "line " + lineNo + " description", 2000);
    Objects.requireNonNull(quantity, "quantity");
    Ids.requireNonBlankText(cartonRange, "line " + lineNo + " carton range", 40);
    Objects.requireNonNull(netWeight, "netWeight");
    Objects.requireNonNull(grossWeight, "grossWeight");
    Objects.requireNonNull(measurement, "measurement");
    if (unitsPerCarton <= 0 || cartons <= 0) {
      throw new IllegalArgumentException("line " + lineNo + ": units per carton and cartons must be positive");
    }
    if (!netWeight.unit().isConvertibleTo(Unit.KG) || !grossWeight.unit().isConvertibleTo(Unit.KG)
        || !measurement.unit().isConvertibleTo(Unit.CBM)) {
      throw new IllegalArgumentException("line " + lineNo + ": weights must be masses and the measurement a volume");
    }
  }
}

package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * A line of a production order: what to make, how many, with the customer's attributes, by when.
 *
 * @param lineNo          the order line number
 * @param sku             the item number
 * @param description     the Chinese and English name and specification
 * @param attributes      the line's attributes (colour, size …) as "name: value" in name order; may be empty
 * @param quantity        the quantity; positive
 * @param deliveryDate    the line's delivery date
 * @param customerItemRef the customer's own item number, if given
 */
public record ProductionOrderLine(int lineNo, Sku sku, String description, String attributes, Quantity quantity, LocalDate deliveryDate,
    Optional<String> customerItemRef) {
  /** Creates the line. @throws IllegalArgumentException if a value is structurally impossible */
  public ProductionOrderLine {
    if (lineNo <= 0 || lineNo > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo);
    }
    Objects.requireNonNull(sku, "sku");
    Ids.requireNonBlankText(description, "line " + lineNo + " description", 2000);
    Ids.requireText(attributes, "line " + lineNo + " attributes", 2000);
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    Objects.requireNonNull(customerItemRef, "customerItemRef");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity must be positive: " + quantity);
    }
  }
}

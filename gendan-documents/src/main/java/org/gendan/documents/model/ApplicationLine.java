package org.gendan.documents.model;

import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Sku;

/**
 * A line of goods on an inspection or certificate-of-origin application.
 *
 * @param lineNo      the line number
 * @param sku         the item number
 * @param nameZh      the Chinese name (中文品名), or the English name when none is known
 * @param description the English description of goods
 * @param hsCode      the HS code, if known
 * @param quantity    the quantity; positive
 * @param amount      the amount (value of the goods)
 * @param packages    the number of cartons of the line
 */
public record ApplicationLine(int lineNo, Sku sku, String nameZh, String description, Optional<HsCode> hsCode, Quantity quantity,
    Money amount, long packages) {
  /** Creates the line. @throws IllegalArgumentException if a value is structurally impossible */
  public ApplicationLine {
    if (lineNo <= 0 || lineNo > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo);
    }
    Objects.requireNonNull(sku, "sku");
    Ids.requireNonBlankText(nameZh, "line " + lineNo + " Chinese name", 200);
    Ids.requireNonBlankText(description, "line " + lineNo + " description", 2000);
    Objects.requireNonNull(hsCode, "hsCode");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(amount, "amount");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity must be positive: " + quantity);
    }
    if (packages < 0) {
      throw new IllegalArgumentException("line " + lineNo + ": packages must not be negative: " + packages);
    }
  }
}

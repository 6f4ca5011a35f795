package org.gendan.documents.model;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Sku;

/**
 * A line of goods on a contract or invoice as stated on the document.
 *
 * @param lineNo      the line number
 * @param sku         the item number (货号)
 * @param description the description of goods (品名规格)
 * @param hsCode      the HS code, if printed
 * @param quantity    the quantity; positive
 * @param unitPrice   the unit price
 * @param amount      the line amount as stated; in the unit price's currency
 */
public record GoodsLine(int lineNo, Sku sku, String description, Optional<HsCode> hsCode, Quantity quantity,
    UnitPrice unitPrice, Money amount) {

  /** Creates the line. @throws IllegalArgumentException if a value is structurally impossible */
  public GoodsLine {
    if (lineNo <= 0 || lineNo > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo);
    }
    Objects.requireNonNull(sku, "sku");
    Ids.requireNonBlankText(description, "line " + lineNo + " description", 2000);
    Objects.requireNonNull(hsCode, "hsCode");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(amount, "amount");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("line " + lineNo + ": quantity must be positive: " + quantity);
    }
    if (!amount.currency().equals(unitPrice.currency())) {
      throw new CurrencyMismatchException(unitPrice.currency(), amount.currency());
    }
  }

  /** Quantity × unit price rounded half-up to the currency's scale (what the stated amount should be). */
  public Money computedAmount() {
    return unitPrice.times(quantity.value(), RoundingMode.HALF_UP);
  }
}

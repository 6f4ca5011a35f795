package org.gendan.core.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.product.Sku;
import org.immutables.value.Value;

/**
 * One line of a sales order: an item, a quantity, a unit price per unit of that quantity, attributes
 * such as colour and size, and optionally its own delivery date.
 *
 * <p>The {@link #amount()} is quantity × unit price rounded HALF_UP to the currency's scale, per line.
 * The quantity must be positive and at most 10^12 of its unit.
 * Build with {@code OrderLine.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = OrderLine.class)
@JsonDeserialize(as = OrderLine.class)
abstract class AbstractOrderLine {

  /** The largest quantity a line may carry (10^12 units of its unit); anything above is a typing error. */
  static final java.math.BigDecimal MAX_QUANTITY = java.math.BigDecimal.TEN.pow(12);

  /** The most attributes a line may carry. */
  static final int MAX_ATTRIBUTES = 20;

  /** The line number, unique within the order (1, 2, 3 …). */
  public abstract int lineNo();

  /** The item ordered. */
  public abstract Sku sku();

  /** The quantity ordered; positive. */
  public abstract Quantity quantity();

  /** The price per unit of {@link #quantity()}'s unit. */
  public abstract UnitPrice unitPrice();

  /** Attributes such as colour (颜色) and size (尺码), e.g. {@code {"colour": "navy", "size": "M"}}. */
  public abstract Map<String, String> attributes();

  /** A delivery date for this line if it differs from the order's. */
  public abstract Optional<LocalDate> deliveryDate();

  /** The line amount stated by the customer (e.g. on their PO), to be checked by review. */
  public abstract Optional<Money> statedAmount();

  /** The customer's own item reference. */
  public abstract Optional<String> customerItemRef();

  /** Quantity × unit price, rounded HALF_UP to the currency's scale. */
  @Value.Lazy
  public Money amount() {
    return unitPrice().times(quantity().value(), RoundingMode.HALF_UP);
  }

  @Value.Check
  protected void check() {
    if (lineNo() <= 0 || lineNo() > 99_999) {
      throw new IllegalArgumentException("line number must be 1..99999: " + lineNo());
    }
    if (!quantity().isPositive()) {
      throw new IllegalArgumentException("line " + lineNo() + ": quantity must be positive, got " + quantity());
    }
    if (quantity().value().compareTo(MAX_QUANTITY) > 0) {
      throw new IllegalArgumentException("line " + lineNo() + ": quantity " + quantity() + " is above the limit of "
          + MAX_QUANTITY.toPlainString() + " units per line");
    }
    if (attributes().size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException("line " + lineNo() + ": more than " + MAX_ATTRIBUTES + " attributes");
    }
    attributes().forEach((k, v) -> {
      Ids.requireValid(k, "line " + lineNo() + " attribute name");
      Ids.requireText(v, "line " + lineNo() + " attribute " + k, 200);
    });
    statedAmount().ifPresent(a -> {
      if (!a.currency().equals(unitPrice().currency())) {
        throw new IllegalArgumentException("line " + lineNo() + ": stated amount is in " + a.currency()
            + " but the unit price is in " + unitPrice().currency());
      }
    });
    customerItemRef().ifPresent(r -> Ids.requireText(r, "customer item reference", 100));
  }
}

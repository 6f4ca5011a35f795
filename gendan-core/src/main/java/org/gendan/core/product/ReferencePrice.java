package org.gendan.core.product;

import java.util.Objects;
import org.gendan.core.money.UnitPrice;

/**
 * A price to check an order price against, with where it came from.
 *
 * @param price     the price per base unit
 * @param source    which rule found it
 * @param reference the price list id or the order that confirmed the price
 */
public record ReferencePrice(UnitPrice price, PriceSource source, String reference) {
  /** Creates the value. */
  public ReferencePrice {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
  }
}

package org.gendan.core.product;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CustomerId;

/**
 * A price once confirmed with a customer for an item (已确认价格), e.g. on a signed sales contract.
 *
 * @param customer    the customer
 * @param sku         the item
 * @param price       the confirmed price per base unit
 * @param confirmedOn the date of confirmation
 * @param reference   the order or contract that confirmed it
 */
public record ConfirmedPrice(CustomerId customer, Sku sku, UnitPrice price, LocalDate confirmedOn, String reference) {
  /** Creates the value. */
  public ConfirmedPrice {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(confirmedOn, "confirmedOn");
    Ids.requireValid(reference, "confirmed price reference");
  }
}

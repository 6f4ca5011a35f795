package org.gendan.core.product;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.Ids;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CustomerId;

/**
 * A price list (价格表): prices per item's base unit, for one customer or the default list (no
 * customer), valid from a date and optionally until a date (inclusive).
 *
 * @param id        the list's id
 * @param customer  the customer the list is for; empty for the default list
 * @param validFrom first day the prices apply
 * @param validTo   last day the prices apply, if limited
 * @param prices    price per SKU; all in one currency
 */
public record PriceList(String id, Optional<CustomerId> customer, LocalDate validFrom, Optional<LocalDate> validTo,
    Map<Sku, UnitPrice> prices) {

  /** Creates the list. @throws IllegalArgumentException if dates are out of order or currencies mixed */
  public PriceList {
    Ids.requireValid(id, "price list id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(prices, "prices");
    if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
      throw new IllegalArgumentException("price list " + id + " ends (" + validTo.get() + ") before it starts (" + validFrom + ")");
    }
    prices.forEach((k, v) -> {
      Objects.requireNonNull(k, "price list contains a null SKU");
      Objects.requireNonNull(v, "price list contains a null price for " + k);
    });
    if (prices.values().stream().map(UnitPrice::currency).distinct().count() > 1) {
      throw new IllegalArgumentException("price list " + id + " mixes currencies");
    }
    prices = java.util.Collections.unmodifiableMap(new TreeMap<>(prices));
  }

  /** True if the list applies on {@code date}. */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(validFrom) && validTo.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** The list's price for the SKU, if it has one. */
  public Optional<UnitPrice> priceOf(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    return Optional.ofNullable(prices.get(sku));
  }
}

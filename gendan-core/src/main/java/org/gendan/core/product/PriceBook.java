package org.gendan.core.product;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.party.CustomerId;

/**
 * All price lists and confirmed prices, with the lookup order review uses (a per-customer price
 * system, as order systems offer).
 *
 * <p>{@link #referencePrice} looks in this order: the customer's price list valid on the date; the
 * last price confirmed with the customer on or before the date; the default price list valid on the
 * date. Among several valid lists the one starting latest wins, ties broken by list id; among confirmed
 * prices the latest date wins, ties broken by reference.
 *
 * @param priceLists      price lists, per customer and default
 * @param confirmedPrices prices confirmed with customers
 */
public record PriceBook(List<PriceList> priceLists, List<ConfirmedPrice> confirmedPrices) {

  /** A book with no prices. */
  public static final PriceBook EMPTY = new PriceBook(List.of(), List.of());

  private static final Comparator<PriceList> NEWEST_LIST =
      Comparator.comparing(PriceList::validFrom).reversed().thenComparing(PriceList::id);
  private static final Comparator<ConfirmedPrice> NEWEST_CONFIRMATION =
      Comparator.comparing(ConfirmedPrice::confirmedOn).reversed().thenComparing(ConfirmedPrice::reference);

  /** Creates the book. */
  public PriceBook {
    Objects.requireNonNull(priceLists, "priceLists").forEach(l -> Objects.requireNonNull(l, "priceLists contains null"));
    Objects.requireNonNull(confirmedPrices, "confirmedPrices")
        .forEach(c -> Objects.requireNonNull(c, "confirmedPrices contains null"));
    priceLists = List.copyOf(priceLists);
    confirmedPrices = List.copyOf(confirmedPrices);
  }

  /** The price to check an order of {@code sku} by {@code customer} on {@code date} against. */
  public Optional<ReferencePrice> referencePrice(CustomerId customer, Sku sku, LocalDate date) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(date, "date");
    Optional<ReferencePrice> own = fromLists(Optional.of(customer), sku, date, PriceSource.CUSTOMER_PRICE_LIST);
    if (own.isPresent()) {
      return own;
    }
    Optional<ReferencePrice> confirmed = lastConfirmedPrice(customer, sku, date)
        .map(c -> new ReferencePrice(c.price(), PriceSource.LAST_CONFIRMED, c.reference()));
    if (confirmed.isPresent()) {
      return confirmed;
    }
    return fromLists(Optional.empty(), sku, date, PriceSource.DEFAULT_PRICE_LIST);
  }

  /** The last price confirmed with the customer for the item on or before {@code date}. */
  public Optional<ConfirmedPrice> lastConfirmedPrice(CustomerId customer, Sku sku, LocalDate date) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(date, "date");
    return confirmedPrices.stream()
        .filter(c -> c.customer().equals(customer) && c.sku().equals(sku) && !c.confirmedOn().isAfter(date))
        .min(NEWEST_CONFIRMATION);
  }

  private Optional<ReferencePrice> fromLists(Optional<CustomerId> customer, Sku sku, LocalDate date, PriceSource source) {
    return priceLists.stream()
        .filter(l -> l.customer().equals(customer) && l.isValidOn(date) && l.priceOf(sku).isPresent())
        .min(NEWEST_LIST)
        .map(l -> new ReferencePrice(l.priceOf(sku).get(), source, l.id()));
  }
}

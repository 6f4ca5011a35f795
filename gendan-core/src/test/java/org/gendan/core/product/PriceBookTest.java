package org.gendan.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CustomerId;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Test;

class PriceBookTest {
  static final CustomerId HANSA = CustomerId.of("C-HANSA");
  static final CustomerId OTHER = CustomerId.of("C-OTHER");
  static final Sku TSHIRT = Sku.of("TS-1001");
  static final Sku POLO = Sku.of("PL-2002");
  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  static UnitPrice usd(String a) {
    return UnitPrice.of(a, "USD");
  }

  static PriceList list(String id, CustomerId customer, LocalDate from, LocalDate to, Map<Sku, UnitPrice> prices) {
    return new PriceList(id, Optional.ofNullable(customer), from, Optional.ofNullable(to), prices);
  }

  static final PriceList DEFAULT_2026 = list("STD-2026", null, JAN_1, null, Map.of(TSHIRT, usd("4.00"), POLO, usd("6.00")));
  static final PriceList HANSA_Q1 = list("HANSA-Q1", HANSA, JAN_1, LocalDate.of(2026, 3, 31), Map.of(TSHIRT, usd("3.80")));
  static final ConfirmedPrice HANSA_POLO = new ConfirmedPrice(HANSA, POLO, usd("5.70"), LocalDate.of(2025, 11, 5), "SC-2025-118");

  static final PriceBook BOOK = new PriceBook(List.of(DEFAULT_2026, HANSA_Q1), List.of(HANSA_POLO));

  @Test
  void the_customers_own_list_comes_first() {
    ReferencePrice p = BOOK.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 2, 1)).get();
    assertThat(p.price()).isEqualTo(usd("3.80"));
    assertThat(p.source()).isEqualTo(PriceSource.CUSTOMER_PRICE_LIST);
    assertThat(p.reference()).isEqualTo("HANSA-Q1");
  }

  @Test
  void after_the_customers_list_expires_the_default_list_applies() {
    ReferencePrice p = BOOK.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 4, 1)).get();
    assertThat(p.price()).isEqualTo(usd("4.00"));
    assertThat(p.source()).isEqualTo(PriceSource.DEFAULT_PRICE_LIST);
    assertThat(BOOK.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 3, 31)).get().source())
        .as("the last day of a list is inclusive").isEqualTo(PriceSource.CUSTOMER_PRICE_LIST);
  }

  @Test
  void the_last_confirmed_price_beats_the_default_list() {
    ReferencePrice p = BOOK.referencePrice(HANSA, POLO, LocalDate.of(2026, 2, 1)).get();
    assertThat(p.price()).isEqualTo(usd("5.70"));
    assertThat(p.source()).isEqualTo(PriceSource.LAST_CONFIRMED);
    assertThat(p.reference()).isEqualTo("SC-2025-118");
  }

  @Test
  void another_customer_gets_the_default_list_and_no_price_before_any_list_starts() {
    assertThat(BOOK.referencePrice(OTHER, POLO, LocalDate.of(2026, 2, 1)).get().source()).isEqualTo(PriceSource.DEFAULT_PRICE_LIST);
    assertThat(BOOK.referencePrice(OTHER, POLO, LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(BOOK.referencePrice(OTHER, Sku.of("UNKNOWN"), LocalDate.of(2026, 2, 1))).isEmpty();
    assertThat(PriceBook.EMPTY.referencePrice(HANSA, TSHIRT, JAN_1)).isEmpty();
  }

  @Test
  void the_last_confirmed_price_is_the_latest_on_or_before_the_date() {
    ConfirmedPrice later = new ConfirmedPrice(HANSA, POLO, usd("5.90"), LocalDate.of(2026, 2, 10), "SC-2026-007");
    PriceBook book = new PriceBook(List.of(), List.of(later, HANSA_POLO));
    assertThat(book.lastConfirmedPrice(HANSA, POLO, LocalDate.of(2026, 2, 9))).contains(HANSA_POLO);
    assertThat(book.lastConfirmedPrice(HANSA, POLO, LocalDate.of(2026, 2, 10))).contains(later);
    assertThat(book.lastConfirmedPrice(HANSA, POLO, LocalDate.of(2025, 11, 4))).isEmpty();
    assertThat(book.lastConfirmedPrice(OTHER, POLO, LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @Test
  void confirmations_on_the_same_day_are_decided_by_reference() {
    ConfirmedPrice a = new ConfirmedPrice(HANSA, POLO, usd("5.90"), JAN_1, "SC-A");
    ConfirmedPrice b = new ConfirmedPrice(HANSA, POLO, usd("5.80"), JAN_1, "SC-B");
    assertThat(new PriceBook(List.of(), List.of(a, b)).lastConfirmedPrice(HANSA, POLO, JAN_1)).contains(a);
    assertThat(new PriceBook(List.of(), List.of(b, a)).lastConfirmedPrice(HANSA, POLO, JAN_1)).contains(a);
  }

  @Test
  void among_overlapping_lists_the_latest_start_wins_then_the_smallest_id() {
    PriceList older = list("A-OLD", HANSA, JAN_1, null, Map.of(TSHIRT, usd("3.50")));
    PriceList newer = list("Z-NEW", HANSA, LocalDate.of(2026, 2, 1), null, Map.of(TSHIRT, usd("3.60")));
    PriceList twin = list("B-TWIN", HANSA, LocalDate.of(2026, 2, 1), null, Map.of(TSHIRT, usd("3.70")));
    PriceBook book = new PriceBook(List.of(older, newer, twin), List.of());
    assertThat(book.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 1, 15)).get().reference()).isEqualTo("A-OLD");
    assertThat(book.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 2, 15)).get().reference()).isEqualTo("B-TWIN");
  }

  @Test
  void a_list_without_the_item_does_not_hide_an_older_list_with_it() {
    PriceList older = list("OLD", HANSA, JAN_1, null, Map.of(TSHIRT, usd("3.50")));
    PriceList newer = list("NEW", HANSA, LocalDate.of(2026, 2, 1), null, Map.of(POLO, usd("6.60")));
    PriceBook book = new PriceBook(List.of(older, newer), List.of());
    assertThat(book.referencePrice(HANSA, TSHIRT, LocalDate.of(2026, 2, 15)).get().reference()).isEqualTo("OLD");
  }

  @Test
  void the_lookup_does_not_depend_on_the_order_of_lists_and_confirmations() {
    qt().withExamples(200).forAll(ValueGen.priceBook(), ValueGen.customerId(), ValueGen.date()).checkAssert((book, customer, date) -> {
      List<PriceList> lists = new ArrayList<>(book.priceLists());
      List<ConfirmedPrice> confirmed = new ArrayList<>(book.confirmedPrices());
      Collections.reverse(lists);
      Collections.reverse(confirmed);
      PriceBook reversed = new PriceBook(lists, confirmed);
      List<Sku> skus = new ArrayList<>();
      book.priceLists().forEach(l -> skus.addAll(l.prices().keySet()));
      book.confirmedPrices().forEach(c -> skus.add(c.sku()));
      for (Sku sku : skus) {
        assertThat(reversed.referencePrice(customer, sku, date)).isEqualTo(book.referencePrice(customer, sku, date));
        for (ConfirmedPrice c : book.confirmedPrices()) {
          assertThat(reversed.referencePrice(c.customer(), sku, date)).isEqualTo(book.referencePrice(c.customer(), sku, date));
        }
        book.priceLists().forEach(l -> l.customer().ifPresent(cu ->
            assertThat(reversed.referencePrice(cu, sku, l.validFrom())).isEqualTo(book.referencePrice(cu, sku, l.validFrom()))));
      }
    });
  }

  @Test
  void a_reference_price_always_comes_from_a_list_valid_on_the_date_or_an_earlier_confirmation() {
    qt().withExamples(200).forAll(ValueGen.priceBook(), ValueGen.date()).checkAssert((book, date) -> {
      for (PriceList l : book.priceLists()) {
        for (Sku sku : l.prices().keySet()) {
          CustomerId customer = l.customer().orElse(OTHER);
          Optional<ReferencePrice> p = book.referencePrice(customer, sku, date);
          p.ifPresent(ref -> {
            if (ref.source() == PriceSource.LAST_CONFIRMED) {
              assertThat(book.confirmedPrices()).anyMatch(c -> c.reference().equals(ref.reference())
                  && c.customer().equals(customer) && !c.confirmedOn().isAfter(date));
            } else {
              assertThat(book.priceLists()).anyMatch(pl -> pl.id().equals(ref.reference()) && pl.isValidOn(date)
                  && pl.priceOf(sku).equals(Optional.of(ref.price()))
                  && pl.customer().isPresent() == (ref.source() == PriceSource.CUSTOMER_PRICE_LIST));
            }
          });
          if (l.isValidOn(date)) {
            assertThat(p).as("a valid list has a price for %s", sku).isPresent();
          }
        }
      }
    });
  }

  @Test
  void a_later_confirmation_or_another_customers_list_never_changes_todays_reference_price() {
    qt().withExamples(200).forAll(ValueGen.priceBook(), ValueGen.priceList(), ValueGen.confirmedPrice(), ValueGen.date())
        .checkAssert((book, otherList, confirmation, date) -> {
          List<Sku> skus = new ArrayList<>(List.of(confirmation.sku()));
          book.priceLists().forEach(l -> skus.addAll(l.prices().keySet()));
          CustomerId customer = confirmation.customer();
          PriceList foreign = new PriceList(otherList.id(), Optional.of(OTHER), otherList.validFrom(), otherList.validTo(), otherList.prices());
          ConfirmedPrice later = new ConfirmedPrice(customer, confirmation.sku(), confirmation.price(), date.plusDays(1), confirmation.reference());
          List<PriceList> lists = new ArrayList<>(book.priceLists());
          lists.add(foreign);
          List<ConfirmedPrice> confirmed = new ArrayList<>(book.confirmedPrices());
          confirmed.add(later);
          PriceBook bigger = new PriceBook(lists, confirmed);
          for (Sku sku : skus) {
            assertThat(bigger.referencePrice(customer, sku, date)).isEqualTo(book.referencePrice(customer, sku, date));
          }
        });
  }

  @Test
  void bad_price_lists_are_refused_with_the_reason() {
    assertThatThrownBy(() -> list("L", null, JAN_1, JAN_1.minusDays(1), Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price list L ends (2025-12-31) before it starts (2026-01-01)");
    assertThatThrownBy(() -> list("L", null, JAN_1, null, Map.of(TSHIRT, usd("1"), POLO, UnitPrice.of("1", "EUR"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes currencies");
    assertThatThrownBy(() -> list(" ", null, JAN_1, null, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price list id");
    Map<Sku, UnitPrice> withNull = new HashMap<>();
    withNull.put(TSHIRT, null);
    assertThatThrownBy(() -> list("L", null, JAN_1, null, withNull)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null price for TS-1001");
    assertThatThrownBy(() -> list("L", null, null, null, Map.of())).isInstanceOf(NullPointerException.class).hasMessage("validFrom");
    assertThatThrownBy(() -> new PriceList("L", Optional.empty(), JAN_1, null, Map.of())).isInstanceOf(NullPointerException.class).hasMessage("validTo");
    assertThatThrownBy(() -> new PriceBook(Arrays.asList(DEFAULT_2026, null), List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("priceLists contains null");
    assertThatThrownBy(() -> new PriceBook(List.of(), null)).isInstanceOf(NullPointerException.class).hasMessage("confirmedPrices");
    assertThatThrownBy(() -> BOOK.referencePrice(null, TSHIRT, JAN_1)).isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> BOOK.referencePrice(HANSA, null, JAN_1)).isInstanceOf(NullPointerException.class).hasMessage("sku");
    assertThatThrownBy(() -> BOOK.referencePrice(HANSA, TSHIRT, null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> BOOK.lastConfirmedPrice(null, TSHIRT, JAN_1)).isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> BOOK.lastConfirmedPrice(HANSA, TSHIRT, null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> DEFAULT_2026.isValidOn(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> DEFAULT_2026.priceOf(null)).isInstanceOf(NullPointerException.class).hasMessage("sku");
    assertThatThrownBy(() -> new ConfirmedPrice(HANSA, POLO, usd("1"), JAN_1, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confirmed price reference");
    assertThatThrownBy(() -> new ReferencePrice(usd("1"), null, "x")).isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void a_price_list_is_a_sorted_unmodifiable_copy() {
    Map<Sku, UnitPrice> prices = new HashMap<>(Map.of(TSHIRT, usd("4"), POLO, usd("6")));
    PriceList l = list("L", null, JAN_1, null, prices);
    prices.clear();
    assertThat(l.prices()).hasSize(2);
    assertThat(l.prices().keySet()).containsExactly(POLO, TSHIRT);
    assertThatThrownBy(() -> l.prices().put(TSHIRT, usd("1"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BOOK.priceLists().add(DEFAULT_2026)).isInstanceOf(UnsupportedOperationException.class);
  }
}

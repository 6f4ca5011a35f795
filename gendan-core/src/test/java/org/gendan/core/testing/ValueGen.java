package org.gendan.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.measure.UnitConversions;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.party.Supplier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.party.SupplierKind;
import org.gendan.core.product.ConfirmedPrice;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.PriceBook;
import org.gendan.core.product.PriceList;
import org.gendan.core.product.PriceSource;
import org.gendan.core.product.ReferencePrice;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.Instalment;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentMethod;
import org.gendan.core.terms.PaymentTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for gendan-core's values: money, quantities, parties, items, prices and
 * terms. Every generator builds valid values by construction (no filtering), keeps sizes small so that
 * shrunk counterexamples stay readable, and draws its randomness only from QuickTheories.
 *
 * <p>Reuse them from any test: {@code qt().forAll(ValueGen.money()).check(...)}.
 */
public final class ValueGen {
  private ValueGen() {}

  /** Currencies with 0 (JPY, KRW), 2 (USD, EUR, CNY, GBP, HKD) and 3 (KWD, BHD) decimals. */
  public static final List<Currency> CURRENCIES = List.of("USD", "EUR", "CNY", "JPY", "KRW", "GBP", "HKD", "KWD", "BHD")
      .stream().map(Currency::getInstance).toList();

  /** The base of generated dates: 2024-01-01; dates fall within ten years after it. */
  public static final LocalDate BASE_DATE = LocalDate.of(2024, 1, 1);

  private static final List<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries())).stream().toList();

  // ---------------------------------------------------------------- text and dates

  /** A date between {@link #BASE_DATE} and ten years later. */
  public static Gen<LocalDate> date() {
    return integers().between(0, 3650).map(BASE_DATE::plusDays);
  }

  /** An identifier: a letter, then 0..11 of letters, digits and '-' (e.g. {@code K-7Q}). */
  public static Gen<String> idText() {
    Gen<String> first = strings().betweenCodePoints('A', 'Z').ofLength(1);
    Gen<String> rest = Generate.pick(List.of("", "-", "0", "7", "Q", "x", "-1")).map(s -> s);
    return first.zip(lists().of(rest).ofSizeBetween(0, 4), integers().between(0, 999),
        (f, r, n) -> f + String.join("", r) + n);
  }

  /**
   * A name as people type it: not blank, Latin letters, digits, punctuation that JSON must escape
   * ({@code " \ /}), accented and Chinese characters, inner spaces.
   */
  public static Gen<String> nameText() {
    Gen<String> word = Generate.oneOf(
        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8),
        strings().betweenCodePoints(0x4E00, 0x4E00 + 500).ofLengthBetween(1, 4),
        Generate.pick(List.of("GmbH", "Co.,", "Ltd.", "\"Best\"", "A\\B", "Müller", "&", "10/F", "(HK)", "😀")));
    return lists().of(word).ofSizeBetween(1, 4).map(ws -> String.join(" ", ws));
  }

  /** An optional name (empty about a third of the time). */
  public static Gen<Optional<String>> optionalName() {
    return nameText().toOptionals(30);
  }

  // ---------------------------------------------------------------- money

  /** A currency from {@link #CURRENCIES}. */
  public static Gen<Currency> currency() {
    return Generate.pick(CURRENCIES);
  }

  /** Money in the currency, between minus and plus one trillion minor units. */
  public static Gen<Money> money(Currency currency) {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(m -> Money.ofMinor(currency, m));
  }

  /** Money in any currency of {@link #CURRENCIES}, negative, zero or positive. */
  public static Gen<Money> money() {
    return currency().flatMap(ValueGen::money);
  }

  /** Money above zero in the currency (up to ten billion minor units). */
  public static Gen<Money> positiveMoney(Currency currency) {
    return longs().between(1, 10_000_000_000L).map(m -> Money.ofMinor(currency, m));
  }

  /** Money zero or above in the currency, small amounts more likely (sizes 0..10^6 or 0..10^10). */
  public static Gen<Money> nonNegativeMoney(Currency currency) {
    return Generate.oneOf(longs().between(0, 1_000_000L), longs().between(0, 10_000_000_000L))
        .map(m -> Money.ofMinor(currency, m));
  }

  /** A decimal with the given bounds on the unscaled value and 0..maxScale decimals. */
  public static Gen<BigDecimal> decimal(long minUnscaled, long maxUnscaled, int maxScale) {
    return longs().between(minUnscaled, maxUnscaled).zip(integers().between(0, maxScale), BigDecimal::valueOf);
  }

  /** A unit price of 0..6 decimals, zero or above. */
  public static Gen<UnitPrice> unitPrice(Currency currency) {
    return decimal(0, 100_000_000, UnitPrice.MAX_SCALE).map(a -> new UnitPrice(a, currency));
  }

  /** A unit price in any currency. */
  public static Gen<UnitPrice> unitPrice() {
    return currency().flatMap(ValueGen::unitPrice);
  }

  /** An exchange rate between two different currencies, 0.000001 .. 100,000,000. */
  public static Gen<ExchangeRate> exchangeRate() {
    return integers().between(0, CURRENCIES.size() - 1).flatMap(b ->
        integers().between(1, CURRENCIES.size() - 1).zip(decimal(1, 100_000_000, 6), date(),
            (offset, rate, date) -> new ExchangeRate(CURRENCIES.get(b),
                CURRENCIES.get((b + offset) % CURRENCIES.size()), rate, date)));
  }

  // ---------------------------------------------------------------- measure

  /** Any unit. */
  public static Gen<Unit> unit() {
    return Generate.enumValues(Unit.class);
  }

  /** A quantity of the unit: -10^9 .. 10^9 units with 0..6 decimals. */
  public static Gen<Quantity> quantity(Unit unit) {
    return decimal(-1_000_000_000_000L, 1_000_000_000_000L, Quantity.MAX_SCALE).map(v -> new Quantity(v, unit));
  }

  /** A quantity of any unit, negative, zero or positive. */
  public static Gen<Quantity> quantity() {
    return unit().flatMap(ValueGen::quantity);
  }

  /** A whole, positive quantity of the unit (1 .. 1,000,000). */
  public static Gen<Quantity> positiveWholeQuantity(Unit unit) {
    return longs().between(1, 1_000_000).map(v -> Quantity.of(v, unit));
  }

  /** An item conversion between two different units, factor 0.0001 .. 10,000. */
  public static Gen<UnitConversions.Conversion> conversion() {
    return integers().between(0, Unit.values().length - 1).flatMap(f ->
        integers().between(1, Unit.values().length - 1).zip(decimal(1, 100_000_000L, 4),
            (offset, factor) -> new UnitConversions.Conversion(Unit.values()[f], factor,
                Unit.values()[(f + offset) % Unit.values().length])));
  }

  /** Zero to three item conversions. */
  public static Gen<UnitConversions> unitConversions() {
    return lists().of(conversion()).ofSizeBetween(0, 3).map(UnitConversions::new);
  }

  // ---------------------------------------------------------------- party

  /** An ISO 3166 country. */
  public static Gen<CountryCode> countryCode() {
    return Generate.pick(COUNTRIES).map(CountryCode::new);
  }

  /** A customer id. */
  public static Gen<CustomerId> customerId() {
    return idText().map(s -> CustomerId.of("C-" + s));
  }

  /** A supplier id. */
  public static Gen<SupplierId> supplierId() {
    return idText().map(s -> SupplierId.of("S-" + s));
  }

  /** Any customer tier. */
  public static Gen<CustomerTier> tier() {
    return Generate.enumValues(CustomerTier.class);
  }

  /** A customer with every optional field sometimes present. */
  public static Gen<Customer> customer() {
    Gen<CustomerId> id = customerId();
    Gen<String> name = nameText();
    Gen<Optional<String>> optName = optionalName();
    Gen<CountryCode> country = countryCode();
    Gen<CustomerTier> tier = tier();
    Gen<Optional<PaymentTerms>> terms = paymentTerms().toOptionals(30);
    Gen<Optional<Incoterm>> incoterm = incoterm().toOptionals(30);
    return in -> Customer.builder().id(id.generate(in)).nameEn(name.generate(in)).nameZh(optName.generate(in))
        .country(country.generate(in)).region(optName.generate(in)).tier(tier.generate(in))
        .defaultPaymentTerms(terms.generate(in)).defaultIncoterm(incoterm.generate(in))
        .salesRep(optName.generate(in)).build();
  }

  /** A supplier with every optional field sometimes present. */
  public static Gen<Supplier> supplier() {
    Gen<SupplierId> id = supplierId();
    Gen<String> name = nameText();
    Gen<Optional<String>> optName = optionalName();
    Gen<SupplierKind> kind = Generate.enumValues(SupplierKind.class);
    Gen<CountryCode> country = countryCode();
    return in -> Supplier.builder().id(id.generate(in)).name(name.generate(in)).nameEn(optName.generate(in))
        .kind(kind.generate(in)).country(country.generate(in)).city(optName.generate(in))
        .contact(optName.generate(in)).build();
  }

  // ---------------------------------------------------------------- product

  /** A SKU. */
  public static Gen<Sku> sku() {
    return idText().map(s -> Sku.of("SKU-" + s));
  }

  /** An HS code of 6, 8 or 10 digits. */
  public static Gen<HsCode> hsCode() {
    return Generate.pick(List.of(6, 8, 10)).zip(longs().between(0, 9_999_999_999L),
        (n, digits) -> new HsCode(String.format("%010d", digits).substring(0, n)));
  }

  /** A packing spec: 1..500 units per carton, an inner pack that divides it, up to 1000 cm, up to 1000 kg. */
  public static Gen<PackingSpec> packingSpec() {
    Gen<Integer> perCarton = integers().between(1, 500);
    Gen<Integer> any = integers().between(0, 1_000);
    Gen<Boolean> hasInner = booleans().all();
    Gen<BigDecimal> cm = positiveUpTo(1_000, 2);
    Gen<BigDecimal> kg = positiveUpTo(500, 3);
    return in -> {
      int units = perCarton.generate(in);
      List<Integer> divisors = new ArrayList<>();
      for (int d = 1; d <= units; d++) {
        if (units % d == 0) {
          divisors.add(d);
        }
      }
      Optional<Integer> inner = hasInner.generate(in)
          ? Optional.of(divisors.get(any.generate(in) % divisors.size())) : Optional.empty();
      BigDecimal net = kg.generate(in);
      BigDecimal gross = net.add(kg.generate(in));
      return new PackingSpec(inner, units, cm.generate(in), cm.generate(in), cm.generate(in), net, gross);
    };
  }

  /** A decimal above zero and at most {@code max}, with 0..maxScale decimals. */
  public static Gen<BigDecimal> positiveUpTo(long max, int maxScale) {
    return integers().between(0, maxScale).flatMap(scale ->
        longs().between(1, max * BigDecimal.TEN.pow(scale).longValueExact()).map(n -> BigDecimal.valueOf(n, scale)));
  }

  /** An item with every optional field sometimes present. */
  public static Gen<Item> item() {
    Gen<Sku> sku = sku();
    Gen<String> name = nameText();
    Gen<Optional<String>> optName = optionalName();
    Gen<Optional<HsCode>> hs = hsCode().toOptionals(30);
    Gen<Unit> unit = Generate.pick(List.of(Unit.PCS, Unit.SET, Unit.PAIR, Unit.DOZ, Unit.KG, Unit.M, Unit.YD, Unit.ROLL));
    Gen<Optional<PackingSpec>> packing = packingSpec().toOptionals(30);
    Gen<MakeOrBuy> makeOrBuy = Generate.enumValues(MakeOrBuy.class);
    Gen<Integer> lead = integers().between(0, 730);
    Gen<Boolean> flag = booleans().all();
    Gen<UnitConversions> conversions = unitConversions();
    return in -> Item.builder().sku(sku.generate(in)).nameEn(name.generate(in)).nameZh(optName.generate(in))
        .specification(optName.generate(in)).hsCode(hs.generate(in)).baseUnit(unit.generate(in))
        .packing(packing.generate(in)).makeOrBuy(makeOrBuy.generate(in)).standardLeadTimeDays(lead.generate(in))
        .statutoryInspection(flag.generate(in)).extraConversions(conversions.generate(in)).build();
  }

  /** A price list for a customer or the default list, 0..4 prices in one currency, sometimes ending. */
  public static Gen<PriceList> priceList() {
    Gen<String> id = idText().map(s -> "PL-" + s);
    Gen<Optional<CustomerId>> customer = customerId().toOptionals(40);
    Gen<LocalDate> from = date();
    Gen<Optional<Integer>> length = integers().between(0, 400).toOptionals(40);
    Gen<Currency> currency = currency();
    Gen<List<Sku>> skus = lists().of(sku()).ofSizeBetween(0, 4);
    Gen<Integer> cents = integers().between(0, 1_000_000);
    return in -> {
      LocalDate start = from.generate(in);
      Currency c = currency.generate(in);
      Map<Sku, UnitPrice> prices = new TreeMap<>();
      for (Sku s : skus.generate(in)) {
        prices.put(s, new UnitPrice(BigDecimal.valueOf(cents.generate(in), 2), c));
      }
      return new PriceList(id.generate(in), customer.generate(in), start, length.generate(in).map(start::plusDays), prices);
    };
  }

  /** A confirmed price. */
  public static Gen<ConfirmedPrice> confirmedPrice() {
    Gen<CustomerId> customer = customerId();
    Gen<Sku> sku = sku();
    Gen<UnitPrice> price = unitPrice();
    Gen<LocalDate> date = date();
    Gen<String> ref = idText().map(s -> "SC-" + s);
    return in -> new ConfirmedPrice(customer.generate(in), sku.generate(in), price.generate(in), date.generate(in),
        ref.generate(in));
  }

  /** A price book of 0..3 lists and 0..3 confirmed prices. */
  public static Gen<PriceBook> priceBook() {
    return lists().of(priceList()).ofSizeBetween(0, 3)
        .zip(lists().of(confirmedPrice()).ofSizeBetween(0, 3), PriceBook::new);
  }

  /** A reference price. */
  public static Gen<ReferencePrice> referencePrice() {
    return unitPrice().zip(Generate.enumValues(PriceSource.class), idText(), ReferencePrice::new);
  }

  // ---------------------------------------------------------------- terms

  /** An Incoterms 2020 rule with a named place. */
  public static Gen<Incoterm> incoterm() {
    return Generate.enumValues(IncotermRule.class).zip(nameText(), Incoterm::new);
  }

  /** An instalment of the percentage: random method and due point (days 1..720 when after shipment). */
  public static Gen<Instalment> instalment(BigDecimal percent) {
    return Generate.enumValues(PaymentMethod.class).zip(Generate.enumValues(PaymentDue.class), integers().between(1, 720),
        (method, due, days) -> new Instalment(percent, method, due, due == PaymentDue.DAYS_AFTER_SHIPMENT ? days : 0));
  }

  /**
   * Percentages of 1..6 parts, each at least 0.01 and with at most 2 decimals, adding up to exactly 100
   * (cut points in 0.01 .. 99.99).
   */
  public static Gen<List<BigDecimal>> percentages() {
    return lists().of(integers().between(1, 9_999)).ofSizeBetween(0, 5).map(cuts -> {
      TreeSet<Integer> sorted = new TreeSet<>(cuts);
      sorted.add(10_000);
      List<BigDecimal> out = new ArrayList<>();
      int previous = 0;
      for (int cut : sorted) {
        out.add(BigDecimal.valueOf(cut - previous, 2));
        previous = cut;
      }
      return List.copyOf(out);
    });
  }

  /** Payment terms of 1..6 instalments adding up to 100%. */
  public static Gen<PaymentTerms> paymentTerms() {
    Gen<PaymentMethod> method = Generate.enumValues(PaymentMethod.class);
    Gen<PaymentDue> due = Generate.enumValues(PaymentDue.class);
    Gen<Integer> days = integers().between(1, 720);
    Gen<List<BigDecimal>> percentages = percentages();
    return in -> {
      List<Instalment> instalments = new ArrayList<>();
      for (BigDecimal p : percentages.generate(in)) {
        PaymentDue d = due.generate(in);
        int n = days.generate(in);
        instalments.add(new Instalment(p, method.generate(in), d, d == PaymentDue.DAYS_AFTER_SHIPMENT ? n : 0));
      }
      return new PaymentTerms(instalments);
    };
  }

  // ---------------------------------------------------------------- core

  /** A rejection with an UPPER_SNAKE code and a message. */
  public static Gen<Rejection> rejection() {
    return strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 12)
        .zip(nameText(), (code, message) -> Rejection.of(code + "_X", message));
  }
}

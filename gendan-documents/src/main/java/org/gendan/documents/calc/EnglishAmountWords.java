package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.documents.calc.internal.EnglishNumberParser;

/**
 * English amounts in words for export documents, in any currency:
 * {@code SAY U.S. DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY-SEVEN ONLY}.
 *
 * <p>The words are upper case: the prefix ({@code SAY}, or {@code SAY TOTAL}), the currency name, the
 * whole units in words, the minor units in the chosen {@link CentsStyle} (left out when zero), and the
 * suffix {@code ONLY}. An amount below one unit is written {@code ZERO AND CENTS FIFTY}. Numbers are
 * spelled by a {@link NumberToWords}, by default {@link EnglishNumberToWords#US} (no "AND" inside
 * hundreds, hyphens in 21–99). The currency name comes from a table ({@code U.S. DOLLARS},
 * {@code EURO}, {@code POUNDS STERLING}, {@code CHINESE YUAN} …) that can be changed per currency;
 * other currencies use their English display name in upper case.
 *
 * <p>{@link #parse} reads every style back, whichever style this instance writes: with or without
 * {@code SAY}, {@code TOTAL} and {@code ONLY}, US or British "AND", with or without hyphens, all four
 * cents styles, the common aliases of each currency name ({@code US DOLLARS}, {@code USD} …), and
 * {@code FIFTY CENTS} without whole units. Whole units up to {@value EnglishNumberToWords#MAX}.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return changed copies.
 */
public final class EnglishAmountWords implements AmountWords {

  private static final Map<String, List<String>> DEFAULT_NAMES = defaultNames();
  private static final List<Map.Entry<String, String>> DEFAULT_ALIASES = defaultAliases();

  private final boolean total;
  private final CentsStyle centsStyle;
  private final NumberToWords numbers;
  private final Map<String, String> names;
  private final Map<String, String> aliases;

  private EnglishAmountWords(boolean total, CentsStyle centsStyle, NumberToWords numbers, Map<String, String> names) {
    this.total = total;
    this.centsStyle = centsStyle;
    this.numbers = numbers;
    this.names = names;
    this.aliases = aliases(names);
  }

  /** The default: {@code SAY}, cents first, US number words, the default currency names. */
  public static EnglishAmountWords standard() {
    return new EnglishAmountWords(false, CentsStyle.CENTS_FIRST, EnglishNumberToWords.US, Map.of());
  }

  /** A copy that writes {@code SAY TOTAL} instead of {@code SAY} when {@code total} is true. */
  public EnglishAmountWords withTotal(boolean total) {
    return new EnglishAmountWords(total, centsStyle, numbers, names);
  }

  /** A copy that writes cents in {@code style}. */
  public EnglishAmountWords withCentsStyle(CentsStyle style) {
    return new EnglishAmountWords(total, Objects.requireNonNull(style, "style"), numbers, names);
  }

  /** A copy that spells numbers with {@code numbers} (e.g. {@link EnglishNumberToWords#UK}). */
  public EnglishAmountWords withNumbers(NumberToWords numbers) {
    return new EnglishAmountWords(total, centsStyle, Objects.requireNonNull(numbers, "numbers"), names);
  }

  /**
   * A copy that names {@code currency} {@code name} (e.g. {@code US DOLLARS} instead of
   * {@code U.S. DOLLARS}); the parser accepts the name too.
   *
   * @throws IllegalArgumentException if the name is blank, not upper-case Latin letters, dots and
   *                                  spaces, or names a number word
   */
  public EnglishAmountWords withCurrencyName(Currency currency, String name) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(name, "name");
    String n = normalise(name);
    if (!n.matches("[A-Z][A-Z. ]{0,59}")) {
      throw new IllegalArgumentException("currency name must be 1..60 upper-case letters, dots and spaces: '" + name + "'");
    }
    Map<String, String> copy = new TreeMap<>(names);
    copy.put(currency.getCurrencyCode(), n);
    return new EnglishAmountWords(total, centsStyle, numbers, Map.copyOf(copy));
  }

  /** The name written for {@code currency}, e.g. {@code U.S. DOLLARS}. */
  public String currencyName(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    String code = currency.getCurrencyCode();
    if (names.containsKey(code)) {
      return names.get(code);
    }
    List<String> defaults = DEFAULT_NAMES.get(code);
    if (defaults != null) {
      return defaults.get(0);
    }
    return normalise(currency.getDisplayName(Locale.ENGLISH).replaceAll("[^A-Za-z. ]", " "));
  }

  @Override
  public String toWords(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("an amount in words needs a non-negative amount: " + amount);
    }
    int scale = Money.scaleOf(amount.currency());
    BigInteger whole = amount.amount().toBigInteger();
    if (whole.compareTo(BigInteger.valueOf(EnglishNumberToWords.MAX)) > 0) {
      throw new IllegalArgumentException("amount too large to write in words: " + amount);
    }
    long minor = amount.amount().subtract(new BigDecimal(whole)).movePointRight(scale).longValueExact();
    StringBuilder sb = new StringBuilder(total ? "SAY TOTAL " : "SAY ");
    sb.append(currencyName(amount.currency())).append(' ').append(numbers.toWords(whole.longValue()));
    if (minor > 0) {
      switch (centsStyle) {
        case CENTS_FIRST:
          sb.append(" AND CENTS ").append(numbers.toWords(minor));
          break;
        case CENTS_LAST:
          sb.append(" AND ").append(numbers.toWords(minor)).append(" CENTS");
          break;
        case POINT:
          sb.append(" AND POINT ").append(minor < 10 && scale >= 2 ? "ZERO " : "").append(numbers.toWords(minor));
          break;
        default:
          sb.append(" AND ").append(minor).append('/').append(BigInteger.TEN.pow(scale));
          break;
      }
    }
    return sb.append(" ONLY").toString();
  }

  /**
   * The number of packages in words for the B/L and invoice: {@code SAY TWO HUNDRED (200) CARTONS ONLY}.
   *
   * @param count the number of packages, 1 or more
   * @param unit  the packing unit (CTN → CARTONS, ROLL → ROLLS, PCS → PIECES …)
   * @throws IllegalArgumentException if the count is not positive or too large
   */
  public String packagesInWords(long count, Unit unit) {
    Objects.requireNonNull(unit, "unit");
    if (count <= 0) {
      throw new IllegalArgumentException("number of packages must be positive: " + count);
    }
    return (total ? "SAY TOTAL " : "SAY ") + numbers.toWords(count) + " (" + count + ") " + packageName(unit, count) + " ONLY";
  }

  private static String packageName(Unit unit, long count) {
    String singular;
    switch (unit) {
      case CTN: singular = "CARTON"; break;
      case ROLL: singular = "ROLL"; break;
      case BALE: singular = "BALE"; break;
      case PCS: singular = "PIECE"; break;
      case SET: singular = "SET"; break;
      case PAIR: singular = "PAIR"; break;
      case DOZ: singular = "DOZEN"; break;
      default: singular = unit.name(); break;
    }
    return count == 1 ? singular : singular + "S";
  }

  @Override
  public Either<Rejection, Money> parse(String words) {
    Objects.requireNonNull(words, "words");
    String s = normalise(words);
    if (s.isEmpty()) {
      return unreadable(words, "the text is empty");
    }
    if (s.startsWith("SAY ")) {
      s = s.substring(4);
    }
    if (s.startsWith("TOTAL ")) {
      s = s.substring(6);
    }
    if (s.endsWith(" ONLY")) {
      s = s.substring(0, s.length() - 5);
    }
    Currency currency = null;
    String matched = null;
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      String a = alias.getKey();
      if ((s.startsWith(a + " ")) && (matched == null || a.length() > matched.length())) {
        matched = a;
        currency = Currency.getInstance(alias.getValue());
      }
    }
    if (currency == null) {
      return unreadable(words, "no currency name found after SAY (e.g. U.S. DOLLARS, EURO, CHINESE YUAN)");
    }
    String body = s.substring(matched.length() + 1);
    return amountOf(words, body, currency);
  }

  private Either<Rejection, Money> amountOf(String original, String body, Currency currency) {
    int scale = Money.scaleOf(currency);
    String wholeText = body;
    long minor = 0;
    int i;
    if ((i = body.lastIndexOf(" AND CENTS ")) >= 0) {
      wholeText = body.substring(0, i);
      OptionalLong c = EnglishNumberParser.parse(EnglishNumberParser.tokens(body.substring(i + 11)));
      if (c.isEmpty()) {
        return unreadable(original, "the cents after AND CENTS are not a number in words");
      }
      minor = c.getAsLong();
    } else if ((i = body.lastIndexOf(" AND POINT ")) >= 0) {
      wholeText = body.substring(0, i);
      List<String> t = EnglishNumberParser.tokens(body.substring(i + 11));
      boolean leadingZero = t.size() > 1 && t.get(0).equals("ZERO");
      OptionalLong c = EnglishNumberParser.parse(leadingZero ? t.subList(1, t.size()) : t);
      if (c.isEmpty()) {
        return unreadable(original, "the cents after AND POINT are not a number in words");
      }
      minor = c.getAsLong();
      if (scale >= 2 && minor < 10 && !leadingZero) {
        return Either.left(Rejection.of(NOT_WELL_FORMED, "'" + original.strip() + "' is ambiguous: POINT followed by one digit could mean tenths;"
            + " write POINT ZERO " + EnglishNumberToWords.UNITS[(int) minor] + " for " + minor + " cents"));
      }
      if (leadingZero && minor >= 10) {
        return unreadable(original, "POINT ZERO must be followed by a single digit");
      }
    } else if (body.matches(".* AND \\d+/\\d+")) {
      i = body.lastIndexOf(" AND ");
      wholeText = body.substring(0, i);
      String[] frac = body.substring(i + 5).split("/");
      if (frac[0].length() > 18 || !frac[1].equals(BigInteger.TEN.pow(scale).toString())) {
        return unreadable(original, "the fraction must be over " + BigInteger.TEN.pow(scale) + " for " + currency.getCurrencyCode());
      }
      minor = Long.parseLong(frac[0]);
    } else if (body.endsWith(" CENTS") || body.equals("CENTS")) {
      String rest = body.substring(0, body.length() - "CENTS".length()).strip();
      Either<Rejection, long[]> split = splitCentsLast(original, rest, BigInteger.TEN.pow(scale).longValueExact());
      if (split.isLeft()) {
        return Either.left(split.getLeft());
      }
      return money(original, split.get()[0], split.get()[1], currency);
    }
    OptionalLong whole = EnglishNumberParser.parse(EnglishNumberParser.tokens(wholeText));
    if (whole.isEmpty()) {
      return unreadable(original, "'" + wholeText + "' is not a number in words");
    }
    return money(original, whole.getAsLong(), minor, currency);
  }

  private Either<Rejection, long[]> splitCentsLast(String original, String rest, long minorPerUnit) {
    List<Integer> ands = new ArrayList<>();
    List<String> tokens = List.of(rest.split(" "));
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).equals("AND")) {
        ands.add(k);
      }
    }
    for (int k : ands) {
      OptionalLong w = EnglishNumberParser.parse(EnglishNumberParser.tokens(String.join(" ", tokens.subList(0, k))));
      OptionalLong c = EnglishNumberParser.parse(EnglishNumberParser.tokens(String.join(" ", tokens.subList(k + 1, tokens.size()))));
      if (w.isPresent() && c.isPresent() && c.getAsLong() < minorPerUnit) {
        return Either.right(new long[] {w.getAsLong(), c.getAsLong()});
      }
    }
    OptionalLong c = EnglishNumberParser.parse(EnglishNumberParser.tokens(rest));
    if (c.isPresent()) {
      return Either.right(new long[] {0, c.getAsLong()});
    }
    return Either.left(Rejection.of(UNREADABLE, "cannot read '" + original.strip() + "' as an amount in words: '" + rest + " CENTS' is not a number in words"));
  }

  private static Either<Rejection, Money> money(String original, long whole, long minor, Currency currency) {
    int scale = Money.scaleOf(currency);
    if (minor > 0 && scale == 0) {
      return unreadable(original, currency.getCurrencyCode() + " has no minor unit, so the words must not state cents");
    }
    if (BigInteger.valueOf(minor).compareTo(BigInteger.TEN.pow(scale)) >= 0) {
      return unreadable(original, "the cents (" + minor + ") must be below " + BigInteger.TEN.pow(scale));
    }
    return Either.right(Money.of(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(minor, scale)), currency));
  }

  private static Either<Rejection, Money> unreadable(String original, String why) {
    String shown = original.strip();
    if (shown.length() > 200) {
      shown = shown.substring(0, 200) + "…";
    }
    return Either.left(Rejection.of(UNREADABLE, "cannot read '" + shown + "' as an amount in words (大写金额无法识别): " + why));
  }

  /** Alias → currency code, aliases sorted longest first for matching. */
  private static Map<String, String> aliases(Map<String, String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Map.Entry<String, String>> all = new ArrayList<>(DEFAULT_ALIASES);
    names.forEach((code, name) -> all.add(0, Map.entry(name, code)));
    all.sort(Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, String> e : all) {
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static String normalise(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static List<Map.Entry<String, String>> defaultAliases() {
    List<Map.Entry<String, String>> all = new ArrayList<>();
    DEFAULT_NAMES.forEach((code, list) -> list.forEach(a -> all.add(Map.entry(a, code))));
    Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().forEach(code -> {
      Currency c = Currency.getInstance(code);
      if (!DEFAULT_NAMES.containsKey(code)) {
        all.add(Map.entry(normalise(c.getDisplayName(Locale.ENGLISH).replaceAll("[^A-Za-z. ]", " ")), code));
        all.add(Map.entry(code, code));
      }
    });
    return List.copyOf(all);
  }

  private static Map<String, List<String>> defaultNames() {
    Map<String, List<String>> m = new TreeMap<>();
    m.put("USD", List.of("U.S. DOLLARS", "US DOLLARS", "U.S.DOLLARS", "UNITED STATES DOLLARS", "USD"));
    m.put("EUR", List.of("EURO", "EUROS", "EUR"));
    m.put("GBP", List.of("POUNDS STERLING", "BRITISH POUNDS", "GBP"));
    m.put("CNY", List.of("CHINESE YUAN", "RENMINBI", "RMB", "CNY"));
    m.put("JPY", List.of("JAPANESE YEN", "JPY"));
    m.put("HKD", List.of("HONG KONG DOLLARS", "HKD"));
    m.put("AUD", List.of("AUSTRALIAN DOLLARS", "AUD"));
    m.put("CAD", List.of("CANADIAN DOLLARS", "CAD"));
    m.put("CHF", List.of("SWISS FRANCS", "CHF"));
    m.put("SGD", List.of("SINGAPORE DOLLARS", "SGD"));
    return Map.copyOf(m);
  }
}

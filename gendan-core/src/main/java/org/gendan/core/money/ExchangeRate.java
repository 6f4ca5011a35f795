package org.gendan.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An exchange rate on a date: one unit of {@code base} buys {@code rate} units of {@code quote}
 * (USD/CNY 7.10 means USD 1 = CNY 7.10).
 *
 * <p>Conversion multiplies the amount by the rate exactly and then rounds once, to the quote
 * currency's scale, with the caller's {@link RoundingMode} (USD 1,234.56 at 7.1234 is CNY 8,794.26 with
 * HALF_UP: 8,794.264704 rounded). The rate is kept as given, except that a rate written with an exponent
 * ({@code 1E+1}) is normalised to a plain integer so that it survives a JSON round trip.
 *
 * <p>Immutable and thread-safe.
 *
 * @param base  the currency converted from
 * @param quote the currency converted to
 * @param rate  units of quote per unit of base; positive
 * @param date  the date the rate applies to (a bank's buying rate of that day, a contract rate, ...)
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate date) {

  /** Significant digits of the rate of an {@link #inverse()}. */
  public static final int INVERSE_PRECISION = 10;
  /** The most decimals a rate may have (trailing zeros not counted). */
  public static final int MAX_SCALE = 20;
  /** The smallest rate, 10^-12; with {@link #MAX_RATE} it makes the inverse of every rate a rate too. */
  public static final BigDecimal MIN_RATE = BigDecimal.ONE.movePointLeft(12);
  /** The largest rate, 10^12. */
  public static final BigDecimal MAX_RATE = BigDecimal.ONE.movePointRight(12);

  /**
   * Creates a rate.
   *
   * @throws IllegalArgumentException if the rate is not between {@link #MIN_RATE} and {@link #MAX_RATE}
   *                                  inclusive, has more than {@value #MAX_SCALE} decimals, or both
   *                                  currencies are the same
   */
  public ExchangeRate {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(date, "date");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("exchange rate must be positive: " + rate);
    }
    if (rate.compareTo(MAX_RATE) > 0 || rate.compareTo(MIN_RATE) < 0 || rate.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException("exchange rate " + rate + " is out of range: between 10^-12 and 10^12"
          + " with at most " + MAX_SCALE + " decimals");
    }
    if (rate.scale() < 0) {
      rate = rate.setScale(0);
    }
    if (base.equals(quote)) {
      throw new IllegalArgumentException("exchange rate needs two different currencies, got " + base);
    }
  }

  /**
   * A rate from ISO codes, e.g. {@code ExchangeRate.of("USD", "CNY", "7.10", date)}.
   *
   * @throws IllegalArgumentException if a code is unknown or the rate is not a positive decimal number
   */
  public static ExchangeRate of(String base, String quote, String rate, LocalDate date) {
    Objects.requireNonNull(rate, "rate");
    BigDecimal value;
    try {
      value = new BigDecimal(rate.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal exchange rate: '" + rate + "'");
    }
    return new ExchangeRate(Money.currency(base), Money.currency(quote), value, date);
  }

  /**
   * Converts an amount in the base currency to the quote currency: amount × rate, computed exactly and
   * rounded once to the quote currency's scale with {@code rounding}.
   *
   * @throws CurrencyMismatchException if the amount is not in the base currency
   */
  public Money convert(Money amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    if (!amount.currency().equals(base)) {
      throw new CurrencyMismatchException(amount.currency(), base);
    }
    return Money.of(amount.amount().multiply(rate), quote, rounding);
  }

  /**
   * The inverse rate (quote to base), 1 / rate rounded half-up to {@value #INVERSE_PRECISION} significant
   * digits (USD/CNY 7.1 gives CNY/USD 0.1408450704; USD/IDR 16,234.5 gives IDR/USD 0.00006159721581). Significant
   * digits rather than decimals keep the inverse of a large rate precise and never zero. Converting with
   * the inverse may differ from dividing by the rate by a minor unit; quote both rates when it matters.
   */
  public ExchangeRate inverse() {
    BigDecimal inverse = BigDecimal.ONE.divide(rate, new MathContext(INVERSE_PRECISION, RoundingMode.HALF_UP));
    return new ExchangeRate(quote, base, inverse.stripTrailingZeros().scale() > MAX_SCALE
        ? inverse.setScale(MAX_SCALE, RoundingMode.HALF_UP) : inverse, date);
  }
}

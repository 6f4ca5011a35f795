package org.gendan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An exchange rate on a date: one unit of {@code base} buys {@code rate} units of {@code quote}
 * (USD/CNY 7.10 means USD 1 = CNY 7.10).
 *
 * <p>Immutable and thread-safe.
 *
 * @param base  the currency converted from
 * @param quote the currency converted to
 * @param rate  units of quote per unit of base; positive
 * @param date  the date the rate applies to (a bank's buying rate of that day, a contract rate, ...)
 */
public record ExchangeRate(Currency base, Currency quote, BigDecimal rate, LocalDate date) {

  /** Scale used for the rate of an {@link #inverse()}. */
  public static final int INVERSE_SCALE = 10;

  /**
   * Creates a rate.
   *
   * @throws IllegalArgumentException if the rate is not positive or both currencies are the same
   */
  public ExchangeRate {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(date, "date");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("exchange rate must be positive: " + rate);
    }
    if (base.equals(quote)) {
      throw new IllegalArgumentException("exchange rate needs two different currencies, got " + base);
    }
  }

  /** A rate from ISO codes, e.g. {@code ExchangeRate.of("USD", "CNY", "7.10", date)}. */
  public static ExchangeRate of(String base, String quote, String rate, LocalDate date) {
    Objects.requireNonNull(rate, "rate");
    return new ExchangeRate(Money.currency(base), Money.currency(quote), new BigDecimal(rate), date);
  }

  /**
   * Converts an amount in the base currency to the quote currency, rounding to its scale.
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

  /** The inverse rate (quote to base), rounded half-up to {@value #INVERSE_SCALE} decimals. */
  public ExchangeRate inverse() {
    return new ExchangeRate(quote, base, BigDecimal.ONE.divide(rate, INVERSE_SCALE, RoundingMode.HALF_UP), date);
  }
}

package org.gendan.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one currency, at the currency's own scale (2 for USD, CNY and EUR, 0 for
 * JPY and KRW, 3 for KWD).
 *
 * <p>Creating money from an amount with more decimals than the currency allows is an
 * {@link ArithmeticException} unless a {@link RoundingMode} is passed; every operation that can lose
 * precision ({@link #multipliedBy}, {@link #dividedBy}, {@link #convertedTo}) takes an explicit rounding
 * mode. Combining two currencies throws {@link CurrencyMismatchException}. Equality is by currency and
 * amount (at the currency's scale), so {@code USD 1.00} equals {@code USD 1}.
 *
 * <p>Amounts are limited to {@value #MAX_INTEGER_DIGITS} digits before the decimal point (below one
 * quadrillion), so the minor units of every currency fit a {@code long}; creating or computing a larger
 * amount is an {@link ArithmeticException}. The limit also keeps absurd input (an exponent such as
 * {@code 1e100000000} in a JSON document) from exhausting memory.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** The most digits an amount may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(tooLarge(amount, currency));
    }
    this.amount = amount;
    this.currency = currency;
  }

  /** Digits before the decimal point (may be zero or negative for amounts below 1). */
  private static int integerDigits(BigDecimal v) {
    return v.signum() == 0 ? 0 : v.precision() - v.scale();
  }

  private static String tooLarge(BigDecimal v, Currency currency) {
    return currency.getCurrencyCode() + " amount " + v + " is too large: at most " + MAX_INTEGER_DIGITS
        + " digits before the decimal point";
  }

  /**
   * {@code v} at the currency's scale. Guards the cost of {@code setScale}: an absurdly large value is
   * rejected before it is expanded, and a non-zero value far below the currency's minor unit is replaced
   * by a value of the same sign that rounds identically (it lies strictly inside one minor unit of zero
   * and below half of it).
   */
  private static BigDecimal atScale(BigDecimal v, Currency currency, RoundingMode rounding) {
    int scale = scaleOf(currency);
    if (integerDigits(v) > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(tooLarge(v, currency));
    }
    if (v.signum() != 0 && integerDigits(v) < -(scale + 1)) {
      if (rounding == RoundingMode.UNNECESSARY) {
        throw new ArithmeticException(tooManyDecimals(v, currency));
      }
      v = BigDecimal.valueOf(v.signum(), scale + 2);
    }
    if (rounding == RoundingMode.UNNECESSARY && v.stripTrailingZeros().scale() > scale) {
      throw new ArithmeticException(tooManyDecimals(v, currency));
    }
    return v.setScale(scale, rounding);
  }

  private static String tooManyDecimals(BigDecimal v, Currency currency) {
    return currency.getCurrencyCode() + " amounts have at most " + scaleOf(currency) + " decimals, not "
        + (Math.abs(v.scale()) < 100 ? v.toPlainString() : v.toString()) + "; pass a RoundingMode to round";
  }

  /**
   * Money of the given amount; the amount must fit the currency's scale exactly.
   *
   * @throws ArithmeticException if the amount has more decimals than the currency allows, or more than
   *                             {@value #MAX_INTEGER_DIGITS} digits before the decimal point
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return new Money(atScale(amount, currency, RoundingMode.UNNECESSARY), currency);
  }

  /**
   * Money of the given amount, rounded to the currency's scale with {@code rounding}.
   *
   * @throws ArithmeticException if the amount has more than {@value #MAX_INTEGER_DIGITS} digits before
   *                             the decimal point, or needs rounding and {@code rounding} is UNNECESSARY
   */
  public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(atScale(amount, currency, rounding), currency);
  }

  /**
   * Money from a decimal string and an ISO 4217 code, e.g. {@code Money.of("12.50", "USD")}.
   *
   * @throws IllegalArgumentException if the code is not a known ISO 4217 currency or the amount is not
   *                                  a decimal number
   * @throws ArithmeticException      if the amount has more decimals than the currency allows
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    return of(parseDecimal(amount), currency(currencyCode));
  }

  /** JSON creator: {@code {"amount": 12.50, "currency": "USD"}}; the amount must fit the currency. */
  @JsonCreator
  static Money fromJson(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currency) {
    if (amount == null || currency == null) {
      throw new IllegalArgumentException("money needs both 'amount' and 'currency'");
    }
    return of(amount, currency(currency));
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Money from an amount in minor units (cents, fen): {@code ofMinor(USD, 1250)} is USD 12.50.
   *
   * @throws ArithmeticException if the amount has more than {@value #MAX_INTEGER_DIGITS} integer digits
   */
  public static Money ofMinor(Currency currency, long minorUnits) {
    Objects.requireNonNull(currency, "currency");
    return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
  }

  /**
   * The sum of the given amounts, all in {@code currency} (an empty list gives zero).
   *
   * @throws CurrencyMismatchException if any amount is in another currency
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Money sum = zero(currency);
    for (Money m : amounts) {
      sum = sum.plus(Objects.requireNonNull(m, "amounts contains null"));
    }
    return sum;
  }

  /**
   * Looks up an ISO 4217 currency by code.
   *
   * @throws IllegalArgumentException naming the code if it is unknown
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currency code");
    try {
      return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency code '" + code + "' (expected ISO 4217, e.g. USD, EUR, CNY)");
    }
  }

  /** The number of decimals the currency uses (2 when the currency has no defined scale). */
  public static int scaleOf(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }

  private static BigDecimal parseDecimal(String amount) {
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount: '" + amount + "'");
    }
  }

  /** The amount at the currency's scale. */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  @JsonProperty("currency")
  public Currency currency() {
    return currency;
  }

  /** The amount in minor units (cents, fen), exact. */
  public long toMinorUnits() {
    return amount.movePointRight(scaleOf(currency)).longValueExact();
  }

  /** This plus {@code other}. @throws CurrencyMismatchException if the currencies differ */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This minus {@code other}. @throws CurrencyMismatchException if the currencies differ */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This times {@code factor}, rounded to the currency's scale with {@code rounding}. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(atScale(amount.multiply(factor), currency, rounding), currency);
  }

  /**
   * This times a whole number; exact.
   *
   * @throws ArithmeticException if the product exceeds {@value #MAX_INTEGER_DIGITS} integer digits
   */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * This divided by {@code divisor}, rounded to the currency's scale with {@code rounding}.
   *
   * @throws ArithmeticException if the divisor is zero
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    if (isZero()) {
      return this;
    }
    // |quotient| lies in (10^(m-1), 10^(m+1)); decide the absurd cases before BigDecimal expands them
    int m = integerDigits(amount) - integerDigits(divisor);
    if (m - 1 > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException(tooLarge(amount, currency) + " after dividing by " + divisor);
    }
    if (m + 1 < -(amount.scale() + 1)) {
      int sign = amount.signum() * divisor.signum();
      return new Money(atScale(BigDecimal.valueOf(sign, amount.scale() + 2), currency, rounding), currency);
    }
    return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
  }

  /** The percentage {@code percent} (e.g. 30 for 30%) of this amount, rounded with {@code rounding}. */
  public Money percent(BigDecimal percent, RoundingMode rounding) {
    Objects.requireNonNull(percent, "percent");
    return multipliedBy(percent.movePointLeft(2), rounding);
  }

  /**
   * Converts to another currency at {@code rate}, rounding the result to the target's scale.
   *
   * @throws CurrencyMismatchException if the rate's base currency is not this currency
   */
  public Money convertedTo(ExchangeRate rate, RoundingMode rounding) {
    Objects.requireNonNull(rate, "rate");
    return rate.convert(this, rounding);
  }

  /**
   * Splits this amount by the given non-negative weights (for example instalment percentages) so that
   * the parts add back exactly to this amount.
   *
   * <p>Each part is first rounded down to the currency's minor unit; the minor units left over go one
   * each to the parts with the largest remainders (ties to the earlier part). The result is therefore
   * deterministic and never off by a cent in total. A negative amount is split as its negation, negated.
   *
   * @throws IllegalArgumentException if there are no weights, a weight is negative or all are zero, or a
   *                                  weight has more than 30 digits before or after the decimal point
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("allocate needs at least one weight");
    }
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      Objects.requireNonNull(w, "weights contains null");
      if (w.signum() < 0) {
        throw new IllegalArgumentException("allocation weight must not be negative: " + w);
      }
      if (integerDigits(w) > 30 || (w.signum() != 0 && w.stripTrailingZeros().scale() > 30)) {
        throw new IllegalArgumentException("allocation weight out of range (at most 30 digits before and after the decimal point): " + w);
      }
      totalWeight = totalWeight.add(w);
    }
    if (totalWeight.signum() == 0) {
      throw new IllegalArgumentException("allocation weights must not all be zero");
    }
    if (isNegative()) {
      List<Money> positive = negated().allocate(weights);
      List<Money> out = new ArrayList<>(positive.size());
      for (Money m : positive) {
        out.add(m.negated());
      }
      return List.copyOf(out);
    }
    BigInteger totalMinor = amount.unscaledValue();
    BigInteger[] parts = new BigInteger[weights.size()];
    BigDecimal[] remainders = new BigDecimal[weights.size()];
    BigInteger assigned = BigInteger.ZERO;
    BigDecimal total = new BigDecimal(totalMinor);
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal exact = total.multiply(weights.get(i)).divide(totalWeight, 20, RoundingMode.DOWN);
      BigInteger floor = exact.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
      parts[i] = floor;
      remainders[i] = exact.subtract(new BigDecimal(floor));
      assigned = assigned.add(floor);
    }
    int left = totalMinor.subtract(assigned).intValueExact();
    for (int k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < parts.length; i++) {
        if (weights.get(i).signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      parts[best] = parts[best].add(BigInteger.ONE);
      remainders[best] = remainders[best].subtract(BigDecimal.ONE);
    }
    List<Money> out = new ArrayList<>(parts.length);
    for (BigInteger p : parts) {
      out.add(new Money(new BigDecimal(p, amount.scale()), currency));
    }
    return List.copyOf(out);
  }

  /** The negation of this amount. */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /** The absolute value of this amount. */
  public Money abs() {
    return isNegative() ? negated() : this;
  }

  /** True if the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** True if the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** True if the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** True if this is more than {@code other}. @throws CurrencyMismatchException if currencies differ */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** True if this is less than {@code other}. @throws CurrencyMismatchException if currencies differ */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** True if both amounts are in the same currency. @throws NullPointerException if other is null */
  public boolean isSameCurrency(Money other) {
    return currency.equals(Objects.requireNonNull(other, "other").currency);
  }

  /** Compares amounts of the same currency. @throws CurrencyMismatchException if currencies differ */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /** ISO form, e.g. {@code USD 12.50}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}

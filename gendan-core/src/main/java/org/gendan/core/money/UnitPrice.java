package org.gendan.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A price per unit of goods, e.g. USD 1.2350 per PCS. Unlike {@link Money} it may carry more decimals
 * than the currency (cheap items are often quoted to 3–4 decimals), at most {@value #MAX_SCALE}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount   the price of one unit; zero or more
 * @param currency the currency
 */
public record UnitPrice(BigDecimal amount, Currency currency) {

  /** The largest number of decimals a unit price may carry. */
  public static final int MAX_SCALE = 6;

  /**
   * Creates a unit price in canonical form: trailing zeros beyond the currency's scale are dropped
   * (USD 1.2350 becomes USD 1.235, USD 1.5 becomes USD 1.50), so equal prices are equal values.
   *
   * @throws IllegalArgumentException if the amount is negative, has more than {@value #MAX_SCALE}
   *                                  decimals or more than {@link Money#MAX_INTEGER_DIGITS} digits before
   *                                  the decimal point
   */
  public UnitPrice {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("unit price must not be negative: " + amount);
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("unit price has more than " + MAX_SCALE + " decimals: " + amount);
    }
    if (stripped.signum() != 0 && stripped.precision() - stripped.scale() > Money.MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("unit price " + amount + " is too large: at most " + Money.MAX_INTEGER_DIGITS
          + " digits before the decimal point");
    }
    amount = stripped.setScale(Math.max(Money.scaleOf(currency), Math.max(stripped.scale(), 0)), RoundingMode.UNNECESSARY);
  }

  /** A unit price from a decimal string and an ISO 4217 code. */
  public static UnitPrice of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal unit price: '" + amount + "'");
    }
    return new UnitPrice(value, Money.currency(currencyCode));
  }

  /**
   * The amount for {@code quantity} units: quantity × price rounded with {@code rounding} to the
   * currency's scale (gendan's documents use HALF_UP per line).
   *
   * @throws ArithmeticException if the amount is too large for {@link Money}
   */
  public Money times(BigDecimal quantity, RoundingMode rounding) {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(rounding, "rounding");
    return Money.of(amount.multiply(quantity), currency, rounding);
  }

  /**
   * The relative deviation of this price from {@code reference}: (this − reference) / reference, rounded
   * half-up to 6 decimals (0.05 is 5% above). Against a zero reference a zero price deviates by 0 and any
   * other price by 1 (100%).
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public BigDecimal deviationFrom(UnitPrice reference) {
    Objects.requireNonNull(reference, "reference");
    if (!currency.equals(reference.currency)) {
      throw new CurrencyMismatchException(currency, reference.currency);
    }
    if (reference.amount.signum() == 0) {
      return amount.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
    }
    return amount.subtract(reference.amount).divide(reference.amount, 6, RoundingMode.HALF_UP);
  }

  /** True if the two prices are equal in currency and numeric value, ignoring trailing zeros. */
  public boolean isSamePriceAs(UnitPrice other) {
    Objects.requireNonNull(other, "other");
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}

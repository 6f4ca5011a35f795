package org.gendan.core.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts of two different currencies.
 *
 * <p>Adding USD to EUR is a programmer error: convert first with an {@link ExchangeRate}. Code that
 * handles documents from outside (an ERP export, a customer PO) checks currencies up front and reports
 * a finding instead.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Currency first;
  private final transient Currency second;

  /**
   * Creates the exception.
   *
   * @param first  the currency of the receiver
   * @param second the currency of the argument
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currency mismatch: " + Objects.requireNonNull(first, "first").getCurrencyCode() + " and "
        + Objects.requireNonNull(second, "second").getCurrencyCode()
        + " cannot be combined; convert with an ExchangeRate first");
    this.first = first;
    this.second = second;
  }

  /** The currency of the receiver of the failed operation. */
  public Currency first() {
    return first;
  }

  /** The currency of the argument of the failed operation. */
  public Currency second() {
    return second;
  }
}

package org.gendan.documents.calc;

/**
 * Spells a whole number in words, the extension point behind {@link EnglishAmountWords}: a house that
 * writes amounts in another language or style supplies its own implementation.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface NumberToWords {

  /**
   * The number in words, e.g. {@code TWELVE THOUSAND THREE HUNDRED FORTY-FIVE} for 12345.
   *
   * @param number a number from 0 to the implementation's maximum
   * @return the words, never blank
   * @throws IllegalArgumentException if the number is negative or beyond the implementation's range
   */
  String toWords(long number);
}

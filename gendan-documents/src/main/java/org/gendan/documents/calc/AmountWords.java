package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.util.Objects;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;

/**
 * An amount in words, as printed next to the figures on a contract, invoice, draft or Chinese bill,
 * and read back when checking a document made elsewhere.
 *
 * <p>Words and figures must agree: under PRC law (票据法 art. 8) a bill whose 大写 and figures differ is
 * void, and on a draft the words govern (ISBP 821 B14). gendan generates the words from the same
 * {@link Money} as the figures and {@link #check}s any words against figures.
 *
 * <p>Named implementations: {@link EnglishAmountWords} ("SAY TOTAL U.S. DOLLARS … ONLY", any
 * currency) and {@link ChineseAmountWords} (人民币 大写 after the PBOC rules).
 */
public interface AmountWords {

  /** Rejection code: the text cannot be read as an amount in words. */
  String UNREADABLE = "AMOUNT_WORDS_UNREADABLE";
  /** Rejection code: the words are readable but do not follow the writing rules. */
  String NOT_WELL_FORMED = "AMOUNT_WORDS_NOT_WELL_FORMED";
  /** Rejection code: the words state another amount or currency than the figures. */
  String MISMATCH = "AMOUNT_WORDS_MISMATCH";

  /**
   * The canonical words for {@code amount}.
   *
   * @throws NullPointerException     if the amount is null
   * @throws IllegalArgumentException if the amount is negative, too large, or in a currency this
   *                                  implementation does not write
   */
  String toWords(Money amount);

  /**
   * Reads words back into the amount they state; every valid form is accepted, not only the canonical
   * one.
   *
   * @return the amount, or a rejection ({@link #UNREADABLE}, {@link #NOT_WELL_FORMED}) explaining what
   *         is wrong with the words
   * @throws NullPointerException if the words are null
   */
  Either<Rejection, Money> parse(String words);

  /**
   * Checks that {@code words} state exactly {@code figures} (单证一致 for the amount, 票据法 art. 8).
   *
   * @return the amount when words and figures agree, otherwise the parse rejection or a
   *         {@link #MISMATCH} rejection naming both values
   * @throws NullPointerException if an argument is null
   */
  default Either<Rejection, Money> check(String words, Money figures) {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(figures, "figures");
    return parse(words).flatMap(m -> m.equals(figures)
        ? Either.<Rejection, Money>right(m)
        : Either.left(Rejection.of(MISMATCH, "the amount in words states " + m + " but the figures are " + figures
            + " (大小写金额不一致); a Chinese bill with differing amounts is void (票据法 art. 8) and a bank"
            + " examines the words on a draft (ISBP 821 B14)")));
  }
}

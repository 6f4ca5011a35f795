package org.gendan.documents.calc;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.gendan.core.Rejection;
import org.gendan.core.money.Money;
import org.gendan.documents.calc.internal.ChineseNumerals;

/**
 * RMB amounts in Chinese capital numerals (大写金额) after the PBOC rules for bills and settlement
 * vouchers (《正确填写票据和结算凭证的基本规定》, 银发〔1997〕393号).
 *
 * <p>{@link #toWords} writes the canonical form: the prefix 人民币 with no gap; digits 零壹贰叁肆伍陆柒捌玖
 * and units 拾佰仟万亿 元角分; 整 after 元 when there are no 角 and 分; a leading 1 in the tens place as
 * 壹拾 (rule 5); a zero or a run of zeros between digits as one 零 (rules 4(a), 4(b)); 零 after 元 when
 * 角 is zero and 分 is not (rule 4(d)). Where rule 4(c) allows one 零 or none, the canonical form takes
 * the alternative printed first in the regulation: 零 after a 元-position zero before 角
 * (壹仟陆佰捌拾元零叁角贰分) and none after a 万-position zero before 仟 (壹拾万柒仟元). An amount below one
 * yuan leaves out 元 (人民币伍角); zero is 人民币零元整.
 *
 * <p>{@link #parse} accepts exactly the valid spellings: the canonical one, either choice at each 4(c)
 * position (the same choice is offered at the 亿 position by analogy; a whole zero group in between
 * always takes 零), 正 for 整, 整 or 正 after 角, the traditional forms 貳 參 陸 萬 億 and 圓/圆, and the
 * text with or without the 人民币 prefix. Anything else is rejected with the rule it breaks: lower-case
 * numerals or 两 (rule 1), 整 after 分 (rule 2), a gap after 人民币 (rule 3), a missing 零 (rule 4(d)),
 * a bare 拾 (rule 5).
 *
 * <p>Range: ¥0.00 to ¥999,999,999,999.99 (9999亿). Immutable and thread-safe.
 */
public final class ChineseAmountWords implements AmountWords {

  /** The PBOC writer and reader. */
  public static final ChineseAmountWords PBOC = new ChineseAmountWords();

  /** The prefix written immediately before the words. */
  public static final String PREFIX = "人民币";

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final String FORBIDDEN = "一二三四五六七八九十两念毛另0123456789〇";
  private static final String ALLOWED = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正";

  private ChineseAmountWords() {}

  @Override
  public String toWords(Money amount) {
    return PREFIX + ChineseNumerals.canonical(fen(amount));
  }

  /**
   * Every spelling of {@code amount} that {@link #parse} accepts, with the prefix, canonical first (the
   * traditional-character and unprefixed variants are accepted too but not listed).
   */
  public List<String> acceptedSpellings(Money amount) {
    return ChineseNumerals.spellings(fen(amount)).stream().map(s -> PREFIX + s).toList();
  }

  private static long fen(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.currency().equals(CNY)) {
      throw new IllegalArgumentException("大写 is written for RMB (CNY) amounts only, not " + amount.currency()
          + "; use EnglishAmountWords for " + amount.currency());
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException("an amount in words needs a non-negative amount: " + amount);
    }
    BigDecimal f = amount.amount().movePointRight(2);
    if (f.compareTo(BigDecimal.valueOf(ChineseNumerals.MAX_FEN)) > 0) {
      throw new IllegalArgumentException("amount too large for 大写 (at most ¥999,999,999,999.99): " + amount);
    }
    return f.longValueExact();
  }

  @Override
  public Either<Rejection, Money> parse(String words) {
    Objects.requireNonNull(words, "words");
    String s = words.strip();
    if (s.isEmpty()) {
      return reject(UNREADABLE, words, "the text is empty");
    }
    if (s.startsWith(PREFIX)) {
      s = s.substring(PREFIX.length());
      if (!s.isEmpty() && Character.isWhitespace(s.charAt(0))) {
        return reject(NOT_WELL_FORMED, words, "人民币 must be written immediately before the amount, with no gap (PBOC rule 3)");
      }
    }
    s = traditionalToSimplified(s);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0) {
        return reject(NOT_WELL_FORMED, words, "'" + c + "' is not allowed: write 零壹贰叁肆伍陆柒捌玖拾佰仟万亿, never"
            + " 一二三…十, 两, 念, 毛, 另 or figures (PBOC rule 1)");
      }
      if (ALLOWED.indexOf(c) < 0) {
        return reject(UNREADABLE, words, "unexpected character '" + c + "'");
      }
    }
    OptionalLong fen = ChineseNumerals.decode(s);
    if (fen.isEmpty()) {
      return reject(UNREADABLE, words, "the digits and units are not in a readable order");
    }
    long v = fen.getAsLong();
    List<String> ok = ChineseNumerals.spellings(v);
    if (ok.contains(s)) {
      return Either.right(Money.ofMinor(CNY, v));
    }
    return reject(NOT_WELL_FORMED, words, diagnose(s, v) + "; write " + PREFIX + ok.get(0));
  }

  private static String diagnose(String s, long fen) {
    long yuan = fen / 100;
    long jiao = fen / 10 % 10;
    long f = fen % 10;
    if (s.endsWith("分整") || s.endsWith("分正")) {
      return "整 must not follow 分 (PBOC rule 2)";
    }
    if (yuan > 0 && jiao == 0 && f != 0 && !s.contains("元零")) {
      return "when 角 is zero and 分 is not, 零 must follow 元 (PBOC rule 4(d))";
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '拾' && (i == 0 || ChineseNumerals.DIGITS.indexOf(s.charAt(i - 1)) <= 0)) {
        return "a 1 in the tens place is written 壹拾, never a bare 拾 (PBOC rule 5)";
      }
    }
    if (s.endsWith("元")) {
      return "an amount ending at 元 takes 整 or 正 (PBOC rule 2)";
    }
    return "the 零 are not placed as the PBOC rules 4(a)–4(d) require";
  }

  private static Either<Rejection, Money> reject(String code, String words, String why) {
    String shown = words.strip();
    if (shown.length() > 100) {
      shown = shown.substring(0, 100) + "…";
    }
    String prefix = code.equals(UNREADABLE) ? "cannot read '" + shown + "' as 大写金额: " : "'" + shown + "' is not written per the PBOC rules: ";
    return Either.left(Rejection.of(code, prefix + why));
  }

  private static String traditionalToSimplified(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '貳': sb.append('贰'); break;
        case '參': sb.append('叁'); break;
        case '陸': sb.append('陆'); break;
        case '萬': sb.append('万'); break;
        case '億': sb.append('亿'); break;
        case '圓': case '圆': sb.append('元'); break;
        default: sb.append(c); break;
      }
    }
    return sb.toString();
  }

  /**
   * A date as written on a bill (票据出票日期) after the same PBOC annex: the year digit by digit, the
   * month and day in capitals with 零 before months 壹, 贰, 壹拾 and days 1–9, 10, 20, 30, and 壹 before
   * days 11–19: 2026-01-15 is 贰零贰陆年零壹月壹拾伍日, 10-20 is 零壹拾月零贰拾日.
   *
   * @throws IllegalArgumentException for a year before 1000 or after 9999
   */
  public String dateOnBill(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year on a bill must have four digits: " + year);
    }
    StringBuilder sb = new StringBuilder();
    for (char c : String.valueOf(year).toCharArray()) {
      sb.append(ChineseNumerals.DIGITS.charAt(c - '0'));
    }
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    sb.append('年').append(m == 1 || m == 2 || m == 10 ? "零" : "").append(twoDigits(m)).append('月');
    sb.append(d < 11 || d == 20 || d == 30 ? "零" : "").append(twoDigits(d)).append('日');
    return sb.toString();
  }

  private static String twoDigits(int n) {
    String digits = ChineseNumerals.DIGITS;
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    return digits.charAt(n / 10) + "拾" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }
}

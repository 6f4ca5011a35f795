package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Currency;
import org.gendan.core.money.Money;
import org.gendan.documents.calc.internal.ChineseNumerals;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AmountWordsProperties {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency CNY = Currency.getInstance("CNY");

  /** Amounts in minor units with a spread over all magnitudes (cents up to hundreds of billions). */
  private static Gen<Long> minorUnits(long max) {
    return integers().between(0, 14).zip(longs().between(0, max), (digits, raw) -> {
      long bound = 1;
      for (int i = 0; i < digits; i++) {
        bound *= 10;
      }
      return Math.min(max, raw % bound);
    });
  }

  @Test
  void english_words_read_back_to_the_same_amount_in_every_style() {
    qt().withExamples(300).forAll(minorUnits(99_999_999_999_999L), integers().between(0, CentsStyle.values().length - 1),
        integers().between(0, 1)).checkAssert((minor, style, uk) -> {
          Money m = Money.ofMinor(USD, minor);
          EnglishAmountWords w = EnglishAmountWords.standard().withCentsStyle(CentsStyle.values()[style])
              .withNumbers(uk == 1 ? EnglishNumberToWords.UK : EnglishNumberToWords.US);
          assertThat(w.parse(w.toWords(m)).get()).isEqualTo(m);
        });
  }

  @Test
  void chinese_canonical_words_read_back_to_the_same_amount() {
    qt().withExamples(400).forAll(minorUnits(ChineseNumerals.MAX_FEN)).checkAssert(fen -> {
      Money m = Money.ofMinor(CNY, fen);
      String canonical = ChineseAmountWords.PBOC.toWords(m);
      assertThat(ChineseAmountWords.PBOC.parse(canonical).get()).isEqualTo(m);
      assertThat(ChineseAmountWords.PBOC.check(canonical, m).isRight()).isTrue();
    });
  }

  @Test
  void every_accepted_chinese_spelling_reads_back_to_its_amount_and_no_other_amount_claims_it() {
    qt().withExamples(300).forAll(minorUnits(ChineseNumerals.MAX_FEN)).checkAssert(fen -> {
      Money m = Money.ofMinor(CNY, fen);
      for (String s : ChineseAmountWords.PBOC.acceptedSpellings(m)) {
        assertThat(ChineseAmountWords.PBOC.parse(s).get()).isEqualTo(m);
        if (fen > 0) {
          assertThat(ChineseAmountWords.PBOC.acceptedSpellings(Money.ofMinor(CNY, fen - 1))).doesNotContain(s);
        }
      }
    });
  }

  @Test
  void chinese_canonical_words_never_use_forbidden_characters_and_end_correctly() {
    qt().withExamples(300).forAll(minorUnits(ChineseNumerals.MAX_FEN)).checkAssert(fen -> {
      String s = ChineseAmountWords.PBOC.toWords(Money.ofMinor(CNY, fen));
      assertThat(s).startsWith("人民币").doesNotContainPattern("[一二三四五六七八九十两念毛另0-9]");
      assertThat(s).doesNotContain("零零").doesNotContain("分整");
      assertThat(s.endsWith("整")).isEqualTo(fen % 100 == 0);
      assertThat(s.substring(3)).doesNotStartWith("拾").doesNotStartWith("零壹").doesNotContain("零拾");
    });
  }

  @Test
  void a_single_changed_digit_in_chinese_words_is_caught_by_the_check() {
    qt().withExamples(200).forAll(minorUnits(ChineseNumerals.MAX_FEN), integers().between(1, 9)).checkAssert((fen, d) -> {
      Money m = Money.ofMinor(CNY, fen);
      String s = ChineseAmountWords.PBOC.toWords(m);
      int at = -1;
      for (int i = 3; i < s.length(); i++) {
        if (ChineseNumerals.DIGITS.indexOf(s.charAt(i)) > 0) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        return;
      }
      char replacement = ChineseNumerals.DIGITS.charAt(d);
      if (replacement == s.charAt(at)) {
        return;
      }
      String mutated = s.substring(0, at) + replacement + s.substring(at + 1);
      assertThat(ChineseAmountWords.PBOC.check(mutated, m).isLeft()).isTrue();
    });
  }

  @Test
  void reading_arbitrary_chinese_text_never_throws_and_anything_accepted_is_a_valid_spelling() {
    String alphabet = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正人民币两一十 ";
    qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 24)).checkAssert(idx -> {
          StringBuilder sb = new StringBuilder();
          idx.forEach(i -> sb.append(alphabet.charAt(i)));
          var r = ChineseAmountWords.PBOC.parse(sb.toString());
          r.forEach(m -> assertThat(ChineseAmountWords.PBOC.acceptedSpellings(m)).contains(
              sb.toString().strip().startsWith("人民币") ? sb.toString().strip() : "人民币" + sb.toString().strip()));
        });
  }

  @Test
  void reading_arbitrary_english_words_never_throws() {
    String[] words = {"SAY", "TOTAL", "U.S.", "DOLLARS", "ONE", "TWENTY-ONE", "HUNDRED", "THOUSAND", "MILLION", "AND", "CENTS", "POINT",
        "ZERO", "ONLY", "5/100", "NINETEEN", "EURO"};
    qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(0, words.length - 1))
        .ofSizeBetween(0, 14)).checkAssert(idx -> {
          StringBuilder sb = new StringBuilder();
          idx.forEach(i -> sb.append(words[i]).append(' '));
          var r = EnglishAmountWords.standard().parse(sb.toString());
          r.forEach(m -> assertThat(m.isNegative()).isFalse());
        });
  }
}

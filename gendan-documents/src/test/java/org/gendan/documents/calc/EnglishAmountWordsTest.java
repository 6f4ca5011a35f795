package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishAmountWordsTest {

  private final EnglishAmountWords words = EnglishAmountWords.standard();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "100.00|SAY U.S. DOLLARS ONE HUNDRED ONLY",
      "12345.67|SAY U.S. DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY-SEVEN ONLY",
      "1005.30|SAY U.S. DOLLARS ONE THOUSAND FIVE AND CENTS THIRTY ONLY",
      "89600.00|SAY U.S. DOLLARS EIGHTY-NINE THOUSAND SIX HUNDRED ONLY",
      "101.01|SAY U.S. DOLLARS ONE HUNDRED ONE AND CENTS ONE ONLY",
      "1000000.00|SAY U.S. DOLLARS ONE MILLION ONLY",
      "118800.00|SAY U.S. DOLLARS ONE HUNDRED EIGHTEEN THOUSAND EIGHT HUNDRED ONLY",
      "999999.99|SAY U.S. DOLLARS NINE HUNDRED NINETY-NINE THOUSAND NINE HUNDRED NINETY-NINE AND CENTS NINETY-NINE ONLY",
      "2147483647.01|SAY U.S. DOLLARS TWO BILLION ONE HUNDRED FORTY-SEVEN MILLION FOUR HUNDRED EIGHTY-THREE THOUSAND SIX HUNDRED FORTY-SEVEN AND CENTS ONE ONLY",
      "0.50|SAY U.S. DOLLARS ZERO AND CENTS FIFTY ONLY"})
  void every_reference_vector_is_written_and_read_back(String figures, String expected) {
    assertThat(words.toWords(usd(figures))).isEqualTo(expected);
    assertThat(words.parse(expected).get()).isEqualTo(usd(figures));
    assertThat(words.check(expected, usd(figures)).isRight()).isTrue();
  }

  @Test
  void the_british_style_puts_and_inside_hundreds() {
    EnglishAmountWords uk = words.withNumbers(EnglishNumberToWords.UK);
    String text = uk.toWords(usd("12345.67"));
    assertThat(text).isEqualTo("SAY U.S. DOLLARS TWELVE THOUSAND THREE HUNDRED AND FORTY-FIVE AND CENTS SIXTY-SEVEN ONLY");
    assertThat(words.parse(text).get()).isEqualTo(usd("12345.67"));
    assertThat(uk.toWords(usd("1005.00"))).isEqualTo("SAY U.S. DOLLARS ONE THOUSAND AND FIVE ONLY");
    assertThat(words.parse("SAY U.S. DOLLARS ONE THOUSAND AND FIVE ONLY").get()).isEqualTo(usd("1005"));
  }

  @Test
  void the_other_cents_styles_are_written_and_all_are_read() {
    Money m = usd("12345.67");
    assertThat(words.withCentsStyle(CentsStyle.CENTS_LAST).toWords(m)).endsWith("FORTY-FIVE AND SIXTY-SEVEN CENTS ONLY");
    assertThat(words.withCentsStyle(CentsStyle.POINT).toWords(m)).endsWith("FORTY-FIVE AND POINT SIXTY-SEVEN ONLY");
    assertThat(words.withCentsStyle(CentsStyle.FRACTION).toWords(m)).endsWith("FORTY-FIVE AND 67/100 ONLY");
    assertThat(words.withCentsStyle(CentsStyle.POINT).toWords(usd("3.05"))).endsWith("THREE AND POINT ZERO FIVE ONLY");
    for (CentsStyle style : CentsStyle.values()) {
      assertThat(words.parse(words.withCentsStyle(style).toWords(m)).get()).isEqualTo(m);
    }
  }

  @Test
  void fifty_cents_without_whole_dollars_is_read_as_written_by_some_houses() {
    assertThat(words.parse("SAY U.S. DOLLARS FIFTY CENTS ONLY").get()).isEqualTo(usd("0.50"));
  }

  @Test
  void say_total_and_currency_aliases_and_missing_hyphens_are_read() {
    assertThat(words.withTotal(true).toWords(usd("100"))).isEqualTo("SAY TOTAL U.S. DOLLARS ONE HUNDRED ONLY");
    assertThat(words.parse("say total us dollars eighty nine thousand six hundred only").get()).isEqualTo(usd("89600"));
    assertThat(words.parse("SAY USD ONE MILLION ONLY").get()).isEqualTo(usd("1000000"));
  }

  @Test
  void other_currencies_are_named_and_jpy_has_no_cents() {
    assertThat(words.toWords(Money.of("1005.30", "EUR"))).isEqualTo("SAY EURO ONE THOUSAND FIVE AND CENTS THIRTY ONLY");
    assertThat(words.toWords(Money.of("20", "GBP"))).isEqualTo("SAY POUNDS STERLING TWENTY ONLY");
    assertThat(words.toWords(Money.of("7", "CNY"))).isEqualTo("SAY CHINESE YUAN SEVEN ONLY");
    assertThat(words.toWords(Money.of("150000", "JPY"))).isEqualTo("SAY JAPANESE YEN ONE HUNDRED FIFTY THOUSAND ONLY");
    assertThat(words.parse("SAY JAPANESE YEN ONE HUNDRED AND CENTS FIVE ONLY").getLeft().code()).isEqualTo(AmountWords.UNREADABLE);
    Money kwd = Money.of("1.250", "KWD");
    assertThat(words.parse(words.toWords(kwd)).get()).isEqualTo(kwd);
  }

  @Test
  void a_house_can_rename_a_currency() {
    EnglishAmountWords house = words.withCurrencyName(Currency.getInstance("USD"), "us dollars");
    assertThat(house.toWords(usd("100"))).isEqualTo("SAY US DOLLARS ONE HUNDRED ONLY");
    assertThat(house.parse("SAY US DOLLARS ONE HUNDRED ONLY").get()).isEqualTo(usd("100"));
  }

  @Test
  void package_counts_are_written_with_figures_in_brackets() {
    assertThat(words.packagesInWords(200, Unit.CTN)).isEqualTo("SAY TWO HUNDRED (200) CARTONS ONLY");
    assertThat(words.packagesInWords(1, Unit.CTN)).isEqualTo("SAY ONE (1) CARTON ONLY");
  }

  @Test
  void words_that_state_another_amount_are_a_mismatch() {
    var result = words.check("SAY U.S. DOLLARS ONE HUNDRED ONLY", usd("100.01"));
    assertThat(result.getLeft().code()).isEqualTo(AmountWords.MISMATCH);
    assertThat(result.getLeft().message()).contains("USD 100.00").contains("USD 100.01");
    assertThat(words.check("SAY EURO ONE HUNDRED ONLY", usd("100")).getLeft().code()).isEqualTo(AmountWords.MISMATCH);
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> words.toWords(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> words.toWords(usd("-1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    // every amount Money can hold (below 10^15) has words; Money itself refuses anything larger
    assertThat(words.toWords(Money.of(new BigDecimal("999999999999999.99"), Currency.getInstance("USD"))))
        .startsWith("SAY").contains("NINE HUNDRED");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000000"), Currency.getInstance("USD")))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> words.parse(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("words");
    assertThatThrownBy(() -> words.check("SAY USD ONE ONLY", null)).isInstanceOf(NullPointerException.class).hasMessageContaining("figures");
    assertThatThrownBy(() -> words.withCentsStyle(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> words.withNumbers(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> words.withCurrencyName(Currency.getInstance("USD"), " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> words.withCurrencyName(Currency.getInstance("USD"), "DOLLARS<script>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> words.packagesInWords(0, Unit.CTN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> words.packagesInWords(3, null)).isInstanceOf(NullPointerException.class);
    assertThat(words.parse("").getLeft().code()).isEqualTo(AmountWords.UNREADABLE);
    assertThat(words.parse("SAY DOUBLOONS ONE HUNDRED ONLY").getLeft().message()).contains("currency");
    assertThat(words.parse("SAY U.S. DOLLARS FIVE FIVE ONLY").getLeft().message()).contains("FIVE FIVE");
    assertThat(words.parse("SAY U.S. DOLLARS HUNDRED ONLY").isLeft()).isTrue();
    assertThat(words.parse("SAY U.S. DOLLARS ONE THOUSAND ONE MILLION ONLY").isLeft()).isTrue();
    assertThat(words.parse("SAY U.S. DOLLARS ONE AND CENTS ONE HUNDRED ONLY").isLeft()).isTrue();
    assertThat(words.parse("SAY U.S. DOLLARS ONE AND 5/1000 ONLY").isLeft()).isTrue();
    assertThat(words.parse("SAY U.S. DOLLARS ONE AND POINT FIVE ONLY").getLeft().code()).isEqualTo(AmountWords.NOT_WELL_FORMED);
  }

  @Test
  void number_words_reject_numbers_out_of_range() {
    assertThatThrownBy(() -> EnglishNumberToWords.US.toWords(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnglishNumberToWords.US.toWords(EnglishNumberToWords.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EnglishNumberToWords.US.toWords(EnglishNumberToWords.MAX)).startsWith("NINE HUNDRED NINETY-NINE TRILLION");
    assertThat(new EnglishNumberToWords(false, false).toWords(89)).isEqualTo("EIGHTY NINE");
  }
}

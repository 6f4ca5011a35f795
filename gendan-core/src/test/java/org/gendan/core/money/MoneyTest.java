package org.gendan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency KWD = Currency.getInstance("KWD");
  static final Currency CNY = Currency.getInstance("CNY");

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static List<BigDecimal> decs(String... s) {
    return Arrays.stream(s).map(BigDecimal::new).toList();
  }

  // ------------------------------------------------------------ scale per currency

  @Test
  void each_currency_keeps_its_own_number_of_decimals() {
    assertThat(Money.of("12.5", "USD").amount()).isEqualByComparingTo("12.50").hasScaleOf(2);
    assertThat(Money.of("1200", "JPY").amount()).hasScaleOf(0);
    assertThat(Money.of("1.5", "KWD").amount()).isEqualByComparingTo("1.500").hasScaleOf(3);
    assertThat(Money.of("1.5", "KWD").toString()).isEqualTo("KWD 1.500");
    assertThat(Money.scaleOf(JPY)).isZero();
    assertThat(Money.scaleOf(KWD)).isEqualTo(3);
  }

  @Test
  void a_currency_without_minor_units_defined_uses_two_decimals_and_chilean_uf_four() {
    assertThat(Money.of("1.5", "XAU").amount()).isEqualByComparingTo("1.50").hasScaleOf(2);
    assertThat(Money.of("1.2345", "CLF").amount()).hasScaleOf(4);
  }

  @Test
  void a_yen_amount_with_sen_is_refused_unless_a_rounding_is_given() {
    assertThatThrownBy(() -> Money.of("100.5", "JPY"))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("JPY amounts have at most 0 decimals").hasMessageContaining("100.5");
    assertThat(Money.of(dec("100.5"), JPY, RoundingMode.HALF_UP)).isEqualTo(Money.of("101", "JPY"));
    assertThat(Money.of(dec("100.5"), JPY, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("100", "JPY"));
    assertThat(Money.of(dec("100.5"), JPY, RoundingMode.DOWN)).isEqualTo(Money.of("100", "JPY"));
  }

  @Test
  void trailing_zeros_beyond_the_currency_scale_are_not_a_rounding() {
    assertThat(Money.of(dec("12.5000"), USD)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(Money.of(dec("1.000"), JPY)).isEqualTo(Money.ofMinor(JPY, 1));
  }

  @Test
  void equal_amounts_are_equal_whatever_their_written_scale() {
    assertThat(Money.of("1", "USD")).isEqualTo(Money.of("1.00", "USD")).hasSameHashCodeAs(Money.of("1.00", "USD"));
    assertThat(Money.of("1", "USD")).isNotEqualTo(Money.of("1", "EUR"));
  }

  @Test
  void minor_units_go_both_ways() {
    assertThat(Money.ofMinor(USD, 1250)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(Money.ofMinor(KWD, 1250)).isEqualTo(Money.of("1.250", "KWD"));
    assertThat(Money.ofMinor(JPY, 1250)).isEqualTo(Money.of("1250", "JPY"));
    assertThat(Money.of("-0.07", "USD").toMinorUnits()).isEqualTo(-7);
  }

  @Test
  void currency_codes_are_looked_up_case_insensitively() {
    assertThat(Money.currency(" usd ")).isEqualTo(USD);
  }

  // ------------------------------------------------------------ arithmetic

  @Test
  void adding_and_subtracting_is_exact() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");
    assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(a.minus(b)).isEqualTo(Money.of("-0.10", "USD"));
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(b).abs()).isEqualTo(a);
    assertThat(a.minus(a).isZero()).isTrue();
    assertThat(a.isPositive()).isTrue();
  }

  @Test
  void a_line_amount_is_rounded_once_with_the_rounding_the_caller_names() {
    Money price = Money.of("1.25", "USD");
    assertThat(price.multipliedBy(dec("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.63", "USD"));
    assertThat(price.multipliedBy(dec("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.62", "USD"));
    assertThat(price.multipliedBy(dec("0.5"), RoundingMode.DOWN)).isEqualTo(Money.of("0.62", "USD"));
    assertThat(price.multipliedBy(4800)).isEqualTo(Money.of("6000.00", "USD"));
    assertThatThrownBy(() -> price.multipliedBy(dec("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("at most 2 decimals");
  }

  @Test
  void a_thirty_percent_deposit_is_rounded_half_up_to_the_cent() {
    Money total = Money.of("10000.05", "USD");
    assertThat(total.percent(dec("30"), RoundingMode.HALF_UP)).isEqualTo(Money.of("3000.02", "USD"));
    assertThat(Money.of("333", "JPY").percent(dec("50"), RoundingMode.HALF_UP)).isEqualTo(Money.of("167", "JPY"));
  }

  @Test
  void dividing_rounds_with_the_given_mode_and_refuses_zero() {
    Money m = Money.of("10.00", "USD");
    assertThat(m.dividedBy(dec("3"), RoundingMode.HALF_UP)).isEqualTo(Money.of("3.33", "USD"));
    assertThat(m.dividedBy(dec("3"), RoundingMode.UP)).isEqualTo(Money.of("3.34", "USD"));
    assertThat(m.negated().dividedBy(dec("3"), RoundingMode.FLOOR)).isEqualTo(Money.of("-3.34", "USD"));
    assertThatThrownBy(() -> m.dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("by zero");
  }

  @Test
  void dividing_by_an_absurdly_large_or_small_divisor_answers_at_once() {
    Money m = Money.of("10.00", "USD");
    assertThat(m.dividedBy(dec("1e100000000"), RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
    assertThat(m.dividedBy(dec("1e100000000"), RoundingMode.UP)).isEqualTo(Money.of("0.01", "USD"));
    assertThat(m.negated().dividedBy(dec("1e100000000"), RoundingMode.FLOOR)).isEqualTo(Money.of("-0.01", "USD"));
    assertThat(m.dividedBy(dec("-1e100000000"), RoundingMode.CEILING)).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> m.dividedBy(dec("1e-100000000"), RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
    assertThat(Money.zero(USD).dividedBy(dec("1e-100000000"), RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
  }

  @Test
  void comparisons_within_one_currency() {
    Money small = Money.of("1.00", "USD");
    Money big = Money.of("2.00", "USD");
    assertThat(big.isGreaterThan(small)).isTrue();
    assertThat(small.isLessThan(big)).isTrue();
    assertThat(small.compareTo(Money.of("1", "USD"))).isZero();
    assertThat(small.isSameCurrency(Money.of("1", "EUR"))).isFalse();
  }

  @Test
  void the_total_of_no_amounts_is_zero_and_of_some_amounts_their_exact_sum() {
    assertThat(Money.total(USD, List.of())).isEqualTo(Money.zero(USD));
    assertThat(Money.total(USD, List.of(Money.of("0.10", "USD"), Money.of("0.20", "USD"), Money.of("0.70", "USD"))))
        .isEqualTo(Money.of("1.00", "USD"));
  }

  // ------------------------------------------------------------ allocation

  @Test
  void a_total_split_thirty_seventy_adds_back_to_the_cent() {
    List<Money> parts = Money.of("10000.05", "USD").allocate(decs("30", "70"));
    assertThat(parts).containsExactly(Money.of("3000.02", "USD"), Money.of("7000.03", "USD"));
  }

  @Test
  void a_hundred_dollars_in_three_equal_parts_gives_the_leftover_cent_to_the_first() {
    assertThat(Money.of("100", "USD").allocate(decs("1", "1", "1")))
        .containsExactly(Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
  }

  @Test
  void the_leftover_minor_units_go_to_the_largest_remainders() {
    // exact shares 0.142857.., 0.285714.., 0.571428.. cents of 1 cent: remainders .14, .29, .57
    assertThat(Money.of("0.01", "USD").allocate(decs("1", "2", "4")))
        .containsExactly(Money.zero(USD), Money.zero(USD), Money.of("0.01", "USD"));
  }

  @Test
  void a_zero_weight_gets_nothing_and_a_negative_total_is_split_as_its_mirror() {
    assertThat(Money.of("1", "JPY").allocate(decs("0", "1", "1"))).containsExactly(
        Money.zero(JPY), Money.of("1", "JPY"), Money.zero(JPY));
    assertThat(Money.of("-100", "USD").allocate(decs("1", "1", "1")))
        .containsExactly(Money.of("-33.34", "USD"), Money.of("-33.33", "USD"), Money.of("-33.33", "USD"));
  }

  @Test
  void allocation_refuses_weights_that_cannot_split_anything() {
    Money m = Money.of("1", "USD");
    assertThatThrownBy(() -> m.allocate(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> m.allocate(decs("0", "0"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all be zero");
    assertThatThrownBy(() -> m.allocate(decs("1", "-1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> m.allocate(decs("1", "1e100000000"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> m.allocate(decs("1", "1e-100000000"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> m.allocate(Arrays.asList(BigDecimal.ONE, null))).isInstanceOf(NullPointerException.class).hasMessageContaining("weights");
    assertThatThrownBy(() -> m.allocate(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("weights");
  }

  // ------------------------------------------------------------ bad input

  @Test
  void mixing_currencies_is_a_currency_mismatch_naming_both() {
    Money usd = Money.of("1", "USD");
    Money eur = Money.of("1", "EUR");
    assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("USD").hasMessageContaining("EUR")
        .satisfies(e -> {
          CurrencyMismatchException c = (CurrencyMismatchException) e;
          assertThat(c.first()).isEqualTo(USD);
          assertThat(c.second().getCurrencyCode()).isEqualTo("EUR");
        });
    assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.isGreaterThan(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.total(USD, List.of(usd, eur))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void an_unknown_currency_code_is_refused_by_name() {
    assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown currency code 'XYZ'").hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> Money.currency("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown currency");
    assertThatThrownBy(() -> Money.currency("RMB")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'RMB'");
    assertThatThrownBy(() -> Money.currency(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("currency code");
  }

  @Test
  void an_amount_that_is_not_a_number_is_refused_by_its_text() {
    assertThatThrownBy(() -> Money.of("12,50", "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a decimal amount: '12,50'");
    assertThatThrownBy(() -> Money.of("", "USD")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nulls_are_refused_naming_the_argument() {
    Money m = Money.of("1", "USD");
    assertThatThrownBy(() -> Money.of((BigDecimal) null, USD)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, USD, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> Money.of((String) null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.zero(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.ofMinor(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.scaleOf(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> Money.total(USD, null)).isInstanceOf(NullPointerException.class).hasMessage("amounts");
    assertThatThrownBy(() -> Money.total(USD, Arrays.asList(m, null))).isInstanceOf(NullPointerException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> m.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> m.minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> m.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> m.isSameCurrency(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> m.multipliedBy(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("factor");
    assertThatThrownBy(() -> m.multipliedBy(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> m.dividedBy(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("divisor");
    assertThatThrownBy(() -> m.percent(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("percent");
    assertThatThrownBy(() -> m.convertedTo(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("rate");
  }

  @Test
  void absurdly_large_amounts_are_refused_quickly_instead_of_exhausting_memory() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Money.of(dec("1e100000000"), USD)).isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("too large");
      assertThatThrownBy(() -> Money.of(dec("1e100000000"), USD, RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> Money.of(dec("1e-100000000"), USD)).isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("at most 2 decimals");
      assertThat(Money.of(dec("1e-100000000"), USD, RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
      assertThat(Money.of(dec("1e-100000000"), USD, RoundingMode.UP)).isEqualTo(Money.of("0.01", "USD"));
      assertThat(Money.of(dec("-1e-100000000"), USD, RoundingMode.FLOOR)).isEqualTo(Money.of("-0.01", "USD"));
      assertThat(Money.of(dec("-1e-100000000"), USD, RoundingMode.CEILING)).isEqualTo(Money.zero(USD));
      Money m = Money.of("1", "USD");
      assertThatThrownBy(() -> m.multipliedBy(dec("1e100000000"), RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
      assertThat(m.multipliedBy(dec("1e-100000000"), RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
    });
  }

  @Test
  void the_largest_amount_has_fifteen_integer_digits_and_arithmetic_beyond_it_overflows() {
    Money max = Money.of("999999999999999.99", "USD");
    assertThat(max.toMinorUnits()).isEqualTo(99_999_999_999_999_999L);
    assertThat(Money.of("999999999999999.999", "KWD").toMinorUnits()).isEqualTo(999_999_999_999_999_999L);
    assertThatThrownBy(() -> max.plus(Money.of("0.01", "USD"))).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("at most 15 digits");
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMinor(JPY, Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
  }
}

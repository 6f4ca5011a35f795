package org.gendan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ExchangeRateAndUnitPriceTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");

  // ------------------------------------------------------------ exchange rates

  @Test
  void converting_multiplies_exactly_and_rounds_once_to_the_target_currency() {
    ExchangeRate usdCny = ExchangeRate.of("USD", "CNY", "7.1234", DAY);
    Money usd = Money.of("1234.56", "USD");
    // 1234.56 × 7.1234 = 8794.264704
    assertThat(usd.convertedTo(usdCny, RoundingMode.HALF_UP)).isEqualTo(Money.of("8794.26", "CNY"));
    assertThat(usdCny.convert(usd, RoundingMode.CEILING)).isEqualTo(Money.of("8794.27", "CNY"));
    assertThat(usdCny.convert(usd, RoundingMode.DOWN)).isEqualTo(Money.of("8794.26", "CNY"));
  }

  @Test
  void converting_into_yen_and_dinar_rounds_to_their_own_scales() {
    assertThat(ExchangeRate.of("USD", "JPY", "151.237", DAY).convert(Money.of("10.00", "USD"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("1512", "JPY"));
    assertThat(ExchangeRate.of("USD", "KWD", "0.30712", DAY).convert(Money.of("10.05", "USD"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("3.087", "KWD"));
  }

  @Test
  void converting_an_amount_of_another_currency_is_a_mismatch() {
    ExchangeRate usdCny = ExchangeRate.of("USD", "CNY", "7.10", DAY);
    assertThatThrownBy(() -> usdCny.convert(Money.of("1", "EUR"), RoundingMode.HALF_UP))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    assertThatThrownBy(() -> usdCny.convert(Money.of("1", "CNY"), RoundingMode.HALF_UP))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void the_inverse_rate_has_ten_significant_digits_and_is_never_zero() {
    ExchangeRate usdCny = ExchangeRate.of("USD", "CNY", "7.1", DAY);
    assertThat(usdCny.inverse().rate()).isEqualByComparingTo("0.1408450704");
    assertThat(usdCny.inverse().base()).isEqualTo(CNY);
    assertThat(usdCny.inverse().quote()).isEqualTo(USD);
    assertThat(usdCny.inverse().date()).isEqualTo(DAY);
    assertThat(ExchangeRate.of("USD", "IDR", "16234.5", DAY).inverse().rate()).isEqualByComparingTo("0.00006159721581");
    assertThat(ExchangeRate.of("USD", "VND", "999999999999", DAY).inverse().rate().signum()).isPositive();
    assertThat(ExchangeRate.of("USD", "CNY", "8", DAY).inverse().rate()).isEqualByComparingTo("0.125");
  }

  @Test
  void the_inverse_of_the_most_extreme_rates_is_a_rate_too() {
    for (String r : new String[] {"1e12", "1e-12", "999999999999.99", "0.00000000000100000001", "0.000000000001000001", "3"}) {
      ExchangeRate rate = ExchangeRate.of("USD", "CNY", r, DAY);
      assertThat(rate.inverse().rate().signum()).as(r).isPositive();
      assertThat(rate.inverse().inverse().base()).isEqualTo(USD);
    }
    assertThat(ExchangeRate.of("USD", "CNY", "999999999999.99", DAY).inverse().rate()).isEqualByComparingTo("0.000000000001");
  }

  @Test
  void an_exchange_rate_written_with_an_exponent_is_kept_as_a_plain_number() {
    assertThat(new ExchangeRate(USD, CNY, new BigDecimal("1E+1"), DAY).rate()).hasScaleOf(0).isEqualByComparingTo("10");
    assertThat(ExchangeRate.of("USD", "CNY", "7.10", DAY).rate()).isEqualTo(new BigDecimal("7.10"));
  }

  @Test
  void bad_exchange_rates_are_refused_with_the_reason() {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "0", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "-7.1", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "USD", "1", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two different currencies");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "XXY", "1", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown currency code 'XXY'");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "seven", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a decimal exchange rate: 'seven'");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1e13", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1e-21", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "0.00000000000099", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 10^-12 and 10^12");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1000000000000.01", DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1", null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", null, DAY)).isInstanceOf(NullPointerException.class).hasMessage("rate");
    assertThatThrownBy(() -> new ExchangeRate(null, CNY, BigDecimal.ONE, DAY)).isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> new ExchangeRate(USD, null, BigDecimal.ONE, DAY)).isInstanceOf(NullPointerException.class).hasMessage("quote");
    ExchangeRate r = ExchangeRate.of("USD", "CNY", "7.1", DAY);
    assertThatThrownBy(() -> r.convert(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> r.convert(Money.of("1", "USD"), null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1e100000000", DAY)).isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void converting_is_within_half_a_minor_unit_of_the_exact_product_and_keeps_the_sign() {
    qt().withExamples(300).forAll(ValueGen.exchangeRate(), ValueGen.decimal(-1_000_000, 1_000_000, 0))
        .checkAssert((rate, minor) -> {
          Money amount = Money.ofMinor(rate.base(), minor.longValue());
          Money converted = rate.convert(amount, RoundingMode.HALF_UP);
          BigDecimal exact = amount.amount().multiply(rate.rate());
          BigDecimal halfMinor = BigDecimal.ONE.movePointLeft(Money.scaleOf(rate.quote())).divide(BigDecimal.valueOf(2));
          assertThat(converted.currency()).isEqualTo(rate.quote());
          assertThat(converted.amount().subtract(exact).abs()).isLessThanOrEqualTo(halfMinor);
          assertThat(converted.amount().signum() * amount.amount().signum()).isGreaterThanOrEqualTo(0);
        });
  }

  @Test
  void converting_a_sum_differs_from_the_sum_of_conversions_by_at_most_one_minor_unit_per_part() {
    qt().withExamples(200).forAll(ValueGen.exchangeRate(), ValueGen.decimal(0, 1_000_000, 0), ValueGen.decimal(0, 1_000_000, 0))
        .checkAssert((rate, a, b) -> {
          Money x = Money.ofMinor(rate.base(), a.longValue());
          Money y = Money.ofMinor(rate.base(), b.longValue());
          long whole = rate.convert(x.plus(y), RoundingMode.HALF_UP).toMinorUnits();
          long parts = rate.convert(x, RoundingMode.HALF_UP).plus(rate.convert(y, RoundingMode.HALF_UP)).toMinorUnits();
          assertThat(Math.abs(whole - parts)).isLessThanOrEqualTo(1L);
        });
  }

  @Test
  void the_inverse_of_the_inverse_is_the_rate_to_ten_significant_digits() {
    qt().withExamples(200).forAll(ValueGen.exchangeRate()).checkAssert(rate -> {
      ExchangeRate back = rate.inverse().inverse();
      assertThat(back.base()).isEqualTo(rate.base());
      assertThat(back.rate().subtract(rate.rate()).abs())
          .isLessThanOrEqualTo(rate.rate().multiply(new BigDecimal("2e-9")));
    });
  }

  // ------------------------------------------------------------ unit prices

  @Test
  void a_unit_price_may_have_more_decimals_than_its_currency() {
    UnitPrice p = UnitPrice.of("0.0125", "USD");
    assertThat(p.amount()).isEqualTo(new BigDecimal("0.0125"));
    assertThat(UnitPrice.of("1.5", "USD").amount()).isEqualTo(new BigDecimal("1.50"));
    assertThat(UnitPrice.of("1.2350", "USD")).isEqualTo(UnitPrice.of("1.235", "USD"));
    assertThat(UnitPrice.of("100", "JPY").amount()).isEqualTo(new BigDecimal("100"));
    assertThat(new UnitPrice(new BigDecimal("1E+2"), USD).amount()).isEqualTo(new BigDecimal("100.00"));
    assertThat(p.toString()).isEqualTo("USD 0.0125");
  }

  @Test
  void a_line_amount_is_quantity_times_price_rounded_half_up_per_line() {
    UnitPrice p = UnitPrice.of("0.0125", "USD");
    assertThat(p.times(new BigDecimal("4801"), RoundingMode.HALF_UP)).isEqualTo(Money.of("60.01", "USD"));
    assertThat(p.times(new BigDecimal("4801"), RoundingMode.DOWN)).isEqualTo(Money.of("60.01", "USD"));
    assertThat(p.times(new BigDecimal("4802"), RoundingMode.HALF_UP)).isEqualTo(Money.of("60.03", "USD"));
    assertThat(UnitPrice.of("3.85", "USD").times(new BigDecimal("4800"), RoundingMode.HALF_UP)).isEqualTo(Money.of("18480.00", "USD"));
  }

  @Test
  void the_deviation_from_a_reference_price_is_relative() {
    UnitPrice list = UnitPrice.of("4.00", "USD");
    assertThat(UnitPrice.of("4.20", "USD").deviationFrom(list)).isEqualByComparingTo("0.05");
    assertThat(UnitPrice.of("3.00", "USD").deviationFrom(list)).isEqualByComparingTo("-0.25");
    assertThat(UnitPrice.of("0", "USD").deviationFrom(UnitPrice.of("0", "USD"))).isEqualByComparingTo("0");
    assertThat(UnitPrice.of("1", "USD").deviationFrom(UnitPrice.of("0", "USD"))).isEqualByComparingTo("1");
    assertThat(UnitPrice.of("4.0", "USD").isSamePriceAs(list)).isTrue();
    assertThat(UnitPrice.of("4.0", "EUR").isSamePriceAs(list)).isFalse();
    assertThatThrownBy(() -> UnitPrice.of("4", "EUR").deviationFrom(list)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void bad_unit_prices_are_refused_with_the_reason() {
    assertThatThrownBy(() -> UnitPrice.of("-1", "USD")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> UnitPrice.of("0.0000001", "USD")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 6 decimals");
    assertThatThrownBy(() -> UnitPrice.of("abc", "USD")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a decimal unit price: 'abc'");
    assertThatThrownBy(() -> UnitPrice.of("1", "ABC")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown currency code");
    assertThatThrownBy(() -> UnitPrice.of(null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> new UnitPrice(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    UnitPrice p = UnitPrice.of("1", "USD");
    assertThatThrownBy(() -> p.times(null, RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class).hasMessage("quantity");
    assertThatThrownBy(() -> p.times(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
    assertThatThrownBy(() -> p.deviationFrom(null)).isInstanceOf(NullPointerException.class).hasMessage("reference");
    assertThatThrownBy(() -> p.isSamePriceAs(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> UnitPrice.of("1e100000000", "USD")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
      assertThatThrownBy(() -> UnitPrice.of("1e-100000000", "USD")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
      assertThatThrownBy(() -> p.times(new BigDecimal("1e100000000"), RoundingMode.HALF_UP)).isInstanceOf(ArithmeticException.class);
    });
  }

  @Test
  void equal_prices_are_equal_values_whatever_their_trailing_zeros() {
    qt().withExamples(300).forAll(ValueGen.unitPrice(), org.quicktheories.generators.SourceDSL.integers().between(0, 4))
        .checkAssert((p, zeros) -> {
          UnitPrice padded = new UnitPrice(p.amount().setScale(p.amount().scale() + zeros), p.currency());
          assertThat(padded).isEqualTo(p);
          assertThat(padded.amount().scale()).isEqualTo(Math.max(Money.scaleOf(p.currency()), p.amount().stripTrailingZeros().scale()));
        });
  }
}

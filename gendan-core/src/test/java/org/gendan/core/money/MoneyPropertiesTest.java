package org.gendan.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyPropertiesTest {

  /** Two or three amounts of one currency. */
  static Gen<List<Money>> sameCurrency(int size) {
    return ValueGen.currency().flatMap(c -> lists().of(ValueGen.money(c)).ofSize(size));
  }

  static Gen<List<BigDecimal>> weights() {
    return lists().of(ValueGen.decimal(0, 1_000_000, 4)).ofSizeBetween(1, 8)
        .map(ws -> ws.stream().allMatch(w -> w.signum() == 0) ? List.of(BigDecimal.ONE) : ws);
  }

  @Test
  void amounts_always_sit_at_their_currency_scale() {
    qt().withExamples(300).forAll(ValueGen.money())
        .checkAssert(m -> assertThat(m.amount().scale()).isEqualTo(Money.scaleOf(m.currency())));
  }

  @Test
  void addition_is_exact_commutative_and_associative_and_minus_undoes_plus() {
    qt().withExamples(300).forAll(sameCurrency(3)).checkAssert(ms -> {
      Money a = ms.get(0);
      Money b = ms.get(1);
      Money c = ms.get(2);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
      assertThat(a.plus(b).minus(b)).isEqualTo(a);
      assertThat(a.plus(b).amount()).isEqualByComparingTo(a.amount().add(b.amount()));
      assertThat(a.plus(a.negated()).isZero()).isTrue();
    });
  }

  @Test
  void the_total_of_amounts_is_their_exact_sum_in_minor_units_in_any_order() {
    qt().withExamples(200).forAll(ValueGen.currency().flatMap(c -> lists().of(ValueGen.money(c)).ofSizeBetween(0, 12)
            .map(ms -> new Object[] {c, ms})))
        .checkAssert(pair -> {
          Currency c = (Currency) pair[0];
          @SuppressWarnings("unchecked")
          List<Money> ms = (List<Money>) pair[1];
          long minor = ms.stream().mapToLong(Money::toMinorUnits).sum();
          assertThat(Money.total(c, ms)).isEqualTo(Money.ofMinor(c, minor));
          List<Money> reversed = new ArrayList<>(ms);
          Collections.reverse(reversed);
          assertThat(Money.total(c, reversed)).isEqualTo(Money.total(c, ms));
        });
  }

  @Test
  void allocation_always_adds_back_to_the_total_exactly() {
    qt().withExamples(500).forAll(ValueGen.money(), weights()).checkAssert((total, ws) -> {
      List<Money> parts = total.allocate(ws);
      assertThat(parts).hasSameSizeAs(ws);
      assertThat(Money.total(total.currency(), parts)).isEqualTo(total);
    });
  }

  @Test
  void each_allocated_part_is_within_one_minor_unit_of_its_exact_share_and_never_of_the_other_sign() {
    qt().withExamples(500).forAll(ValueGen.money(), weights()).checkAssert((total, ws) -> {
      List<Money> parts = total.allocate(ws);
      BigDecimal sum = ws.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal minor = BigDecimal.ONE.movePointLeft(Money.scaleOf(total.currency()));
      for (int i = 0; i < ws.size(); i++) {
        BigDecimal exact = total.amount().multiply(ws.get(i)).divide(sum, 30, RoundingMode.HALF_EVEN);
        assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(minor);
        assertThat(parts.get(i).amount().signum() * total.amount().signum()).isGreaterThanOrEqualTo(0);
        if (ws.get(i).signum() == 0) {
          assertThat(parts.get(i).isZero()).isTrue();
        }
      }
    });
  }

  @Test
  void allocation_by_equal_weights_differs_by_at_most_one_minor_unit_with_the_larger_parts_first() {
    qt().withExamples(300).forAll(ValueGen.money(), integers().between(1, 12)).checkAssert((total, n) -> {
      List<Money> parts = total.abs().allocate(Collections.nCopies(n, BigDecimal.ONE));
      for (int i = 1; i < n; i++) {
        long diff = parts.get(i - 1).toMinorUnits() - parts.get(i).toMinorUnits();
        assertThat(diff).isBetween(0L, 1L);
      }
    });
  }

  @Test
  void allocation_is_the_same_for_proportional_weights() {
    qt().withExamples(200).forAll(ValueGen.money(), weights(), integers().between(2, 1000)).checkAssert((total, ws, k) -> {
      List<BigDecimal> scaled = ws.stream().map(w -> w.multiply(BigDecimal.valueOf(k))).toList();
      assertThat(total.allocate(scaled)).isEqualTo(total.allocate(ws));
    });
  }

  @Test
  void allocation_of_a_negative_total_mirrors_the_positive_one() {
    qt().withExamples(200).forAll(ValueGen.money(), weights()).checkAssert((total, ws) ->
        assertThat(total.negated().allocate(ws)).isEqualTo(total.allocate(ws).stream().map(Money::negated).toList()));
  }

  @Test
  void rounding_a_product_lies_between_floor_and_ceiling_and_half_up_is_the_nearest() {
    Gen<BigDecimal> factor = longs().between(-1_000_000_000L, 1_000_000_000L).map(n -> BigDecimal.valueOf(n, 6));
    qt().withExamples(300).forAll(ValueGen.money(), factor).checkAssert((m, f) -> {
      BigDecimal exact = m.amount().multiply(f);
      Money floor = m.multipliedBy(f, RoundingMode.FLOOR);
      Money ceiling = m.multipliedBy(f, RoundingMode.CEILING);
      Money halfUp = m.multipliedBy(f, RoundingMode.HALF_UP);
      assertThat(floor.amount()).isLessThanOrEqualTo(exact);
      assertThat(ceiling.amount()).isGreaterThanOrEqualTo(exact);
      assertThat(ceiling.toMinorUnits() - floor.toMinorUnits()).isBetween(0L, 1L);
      BigDecimal halfMinor = BigDecimal.ONE.movePointLeft(Money.scaleOf(m.currency())).divide(BigDecimal.valueOf(2));
      assertThat(halfUp.amount().subtract(exact).abs()).isLessThanOrEqualTo(halfMinor);
    });
  }

  @Test
  void multiplying_by_a_whole_number_is_repeated_addition() {
    qt().withExamples(200).forAll(ValueGen.money(), integers().between(0, 20)).checkAssert((m, n) -> {
      Money sum = Money.zero(m.currency());
      for (int i = 0; i < n; i++) {
        sum = sum.plus(m);
      }
      assertThat(m.multipliedBy(n)).isEqualTo(sum);
      assertThat(m.multipliedBy(BigDecimal.valueOf(n), RoundingMode.UNNECESSARY)).isEqualTo(sum);
    });
  }

  @Test
  void dividing_then_multiplying_back_is_within_half_a_minor_unit_per_divisor() {
    qt().withExamples(200).forAll(ValueGen.money(), integers().between(1, 1000)).checkAssert((m, n) -> {
      Money part = m.dividedBy(BigDecimal.valueOf(n), RoundingMode.HALF_UP);
      BigDecimal back = part.amount().multiply(BigDecimal.valueOf(n));
      BigDecimal tolerance = BigDecimal.valueOf(n).movePointLeft(Money.scaleOf(m.currency())).divide(BigDecimal.valueOf(2));
      assertThat(back.subtract(m.amount()).abs()).isLessThanOrEqualTo(tolerance);
    });
  }

  @Test
  void comparison_agrees_with_minor_units_and_with_equality() {
    qt().withExamples(300).forAll(sameCurrency(2)).checkAssert(ms -> {
      Money a = ms.get(0);
      Money b = ms.get(1);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(Long.compare(a.toMinorUnits(), b.toMinorUnits())));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(a.isGreaterThan(b)).isEqualTo(b.isLessThan(a));
    });
  }

  @Test
  void minor_units_round_trip() {
    qt().withExamples(300).forAll(ValueGen.money())
        .checkAssert(m -> assertThat(Money.ofMinor(m.currency(), m.toMinorUnits())).isEqualTo(m));
  }

  @Test
  void the_text_form_parses_back_to_the_same_money() {
    qt().withExamples(300).forAll(ValueGen.money()).checkAssert(m -> {
      String[] parts = m.toString().split(" ");
      assertThat(Money.of(parts[1], parts[0])).isEqualTo(m);
    });
  }

  @Test
  void amounts_of_different_currencies_never_combine() {
    Gen<Money[]> pair = Generate.pick(ValueGen.CURRENCIES).flatMap(c -> Generate.pick(ValueGen.CURRENCIES)
        .assuming(d -> !d.equals(c)).zip(ValueGen.money(c), (d, m) -> new Money[] {m, Money.ofMinor(d, BigInteger.ONE.longValue())}));
    qt().withExamples(100).forAll(pair).checkAssert(p -> {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> p[0].plus(p[1])).isInstanceOf(CurrencyMismatchException.class);
      assertThat(p[0].isSameCurrency(p[1])).isFalse();
      assertThat(p[0]).isNotEqualTo(p[1]);
    });
  }
}

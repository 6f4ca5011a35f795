package org.gendan.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class QuantityAndUnitTest {

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  // ------------------------------------------------------------ quantities

  @Test
  void a_quantity_is_kept_in_canonical_form_so_equal_amounts_are_equal() {
    assertThat(Quantity.of("10.00", Unit.PCS)).isEqualTo(Quantity.of(10, Unit.PCS));
    assertThat(Quantity.of("1E+3", Unit.PCS).value()).isEqualTo(dec("1000"));
    assertThat(Quantity.of("12.50", Unit.KG).toString()).isEqualTo("12.5 KG");
    assertThat(Quantity.of(4800, Unit.PCS).toString()).isEqualTo("4800 PCS");
    assertThat(Quantity.of(dec("0.000001"), Unit.CBM).value()).isEqualTo(dec("0.000001"));
  }

  @Test
  void dozens_add_to_pieces_in_the_unit_of_the_receiver() {
    Quantity pcs = Quantity.of(6, Unit.PCS);
    Quantity doz = Quantity.of(2, Unit.DOZ);
    assertThat(pcs.plus(doz)).isEqualTo(Quantity.of(30, Unit.PCS));
    assertThat(doz.plus(pcs)).isEqualTo(Quantity.of("2.5", Unit.DOZ));
    assertThat(doz.minus(pcs)).isEqualTo(Quantity.of("1.5", Unit.DOZ));
    assertThat(doz.compareTo(Quantity.of(24, Unit.PCS))).isZero();
    assertThat(doz.compareTo(Quantity.of(25, Unit.PCS))).isNegative();
  }

  @Test
  void fixed_conversions_within_a_dimension() {
    assertThat(Quantity.of(3, Unit.DOZ).to(Unit.PCS)).isEqualTo(Quantity.of(36, Unit.PCS));
    assertThat(Quantity.of(100, Unit.YD).to(Unit.M)).isEqualTo(Quantity.of("91.44", Unit.M));
    assertThat(Quantity.of(1, Unit.MT).to(Unit.KG)).isEqualTo(Quantity.of(1000, Unit.KG));
    assertThat(Quantity.of(1, Unit.LB).to(Unit.G)).isEqualTo(Quantity.of("453.59237", Unit.G));
    assertThat(Quantity.of(250, Unit.CM).to(Unit.M)).isEqualTo(Quantity.of("2.5", Unit.M));
    assertThat(Quantity.of(1, Unit.PCS).to(Unit.DOZ)).isEqualTo(Quantity.of("0.083333", Unit.DOZ));
    Quantity q = Quantity.of(5, Unit.KG);
    assertThat(q.to(Unit.KG)).isSameAs(q);
  }

  @Test
  void pieces_and_kilograms_do_not_mix() {
    assertThatThrownBy(() -> Quantity.of(1, Unit.PCS).plus(Quantity.of(1, Unit.KG)))
        .isInstanceOf(UnitMismatchException.class).hasMessageContaining("PCS").hasMessageContaining("KG");
    assertThatThrownBy(() -> Quantity.of(1, Unit.PCS).to(Unit.SET)).isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Quantity.of(1, Unit.PAIR).to(Unit.PCS)).isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Quantity.of(1, Unit.M).compareTo(Quantity.of(1, Unit.SQM))).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void a_carton_is_not_a_roll_or_a_bale_because_their_content_depends_on_the_item() {
    assertThat(Unit.CTN.isConvertibleTo(Unit.ROLL)).isFalse();
    assertThat(Unit.CTN.isConvertibleTo(Unit.CTN)).isTrue();
    assertThatThrownBy(() -> Quantity.of(1, Unit.CTN).to(Unit.ROLL)).isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Quantity.of(1, Unit.BALE).plus(Quantity.of(1, Unit.CTN))).isInstanceOf(UnitMismatchException.class);
    assertThat(Quantity.of(1, Unit.CTN).plus(Quantity.of(2, Unit.CTN))).isEqualTo(Quantity.of(3, Unit.CTN));
  }

  @Test
  void zero_and_negative_quantities_are_values_that_say_what_they_are() {
    assertThat(Quantity.zero(Unit.PCS).isZero()).isTrue();
    assertThat(Quantity.of(-5, Unit.PCS).isNegative()).isTrue();
    assertThat(Quantity.of(-5, Unit.PCS).isPositive()).isFalse();
    assertThat(Quantity.of(5, Unit.PCS).minus(Quantity.of(8, Unit.PCS))).isEqualTo(Quantity.of(-3, Unit.PCS));
    assertThat(Quantity.of("2.5", Unit.KG).isWhole()).isFalse();
    assertThat(Quantity.of("2.0", Unit.KG).isWhole()).isTrue();
    assertThat(Quantity.of(-2, Unit.KG).isWhole()).isTrue();
  }

  @Test
  void multiplying_is_exact_up_to_six_decimals_and_rounds_half_up_beyond() {
    assertThat(Quantity.of("0.0125", Unit.KG).multipliedBy(dec("4800"))).isEqualTo(Quantity.of(60, Unit.KG));
    assertThat(Quantity.of("0.000001", Unit.KG).multipliedBy(dec("0.5"))).isEqualTo(Quantity.of("0.000001", Unit.KG));
    assertThat(Quantity.of("0.000001", Unit.KG).multipliedBy(dec("0.4"))).isEqualTo(Quantity.zero(Unit.KG));
    assertThat(Quantity.of(3, Unit.PCS).multipliedBy(dec("1E+2"))).isEqualTo(Quantity.of(300, Unit.PCS));
    assertThat(Quantity.of(3, Unit.PCS).multipliedBy(dec("-1"))).isEqualTo(Quantity.of(-3, Unit.PCS));
  }

  @Test
  void bad_quantities_are_refused_with_the_reason() {
    assertThatThrownBy(() -> Quantity.of("1.0000001", Unit.KG)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 6 decimals: 1.0000001");
    assertThatThrownBy(() -> Quantity.of("abc", Unit.KG)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a decimal quantity: 'abc'");
    assertThatThrownBy(() -> Quantity.of("1000000000000000", Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
    assertThat(Quantity.of("999999999999999.999999", Unit.PCS).isPositive()).isTrue();
    assertThatThrownBy(() -> Quantity.of((String) null, Unit.KG)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> Quantity.of((BigDecimal) null, Unit.KG)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> Quantity.of(1, null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    Quantity q = Quantity.of(1, Unit.PCS);
    assertThatThrownBy(() -> q.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> q.minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> q.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> q.to(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
    assertThatThrownBy(() -> q.multipliedBy(null)).isInstanceOf(NullPointerException.class).hasMessage("factor");
    assertThatThrownBy(() -> Quantity.of(999_999_999_999L, Unit.PCS).multipliedBy(dec("100000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
  }

  @Test
  void absurd_exponents_are_refused_at_once_instead_of_exhausting_memory() {
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Quantity.of("1e100000000", Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("too large").hasMessageContaining("1E+100000000");
      assertThatThrownBy(() -> Quantity.of("1e-100000000", Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("decimals");
      assertThatThrownBy(() -> Quantity.of(1, Unit.PCS).multipliedBy(dec("1e100000000"))).isInstanceOf(IllegalArgumentException.class);
      assertThat(Quantity.of(1, Unit.PCS).multipliedBy(dec("1e-100000000"))).isEqualTo(Quantity.zero(Unit.PCS));
    });
  }

  // ------------------------------------------------------------ units

  @Test
  void units_are_read_as_they_are_written_on_documents() {
    assertThat(Unit.parse("pcs")).isEqualTo(Unit.PCS);
    assertThat(Unit.parse(" Pieces ")).isEqualTo(Unit.PCS);
    assertThat(Unit.parse("CTNS")).isEqualTo(Unit.CTN);
    assertThat(Unit.parse("prs")).isEqualTo(Unit.PAIR);
    assertThat(Unit.parse("Sets")).isEqualTo(Unit.SET);
    assertThat(Unit.parse("doz.")).isEqualTo(Unit.DOZ);
    assertThat(Unit.parse("KGS")).isEqualTo(Unit.KG);
    assertThat(Unit.parse("yds")).isEqualTo(Unit.YD);
    assertThat(Unit.parse("MTRS")).isEqualTo(Unit.M);
    assertThat(Unit.parse("M3")).isEqualTo(Unit.CBM);
    for (Unit u : Unit.values()) {
      assertThat(Unit.parse(u.name())).isEqualTo(u);
      assertThat(u.chineseName()).isNotBlank();
      assertThat(u.toBaseFactor().signum()).isPositive();
    }
  }

  @Test
  void an_unknown_unit_is_refused_by_its_text_with_the_known_ones() {
    assertThatThrownBy(() -> Unit.parse("BOXES")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown unit 'BOXES'").hasMessageContaining("PCS, DOZ");
    assertThatThrownBy(() -> Unit.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Unit.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Unit.PCS.isConvertibleTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
  }

  @Test
  void counted_units_are_pieces_sets_pairs_and_packages() {
    assertThat(Unit.PCS.isCounted()).isTrue();
    assertThat(Unit.SET.isCounted()).isTrue();
    assertThat(Unit.PAIR.isCounted()).isTrue();
    assertThat(Unit.CTN.isCounted()).isTrue();
    assertThat(Unit.KG.isCounted()).isFalse();
    assertThat(Unit.CBM.isCounted()).isFalse();
    assertThat(Unit.DOZ.toBaseFactor()).isEqualByComparingTo("12");
    assertThat(Unit.YD.dimension()).isEqualTo(Dimension.LENGTH);
  }
}

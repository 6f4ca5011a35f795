package org.gendan.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.measure.UnitConversions.Conversion;
import org.junit.jupiter.api.Test;

class UnitConversionsTest {

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static final UnitConversions TSHIRT = UnitConversions.NONE.with(Unit.CTN, dec("24"), Unit.PCS);

  @Test
  void a_carton_holds_twenty_four_pieces_both_ways() {
    assertThat(TSHIRT.convert(Quantity.of(200, Unit.CTN), Unit.PCS)).isEqualTo(Either.right(Quantity.of(4800, Unit.PCS)));
    assertThat(TSHIRT.convert(Quantity.of(4800, Unit.PCS), Unit.CTN)).isEqualTo(Either.right(Quantity.of(200, Unit.CTN)));
    assertThat(TSHIRT.convert(Quantity.of(100, Unit.PCS), Unit.CTN).get()).isEqualTo(Quantity.of("4.166667", Unit.CTN));
  }

  @Test
  void zero_and_negative_quantities_convert_with_their_sign() {
    assertThat(TSHIRT.convert(Quantity.of(-48, Unit.PCS), Unit.CTN).get()).isEqualTo(Quantity.of(-2, Unit.CTN));
    assertThat(TSHIRT.convert(Quantity.of(-1, Unit.CTN), Unit.DOZ).get()).isEqualTo(Quantity.of(-2, Unit.DOZ));
    assertThat(TSHIRT.convert(Quantity.zero(Unit.CTN), Unit.PCS).get()).isEqualTo(Quantity.zero(Unit.PCS));
  }

  @Test
  void a_carton_conversion_combines_with_dozens() {
    assertThat(TSHIRT.convert(Quantity.of(2, Unit.CTN), Unit.DOZ).get()).isEqualTo(Quantity.of(4, Unit.DOZ));
    assertThat(TSHIRT.convert(Quantity.of(10, Unit.DOZ), Unit.CTN).get()).isEqualTo(Quantity.of(5, Unit.CTN));
  }

  @Test
  void a_set_of_three_pieces_and_fabric_by_weight() {
    UnitConversions c = UnitConversions.of(new Conversion(Unit.SET, dec("3"), Unit.PCS), new Conversion(Unit.M, dec("0.21"), Unit.KG));
    assertThat(c.convert(Quantity.of(100, Unit.SET), Unit.PCS).get()).isEqualTo(Quantity.of(300, Unit.PCS));
    assertThat(c.convert(Quantity.of(100, Unit.YD), Unit.KG).get()).isEqualTo(Quantity.of("19.2024", Unit.KG));
    assertThat(c.convert(Quantity.of("21", Unit.KG), Unit.M).get()).isEqualTo(Quantity.of(100, Unit.M));
  }

  @Test
  void a_fixed_conversion_needs_no_item_conversion() {
    assertThat(UnitConversions.NONE.convert(Quantity.of(2, Unit.DOZ), Unit.PCS).get()).isEqualTo(Quantity.of(24, Unit.PCS));
    assertThat(UnitConversions.NONE.convert(Quantity.of(2, Unit.CTN), Unit.CTN).get()).isEqualTo(Quantity.of(2, Unit.CTN));
  }

  @Test
  void without_a_conversion_the_answer_is_a_rejection_naming_both_units() {
    Either<Rejection, Quantity> r = TSHIRT.convert(Quantity.of(5, Unit.KG), Unit.PCS);
    assertThat(r.isLeft()).isTrue();
    assertThat(r.getLeft().code()).isEqualTo("UNIT_NOT_CONVERTIBLE");
    assertThat(r.getLeft().message()).contains("5 KG").contains("PCS").contains("单位无法换算");
    assertThat(TSHIRT.convert(Quantity.of(1, Unit.ROLL), Unit.PCS).isLeft())
        .as("a roll is not a carton").isTrue();
  }

  @Test
  void a_direct_conversion_wins_over_a_combined_one() {
    // inconsistent on purpose: 1 CTN = 24 PCS but also 1 CTN = 3 DOZ (36 PCS)
    UnitConversions c = UnitConversions.of(new Conversion(Unit.CTN, dec("24"), Unit.PCS), new Conversion(Unit.CTN, dec("3"), Unit.DOZ));
    assertThat(c.convert(Quantity.of(1, Unit.CTN), Unit.DOZ).get()).isEqualTo(Quantity.of(3, Unit.DOZ));
    assertThat(c.convert(Quantity.of(1, Unit.CTN), Unit.PCS).get()).isEqualTo(Quantity.of(24, Unit.PCS));
  }

  @Test
  void conversions_are_kept_in_a_stable_order_whatever_order_they_were_given_in() {
    Conversion a = new Conversion(Unit.CTN, dec("24"), Unit.PCS);
    Conversion b = new Conversion(Unit.SET, dec("3"), Unit.PCS);
    Conversion d = new Conversion(Unit.M, dec("0.2"), Unit.KG);
    assertThat(UnitConversions.of(d, b, a)).isEqualTo(UnitConversions.of(a, b, d));
    assertThat(UnitConversions.of(d, b, a).conversions()).containsExactly(b, a, d);
  }

  @Test
  void bad_conversions_are_refused_with_the_reason() {
    assertThatThrownBy(() -> new Conversion(Unit.CTN, BigDecimal.ZERO, Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive").hasMessageContaining("1 CTN = 0 PCS");
    assertThatThrownBy(() -> new Conversion(Unit.CTN, dec("-24"), Unit.PCS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Conversion(Unit.PCS, dec("1"), Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different units");
    assertThatThrownBy(() -> new Conversion(Unit.CTN, dec("1e100000000"), Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> new Conversion(Unit.CTN, dec("1e-13"), Unit.PCS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThat(new Conversion(Unit.CTN, dec("1E+2"), Unit.PCS).factor()).isEqualTo(dec("100"));
    assertThatThrownBy(() -> new Conversion(null, dec("1"), Unit.PCS)).isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> new Conversion(Unit.CTN, null, Unit.PCS)).isInstanceOf(NullPointerException.class).hasMessage("factor");
    assertThatThrownBy(() -> new Conversion(Unit.CTN, dec("1"), null)).isInstanceOf(NullPointerException.class).hasMessage("to");
    assertThatThrownBy(() -> new UnitConversions(null)).isInstanceOf(NullPointerException.class).hasMessage("conversions");
    assertThatThrownBy(() -> new UnitConversions(Arrays.asList((Conversion) null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> TSHIRT.convert(null, Unit.PCS)).isInstanceOf(NullPointerException.class).hasMessage("quantity");
    assertThatThrownBy(() -> TSHIRT.convert(Quantity.of(1, Unit.PCS), null)).isInstanceOf(NullPointerException.class).hasMessage("target");
  }

  @Test
  void the_conversion_list_cannot_be_changed_from_outside() {
    assertThatThrownBy(() -> TSHIRT.conversions().add(new Conversion(Unit.SET, dec("2"), Unit.PCS)))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Conversion> mutable = new java.util.ArrayList<>(List.of(new Conversion(Unit.SET, dec("2"), Unit.PCS)));
    UnitConversions c = new UnitConversions(mutable);
    mutable.clear();
    assertThat(c.conversions()).hasSize(1);
  }

  @Test
  void a_rejection_has_an_upper_snake_code_and_a_message() {
    Rejection r = Rejection.of("UNIT_NOT_CONVERTIBLE", "cannot convert");
    assertThat(r.toString()).isEqualTo("UNIT_NOT_CONVERTIBLE: cannot convert");
    assertThatThrownBy(() -> Rejection.of("unitNotConvertible", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UPPER_SNAKE_CASE");
    assertThatThrownBy(() -> Rejection.of("_X", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rejection.of("X", " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Rejection.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> Rejection.of("X", null)).isInstanceOf(NullPointerException.class).hasMessage("message");
  }
}

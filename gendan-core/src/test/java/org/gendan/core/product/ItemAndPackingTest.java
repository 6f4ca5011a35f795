package org.gendan.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.measure.UnitConversions;
import org.gendan.core.testing.ValueGen;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ItemAndPackingTest {

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static final PackingSpec TSHIRT_CARTON = PackingSpec.of(24, "60", "40", "45", "12.0", "13.5");

  static Item.Builder tshirt() {
    return Item.builder().sku(Sku.of("TS-1001")).nameEn("Men's cotton T-shirt").baseUnit(Unit.PCS);
  }

  // ------------------------------------------------------------ packing

  @Test
  void a_carton_of_sixty_by_forty_by_forty_five_measures_0_108_cbm() {
    assertThat(TSHIRT_CARTON.cbmPerCarton()).isEqualByComparingTo("0.108");
    assertThat(PackingSpec.of(1, "33.3", "33.3", "33.3", "1", "1").cbmPerCarton()).isEqualByComparingTo("0.036926037");
  }

  @Test
  void a_partial_carton_counts_as_a_whole_one() {
    assertThat(TSHIRT_CARTON.cartonsFor(dec("4800"))).isEqualTo(200);
    assertThat(TSHIRT_CARTON.cartonsFor(dec("4801"))).isEqualTo(201);
    assertThat(TSHIRT_CARTON.cartonsFor(dec("0.5"))).isEqualTo(1);
    assertThat(TSHIRT_CARTON.cartonsFor(BigDecimal.ZERO)).isZero();
    assertThat(TSHIRT_CARTON.isWholeCartons(dec("4800"))).isTrue();
    assertThat(TSHIRT_CARTON.isWholeCartons(dec("4800.0"))).isTrue();
    assertThat(TSHIRT_CARTON.isWholeCartons(dec("4801"))).isFalse();
    assertThat(TSHIRT_CARTON.isWholeCartons(BigDecimal.ZERO)).isTrue();
    assertThat(TSHIRT_CARTON.cartonContent(Unit.PCS)).isEqualTo(Quantity.of(24, Unit.PCS));
  }

  @Test
  void inner_packs_must_divide_the_carton() {
    PackingSpec withInner = new PackingSpec(Optional.of(6), 24, dec("60"), dec("40"), dec("45"), dec("12"), dec("13.5"));
    assertThat(withInner.unitsPerInner()).contains(6);
    assertThatThrownBy(() -> new PackingSpec(Optional.of(5), 24, dec("60"), dec("40"), dec("45"), dec("12"), dec("13.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(5) must be positive and divide units per carton (24)");
    assertThatThrownBy(() -> new PackingSpec(Optional.of(0), 24, dec("60"), dec("40"), dec("45"), dec("12"), dec("13.5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bad_packing_figures_are_refused_naming_the_figure() {
    assertThatThrownBy(() -> PackingSpec.of(0, "60", "40", "45", "12", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units per carton must be 1..1000000: 0");
    assertThatThrownBy(() -> PackingSpec.of(-24, "60", "40", "45", "12", "13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PackingSpec.of(24, "0", "40", "45", "12", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carton length (cm) must be above 0");
    assertThatThrownBy(() -> PackingSpec.of(24, "60", "-40", "45", "12", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carton width");
    assertThatThrownBy(() -> PackingSpec.of(24, "60", "40", "1001", "12", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carton height (cm) must be above 0 and at most 1000");
    assertThatThrownBy(() -> PackingSpec.of(24, "60", "40", "45", "14", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gross weight per carton 13 kg is below the net weight 14 kg");
    assertThatThrownBy(() -> PackingSpec.of(24, "60cm", "40", "45", "12", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carton length (cm) is not a decimal number: '60cm'");
    assertThatThrownBy(() -> PackingSpec.of(24, "60", "40", "45", "12.0000001", "13")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net weight per carton (kg) has more than 6 decimals");
    assertThatThrownBy(() -> PackingSpec.of(24, null, "40", "45", "12", "13")).isInstanceOf(NullPointerException.class)
        .hasMessage("carton length (cm)");
    assertThatThrownBy(() -> new PackingSpec(null, 24, dec("60"), dec("40"), dec("45"), dec("12"), dec("13")))
        .isInstanceOf(NullPointerException.class).hasMessage("unitsPerInner");
    assertThatThrownBy(() -> TSHIRT_CARTON.cartonsFor(dec("-1"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> TSHIRT_CARTON.isWholeCartons(dec("-24"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> TSHIRT_CARTON.cartonsFor(null)).isInstanceOf(NullPointerException.class).hasMessage("units");
    assertThatThrownBy(() -> TSHIRT_CARTON.cartonContent(null)).isInstanceOf(NullPointerException.class).hasMessage("baseUnit");
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> TSHIRT_CARTON.cartonsFor(dec("1e100000000"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
      assertThatThrownBy(() -> TSHIRT_CARTON.cartonsFor(dec("1e-100000000"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
      assertThatThrownBy(() -> TSHIRT_CARTON.isWholeCartons(dec("1e100000000"))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PackingSpec.of(24, "60", "40", "1e-100000000", "12", "13")).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void a_dimension_written_with_an_exponent_is_kept_as_a_plain_number() {
    assertThat(PackingSpec.of(24, "6E+1", "40", "45", "12.0", "13.5")).isEqualTo(TSHIRT_CARTON);
    assertThat(PackingSpec.of(24, "6E+1", "40", "45", "12.0", "13.5").lengthCm()).isEqualTo(dec("60"));
  }

  @Test
  void cartons_are_the_smallest_number_that_holds_the_units() {
    qt().withExamples(300).forAll(ValueGen.packingSpec(), longs().between(0, 100_000_000L)).checkAssert((p, units) -> {
      long cartons = p.cartonsFor(BigDecimal.valueOf(units));
      assertThat(cartons * p.unitsPerCarton()).isGreaterThanOrEqualTo(units);
      assertThat((cartons - 1) * p.unitsPerCarton()).isLessThan(Math.max(units, 1));
      assertThat(p.isWholeCartons(BigDecimal.valueOf(units))).isEqualTo(cartons * p.unitsPerCarton() == units);
      assertThat(p.cbmPerCarton().multiply(BigDecimal.valueOf(1_000_000)))
          .isEqualByComparingTo(p.lengthCm().multiply(p.widthCm()).multiply(p.heightCm()));
    });
  }

  // ------------------------------------------------------------ items

  @Test
  void an_item_with_a_packing_spec_converts_cartons_to_its_base_unit() {
    Item item = tshirt().packing(TSHIRT_CARTON).build();
    assertThat(item.unitConversions().convert(Quantity.of(200, Unit.CTN), Unit.PCS).get()).isEqualTo(Quantity.of(4800, Unit.PCS));
    assertThat(item.unitConversions().convert(Quantity.of(10, Unit.DOZ), Unit.CTN).get()).isEqualTo(Quantity.of(5, Unit.CTN));
    assertThat(tshirt().build().unitConversions()).isEqualTo(UnitConversions.NONE);
    assertThat(tshirt().build().makeOrBuy()).isEqualTo(MakeOrBuy.MAKE);
  }

  @Test
  void fabric_sold_by_the_roll_converts_cartons_of_rolls_too() {
    Item fabric = Item.builder().sku(Sku.of("FB-01")).nameEn("Cotton twill").baseUnit(Unit.ROLL)
        .packing(PackingSpec.of(4, "120", "40", "40", "80", "82"))
        .extraConversions(UnitConversions.NONE.with(Unit.ROLL, dec("50"), Unit.M)).build();
    assertThat(fabric.unitConversions().convert(Quantity.of(3, Unit.CTN), Unit.ROLL).get()).isEqualTo(Quantity.of(12, Unit.ROLL));
    assertThat(fabric.unitConversions().convert(Quantity.of(100, Unit.M), Unit.ROLL).get()).isEqualTo(Quantity.of(2, Unit.ROLL));
    assertThat(fabric.unitConversions().convert(Quantity.of(1, Unit.BALE), Unit.ROLL).isLeft()).isTrue();
  }

  @Test
  void an_item_sold_by_the_carton_needs_no_carton_conversion() {
    Item byCarton = Item.builder().sku(Sku.of("CT-01")).nameEn("Carton goods").baseUnit(Unit.CTN).packing(TSHIRT_CARTON).build();
    assertThat(byCarton.unitConversions()).isEqualTo(UnitConversions.NONE);
  }

  @Test
  void bad_items_are_refused_with_the_reason() {
    assertThatThrownBy(() -> tshirt().nameEn(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TS-1001 needs an English name");
    assertThatThrownBy(() -> tshirt().standardLeadTimeDays(-1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 0..730 days: -1");
    assertThatThrownBy(() -> tshirt().standardLeadTimeDays(731).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tshirt().specification("s".repeat(2001)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item specification");
    assertThatThrownBy(() -> tshirt().nameZh("品\u0000名").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item Chinese name");
    assertThatThrownBy(() -> Item.builder().sku(Sku.of("X")).nameEn("x").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("baseUnit");
  }

  // ------------------------------------------------------------ codes

  @Test
  void hs_codes_accept_dots_and_spaces_and_print_grouped() {
    HsCode code = HsCode.of("6109.10.0000");
    assertThat(code.value()).isEqualTo("6109100000");
    assertThat(code.heading()).isEqualTo("610910");
    assertThat(code.toDocumentText()).isEqualTo("6109.10.0000");
    assertThat(HsCode.of("6109 10").toDocumentText()).isEqualTo("6109.10");
    assertThat(HsCode.of("61091000").toDocumentText()).isEqualTo("6109.10.00");
    assertThatThrownBy(() -> HsCode.of("6109.1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6, 8 or 10 digits: '61091'");
    assertThatThrownBy(() -> HsCode.of("6109100000X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HsCode.of("610910000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HsCode.of("٦١٠٩١٠")).as("Arabic-Indic digits").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HsCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("HS code");
  }

  @Test
  void hs_codes_print_and_parse_back() {
    qt().withExamples(200).forAll(ValueGen.hsCode()).checkAssert(h -> {
      assertThat(HsCode.of(h.toDocumentText())).isEqualTo(h);
      assertThat(h.heading()).isEqualTo(h.value().substring(0, 6));
    });
  }

  @Test
  void skus_are_identifiers() {
    assertThat(Sku.of("TS-1001").compareTo(Sku.of("TS-1002"))).isNegative();
    assertThatThrownBy(() -> Sku.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SKU must not be blank");
    assertThatThrownBy(() -> Sku.of("TS-1001 ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spaces");
    assertThatThrownBy(() -> Sku.of(null)).isInstanceOf(NullPointerException.class).hasMessage("SKU");
  }
}

package org.gendan.scheduling.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

class BillOfMaterialsTest {

  private static final Sku A = Sku.of("A");

  @Test
  void a_cycle_is_rejected_naming_its_path_from_the_smallest_item() {
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(List.of(
        BomLine.of("TOP", "C", 1), BomLine.of("C", "D", 1), BomLine.of("D", "B", 2), BomLine.of("B", "C", 1)));
    assertThat(bom.isLeft()).isTrue();
    assertThat(bom.getLeft().code()).isEqualTo("BOM_CYCLE");
    assertThat(bom.getLeft().message()).contains("B -> C -> D -> B").contains("物料清单循环");
  }

  @Test
  void a_two_item_cycle_is_rejected() {
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(List.of(BomLine.of("X", "Y", 1), BomLine.of("Y", "X", 1)));
    assertThat(bom.getLeft().message()).contains("X -> Y -> X");
  }

  @Test
  void the_low_level_code_is_the_deepest_level_an_item_occurs_at() {
    BillOfMaterials bom = BillOfMaterials.of(List.of(BomLine.of("A", "B", 1), BomLine.of("A", "C", 1),
        BomLine.of("B", "D", 3), BomLine.of("B", "F", 1), BomLine.of("C", "B", 3), BomLine.of("C", "D", 1),
        BomLine.of("C", "E", 4), BomLine.of("D", "E", 1))).get();
    assertThat(bom.lowLevelCode(A)).isZero();
    assertThat(bom.lowLevelCode(Sku.of("C"))).isEqualTo(1);
    assertThat(bom.lowLevelCode(Sku.of("B"))).isEqualTo(2);
    assertThat(bom.lowLevelCode(Sku.of("D"))).isEqualTo(3);
    assertThat(bom.lowLevelCode(Sku.of("F"))).isEqualTo(3);
    assertThat(bom.lowLevelCode(Sku.of("E"))).isEqualTo(4);
    assertThat(bom.lowLevelCode(Sku.of("NOT-IN-BOM"))).isZero();
    assertThat(bom.whereUsed(Sku.of("B"))).extracting(l -> l.parent().value()).containsExactly("A", "C");
    assertThat(bom.componentsOf(Sku.of("C"))).extracting(l -> l.component().value()).containsExactly("B", "D", "E");
  }

  @Test
  void the_bill_does_not_depend_on_the_order_of_its_lines() {
    List<BomLine> lines = new ArrayList<>(List.of(BomLine.of("A", "B", 1), BomLine.of("A", "C", 2),
        BomLine.of("C", "B", 3), BomLine.of("B", "D", 1)));
    BillOfMaterials one = BillOfMaterials.of(lines).get();
    java.util.Collections.reverse(lines);
    assertThat(BillOfMaterials.of(lines).get()).isEqualTo(one);
  }

  @Test
  void the_same_line_twice_is_rejected() {
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(List.of(BomLine.of("A", "B", 1), BomLine.of("A", "B", 2)));
    assertThat(bom.getLeft().code()).isEqualTo("DUPLICATE_BOM_LINE");
  }

  @Test
  void scrap_raises_the_quantity_per_and_effectivity_limits_the_line_to_release_dates() {
    BomLine l = BomLine.of("A", "B", 2).withScrapPercent(new BigDecimal("5"))
        .withEffectivity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
    assertThat(l.quantityPerIncludingScrap()).isEqualByComparingTo("2.1");
    assertThat(l.isEffectiveOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(l.isEffectiveOn(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(l.isEffectiveOn(LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void bad_lines_are_refused_with_a_clear_message() {
    assertThatThrownBy(() -> BomLine.of("A", "A", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its own component");
    assertThatThrownBy(() -> BomLine.of("A", "B", 0)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> BomLine.of("A", "B", -2)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> BomLine.of("A", "B", 1).withScrapPercent(new BigDecimal("100")))
        .hasMessageContaining("scrap percent");
    assertThatThrownBy(() -> BomLine.of("A", "B", 1).withScrapPercent(new BigDecimal("-1")))
        .hasMessageContaining("scrap percent");
    assertThatThrownBy(() -> BomLine.of("A", "B", 1).withEffectivity(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .hasMessageContaining("must be before");
    assertThatThrownBy(() -> BomLine.of(A, Sku.of("B"), new BigDecimal("0.0000001")))
        .hasMessageContaining("more than 6 decimals");
    assertThatThrownBy(() -> BomLine.of(null, Sku.of("B"), BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("parent");
    assertThatThrownBy(() -> BillOfMaterials.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BillOfMaterials.of(Arrays.asList(BomLine.of("A", "B", 1), null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("BOM line");
  }

  @Test
  void an_empty_bill_has_no_items() {
    assertThat(BillOfMaterials.of(List.of()).get().items()).isEmpty();
    assertThat(BillOfMaterials.empty().lines()).isEmpty();
  }
}

package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

class PackingTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void the_worked_example_packs_4800_pieces_into_200_cartons_of_0_108_cbm() {
    PackedLine line = Packing.line(1, SampleData.TSHIRT, Quantity.of(4800, Unit.PCS), SampleData.tshirt().packing().get(), 1);
    assertThat(line.cartons()).isEqualTo(200);
    assertThat(line.cbmPerCarton()).isEqualByComparingTo("0.108");
    assertThat(Packing.printedCbm(line.measurement())).isEqualTo(dec("21.600"));
    assertThat(line.netWeight()).isEqualTo(Quantity.of(2400, Unit.KG));
    assertThat(line.grossWeight()).isEqualTo(Quantity.of(2700, Unit.KG));
    assertThat(line.cartonRange()).isEqualTo("1-200");
    assertThat(line.hasPartialCarton()).isFalse();
  }

  @Test
  void the_sample_order_numbers_cartons_across_lines_and_totals_the_lines() {
    Packing p = Packing.of(SampleData.order(), List.of(SampleData.tshirt(), SampleData.polo())).get();
    assertThat(p.lines()).extracting(PackedLine::cartonRange).containsExactly("1-200", "201-250");
    assertThat(p.totalCartons()).isEqualTo(250);
    assertThat(p.totalNetWeight()).isEqualTo(Quantity.of("2940", Unit.KG));
    assertThat(p.totalGrossWeight()).isEqualTo(Quantity.of("3300", Unit.KG));
    // 58x38x40 = 0.08816 -> 0.0882 per carton x 50
    assertThat(p.totalMeasurement()).isEqualTo(Quantity.of("26.01", Unit.CBM));
    assertThat(p.totalQuantities()).containsEntry(Unit.PCS, Quantity.of(6600, Unit.PCS));
  }

  @Test
  void a_quantity_that_does_not_fill_the_last_carton_is_rounded_up_and_flagged() {
    PackedLine line = Packing.line(3, Sku.of("X"), Quantity.of(4801, Unit.PCS), PackingSpec.of(24, "60", "40", "45", "12", "13.5"), 7);
    assertThat(line.cartons()).isEqualTo(201);
    assertThat(line.cartonRange()).isEqualTo("7-207");
    assertThat(line.hasPartialCarton()).isTrue();
  }

  @Test
  void dozens_are_packed_in_the_items_base_unit() {
    SalesOrder order = SampleData.order().withLines(OrderLine.builder().lineNo(1).sku(SampleData.TSHIRT)
        .quantity(Quantity.of(400, Unit.DOZ)).unitPrice(UnitPrice.of("38.40", "USD")).build());
    Packing p = Packing.of(order, List.of(SampleData.tshirt())).get();
    assertThat(p.lines().get(0).quantity()).isEqualTo(Quantity.of(4800, Unit.PCS));
    assertThat(p.totalCartons()).isEqualTo(200);
  }

  @Test
  void an_item_without_packing_spec_or_unknown_item_is_rejected() {
    Item noSpec = Item.builder().from(SampleData.tshirt()).packing(java.util.Optional.empty()).build();
    assertThat(Packing.of(SampleData.order(), List.of(noSpec, SampleData.polo())).getLeft().code()).isEqualTo("PACKING_SPEC_MISSING");
    assertThat(Packing.of(SampleData.order(), List.of(SampleData.polo())).getLeft().code()).isEqualTo("ITEM_UNKNOWN");
    SalesOrder kilos = SampleData.order().withLines(OrderLine.builder().lineNo(1).sku(SampleData.TSHIRT)
        .quantity(Quantity.of(100, Unit.KG)).unitPrice(UnitPrice.of("1", "USD")).build());
    assertThat(Packing.of(kilos, List.of(SampleData.tshirt())).getLeft().code()).isEqualTo("UNIT_NOT_CONVERTIBLE");
    assertThat(Packing.of(SampleData.order().withLines(List.of()), List.of()).getLeft().code()).isEqualTo("ORDER_HAS_NO_LINES");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    PackingSpec spec = SampleData.tshirt().packing().get();
    assertThatThrownBy(() -> Packing.of(null, List.of())).isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    assertThatThrownBy(() -> Packing.of(SampleData.order(), null)).isInstanceOf(NullPointerException.class).hasMessageContaining("items");
    assertThatThrownBy(() -> Packing.of(SampleData.order(), java.util.Arrays.asList(SampleData.tshirt(), null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("items contains null");
    assertThatThrownBy(() -> Packing.line(1, SampleData.TSHIRT, Quantity.of(0, Unit.PCS), spec, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Packing.line(1, SampleData.TSHIRT, Quantity.of(-5, Unit.PCS), spec, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Packing.line(1, SampleData.TSHIRT, Quantity.of(5, Unit.PCS), spec, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first carton");
    assertThatThrownBy(() -> Packing.line(1, SampleData.TSHIRT, Quantity.of(999_999_999_999_999L, Unit.PCS), spec, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
    assertThatThrownBy(() -> Packing.line(1, null, Quantity.of(5, Unit.PCS), spec, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Packing.printedCbm(Quantity.of(5, Unit.KG))).isInstanceOf(IllegalArgumentException.class);
    PackedLine first = Packing.line(1, SampleData.TSHIRT, Quantity.of(48, Unit.PCS), spec, 1);
    PackedLine gap = Packing.line(2, SampleData.TSHIRT, Quantity.of(48, Unit.PCS), spec, 5);
    assertThatThrownBy(() -> new Packing(List.of(first, gap))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 3");
  }

  @Test
  void shipping_marks_follow_un_ece_recommendation_15() {
    ShippingMarks marks = ShippingMarkText.standard("hansa", "HT-PO-88121", "Hamburg", 250);
    assertThat(marks.mainMarks()).containsExactly("HANSA", "HT-PO-88121", "HAMBURG", "C/NO. 1-250");
    assertThat(ShippingMarkText.withCartonRange(SampleData.order().shippingMarks().get(), 250).mainMarks())
        .containsExactly("HANSA", "HT-PO-88121", "HAMBURG", "C/NO. 1-250");
    assertThat(ShippingMarkText.toDocumentText(ShippingMarks.NONE)).isEqualTo("N/M");
    assertThat(ShippingMarkText.toDocumentText(marks)).isEqualTo("HANSA\nHT-PO-88121\nHAMBURG\nC/NO. 1-250");
    assertThat(ShippingMarkText.packageNumber(3, 250)).isEqualTo("3/250");
    assertThat(ShippingMarkText.sideMarks(SampleData.tshirt(), "China")).containsExactly("ITEM NO.: TS-1001", "QTY: 24 PCS",
        "N.W.: 12.0 KGS", "G.W.: 13.5 KGS", "MEAS: 60X40X45 CM", "MADE IN CHINA");
    assertThatThrownBy(() -> ShippingMarkText.standard(" ", "R", "D", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShippingMarkText.standard("A", "R", "D", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShippingMarkText.withCartonRange(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ShippingMarkText.withCartonRange(marks, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShippingMarkText.packageNumber(251, 250)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShippingMarkText.sideMarks(Item.builder().from(SampleData.tshirt()).packing(java.util.Optional.empty()).build(), "CN"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packing spec");
  }
}

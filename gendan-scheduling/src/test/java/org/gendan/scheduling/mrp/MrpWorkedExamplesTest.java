package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.scheduling.mrp.Plans.assertRow;
import static org.gendan.scheduling.mrp.Plans.dec;
import static org.gendan.scheduling.mrp.Plans.full;
import static org.gendan.scheduling.mrp.Plans.item;
import static org.gendan.scheduling.mrp.Plans.order;
import static org.gendan.scheduling.mrp.Plans.receipt;
import static org.gendan.scheduling.mrp.Plans.row;
import static org.gendan.scheduling.mrp.Plans.sku;
import static org.gendan.scheduling.mrp.Plans.stock;
import static org.gendan.scheduling.mrp.Plans.weeks;

import java.util.List;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.gendan.core.measure.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the MRP oracle data (mrp-examples.md), every number in their tables.
 * Conventions: weekly periods 1..N; a gross requirement in t must be available at the start of t;
 * Available(t) = POH(t-1) + SR(t); NR(t) = max(0, GR(t) - Available(t)); POH(t) = Available(t) + PORec(t) - GR(t);
 * release = receipt - lead time; FOQ receives whole multiples of the lot; MIN receives max(NR, q).
 */
class MrpWorkedExamplesTest {

  private static BillOfMaterials bom(BomLine... lines) {
    return BillOfMaterials.of(List.of(lines)).get();
  }

  private static MrpResult run(MrpProblem p) {
    return Mrp.run(p).getOrElseThrow(r -> new AssertionError(r.toString()));
  }

  // ------------------------------------------------------------------ Example 1

  private static MrpResult example1(long quantityOfA) {
    return run(MrpProblem.builder()
        .addItems(item("A", 1), item("B", 2), item("C", 2), item("D", 3), item("E", 2), item("F", 3))
        .bom(bom(BomLine.of("A", "B", 2), BomLine.of("A", "C", 3), BomLine.of("B", "D", 2), BomLine.of("B", "E", 3),
            BomLine.of("C", "F", 2), BomLine.of("C", "E", 1)))
        .addDemands(order("SO-1", 1, "A", quantityOfA, 10))
        .calendar(weeks(10))
        .build());
  }

  @Test
  void example_1_a_three_level_structure_explodes_lot_for_lot_with_a_common_part_summed_from_both_parents() {
    MrpResult r = example1(100);
    assertThat(r.records()).extracting(rec -> rec.sku().value() + rec.lowLevelCode())
        .containsExactly("A0", "B1", "C1", "D2", "E2", "F2");
    expect(r, "A", row(10, 10, 100), row(10, 10, 100), row(10, 9, 100));
    expect(r, "B", row(10, 9, 200), row(10, 9, 200), row(10, 7, 200));
    expect(r, "C", row(10, 9, 300), row(10, 9, 300), row(10, 7, 300));
    expect(r, "D", row(10, 7, 400), row(10, 7, 400), row(10, 4, 400));
    expect(r, "E", row(10, 7, 900), row(10, 7, 900), row(10, 5, 900));
    expect(r, "F", row(10, 7, 600), row(10, 7, 600), row(10, 4, 600));
  }

  @Test
  void example_1_variant_with_95_units_scales_every_quantity_and_keeps_the_weeks() {
    MrpResult r = example1(95);
    expect(r, "A", row(10, 10, 95), row(10, 10, 95), row(10, 9, 95));
    expect(r, "B", row(10, 9, 190), row(10, 9, 190), row(10, 7, 190));
    expect(r, "C", row(10, 9, 285), row(10, 9, 285), row(10, 7, 285));
    expect(r, "D", row(10, 7, 380), row(10, 7, 380), row(10, 4, 380));
    expect(r, "E", row(10, 7, 855), row(10, 7, 855), row(10, 5, 855));
    expect(r, "F", row(10, 7, 570), row(10, 7, 570), row(10, 4, 570));
  }

  @Test
  void example_1_every_planned_order_is_pegged_to_the_customer_order_line() {
    MrpResult r = example1(100);
    assertThat(r.plannedOrders()).hasSize(6).allSatisfy(o -> {
      assertThat(r.demandPegsOf(o)).hasSize(1);
      assertThat(r.demandPegsOf(o).get(0).demand()).contains(DemandId.of("SO-1#1"));
      assertThat(r.demandPegsOf(o).get(0).quantity()).isEqualTo(o.quantity());
      assertThat(o.pegs().stream().map(Peg::quantity).reduce(Quantity::plus)).contains(o.quantity());
    });
    assertThat(r.peggingOf(org.gendan.core.order.OrderId.of("SO-1")))
        .extracting(a -> a.sku().value()).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F");
  }

  private static void expect(MrpResult r, String sku, List<java.math.BigDecimal> gross,
      List<java.math.BigDecimal> receipts, List<java.math.BigDecimal> releases) {
    ItemRecord rec = r.record(sku(sku)).orElseThrow();
    assertRow(rec.grossRequirements(), gross, sku + " gross");
    assertRow(rec.plannedReceipts(), receipts, sku + " planned receipts");
    assertRow(rec.plannedReleases(), releases, sku + " planned releases");
  }

  // ------------------------------------------------------------------ Example 2

  private static MrpResult example2() {
    return run(MrpProblem.builder()
        .addItems(item("A", 2, LotSizingRules.fixedOrderQuantity(dec(20))), item("C", 1),
            item("B", 2, LotSizingRules.fixedOrderQuantity(dec(40))),
            item("D", 3, LotSizingRules.fixedOrderQuantity(dec(160))), item("F", 2), item("E", 2))
        .bom(bom(BomLine.of("A", "B", 1), BomLine.of("A", "C", 1), BomLine.of("B", "D", 3), BomLine.of("B", "F", 1),
            BomLine.of("C", "B", 3), BomLine.of("C", "D", 1), BomLine.of("C", "E", 4), BomLine.of("D", "E", 1)))
        .addInventory(stock("A", 5), stock("B", 10), stock("D", 100), stock("E", 100))
        .addScheduledReceipts(receipt("PO-A", "A", 10, 3), receipt("PO-B", "B", 20, 7), receipt("PO-F", "F", 40, 5),
            receipt("PO-E", "E", 60, 2))
        .addDemands(order("SO-2", 1, "A", 20, 10))
        .calendar(weeks(10))
        .build());
  }

  @Test
  void example_2_low_level_codes_put_B_after_C_and_E_after_D() {
    MrpResult r = example2();
    assertThat(r.records()).extracting(rec -> rec.sku().value() + rec.lowLevelCode())
        .containsExactly("A0", "C1", "B2", "D3", "F3", "E4");
  }

  @Test
  void example_2_fixed_lots_leave_residual_stock_and_scheduled_receipts_are_used_before_new_orders() {
    MrpResult r = example2();
    record(r, "A", row(10, 10, 20), row(10, 3, 10), full(5, 5, 15, 15, 15, 15, 15, 15, 15, 15),
        row(10, 10, 5), row(10, 10, 20), row(10, 8, 20));
    record(r, "C", row(10, 8, 20), row(10), row(10), row(10, 8, 20), row(10, 8, 20), row(10, 7, 20));
    record(r, "B", row(10, 7, 60, 8, 20), row(10, 7, 20), full(10, 10, 10, 10, 10, 10, 10, 30, 30, 30),
        row(10, 7, 30, 8, 10), row(10, 7, 40, 8, 40), row(10, 5, 40, 6, 40));
    record(r, "D", row(10, 5, 120, 6, 120, 7, 20), row(10), full(100, 100, 100, 100, 140, 20, 0, 0, 0, 0),
        row(10, 5, 20), row(10, 5, 160), row(10, 2, 160));
    record(r, "F", row(10, 5, 40, 6, 40), row(10, 5, 40), row(10), row(10, 6, 40), row(10, 6, 40), row(10, 4, 40));
    record(r, "E", row(10, 2, 160, 7, 80), row(10, 2, 60), full(100, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        row(10, 7, 80), row(10, 7, 80), row(10, 5, 80));
  }

  private static void record(MrpResult r, String sku, List<java.math.BigDecimal> gross, List<java.math.BigDecimal> sr,
      List<java.math.BigDecimal> poh, List<java.math.BigDecimal> net, List<java.math.BigDecimal> rec,
      List<java.math.BigDecimal> rel) {
    ItemRecord x = r.record(sku(sku)).orElseThrow();
    assertRow(x.grossRequirements(), gross, sku + " gross");
    assertRow(x.scheduledReceipts(), sr, sku + " scheduled receipts");
    assertRow(x.projectedOnHand(), poh, sku + " projected on hand");
    assertRow(x.netRequirements(), net, sku + " net");
    assertRow(x.plannedReceipts(), rec, sku + " planned receipts");
    assertRow(x.plannedReleases(), rel, sku + " planned releases");
  }

  // ------------------------------------------------------------------ Example 3

  @Test
  void example_3_a_minimum_order_quantity_is_exceeded_by_the_net_requirement_of_720() {
    MrpResult r = run(MrpProblem.builder()
        .addItems(item("X", 2), item("A", 2), item("B", 2), item("C", 1, LotSizingRules.minimum(dec(500))), item("D", 1))
        .bom(bom(BomLine.of("X", "A", 3), BomLine.of("X", "B", 2), BomLine.of("A", "C", 4), BomLine.of("A", "D", 2),
            BomLine.of("B", "D", 2)))
        .addInventory(stock("X", 15), stock("A", 10), stock("B", 20), stock("C", 100), stock("D", 20))
        .addScheduledReceipts(receipt("PO-A", "A", 25, 3), receipt("PO-B", "B", 15, 4))
        .addDemands(order("SO-3", 1, "X", 95, 8))
        .calendar(weeks(8))
        .build());
    expect3(r, "X", row(8, 8, 95), row(8, 8, 80), row(8, 8, 80), row(8, 6, 80));
    expect3(r, "A", row(8, 6, 240), row(8, 6, 205), row(8, 6, 205), row(8, 4, 205));
    expect3(r, "B", row(8, 6, 160), row(8, 6, 125), row(8, 6, 125), row(8, 4, 125));
    expect3(r, "C", row(8, 4, 820), row(8, 4, 720), row(8, 4, 720), row(8, 3, 720));
    expect3(r, "D", row(8, 4, 660), row(8, 4, 640), row(8, 4, 640), row(8, 3, 640));
  }

  private static void expect3(MrpResult r, String sku, List<java.math.BigDecimal> gross, List<java.math.BigDecimal> net,
      List<java.math.BigDecimal> rec, List<java.math.BigDecimal> rel) {
    ItemRecord x = r.record(sku(sku)).orElseThrow();
    assertRow(x.grossRequirements(), gross, sku + " gross");
    assertRow(x.netRequirements(), net, sku + " net");
    assertRow(x.plannedReceipts(), rec, sku + " planned receipts");
    assertRow(x.plannedReleases(), rel, sku + " planned releases");
  }
}

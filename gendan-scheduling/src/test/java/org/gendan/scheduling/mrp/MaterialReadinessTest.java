package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.core.review.Feasibility;
import org.gendan.core.testing.SampleData;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.junit.jupiter.api.Test;

/**
 * Material readiness per customer order and the MRP-backed material check of order review, on the
 * core sample order (4,800 T-shirts and 1,800 polos for Hansa, delivery 2026-05-01, reviewed 2026-03-02).
 */
class MaterialReadinessTest {

  private static final Sku FABRIC = Sku.of("FAB-JERSEY");
  private static final Sku LABEL = Sku.of("LBL-CARE");
  private static final Sku PIQUE = Sku.of("FAB-PIQUE");

  private static PlanningItem made(Sku sku, int weeks) {
    return PlanningItem.builder().sku(sku).unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE).leadTimePeriods(weeks).build();
  }

  private static PlanningItem bought(Sku sku, Unit unit, int weeks) {
    return PlanningItem.builder().sku(sku).unit(unit).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(weeks).build();
  }

  /** The plant: T-shirts need 1.2 m jersey and a label; polos need 1.5 m pique and a label. */
  private static MrpProblem plant(int piqueWeeks, LocalDate labelDue) {
    return MrpProblem.builder()
        .addItems(made(SampleData.TSHIRT, 2), made(SampleData.POLO, 2), bought(FABRIC, Unit.M, 3),
            bought(LABEL, Unit.PCS, 1), bought(PIQUE, Unit.M, piqueWeeks))
        .bom(BillOfMaterials.of(List.of(
            BomLine.of(SampleData.TSHIRT, FABRIC, new java.math.BigDecimal("1.2")),
            BomLine.of(SampleData.TSHIRT, LABEL, java.math.BigDecimal.ONE),
            BomLine.of(SampleData.POLO, PIQUE, new java.math.BigDecimal("1.5")),
            BomLine.of(SampleData.POLO, LABEL, java.math.BigDecimal.ONE))).get())
        .addInventory(InventoryPosition.of(FABRIC, Quantity.of(6000, Unit.M)))
        .addScheduledReceipts(ScheduledReceipt.purchase("PO-LBL", LABEL, Quantity.of(7000, Unit.PCS), labelDue))
        .calendar(PlanningCalendar.weekly(SampleData.TODAY, 12))
        .build();
  }

  private static MrpProblem withOrder(MrpProblem plant) {
    SalesOrder o = SampleData.order();
    return MrpProblem.copyOf(plant).withDemands(
        Demand.ofOrderLine(o, o.line(1).orElseThrow(), CustomerTier.KEY),
        Demand.ofOrderLine(o, o.line(2).orElseThrow(), CustomerTier.KEY));
  }

  @Test
  void an_order_lists_stock_open_orders_and_materials_still_to_buy_with_the_date_all_are_in() {
    MrpProblem p = withOrder(plant(4, LocalDate.of(2026, 4, 6)));
    MrpResult r = Mrp.run(p).get();
    OrderReadiness ready = OrderReadiness.of(p, r, SampleData.order().id());
    assertThat(ready.materials()).extracting(l -> l.sku() + " " + l.supplyKind() + " " + l.quantity())
        .containsExactly("FAB-JERSEY ON_HAND 5760 M", "FAB-PIQUE PLANNED_ORDER 2700 M",
            "LBL-CARE SCHEDULED_RECEIPT 6600 PCS");
    assertThat(ready.shortMaterials()).extracting(l -> l.sku().value()).containsExactly("FAB-PIQUE");
    assertThat(ready.latePurchaseOrders()).isEmpty();
    assertThat(ready.isOnTime()).isTrue();
    assertThat(ready.worstDaysLate()).isZero();
    assertThat(ready.materialReadyDate()).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(OrderReadiness.ofAll(p, r)).singleElement().isEqualTo(ready);
  }

  @Test
  void the_material_check_takes_the_tiers_as_a_map_and_counts_an_unknown_customer_as_tier_c() {
    MrpProblem p = plant(4, LocalDate.of(2026, 4, 6));
    Feasibility byMap = MrpMaterialCheck.of(p, java.util.Map.of(SampleData.HANSA, CustomerTier.KEY))
        .check(SampleData.order(), SampleData.TODAY);
    Feasibility byFunction = MrpMaterialCheck.of(p, c -> CustomerTier.KEY).check(SampleData.order(), SampleData.TODAY);
    assertThat(byMap).isEqualTo(byFunction);
    Feasibility unknown = MrpMaterialCheck.of(p, java.util.Map.<org.gendan.core.party.CustomerId, CustomerTier>of())
        .check(SampleData.order(), SampleData.TODAY);
    Feasibility asC = MrpMaterialCheck.of(p, c -> CustomerTier.C).check(SampleData.order(), SampleData.TODAY);
    assertThat(unknown).isEqualTo(asC);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> MrpMaterialCheck.of(p, (java.util.Map<org.gendan.core.party.CustomerId, CustomerTier>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("tiers");
  }

  @Test
  void an_order_served_by_the_surplus_of_a_shared_lot_is_not_late_when_the_lot_is() {
    Sku end = Sku.of("TOWEL");
    Sku blank = Sku.of("TOWEL-BLANK");
    Sku yarn = Sku.of("YARN-32S");
    MrpProblem p = MrpProblem.builder()
        .addItems(made(end, 1),
            PlanningItem.builder().sku(blank).unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE).leadTimePeriods(1)
                .lotSizing(org.gendan.scheduling.mrp.lotsizing.LotSizingRules.fixedOrderQuantity(java.math.BigDecimal.valueOf(100)))
                .build(),
            bought(yarn, Unit.PCS, 3))
        .bom(BillOfMaterials.of(List.of(BomLine.of(end, blank, java.math.BigDecimal.ONE),
            BomLine.of(blank, yarn, java.math.BigDecimal.ONE))).get())
        .addDemands(
            Demand.ofOrderLine(org.gendan.core.order.OrderId.of("SO-EARLY"), 1, end, Quantity.of(10, Unit.PCS),
                SampleData.TODAY.plusWeeks(2), CustomerTier.A),
            Demand.ofOrderLine(org.gendan.core.order.OrderId.of("SO-LATER"), 1, end, Quantity.of(10, Unit.PCS),
                SampleData.TODAY.plusWeeks(7), CustomerTier.A))
        .calendar(PlanningCalendar.weekly(SampleData.TODAY, 12))
        .build();
    MrpResult r = Mrp.run(p).get();
    // one blank lot of 100 in week 2 serves both orders; its yarn should have been ordered three weeks ago
    assertThat(r.plannedOrdersOf(blank)).singleElement().satisfies(o -> assertThat(o.quantity()).isEqualTo(Quantity.of(100, Unit.PCS)));
    assertThat(r.plannedOrdersOf(yarn)).singleElement().satisfies(o -> assertThat(o.isPastDue()).isTrue());

    OrderReadiness early = OrderReadiness.of(p, r, org.gendan.core.order.OrderId.of("SO-EARLY"));
    assertThat(early.isOnTime()).isFalse();
    assertThat(early.worstDaysLate()).isEqualTo(21);   // yarn needed week 1 (blank released), arrives week 4

    OrderReadiness later = OrderReadiness.of(p, r, org.gendan.core.order.OrderId.of("SO-LATER"));
    assertThat(later.materials()).singleElement().satisfies(l -> {
      assertThat(l.sku()).isEqualTo(yarn);
      assertThat(l.quantity()).isEqualTo(Quantity.of(10, Unit.PCS));
      // the order needs its towels in week 8, so its blanks by week 7 and their yarn by week 6
      assertThat(l.needDate()).isEqualTo(SampleData.TODAY.plusWeeks(5));
    });
    assertThat(later.isOnTime()).isTrue();
    assertThat(later.worstDaysLate()).isZero();
    // the plan-level pegging still shows when the shared lot itself needs the yarn
    assertThat(r.peggingOf(org.gendan.core.order.OrderId.of("SO-LATER")))
        .filteredOn(a -> a.sku().equals(yarn)).singleElement()
        .satisfies(a -> assertThat(a.needDate()).isEqualTo(SampleData.TODAY));
  }

  @Test
  void a_purchase_order_due_after_the_need_date_is_reported_late_with_its_days() {
    MrpProblem p = withOrder(plant(4, LocalDate.of(2026, 4, 20)));
    OrderReadiness ready = OrderReadiness.of(p, Mrp.run(p).get(), SampleData.order().id());
    assertThat(ready.latePurchaseOrders()).extracting(l -> l.purchaseOrderId() + " " + l.needDate() + " " + l.daysLate())
        .containsExactly("PO-LBL 2026-04-13 7");
    assertThat(ready.shortMaterials()).extracting(l -> l.sku().value()).containsExactly("FAB-PIQUE", "LBL-CARE");
    assertThat(ready.isOnTime()).as("buying more labels in time still works").isTrue();
    assertThat(ready.materialReadyDate()).isEqualTo(LocalDate.of(2026, 4, 13));
  }

  @Test
  void order_review_finds_the_materials_feasible_when_everything_can_be_in_by_its_need_date() {
    Feasibility f = MrpMaterialCheck.of(plant(4, LocalDate.of(2026, 4, 6)), c -> CustomerTier.KEY)
        .check(SampleData.order(), SampleData.TODAY);
    assertThat(f.outcome()).isEqualTo(Feasibility.Outcome.FEASIBLE);
    assertThat(f.earliestDate()).contains(LocalDate.of(2026, 4, 13));
    assertThat(f.explanation()).contains("still to buy").contains("FAB-PIQUE");
  }

  @Test
  void with_a_shipping_buffer_the_goods_are_planned_for_the_ex_factory_date_and_a_delay_grows_by_the_buffer() {
    MrpMaterialCheck check = MrpMaterialCheck.of(plant(10, LocalDate.of(2026, 4, 6)), c -> CustomerTier.KEY);
    Feasibility plain = check.check(SampleData.order(), SampleData.TODAY);
    Feasibility buffered = check.withShippingBuffer(7).check(SampleData.order(), SampleData.TODAY);
    assertThat(plain.outcome()).isEqualTo(Feasibility.Outcome.INFEASIBLE);
    assertThat(buffered.outcome()).isEqualTo(Feasibility.Outcome.INFEASIBLE);
    // a weekly plan: the goods are needed one period earlier, so every material is a week later for them
    assertThat(buffered.earliestDate().get()).isEqualTo(plain.earliestDate().get().plusDays(7));
    assertThat(check.withShippingBuffer(0).check(SampleData.order(), SampleData.TODAY)).isEqualTo(plain);
    assertThatThrownBy(() -> check.withShippingBuffer(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..60");
    assertThatThrownBy(() -> check.withShippingBuffer(61)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void order_review_finds_the_materials_infeasible_when_a_lead_time_is_too_long_and_names_the_delay() {
    Feasibility f = MrpMaterialCheck.of(plant(10, LocalDate.of(2026, 4, 6)), c -> CustomerTier.KEY)
        .check(SampleData.order(), SampleData.TODAY);
    assertThat(f.outcome()).isEqualTo(Feasibility.Outcome.INFEASIBLE);
    assertThat(f.earliestDate()).contains(LocalDate.of(2026, 5, 1).plusDays(28));
    assertThat(f.explanation()).contains("FAB-PIQUE").contains("28 days late");
  }

  @Test
  void order_review_cannot_check_materials_of_an_item_without_planning_data() {
    MrpProblem noPolo = MrpProblem.copyOf(plant(4, LocalDate.of(2026, 4, 6)))
        .withItems(made(SampleData.TSHIRT, 2), bought(FABRIC, Unit.M, 3), bought(LABEL, Unit.PCS, 1))
        .withBom(BillOfMaterials.of(List.of(BomLine.of(SampleData.TSHIRT, FABRIC, java.math.BigDecimal.ONE))).get())
        .withScheduledReceipts(List.of());
    Feasibility f = MrpMaterialCheck.of(noPolo, c -> CustomerTier.KEY).check(SampleData.order(), SampleData.TODAY);
    assertThat(f.outcome()).isEqualTo(Feasibility.Outcome.INFEASIBLE);
    assertThat(f.explanation()).contains("PL-2002");
  }
}

package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.scheduling.mrp.Plans.assertRow;
import static org.gendan.scheduling.mrp.Plans.item;
import static org.gendan.scheduling.mrp.Plans.order;
import static org.gendan.scheduling.mrp.Plans.pcs;
import static org.gendan.scheduling.mrp.Plans.receipt;
import static org.gendan.scheduling.mrp.Plans.row;
import static org.gendan.scheduling.mrp.Plans.sku;
import static org.gendan.scheduling.mrp.Plans.stock;
import static org.gendan.scheduling.mrp.Plans.week;
import static org.gendan.scheduling.mrp.Plans.weeks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.junit.jupiter.api.Test;

/** Safety stock, past-due releases, phantoms, yield and scrap, effectivity, order modifiers, priorities. */
class MrpPlanningRulesTest {

  private static MrpResult run(MrpProblem.Builder b) {
    return Mrp.run(b.build()).getOrElseThrow(r -> new AssertionError(r.toString()));
  }

  @Test
  void safety_stock_is_a_floor_and_a_shortfall_today_is_released_at_once_and_flagged() {
    PlanningItem a = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).leadTimePeriods(1).safetyStock(pcs(20)).build();
    MrpResult r = run(MrpProblem.builder().addItems(a).addInventory(stock("A", 10))
        .addDemands(order("SO-1", 1, "A", 30, 3)).calendar(weeks(4)));
    ItemRecord rec = r.record(sku("A")).orElseThrow();
    assertRow(rec.netRequirements(), row(4, 1, 10, 3, 30), "net");
    assertRow(rec.projectedOnHand(), row(4, 1, 20, 2, 20, 3, 20, 4, 20), "poh");
    assertRow(rec.plannedReleases(), row(4, 1, 10, 2, 30), "releases");
    PlannedOrder first = r.plannedOrdersOf(sku("A")).get(0);
    assertThat(first.isPastDue()).isTrue();
    assertThat(first.pegs()).extracting(Peg::quantity).containsExactly(pcs(10));
    assertThat(r.actionMessages(ActionType.PAST_DUE_RELEASE)).singleElement()
        .satisfies(m -> assertThat(m.atRisk()).isEmpty());
  }

  @Test
  void a_release_that_falls_before_today_is_released_today_naming_the_customer_order_at_risk_and_the_days() {
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 3)).addDemands(order("SO-9", 2, "A", 50, 2))
        .calendar(weeks(6)));
    PlannedOrder o = r.plannedOrdersOf(sku("A")).get(0);
    assertThat(o.idealReleasePeriod()).isEqualTo(-1);
    assertThat(o.releasePeriod()).isEqualTo(1);
    assertThat(o.releaseDate()).isEqualTo(week(1));
    ActionMessage m = r.actionMessages(ActionType.PAST_DUE_RELEASE).get(0);
    assertThat(m.atRisk()).singleElement().satisfies(risk -> {
      assertThat(risk.orderId()).contains(OrderId.of("SO-9"));
      assertThat(risk.lineNo()).contains(2);
      assertThat(risk.quantity()).isEqualTo(pcs(50));
      assertThat(risk.daysLate()).isEqualTo(14);
    });
    assertThat(m.message()).contains("SO-9 line 2").contains("14 days late");
    assertThat(r.actionMessages(ActionType.SHORTAGE)).singleElement()
        .satisfies(s -> assertThat(s.reference()).isEqualTo("SO-9#2"));
  }

  @Test
  void a_phantom_uses_its_own_stock_and_passes_the_rest_straight_to_its_components_in_the_same_week() {
    PlanningItem p = PlanningItem.builder().sku(sku("P")).unit(Unit.PCS).leadTimePeriods(2).phantom(true).build();
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 1), p, item("X", 1))
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "P", 2), BomLine.of("P", "X", 3))).get())
        .addInventory(stock("P", 10)).addDemands(order("SO-1", 1, "A", 10, 5)).calendar(weeks(6)));
    ItemRecord ph = r.record(sku("P")).orElseThrow();
    assertThat(ph.phantom()).isTrue();
    assertRow(ph.grossRequirements(), row(6, 4, 20), "phantom gross");
    assertRow(ph.plannedReleases(), row(6, 4, 10), "phantom pass-through in the same week");
    assertThat(r.plannedOrdersOf(sku("P"))).isEmpty();
    assertRow(r.record(sku("X")).orElseThrow().grossRequirements(), row(6, 4, 30), "component gross");
    PlannedOrder x = r.plannedOrdersOf(sku("X")).get(0);
    assertThat(x.pegs()).singleElement()
        .satisfies(peg -> assertThat(peg.parent().map(ParentOrder::sku)).contains(sku("P")));
    assertThat(r.demandPegsOf(x)).singleElement()
        .satisfies(peg -> assertThat(peg.demand()).contains(DemandId.of("SO-1#1")));
  }

  @Test
  void yield_raises_the_released_quantity_and_component_scrap_raises_the_component_requirement() {
    PlanningItem a = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).leadTimePeriods(1)
        .yieldPercent(new BigDecimal("80")).build();
    MrpResult r = run(MrpProblem.builder().addItems(a, item("B", 1))
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "B", 1).withScrapPercent(BigDecimal.TEN))).get())
        .addDemands(order("SO-1", 1, "A", 100, 4)).calendar(weeks(4)));
    PlannedOrder o = r.plannedOrdersOf(sku("A")).get(0);
    assertThat(o.quantity()).isEqualTo(pcs(100));
    assertThat(o.releaseQuantity()).isEqualTo(pcs(125));
    ItemRecord b = r.record(sku("B")).orElseThrow();
    assertThat(b.grossIn(3)).isEqualByComparingTo("137.5");
    assertThat(b.plannedReceiptsIn(3)).as("counted units are ordered whole").isEqualByComparingTo("138");
  }

  @Test
  void a_bom_line_applies_only_to_parent_releases_inside_its_effectivity() {
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 1), item("OLD", 0), item("NEW", 0))
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "OLD", 1).withEffectivity(null, week(5)),
            BomLine.of("A", "NEW", 1).withEffectivity(week(5), null))).get())
        .addDemands(order("SO-1", 1, "A", 10, 3), order("SO-2", 1, "A", 20, 8)).calendar(weeks(8)));
    assertRow(r.record(sku("OLD")).orElseThrow().grossRequirements(), row(8, 2, 10), "old component");
    assertRow(r.record(sku("NEW")).orElseThrow().grossRequirements(), row(8, 7, 20), "new component");
  }

  @Test
  void order_minimum_multiple_and_maximum_shape_the_planned_orders() {
    PlanningItem a = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).orderMinimum(pcs(50))
        .orderMultiple(pcs(20)).orderMaximum(pcs(110)).build();
    MrpResult r = run(MrpProblem.builder().addItems(a).addDemands(order("SO-1", 1, "A", 230, 2)).calendar(weeks(2)));
    assertThat(r.plannedOrdersOf(sku("A"))).extracting(PlannedOrder::quantity)
        .containsExactly(pcs(100), pcs(100), pcs(60));
    assertThat(r.plannedOrdersOf(sku("A")).stream().mapToInt(o -> o.pegs().size()).sum()).isEqualTo(4);
  }

  @Test
  void key_customers_are_served_first_from_scarce_stock() {
    Demand key = Demand.ofOrderLine(OrderId.of("SO-KEY"), 1, sku("A"), pcs(50), week(5), CustomerTier.KEY);
    Demand small = Demand.ofOrderLine(OrderId.of("SO-C"), 1, sku("A"), pcs(50), week(5), CustomerTier.C);
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 2)).addInventory(stock("A", 60))
        .addDemands(small, key).calendar(weeks(6)));
    assertThat(r.allocationsOf(sku("A"), "ON_HAND")).extracting(a -> a.peg().toString())
        .containsExactly("SO-KEY#1:50 PCS", "SO-C#1:10 PCS");
    assertThat(r.plannedOrdersOf(sku("A")).get(0).pegs()).extracting(Peg::toString).containsExactly("SO-C#1:40 PCS");
  }

  @Test
  void open_orders_get_defer_cancel_and_expedite_messages() {
    ScheduledReceipt overdue = ScheduledReceipt.purchase("PO-OLD", sku("A"), pcs(5), week(1).minusDays(3));
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 1), item("B", 1), item("C", 1))
        .addScheduledReceipts(receipt("PO-A", "A", 50, 2), overdue, receipt("PO-B", "B", 40, 3),
            receipt("PO-C", "C", 50, 4))
        .addDemands(order("SO-1", 1, "A", 55, 6), order("SO-2", 1, "C", 50, 2)).calendar(weeks(6)));
    assertThat(r.actionMessages(ActionType.DEFER)).singleElement().satisfies(m -> {
      assertThat(m.reference()).isEqualTo("PO-A");
      assertThat(m.suggestedDate()).contains(week(6));
    });
    assertThat(r.actionMessages(ActionType.CANCEL)).singleElement()
        .satisfies(m -> assertThat(m.reference()).isEqualTo("PO-B"));
    assertThat(r.actionMessages(ActionType.EXPEDITE)).extracting(ActionMessage::reference)
        .containsExactly("PO-OLD", "PO-C");
    assertThat(r.actionMessages(ActionType.EXPEDITE).get(1).suggestedDate()).contains(week(2));
    assertThat(r.actionMessages(ActionType.RELEASE)).singleElement()
        .satisfies(m -> assertThat(m.reference()).isEqualTo("C/1"));
  }

  @Test
  void a_customer_order_is_traced_to_every_material_and_planned_order_it_needs() {
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 1), item("B", 1), item("C", 1))
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "B", 2), BomLine.of("B", "C", 3))).get())
        .addInventory(stock("B", 6))
        .addScheduledReceipts(receipt("PO-C", "C", 10, 2))
        .addDemands(order("SO-1", 1, "A", 10, 5), order("SO-2", 1, "A", 10, 5)).calendar(weeks(5)));
    // A/1 (20) serves both lines equally, so each line takes half of everything below it
    List<Allocation> so1 = r.peggingOf(OrderId.of("SO-1"));
    assertThat(so1).extracting(a -> a.sku() + " " + a.supplyKind() + " " + a.peg().quantity())
        .containsExactly("A PLANNED_ORDER 10 PCS", "B ON_HAND 3 PCS", "B PLANNED_ORDER 17 PCS",
            "C SCHEDULED_RECEIPT 5 PCS", "C PLANNED_ORDER 46 PCS");
    for (PlannedOrder o : r.plannedOrders()) {
      Quantity sum = o.pegs().stream().map(Peg::quantity).reduce(Quantity.zero(Unit.PCS), Quantity::plus);
      assertThat(sum).as(o.id()).isEqualTo(o.quantity());
    }
    assertThat(r.plannedOrdersOf(sku("B")).get(0).pegs()).extracting(Peg::toString).containsExactly("A/1:34 PCS");
    assertThat(r.demandPegsOf(r.plannedOrdersOf(sku("C")).get(0))).extracting(Peg::toString)
        .containsExactly("SO-1#1:46 PCS", "SO-2#1:46 PCS");
    assertThat(r.peggingOf(DemandId.of("SO-2#1"))).extracting(a -> a.sku().value()).containsOnly("A", "B", "C");
    assertThat(Optional.of(r.plannedOrdersOf(sku("C")).get(0).quantity())).contains(pcs(34 * 3 - 10));
  }

  @Test
  void stock_already_allocated_beyond_what_is_on_hand_is_replenished_first_and_pegged_to_stock() {
    InventoryPosition backlog = new InventoryPosition(sku("A"), pcs(10), pcs(25));
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 0)).addInventory(backlog)
        .addDemands(order("SO-1", 1, "A", 20, 2)).calendar(weeks(3)));
    ItemRecord rec = r.record(sku("A")).orElseThrow();
    assertThat(rec.onHand()).isEqualByComparingTo("-15");
    assertRow(rec.netRequirements(), row(3, 1, 15, 2, 20), "net");
    assertThat(r.plannedOrdersOf(sku("A")).get(0).pegs()).singleElement().satisfies(p -> assertThat(p.isStock()).isTrue());
    assertThat(r.plannedOrdersOf(sku("A")).get(1).pegs()).extracting(Peg::toString).containsExactly("SO-1#1:20 PCS");
  }

  @Test
  void a_made_item_with_run_time_per_piece_takes_longer_for_a_bigger_order() {
    PlanningItem a = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).makeOrBuy(org.gendan.core.product.MakeOrBuy.MAKE)
        .leadTimePeriods(1).leadTimePerUnit(new BigDecimal("0.01")).build();
    MrpResult r = run(MrpProblem.builder().addItems(a).addDemands(order("SO-1", 1, "A", 150, 6)).calendar(weeks(6)));
    assertThat(r.plannedOrdersOf(sku("A")).get(0).releasePeriod()).as("1 + ceil(150 x 0.01) = 3 weeks").isEqualTo(3);
  }

  @Test
  void a_past_due_release_for_many_orders_names_the_first_ten_and_lists_all_of_them_at_risk() {
    MrpProblem.Builder b = MrpProblem.builder().addItems(item("A", 3)).calendar(weeks(6));
    for (int i = 1; i <= 30; i++) {
      b.addDemands(order(String.format("SO-%02d", i), 1, "A", 1, 2));
    }
    ActionMessage m = run(b).actionMessages(ActionType.PAST_DUE_RELEASE).get(0);
    assertThat(m.atRisk()).hasSize(30);
    assertThat(m.message()).contains("SO-10 line 1").doesNotContain("SO-11").contains("and 20 more");
  }

  @Test
  void a_past_due_component_order_names_the_parent_orders_it_delays_and_traces_the_customer_orders_at_risk() {
    MrpResult r = run(MrpProblem.builder().addItems(item("A", 1), item("B", 3))
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "B", 2))).get())
        .addDemands(order("SO-7", 1, "A", 10, 3), order("SO-8", 1, "A", 30, 3)).calendar(weeks(4)));
    PlannedOrder b = r.plannedOrdersOf(sku("B")).get(0);
    assertThat(b.isPastDue()).isTrue();
    ActionMessage m = r.actionMessages(ActionType.PAST_DUE_RELEASE).get(0);
    assertThat(m.reference()).isEqualTo("B/1");
    assertThat(m.message()).contains("delays parent orders (上层订单) A/1");
    assertThat(r.customerOrdersAtRisk(b)).extracting(risk -> risk.demand().value() + " " + risk.quantity()
        + " " + risk.daysLate()).containsExactly("SO-7#1 20 PCS 14", "SO-8#1 60 PCS 14");
  }
}

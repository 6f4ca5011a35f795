package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gendan.scheduling.mrp.Plans.item;
import static org.gendan.scheduling.mrp.Plans.order;
import static org.gendan.scheduling.mrp.Plans.pcs;
import static org.gendan.scheduling.mrp.Plans.receipt;
import static org.gendan.scheduling.mrp.Plans.sku;
import static org.gendan.scheduling.mrp.Plans.stock;
import static org.gendan.scheduling.mrp.Plans.week;
import static org.gendan.scheduling.mrp.Plans.weeks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.junit.jupiter.api.Test;

/** Bad input gives a clear rejection (business) or a clear exception (programmer error). */
class MrpBadInputTest {

  private static Rejection rejected(MrpProblem.Builder b) {
    return Mrp.run(b.build()).swap().getOrElseThrow(r -> new AssertionError("expected a rejection, got " + r));
  }

  private static MrpProblem.Builder base() {
    return MrpProblem.builder().addItems(item("A", 1)).calendar(weeks(4));
  }

  @Test
  void an_unknown_item_in_a_demand_bom_line_stock_or_receipt_is_rejected_naming_it() {
    assertThat(rejected(base().addDemands(order("SO-1", 1, "X", 5, 2))))
        .satisfies(r -> assertThat(r.code()).isEqualTo("UNKNOWN_ITEM"))
        .satisfies(r -> assertThat(r.message()).contains("item X").contains("SO-1#1"));
    assertThat(rejected(base().bom(BillOfMaterials.of(List.of(BomLine.of("A", "Y", 1))).get())).code())
        .isEqualTo("UNKNOWN_ITEM");
    assertThat(rejected(base().addInventory(stock("Z", 1))).code()).isEqualTo("UNKNOWN_ITEM");
    assertThat(rejected(base().addScheduledReceipts(receipt("PO-1", "Z", 1, 2))).code()).isEqualTo("UNKNOWN_ITEM");
  }

  @Test
  void duplicates_are_rejected() {
    assertThat(rejected(base().addItems(item("A", 2))).code()).isEqualTo("DUPLICATE_ENTRY");
    assertThat(rejected(base().addInventory(stock("A", 1), stock("A", 2))).code()).isEqualTo("DUPLICATE_ENTRY");
    assertThat(rejected(base().addDemands(order("SO-1", 1, "A", 1, 2), order("SO-1", 1, "A", 2, 3))).code())
        .isEqualTo("DUPLICATE_ENTRY");
    assertThat(rejected(base().addScheduledReceipts(receipt("PO-1", "A", 1, 2), receipt("PO-1", "A", 2, 3))).code())
        .isEqualTo("DUPLICATE_ENTRY");
  }

  @Test
  void a_quantity_in_a_unit_of_another_kind_is_rejected() {
    Demand kg = Demand.ofOrderLine(OrderId.of("SO-1"), 1, sku("A"), Quantity.of(5, Unit.KG), week(2), CustomerTier.A);
    assertThat(rejected(base().addDemands(kg)).code()).isEqualTo("UNIT_MISMATCH");
    assertThat(rejected(base().addInventory(InventoryPosition.of(sku("A"), Quantity.of(3, Unit.M)))).code())
        .isEqualTo("UNIT_MISMATCH");
  }

  @Test
  void a_demand_in_dozens_is_converted_to_pieces() {
    Demand doz = Demand.ofOrderLine(OrderId.of("SO-1"), 1, sku("A"), Quantity.of(2, Unit.DOZ), week(3), CustomerTier.A);
    MrpResult r = Mrp.run(base().addDemands(doz).build()).get();
    assertThat(r.record(sku("A")).orElseThrow().grossIn(3)).isEqualByComparingTo("24");
  }

  @Test
  void a_demand_outside_the_horizon_is_rejected() {
    Demand early = Demand.ofOrderLine(OrderId.of("SO-1"), 1, sku("A"), pcs(1), week(1).minusDays(1), CustomerTier.A);
    assertThat(rejected(base().addDemands(early))).satisfies(r -> {
      assertThat(r.code()).isEqualTo("DEMAND_BEFORE_HORIZON");
      assertThat(r.message()).contains("SO-1#1");
    });
    assertThat(rejected(base().addDemands(order("SO-2", 1, "A", 1, 5))).code()).isEqualTo("DEMAND_AFTER_HORIZON");
  }

  @Test
  void a_lead_time_longer_than_the_horizon_is_rejected() {
    assertThat(rejected(MrpProblem.builder().addItems(item("A", 5)).calendar(weeks(4))).code())
        .isEqualTo("LEAD_TIME_BEYOND_HORIZON");
  }

  @Test
  void a_cost_based_rule_without_costs_is_rejected() {
    PlanningItem ww = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).lotSizing(LotSizingRules.wagnerWhitin()).build();
    assertThat(rejected(MrpProblem.builder().addItems(ww).calendar(weeks(4))).code())
        .isEqualTo("MISSING_LOT_SIZING_COSTS");
  }

  @Test
  void an_item_that_is_phantom_in_some_lines_only_is_rejected() {
    BillOfMaterials bom = BillOfMaterials.of(List.of(BomLine.of("A", "P", 1).withPhantom(true),
        BomLine.of("B", "P", 1))).get();
    assertThat(rejected(MrpProblem.builder().addItems(item("A", 0), item("B", 0), item("P", 0)).bom(bom)
        .calendar(weeks(4))).code()).isEqualTo("PHANTOM_MISMATCH");
  }

  @Test
  void invalid_values_are_refused_when_built() {
    assertThatThrownBy(() -> Mrp.run(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("problem");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).leadTimePeriods(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lead time");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).yieldPercent(BigDecimal.ZERO).build())
        .hasMessageContaining("yield");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).safetyStock(pcs(-1)).build())
        .hasMessageContaining("safety stock");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).safetyStock(Quantity.of(1, Unit.KG)).build())
        .hasMessageContaining("planned in PCS");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).orderMinimum(pcs(50))
        .orderMaximum(pcs(40)).build()).hasMessageContaining("below the order minimum");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).orderMultiple(pcs(50))
        .orderMaximum(pcs(40)).build()).hasMessageContaining("smaller than the order multiple");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).orderMinimum(pcs(0)).build())
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> PlanningItem.builder().sku(sku("A")).unit(Unit.PCS)
        .orderingCostPerOrder(Money.of("10", "USD")).holdingCostPerUnitPeriod(Money.of("1", "CNY")).build())
        .hasMessageContaining("one currency");
    assertThatThrownBy(() -> order("SO-1", 1, "A", 0, 2)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> receipt("PO-1", "A", -5, 2)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> InventoryPosition.of(sku("A"), pcs(-1))).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> ScheduledReceipt.purchase(" ", sku("A"), pcs(1), week(1)))
        .hasMessageContaining("scheduled receipt id");
    assertThatThrownBy(() -> LotSizingRules.fixedOrderQuantity(BigDecimal.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> LotSizingRules.periodOrderQuantity(0)).hasMessageContaining("at least 1 period");
  }

  @Test
  void a_calendar_must_have_periods_and_a_daily_one_must_start_on_a_working_day() {
    assertThatThrownBy(() -> PlanningCalendar.weekly(LocalDate.of(2026, 1, 5), 0)).hasMessageContaining("1..");
    assertThatThrownBy(() -> PlanningCalendar.weekly(LocalDate.of(2026, 1, 5), 100_000)).hasMessageContaining("1..");
    assertThatThrownBy(() -> PlanningCalendar.daily(LocalDate.of(2026, 1, 4), 5)).hasMessageContaining("working day");
    assertThatThrownBy(() -> PlanningCalendar.weekly(null, 5)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_phantom_without_components_is_rejected_rather_than_losing_its_requirements() {
    PlanningItem p = PlanningItem.builder().sku(sku("P")).unit(Unit.PCS).phantom(true).build();
    assertThat(rejected(MrpProblem.builder().addItems(item("A", 0), p)
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "P", 1))).get()).calendar(weeks(4))).code())
        .isEqualTo("PHANTOM_WITHOUT_COMPONENTS");
  }

  @Test
  void an_open_order_due_after_the_horizon_is_not_counted() {
    MrpResult r = Mrp.run(base().addScheduledReceipts(receipt("PO-LATE", "A", 50, 9))
        .addDemands(order("SO-1", 1, "A", 5, 3)).build()).get();
    assertThat(r.record(sku("A")).orElseThrow().netIn(3)).isEqualByComparingTo("5");
    assertThat(r.allocationsOf(sku("A"), "PO-LATE")).isEmpty();
  }

  @Test
  void an_order_maximum_far_below_the_need_is_rejected_instead_of_flooding_the_plan() {
    PlanningItem a = PlanningItem.builder().sku(sku("A")).unit(Unit.PCS).orderMaximum(pcs(1)).build();
    assertThat(rejected(MrpProblem.builder().addItems(a).addDemands(order("SO-1", 1, "A", 20_000, 2)).calendar(weeks(2))))
        .satisfies(r -> assertThat(r.code()).isEqualTo("ORDER_MAXIMUM_TOO_SMALL"))
        .satisfies(r -> assertThat(r.message()).contains("item A"));
  }
}

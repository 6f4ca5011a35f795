package org.gendan.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.junit.jupiter.api.Test;

class DemoMrpTest {

  private static final SampleData DATA = SampleData.load();
  private static final MrpProblem PROBLEM = DemoMrp.problem(DATA, DATA.today());
  private static final Map<Sku, PlanningItem> ITEMS =
      PROBLEM.items().stream().collect(Collectors.toMap(PlanningItem::sku, Function.identity()));

  private static DemoMrp.Kind kind(Item i) {
    return DemoMrp.kindOf(i, DATA.bom());
  }

  @Test
  void every_kind_of_item_occurs_in_the_sample_and_made_items_stay_lot_for_lot_without_safety_stock() {
    assertThat(DATA.items().stream().map(DemoMrpTest::kind).distinct()).containsExactlyInAnyOrder(DemoMrp.Kind.values());
    DATA.items().stream().filter(i -> i.makeOrBuy() == MakeOrBuy.MAKE).forEach(i -> {
      PlanningItem p = ITEMS.get(i.sku());
      assertThat(p.lotSizing().name()).isEqualTo(LotSizingRules.lotForLot().name());
      assertThat(p.safetyStockValue().signum()).isZero();
      assertThat(p.leadTimePeriods()).isEqualTo(i.standardLeadTimeDays());
    });
  }

  @Test
  void roll_goods_are_bought_in_fixed_lots_above_the_supplier_minimum_and_packing_material_weekly_in_packs() {
    MrpResult r = DemoMrp.run(DATA, DATA.today()).getOrElseThrow(x -> new AssertionError(x.toString())).result();
    List<PlannedOrder> rolls = r.plannedOrders().stream()
        .filter(o -> kind(DATA.item(o.sku()).orElseThrow()) == DemoMrp.Kind.ROLL_GOODS).collect(Collectors.toList());
    assertThat(rolls).isNotEmpty().allSatisfy(o -> {
      assertThat(o.quantity().value().remainder(BigDecimal.valueOf(DemoMrp.ROLL_LOT)).signum()).isZero();
      assertThat(o.quantity().value()).isGreaterThanOrEqualTo(BigDecimal.valueOf(DemoMrp.ROLL_MINIMUM));
    });
    List<PlannedOrder> packing = r.plannedOrders().stream()
        .filter(o -> kind(DATA.item(o.sku()).orElseThrow()) == DemoMrp.Kind.PACKING).collect(Collectors.toList());
    assertThat(packing).isNotEmpty()
        .allSatisfy(o -> assertThat(o.quantity().value().remainder(BigDecimal.valueOf(DemoMrp.PACK)).signum()).isZero());
    packing.stream().collect(Collectors.groupingBy(PlannedOrder::sku)).values().forEach(orders -> {
      for (int i = 1; i < orders.size(); i++) {
        assertThat(orders.get(i).receiptPeriod() - orders.get(i - 1).receiptPeriod())
            .as("one order covers a week").isGreaterThanOrEqualTo(DemoMrp.PACKING_PERIODS);
      }
    });
  }

  @Test
  void traded_goods_are_bought_in_whole_cartons_and_common_materials_keep_a_safety_stock() {
    DATA.items().stream().filter(i -> kind(i) == DemoMrp.Kind.TRADED && i.packing().isPresent()).forEach(i ->
        assertThat(ITEMS.get(i.sku()).orderMultipleValue()).contains(BigDecimal.valueOf(i.packing().get().unitsPerCarton())));
    List<Item> common = DATA.items().stream()
        .filter(i -> i.makeOrBuy() != MakeOrBuy.MAKE && DATA.bom().whereUsed(i.sku()).size() >= DemoMrp.COMMON_USES)
        .collect(Collectors.toList());
    assertThat(common).isNotEmpty();
    assertThat(common).anySatisfy(i -> assertThat(ITEMS.get(i.sku()).safetyStockValue()).isPositive());
    DATA.items().stream().filter(i -> !common.contains(i))
        .forEach(i -> assertThat(ITEMS.get(i.sku()).safetyStockValue().signum()).as(i.sku().value()).isZero());
  }

  @Test
  void the_safety_stock_covers_the_safety_days_in_whole_order_multiples_and_grows_with_the_requirement() {
    Item common = DATA.items().stream()
        .filter(i -> i.makeOrBuy() != MakeOrBuy.MAKE && DATA.bom().whereUsed(i.sku()).size() >= DemoMrp.COMMON_USES)
        .findFirst().orElseThrow();
    qt().withExamples(100).forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000)).checkAssert((a, b) -> {
      BigDecimal low = BigDecimal.valueOf(Math.min(a, b), 2);
      BigDecimal high = BigDecimal.valueOf(Math.max(a, b), 2);
      PlanningItem p = DemoMrp.planningItem(common, DATA.bom(), low);
      PlanningItem q = DemoMrp.planningItem(common, DATA.bom(), high);
      BigDecimal step = p.orderMultipleValue().orElse(BigDecimal.ONE);
      assertThat(p.safetyStockValue()).isGreaterThanOrEqualTo(low.multiply(BigDecimal.valueOf(DemoMrp.SAFETY_DAYS)));
      assertThat(p.safetyStockValue().remainder(step).signum()).isZero();
      assertThat(p.safetyStockValue().subtract(step)).isLessThan(low.multiply(BigDecimal.valueOf(DemoMrp.SAFETY_DAYS)).max(BigDecimal.ZERO).add(BigDecimal.ONE.movePointLeft(6)));
      assertThat(q.safetyStockValue()).isGreaterThanOrEqualTo(p.safetyStockValue());
    });
  }

  @Test
  void the_derived_parameters_are_the_same_every_time_and_bad_arguments_are_named() {
    assertThat(DemoMrp.problem(DATA, DATA.today())).isEqualTo(PROBLEM);
    Item any = DATA.items().get(0);
    assertThatThrownBy(() -> DemoMrp.planningItem(any, DATA.bom(), new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daily requirement").hasMessageContaining(any.sku().value());
    assertThatThrownBy(() -> DemoMrp.planningItem(null, DATA.bom(), BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("item");
    assertThatThrownBy(() -> DemoMrp.planningItem(any, DATA.bom(), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dailyRequirement");
    assertThatThrownBy(() -> DemoMrp.kindOf(any, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("bom");
  }
}

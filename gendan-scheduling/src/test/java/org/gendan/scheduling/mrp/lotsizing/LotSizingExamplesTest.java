package org.gendan.scheduling.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Example 5 of the MRP oracle data (Nahmias): r = (18, 30, 42, 5, 20), setup K = 80, holding h = 2 per
 * unit per period on end-of-period inventory, no lead time, no initial stock.
 */
class LotSizingExamplesTest {

  private static final List<BigDecimal> R = ints(18, 30, 42, 5, 20);
  private static final BigDecimal K = BigDecimal.valueOf(80);
  private static final BigDecimal H = BigDecimal.valueOf(2);

  static List<BigDecimal> ints(int... v) {
    List<BigDecimal> out = new ArrayList<>();
    for (int x : v) {
      out.add(BigDecimal.valueOf(x));
    }
    return out;
  }

  private static void expect(LotSizingRule rule, List<BigDecimal> lots, int cost) {
    LotPlan plan = LotSizing.plan(rule, R, K, H);
    assertThat(plan.receipts()).as(rule.name()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(lots);
    assertThat(plan.totalCost()).as(rule.name() + " cost").isEqualByComparingTo(BigDecimal.valueOf(cost));
  }

  @Test
  void lot_for_lot_orders_every_period_for_400() {
    expect(LotSizingRules.lotForLot(), ints(18, 30, 42, 5, 20), 400);
  }

  @Test
  void silver_meal_stops_at_the_first_increase_of_average_cost_for_310() {
    expect(LotSizingRules.silverMeal(), ints(48, 0, 47, 0, 20), 310);
  }

  @Test
  void least_unit_cost_stops_at_the_first_increase_of_cost_per_unit_for_340() {
    expect(LotSizingRules.leastUnitCost(), ints(48, 0, 42, 25, 0), 340);
  }

  @Test
  void part_period_balancing_matches_the_published_plan_for_310() {
    expect(LotSizingRules.partPeriodBalancing(), ints(48, 0, 67, 0, 0), 310);
  }

  @Test
  void wagner_whitin_finds_the_optimum_of_310() {
    expect(LotSizingRules.wagnerWhitin(), ints(48, 0, 67, 0, 0), 310);
  }

  @Test
  void fixed_order_quantity_orders_whole_multiples_of_the_lot() {
    LotPlan plan = LotSizing.plan(LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(40)), R, K, H);
    assertThat(plan.receipts()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(ints(40, 40, 40, 0, 0));
    assertThat(plan.endInventory()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(ints(22, 32, 30, 25, 5));
  }

  @Test
  void period_order_quantity_covers_the_given_number_of_periods() {
    LotPlan plan = LotSizing.plan(LotSizingRules.periodOrderQuantity(2), R, K, H);
    assertThat(plan.receipts()).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(ints(48, 0, 47, 0, 20));
    assertThat(plan.setups()).isEqualTo(3);
  }

  @Test
  void minimum_and_multiple_round_the_need_up() {
    assertThat(LotSizing.plan(LotSizingRules.minimum(BigDecimal.valueOf(25)), R, K, H).receipts())
        .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(ints(25, 25, 40, 25, 0));
    assertThat(LotSizing.plan(LotSizingRules.multiple(BigDecimal.valueOf(12)), R, K, H).receipts())
        .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(ints(24, 24, 48, 0, 24));
  }

  @Test
  void rules_have_readable_names() {
    assertThat(List.of(LotSizingRules.lotForLot(), LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(20)),
        LotSizingRules.minimum(BigDecimal.valueOf(500)), LotSizingRules.multiple(BigDecimal.valueOf(6)),
        LotSizingRules.periodOrderQuantity(3), LotSizingRules.economicOrderQuantity(), LotSizingRules.wagnerWhitin(),
        LotSizingRules.silverMeal(), LotSizingRules.leastUnitCost(), LotSizingRules.partPeriodBalancing()))
        .extracting(LotSizingRule::name)
        .containsExactly("L4L", "FOQ 20", "MIN 500", "MULTIPLE 6", "POQ 3", "EOQ", "Wagner-Whitin", "Silver-Meal",
            "LUC", "PPB");
  }
}

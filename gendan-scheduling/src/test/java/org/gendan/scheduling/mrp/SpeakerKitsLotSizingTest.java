package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.scheduling.mrp.Plans.assertRow;
import static org.gendan.scheduling.mrp.Plans.order;
import static org.gendan.scheduling.mrp.Plans.row;
import static org.gendan.scheduling.mrp.Plans.sku;
import static org.gendan.scheduling.mrp.Plans.stock;
import static org.gendan.scheduling.mrp.Plans.weeks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.junit.jupiter.api.Test;

/**
 * Example 4 of the MRP oracle data (Heizer &amp; Render "Speaker Kits"), planned through the full MRP
 * run: gross requirements 35, 30, 40, 0, 10, 40, 30, 0, 30, 55; on hand 35; lead time 1 week; setup
 * S = 100 per order; holding H = 1 per unit per week on end-of-week inventory.
 */
class SpeakerKitsLotSizingTest {

  private static final int[] GROSS = {35, 30, 40, 0, 10, 40, 30, 0, 30, 55};

  private static MrpResult plan(LotSizingRule rule) {
    List<Demand> demands = new ArrayList<>();
    for (int w = 1; w <= 10; w++) {
      if (GROSS[w - 1] > 0) {
        demands.add(order("SO-" + w, 1, "KIT", GROSS[w - 1], w));
      }
    }
    PlanningItem kit = PlanningItem.builder().sku(sku("KIT")).unit(Unit.PCS).leadTimePeriods(1).lotSizing(rule)
        .orderingCostPerOrder(Money.of("100", "USD")).holdingCostPerUnitPeriod(Money.of("1", "USD")).build();
    return Mrp.run(MrpProblem.builder().addItems(kit).addInventory(stock("KIT", 35)).addAllDemands(demands)
        .calendar(weeks(10)).build()).get();
  }

  private static void expect(LotSizingRule rule, List<BigDecimal> receipts, List<BigDecimal> releases,
      int setupCost, int holdingCost) {
    ItemRecord r = plan(rule).record(sku("KIT")).orElseThrow();
    assertRow(r.plannedReceipts(), receipts, rule.name() + " receipts");
    assertRow(r.plannedReleases(), releases, rule.name() + " releases");
    long setups = r.plannedReceipts().stream().filter(q -> q.signum() > 0).count();
    BigDecimal holding = r.projectedOnHand().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(setups * 100).as(rule.name() + " setup cost").isEqualTo(setupCost);
    assertThat(holding).as(rule.name() + " holding cost").isEqualByComparingTo(BigDecimal.valueOf(holdingCost));
  }

  @Test
  void net_requirements_after_on_hand_total_235() {
    ItemRecord r = plan(LotSizingRules.lotForLot()).record(sku("KIT")).orElseThrow();
    assertRow(r.netRequirements(), row(10, 2, 30, 3, 40, 5, 10, 6, 40, 7, 30, 9, 30, 10, 55), "net");
    assertThat(r.netRequirements().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("235");
  }

  @Test
  void lot_for_lot_costs_700() {
    expect(LotSizingRules.lotForLot(), row(10, 2, 30, 3, 40, 5, 10, 6, 40, 7, 30, 9, 30, 10, 55),
        row(10, 1, 30, 2, 40, 4, 10, 5, 40, 6, 30, 8, 30, 9, 55), 700, 0);
  }

  @Test
  void economic_order_quantity_of_73_costs_775() {
    expect(LotSizingRules.economicOrderQuantity(), row(10, 2, 73, 5, 73, 7, 73, 10, 73),
        row(10, 1, 73, 4, 73, 6, 73, 9, 73), 400, 375);
  }

  @Test
  void part_period_balancing_costs_490() {
    expect(LotSizingRules.partPeriodBalancing(), row(10, 2, 80, 6, 100, 10, 55), row(10, 1, 80, 5, 100, 9, 55), 300, 190);
  }

  @Test
  void wagner_whitin_is_optimal_at_455() {
    expect(LotSizingRules.wagnerWhitin(), row(10, 2, 80, 6, 70, 9, 85), row(10, 1, 80, 5, 70, 8, 85), 300, 155);
  }
}

package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.json.GendanJson;
import org.gendan.scheduling.mrp.PlanningItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/mrp/lot-sizing-problem.json} through {@code gendan mrp}, checked against hand
 * calculations: the EOQ and Wagner–Whitin kits are Example 4 of the MRP oracle data (Heizer &amp; Render
 * "Speaker Kits": gross 35, 30, 40, 0, 10, 40, 30, 0, 30, 55, on hand 35, lead time 1 week, S = 100,
 * H = 1 per unit-week), the Silver–Meal cable is Example 5 (Nahmias: r = 18, 30, 42, 5, 20, K = 80,
 * h = 2, no lead time, no stock). Weeks start on Monday 2026-01-05.
 */
class MrpLotSizingFileTest {

  private static final Path FILE = Path.of("mrp/lot-sizing-problem.json");
  private static final LocalDate WEEK_1 = LocalDate.of(2026, 1, 5);

  private static MrpCommand.ResultOut result;

  @BeforeAll
  static void plan() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GendanCommand.run(new String[] {"mrp", FILE.toString(), "--format", "json"}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(ExitCodes.OK);
    result = GendanJson.read(out.toString(), MrpCommand.ResultOut.class).get();
  }

  private static LocalDate week(int n) {
    return WEEK_1.plusWeeks(n - 1L);
  }

  private static List<MrpCommand.PlannedOrderOut> ordersOf(String item) {
    return result.plannedOrders().stream().filter(o -> o.item().equals(item)).toList();
  }

  private static MrpCommand.RecordOut recordOf(String item) {
    return result.records().stream().filter(r -> r.item().equals(item)).findFirst().orElseThrow();
  }

  /** Planned orders as {@code receiptWeek:quantity}, in week order. */
  private static Map<Integer, Integer> receipts(String item) {
    Map<Integer, Integer> m = new TreeMap<>();
    for (MrpCommand.PlannedOrderOut o : ordersOf(item)) {
      int w = (int) java.time.temporal.ChronoUnit.WEEKS.between(WEEK_1, o.due()) + 1;
      m.merge(w, o.quantity().intValueExact(), Integer::sum);
    }
    return m;
  }

  /** Holding cost at {@code h} per unit and week on end-of-week stock: h × Σ projected on hand. */
  private static BigDecimal holding(String item, int h) {
    return recordOf(item).projectedOnHand().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .multiply(BigDecimal.valueOf(h));
  }

  private static void releasedWeeksBefore(String item, int leadTimeWeeks) {
    for (MrpCommand.PlannedOrderOut o : ordersOf(item)) {
      assertThat(o.release()).as(o.id()).isEqualTo(o.due().minusWeeks(leadTimeWeeks));
      assertThat(o.pastDue()).as(o.id()).isFalse();
    }
  }

  @Test
  void the_eoq_kit_orders_73_in_weeks_2_5_7_and_10_for_775_as_in_the_book() {
    assertThat(receipts("SPK-EOQ")).containsExactly(Map.entry(2, 73), Map.entry(5, 73), Map.entry(7, 73),
        Map.entry(10, 73));
    releasedWeeksBefore("SPK-EOQ", 1);
    assertThat(ordersOf("SPK-EOQ")).extracting(MrpCommand.PlannedOrderOut::rule).containsOnly("EOQ");
    assertThat(holding("SPK-EOQ", 1)).isEqualByComparingTo("375");
    assertThat(BigDecimal.valueOf(100L * ordersOf("SPK-EOQ").size()).add(holding("SPK-EOQ", 1)))
        .isEqualByComparingTo("775");
  }

  @Test
  void the_wagner_whitin_kit_orders_80_70_and_85_for_the_optimal_455_as_in_the_book() {
    assertThat(receipts("SPK-WW")).containsExactly(Map.entry(2, 80), Map.entry(6, 70), Map.entry(9, 85));
    releasedWeeksBefore("SPK-WW", 1);
    assertThat(ordersOf("SPK-WW")).extracting(MrpCommand.PlannedOrderOut::rule).containsOnly("Wagner-Whitin");
    assertThat(holding("SPK-WW", 1)).isEqualByComparingTo("155");
    assertThat(BigDecimal.valueOf(100L * ordersOf("SPK-WW").size()).add(holding("SPK-WW", 1)))
        .isEqualByComparingTo("455");
  }

  @Test
  void the_silver_meal_cable_orders_48_47_and_20_for_310_as_in_nahmias() {
    assertThat(receipts("CABLE")).containsExactly(Map.entry(1, 48), Map.entry(3, 47), Map.entry(5, 20));
    releasedWeeksBefore("CABLE", 0);
    assertThat(ordersOf("CABLE")).extracting(MrpCommand.PlannedOrderOut::rule).containsOnly("Silver-Meal");
    assertThat(BigDecimal.valueOf(80L * ordersOf("CABLE").size()).add(holding("CABLE", 2)))
        .isEqualByComparingTo("310");
  }

  @Test
  void the_forecast_in_week_10_is_covered_by_the_last_lots_and_pegged_by_its_id() {
    assertThat(ordersOf("SPK-WW")).last().satisfies(o -> assertThat(o.pegs())
        .contains(new MrpCommand.PegOut("FC-SPK-WW-W10", new BigDecimal("55"))));
    BigDecimal eoqForecast = ordersOf("SPK-EOQ").stream().flatMap(o -> o.pegs().stream())
        .filter(p -> "FC-SPK-EOQ-W10".equals(p.demand())).map(MrpCommand.PegOut::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(eoqForecast).isEqualByComparingTo("55");
  }

  @Test
  void the_open_production_order_covers_20_amplifiers_and_is_deferred_to_the_week_they_are_needed() {
    assertThat(recordOf("AMP").scheduledReceipts().get(1)).isEqualByComparingTo("20");
    assertThat(ordersOf("AMP")).extracting(o -> o.release() + " " + o.due() + " " + o.quantity().toPlainString()
        + " " + o.pegs().get(0).demand() + " " + o.pegs().get(0).quantity().toPlainString())
        .containsExactly(week(2) + " " + week(3) + " 30 SO-88#1 30", week(5) + " " + week(6) + " 30 FC-AMP-FEB 30");
    assertThat(result.actionMessages()).filteredOn(m -> m.reference().equals("MO-7")).singleElement()
        .satisfies(m -> assertThat(m.type()).isEqualTo("DEFER"));
  }

  @Test
  void the_per_unit_lead_time_adds_one_week_for_30_amplifiers_at_0_02_week_each() {
    PlanningItem amp = MrpProblemFile.toProblem(FILE, MrpProblemFile.read(FILE), Optional.empty()).get().items().stream()
        .filter(i -> i.sku().value().equals("AMP")).findFirst().orElseThrow();
    assertThat(amp.leadTimePeriods()).isZero();
    assertThat(amp.leadTimePerUnit()).isEqualByComparingTo("0.02");
    for (MrpCommand.PlannedOrderOut o : ordersOf("AMP")) {
      assertThat(o.release()).as(o.id()).isEqualTo(o.due().minusWeeks(1));
    }
  }

  @Test
  void the_phantom_board_is_never_ordered_its_10_in_stock_are_used_and_the_chips_follow_the_amplifiers() {
    assertThat(ordersOf("BOARD")).isEmpty();
    assertThat(receipts("CHIP")).containsExactly(Map.entry(2, 40), Map.entry(5, 60));
    releasedWeeksBefore("CHIP", 1);
    assertThat(ordersOf("CHIP")).extracting(o -> o.pegs().get(0).demand()).containsExactly("SO-88#1", "FC-AMP-FEB");
  }

  @Test
  void the_old_capacitor_serves_releases_before_26_january_and_the_new_one_releases_from_then() {
    assertThat(nonZero(recordOf("CAP-OLD").gross())).containsExactly(Map.entry(2, 120));
    assertThat(nonZero(recordOf("CAP-NEW").gross())).containsExactly(Map.entry(5, 120));
    assertThat(receipts("CAP-OLD")).containsExactly(Map.entry(2, 20));
    assertThat(receipts("CAP-NEW")).containsExactly(Map.entry(5, 70));
    releasedWeeksBefore("CAP-NEW", 2);
    assertThat(nonZero(recordOf("CAP-NEW").scheduledReceipts())).containsExactly(Map.entry(5, 50));
  }

  @Test
  void every_planned_order_is_pegged_to_exactly_its_quantity() {
    for (MrpCommand.PlannedOrderOut o : result.plannedOrders()) {
      assertThat(o.pegs().stream().map(MrpCommand.PegOut::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as(o.id()).isEqualByComparingTo(o.quantity());
    }
  }

  @Test
  void the_table_names_the_lot_sizing_rule_of_every_planned_order() {
    StringWriter out = new StringWriter();
    int exit = GendanCommand.run(new String[] {"mrp", FILE.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(exit).isEqualTo(ExitCodes.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).anyMatch(l -> l.startsWith("SPK-EOQ/1") && l.contains(" EOQ "));
    assertThat(lines).anyMatch(l -> l.startsWith("SPK-WW/1") && l.contains(" Wagner-Whitin "));
    assertThat(lines).anyMatch(l -> l.startsWith("CABLE/1") && l.contains(" Silver-Meal "));
    assertThat(lines).anyMatch(l -> l.startsWith("AMP/1") && l.contains(" L4L "));
    assertThat(lines).contains("SPK-WW (LLC 0, SET, on hand 35, lot sizing Wagner-Whitin)");
  }

  private static Map<Integer, Integer> nonZero(List<BigDecimal> row) {
    Map<Integer, Integer> m = new TreeMap<>();
    List<BigDecimal> values = new ArrayList<>(row);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).signum() != 0) {
        m.put(i + 1, values.get(i).intValueExact());
      }
    }
    return m;
  }
}

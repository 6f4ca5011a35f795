package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.internal.ReferenceMrpEngine;
import org.junit.jupiter.api.Test;

/**
 * The fixed-point engine against the decimal engine it replaced (kept in the tests as an oracle): on
 * random problems with decimal quantities, scrap, yield, per-unit lead times, effectivity, negative
 * available stock, forecasts, overdue receipts and every lot-sizing rule, both give the same records,
 * planned orders, allocations and action messages — or the same rejection.
 */
class FixedPointEngineProperties {

  @Test
  void the_fixed_point_engine_plans_exactly_what_the_decimal_engine_plans() {
    qt().withExamples(300).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = decimalProblem(tape);
      Either<Rejection, MrpResult> fast = Mrp.run(p);
      Either<Rejection, ReferenceMrpEngine.Outcome> ref = ReferenceMrpEngine.run(p);
      assertThat(fast.isRight()).as("planned: %s / %s", fast, ref).isEqualTo(ref.isRight());
      if (ref.isLeft()) {
        assertThat(fast.getLeft()).isEqualTo(ref.getLeft());
        return;
      }
      MrpResult r = fast.get();
      ReferenceMrpEngine.Outcome o = ref.get();
      assertThat(r.records()).isEqualTo(o.records());
      assertThat(r.plannedOrders()).isEqualTo(o.plannedOrders());
      assertThat(r.allocations()).isEqualTo(o.allocations());
      assertThat(r.actionMessages()).isEqualTo(o.actionMessages());
    });
  }

  @Test
  void integer_problems_plan_the_same_in_both_engines() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      Either<Rejection, MrpResult> fast = Mrp.run(p);
      Either<Rejection, ReferenceMrpEngine.Outcome> ref = ReferenceMrpEngine.run(p);
      assertThat(fast.isRight()).isEqualTo(ref.isRight());
      if (ref.isRight()) {
        assertThat(fast.get().plannedOrders()).isEqualTo(ref.get().plannedOrders());
        assertThat(fast.get().allocations()).isEqualTo(ref.get().allocations());
        assertThat(fast.get().actionMessages()).isEqualTo(ref.get().actionMessages());
      } else {
        assertThat(fast.getLeft()).isEqualTo(ref.getLeft());
      }
    });
  }

  @Test
  void a_quantity_beyond_the_exact_range_is_rejected_not_rounded() {
    PlanningItem a = PlanningItem.builder().sku(Sku.of("A")).unit(Unit.PCS).build();
    Demand d = Demand.ofOrderLine(OrderId.of("SO-1"), 1, Sku.of("A"), Quantity.of("90000000000000", Unit.PCS),
        Plans.week(2), CustomerTier.A);
    MrpProblem p = MrpProblem.builder().items(List.of(a)).bom(BillOfMaterials.of(List.of()).get())
        .demands(List.of(d)).calendar(Plans.weeks(4)).build();
    Rejection r = Mrp.run(p).getLeft();
    assertThat(r.code()).isEqualTo(Mrp.QUANTITY_OUT_OF_RANGE);
    assertThat(r.message()).contains("9.2 × 10^12");
  }

  @Test
  void a_large_but_representable_plan_is_exact() {
    PlanningItem a = PlanningItem.builder().sku(Sku.of("A")).unit(Unit.KG).leadTimePeriods(1).build();
    PlanningItem b = PlanningItem.builder().sku(Sku.of("B")).unit(Unit.KG).build();
    BomLine l = BomLine.of(Sku.of("A"), Sku.of("B"), new BigDecimal("0.333333"));
    Demand d = Demand.ofOrderLine(OrderId.of("SO-1"), 1, Sku.of("A"), Quantity.of("1000000000.123456", Unit.KG),
        Plans.week(3), CustomerTier.A);
    MrpProblem p = MrpProblem.builder().items(List.of(a, b)).bom(BillOfMaterials.of(List.of(l)).get())
        .demands(List.of(d)).calendar(Plans.weeks(4)).build();
    MrpResult r = Mrp.run(p).get();
    // 1,000,000,000.123456 × 0.333333 = 333,333,000.041151…, rounded up to 6 decimals
    assertThat(r.record(Sku.of("B")).get().gross().get(2)).isEqualByComparingTo("333333000.041152");
    assertThat(r.plannedOrders()).isEqualTo(ReferenceMrpEngine.run(p).get().plannedOrders());
  }

  /** A random problem with decimals everywhere the model allows them. */
  static MrpProblem decimalProblem(List<Integer> tape) {
    RandomPlans.Tape t = new RandomPlans.Tape(tape);
    int n = 2 + t.next(5);
    int periods = 4 + t.next(7);
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (t.next(3) == 0) {
          BigDecimal per = BigDecimal.valueOf(1 + t.next(3000), 3);
          BomLine l = BomLine.of(Sku.of("I" + i), Sku.of("I" + j), per);
          if (t.next(4) == 0) {
            l = l.withScrapPercent(BigDecimal.valueOf(t.next(1000), 2));
          }
          if (t.next(6) == 0) {
            l = l.withEffectivity(Plans.week(1 + t.next(periods)), Plans.week(periods + 1));
          }
          lines.add(l);
        }
      }
    }
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit unit = t.next(2) == 0 ? Unit.KG : Unit.PCS;
      PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of("I" + i)).unit(unit).leadTimePeriods(t.next(3))
          .lotSizing(RandomPlans.rule(t)).orderingCostPerOrder(Money.of(String.valueOf(10 + t.next(90)), "USD"))
          .holdingCostPerUnitPeriod(Money.of("0.5", "USD"));
      if (t.next(5) == 0) {
        b.leadTimePerUnit(BigDecimal.valueOf(1 + t.next(5), 2));
      }
      if (t.next(3) == 0) {
        b.safetyStock(q(unit, t.next(2000), 2));
      }
      if (t.next(4) == 0) {
        b.orderMinimum(q(unit, 500 + t.next(1000), 2));
      }
      if (t.next(4) == 0) {
        b.orderMultiple(q(unit, 150 + t.next(400), 2));
      }
      if (t.next(5) == 0) {
        b.orderMaximum(q(unit, 3000 + t.next(4000), 2));
      }
      if (t.next(4) == 0) {
        b.yieldPercent(BigDecimal.valueOf(8000 + t.next(2001), 2));
      }
      boolean hasComponents = false;
      for (BomLine l : lines) {
        hasComponents |= l.parent().equals(Sku.of("I" + i));
      }
      if (hasComponents && t.next(6) == 0) {
        b.phantom(true);
      }
      items.add(b.build());
    }
    List<InventoryPosition> stock = new ArrayList<>();
    List<ScheduledReceipt> receipts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Unit unit = items.get(i).unit();
      if (t.next(2) == 0) {
        stock.add(new InventoryPosition(Sku.of("I" + i), q(unit, t.next(3000), 2), q(unit, t.next(3) == 0 ? t.next(4000) : 0, 2)));
      }
      if (t.next(3) == 0) {
        receipts.add(ScheduledReceipt.purchase("PO-" + i, Sku.of("I" + i), q(unit, 1 + t.next(3000), 2),
            Plans.week(t.next(periods + 1)).minusDays(t.next(2) * 3L)));
      }
      if (t.next(5) == 0) {
        receipts.add(ScheduledReceipt.production("MO-" + i, Sku.of("I" + i), q(unit, 1 + t.next(3000), 2),
            Plans.week(1 + t.next(periods))));
      }
    }
    List<Demand> demands = new ArrayList<>();
    int count = 1 + t.next(5);
    for (int d = 0; d < count; d++) {
      int item = t.next(2) == 0 ? 0 : t.next(n);
      Unit unit = items.get(item).unit();
      if (t.next(5) == 0) {
        demands.add(Demand.forecast(DemandId.of("FC-" + d), Sku.of("I" + item), q(unit, 1 + t.next(5000), 2),
            Plans.week(1 + t.next(periods))));
      } else {
        demands.add(Demand.ofOrderLine(OrderId.of("SO-" + d), 1 + t.next(2), Sku.of("I" + item),
            q(unit, 1 + t.next(5000), 2), Plans.week(1 + t.next(periods)), CustomerTier.values()[t.next(4)]));
      }
    }
    return MrpProblem.builder().items(items).bom(BillOfMaterials.of(lines).get()).inventory(stock)
        .scheduledReceipts(receipts).demands(demands).calendar(Plans.weeks(periods)).build();
  }

  private static Quantity q(Unit unit, long unscaled, int scale) {
    BigDecimal v = BigDecimal.valueOf(unscaled, scale);
    return Quantity.of(unit.isCounted() ? v.setScale(0, java.math.RoundingMode.CEILING) : v, unit);
  }
}

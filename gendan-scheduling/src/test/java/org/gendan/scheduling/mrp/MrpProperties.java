package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.junit.jupiter.api.Test;

/** Invariants and metamorphic relations of the MRP run on random acyclic BOMs and demands. */
class MrpProperties {

  private static MrpResult run(MrpProblem p) {
    return Mrp.run(p).getOrElseThrow(r -> new AssertionError(r.toString()));
  }

  @Test
  void projected_on_hand_balances_and_never_falls_below_safety_stock() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpResult r = run(RandomPlans.problem(tape, false, 1));
      for (ItemRecord rec : r.records()) {
        for (int t = 1; t <= rec.periods(); t++) {
          BigDecimal expected = rec.projectedOnHandIn(t - 1).add(rec.scheduledReceiptsIn(t))
              .add(rec.plannedReceiptsIn(t)).subtract(rec.grossIn(t));
          assertThat(rec.projectedOnHandIn(t)).as(rec.sku() + " POH in " + t).isEqualByComparingTo(expected);
          assertThat(rec.projectedOnHandIn(t)).as(rec.sku() + " above safety stock in " + t)
              .isGreaterThanOrEqualTo(rec.safetyStock());
        }
      }
    });
  }

  @Test
  void net_requirement_is_gross_plus_safety_stock_minus_available_never_negative() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpResult r = run(RandomPlans.problem(tape, false, 1));
      for (ItemRecord rec : r.records()) {
        for (int t = 1; t <= rec.periods(); t++) {
          BigDecimal available = rec.projectedOnHandIn(t - 1).add(rec.scheduledReceiptsIn(t));
          BigDecimal net = rec.grossIn(t).add(rec.safetyStock()).subtract(available).max(BigDecimal.ZERO);
          assertThat(rec.netIn(t)).as(rec.sku() + " NR in " + t).isEqualByComparingTo(net);
          assertThat(rec.plannedReceiptsIn(t)).isGreaterThanOrEqualTo(rec.netIn(t));
        }
      }
    });
  }

  @Test
  void under_lot_for_lot_multiplying_demand_multiplies_every_gross_requirement_and_planned_quantity() {
    qt().withExamples(150).forAll(RandomPlans.tapes(), org.quicktheories.generators.SourceDSL.integers().between(2, 4))
        .checkAssert((tape, k) -> {
          MrpResult once = run(RandomPlans.problem(tape, true, 1));
          MrpResult scaled = run(RandomPlans.problem(tape, true, k));
          BigDecimal factor = BigDecimal.valueOf(k);
          for (ItemRecord a : once.records()) {
            ItemRecord b = scaled.record(a.sku()).orElseThrow();
            for (int t = 1; t <= a.periods(); t++) {
              assertThat(b.grossIn(t)).isEqualByComparingTo(a.grossIn(t).multiply(factor));
              assertThat(b.plannedReceiptsIn(t)).isEqualByComparingTo(a.plannedReceiptsIn(t).multiply(factor));
              assertThat(b.plannedReleasesIn(t)).isEqualByComparingTo(a.plannedReleasesIn(t).multiply(factor));
            }
          }
        });
  }

  @Test
  void every_supply_is_pegged_exactly_and_every_demand_is_fully_served() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      for (PlannedOrder o : r.plannedOrders()) {
        Quantity sum = o.pegs().stream().map(Peg::quantity).reduce(Quantity.zero(Unit.PCS), Quantity::plus);
        assertThat(sum).as("pegs of " + o.id()).isEqualByComparingTo(o.quantity());
      }
      Map<String, BigDecimal> bySupply = new HashMap<>();
      for (Allocation a : r.allocations()) {
        bySupply.merge(a.sku() + "|" + a.supplyId(), a.peg().quantity().value(), BigDecimal::add);
      }
      for (ScheduledReceipt sr : p.scheduledReceipts()) {
        assertThat(bySupply.get(sr.sku() + "|" + sr.id())).as("pegs of " + sr.id())
            .isEqualByComparingTo(sr.quantity().value());
      }
      for (ItemRecord rec : r.records()) {
        if (rec.onHand().signum() > 0) {
          assertThat(bySupply.get(rec.sku() + "|ON_HAND")).isEqualByComparingTo(rec.onHand());
        }
      }
      for (Demand d : p.demands()) {
        BigDecimal served = r.peggingOf(d.id()).stream().filter(a -> a.sku().equals(d.sku()))
            .map(a -> a.peg().quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(served).as("served " + d.id()).isEqualByComparingTo(d.quantity().value());
      }
    });
  }

  @Test
  void planned_orders_respect_the_order_minimum_multiple_and_maximum() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      for (PlanningItem it : p.items()) {
        for (PlannedOrder o : r.plannedOrdersOf(it.sku())) {
          BigDecimal q = o.quantity().value();
          assertThat(q).isGreaterThanOrEqualTo(it.orderMinimumValue());
          it.effectiveOrderMaximum().ifPresent(max -> assertThat(q).isLessThanOrEqualTo(max));
          it.orderMultipleValue().ifPresent(m -> assertThat(q.remainder(m)).isEqualByComparingTo("0"));
        }
      }
    });
  }

  @Test
  void the_result_is_deterministic_and_independent_of_input_order() {
    qt().withExamples(150).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult a = run(p);
      assertThat(run(p)).isEqualTo(a);
      assertThat(run(RandomPlans.reversed(p))).isEqualTo(a);
    });
  }

  @Test
  void components_are_planned_after_all_their_parents() {
    qt().withExamples(100).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      List<ItemRecord> records = run(p).records();
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        position.put(records.get(i).sku().value(), i);
      }
      p.bom().lines().forEach(l -> assertThat(position.get(l.parent().value()))
          .isLessThan(position.get(l.component().value())));
    });
  }

  @Test
  void order_readiness_accounts_for_every_purchased_quantity_pegged_to_the_order() {
    qt().withExamples(100).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      for (OrderReadiness ready : OrderReadiness.ofAll(p, r)) {
        BigDecimal pegged = r.peggingOf(ready.orderId()).stream()
            .filter(a -> a.supplyKind() != SupplyKind.PHANTOM)
            .map(a -> a.peg().quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal listed = ready.materials().stream().map(l -> l.quantity().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed).as("every item is bought in this generator").isEqualByComparingTo(pegged);
        assertThat(ready.materialReadyDate()).isAfterOrEqualTo(r.calendar().start());
        ready.materials().forEach(l -> assertThat(ready.materialReadyDate()).isAfterOrEqualTo(l.expectedDate()));
        assertThat(ready.isOnTime()).isEqualTo(ready.worstDaysLate() == 0);
      }
    });
  }
}

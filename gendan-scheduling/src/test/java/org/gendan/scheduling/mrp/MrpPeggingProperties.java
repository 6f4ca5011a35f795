package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.gendan.core.measure.Quantity;
import org.gendan.scheduling.bom.BomLine;
import org.junit.jupiter.api.Test;

/**
 * Single-level pegging adds up at every level, and the multi-level queries built on it (upwards from a
 * supply, downwards from a demand) agree with each other.
 */
class MrpPeggingProperties {

  /** Rounding of apportioned shares: one unit of the last of {@link Quantity#MAX_SCALE} decimals per level and peg. */
  private static final BigDecimal TOLERANCE = new BigDecimal("0.0001");

  private static MrpResult run(MrpProblem p) {
    return Mrp.run(p).getOrElseThrow(r -> new AssertionError(r.toString()));
  }

  @Test
  void the_pegs_to_a_parent_order_add_up_to_its_dependent_requirement_of_each_component() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      Map<String, BigDecimal> covered = new HashMap<>();
      for (Allocation a : r.allocations()) {
        a.peg().parent().filter(parent -> parent.kind() == SupplyKind.PLANNED_ORDER).ifPresent(parent -> covered.merge(parent.supplyId() + ">" + a.sku(),
            a.peg().quantity().value(), BigDecimal::add));
      }
      Map<String, BigDecimal> required = new HashMap<>();
      for (PlannedOrder o : r.plannedOrders()) {
        for (BomLine l : p.bom().componentsOf(o.sku())) {
          if (l.isEffectiveOn(o.releaseDate())) {
            BigDecimal q = o.releaseQuantity().value().multiply(l.quantityPerIncludingScrap())
                .setScale(Quantity.MAX_SCALE, RoundingMode.CEILING);
            required.merge(o.id() + ">" + l.component(), q, BigDecimal::add);
          }
        }
      }
      required.values().removeIf(q -> q.signum() == 0);
      for (Map.Entry<String, BigDecimal> e : required.entrySet()) {
        assertThat(covered.get(e.getKey())).as("requirement " + e.getKey()).isNotNull()
            .isEqualByComparingTo(e.getValue());
      }
      covered.keySet().forEach(k -> assertThat(required).as("pegged " + k).containsKey(k));
    });
  }

  @Test
  void an_order_never_needs_a_material_before_the_plan_does_and_its_readiness_is_never_later_for_it() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      for (Demand d : p.demands()) {
        org.gendan.core.order.OrderId order = d.orderId().orElseThrow();
        java.util.List<org.gendan.scheduling.mrp.internal.MrpPlan.Reached> reached = r.reach(order);
        assertThat(reached).extracting(x -> x.allocation()).containsExactlyElementsOf(r.peggingOf(order));
        for (org.gendan.scheduling.mrp.internal.MrpPlan.Reached x : reached) {
          assertThat(x.orderNeedPeriod()).isGreaterThanOrEqualTo(x.allocation().needPeriod());
          if (x.allocation().peg().demand().isPresent() && x.allocation().needPeriod() == r.calendar().periodOf(d.due())
              && x.allocation().sku().equals(d.sku())) {
            assertThat(x.orderNeedPeriod()).isEqualTo(x.allocation().needPeriod());
          }
        }
      }
    });
  }

  @Test
  void the_customer_order_pegs_of_every_planned_order_add_up_to_its_quantity() {
    qt().withExamples(200).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpResult r = run(RandomPlans.problem(tape, false, 1));
      for (PlannedOrder o : r.plannedOrders()) {
        BigDecimal sum = r.demandPegsOf(o).stream().map(peg -> peg.quantity().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("demand pegs of " + o.id()).isEqualByComparingTo(o.quantity().value());
        assertThat(r.demandPegsOf(o)).allSatisfy(peg -> assertThat(peg.isParent()).isFalse());
      }
    });
  }

  @Test
  void tracing_up_from_a_planned_order_and_down_from_a_demand_give_the_same_quantities() {
    qt().withExamples(150).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      Map<String, BigDecimal> down = new HashMap<>();
      for (Demand d : p.demands()) {
        for (Allocation a : r.peggingOf(d.id())) {
          if (a.supplyKind() == SupplyKind.PLANNED_ORDER) {
            down.merge(a.supplyId() + "|" + d.id(), a.peg().quantity().value(), BigDecimal::add);
          }
        }
      }
      Map<String, BigDecimal> up = new HashMap<>();
      for (PlannedOrder o : r.plannedOrders()) {
        for (Peg peg : r.demandPegsOf(o)) {
          peg.demand().ifPresent(d -> up.put(o.id() + "|" + d, peg.quantity().value()));
        }
      }
      for (String k : up.keySet()) {
        BigDecimal diff = up.get(k).subtract(down.getOrDefault(k, BigDecimal.ZERO)).abs();
        assertThat(diff).as("up and down for " + k).isLessThanOrEqualTo(TOLERANCE);
      }
      for (String k : down.keySet()) {
        BigDecimal diff = down.get(k).subtract(up.getOrDefault(k, BigDecimal.ZERO)).abs();
        assertThat(diff).as("down and up for " + k).isLessThanOrEqualTo(TOLERANCE);
      }
    });
  }

  @Test
  void a_demand_at_any_level_is_served_exactly_by_the_direct_pegs_of_its_item() {
    qt().withExamples(150).forAll(RandomPlans.tapes()).checkAssert(tape -> {
      MrpProblem p = RandomPlans.problem(tape, false, 1);
      MrpResult r = run(p);
      Map<DemandId, BigDecimal> direct = new HashMap<>();
      for (Allocation a : r.allocations()) {
        a.peg().demand().ifPresent(d -> direct.merge(d, a.peg().quantity().value(), BigDecimal::add));
      }
      for (Demand d : p.demands()) {
        assertThat(direct.get(d.id())).as(d.id().value()).isEqualByComparingTo(d.quantity().value());
      }
    });
  }
}

package org.gendan.scheduling.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wagner–Whitin against the heuristics and against brute force; every rule covers every requirement. */
class LotSizingProperties {

  private static final List<LotSizingRule> HEURISTICS = List.of(LotSizingRules.lotForLot(),
      LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(25)), LotSizingRules.minimum(BigDecimal.valueOf(30)),
      LotSizingRules.multiple(BigDecimal.valueOf(7)), LotSizingRules.periodOrderQuantity(2),
      LotSizingRules.periodOrderQuantity(3), LotSizingRules.economicOrderQuantity(), LotSizingRules.silverMeal(),
      LotSizingRules.leastUnitCost(), LotSizingRules.partPeriodBalancing());

  private static List<BigDecimal> decimals(List<Integer> v) {
    List<BigDecimal> out = new ArrayList<>();
    for (int x : v) {
      out.add(BigDecimal.valueOf(x));
    }
    return out;
  }

  @Test
  void wagner_whitin_never_costs_more_than_any_other_rule() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 14), integers().between(1, 200),
            integers().between(1, 5))
        .checkAssert((req, k, h) -> {
          List<BigDecimal> r = decimals(req);
          BigDecimal ww = LotSizing.plan(LotSizingRules.wagnerWhitin(), r, BigDecimal.valueOf(k), BigDecimal.valueOf(h))
              .totalCost();
          for (LotSizingRule rule : HEURISTICS) {
            BigDecimal other = LotSizing.plan(rule, r, BigDecimal.valueOf(k), BigDecimal.valueOf(h)).totalCost();
            assertThat(ww).as("WW vs " + rule.name()).isLessThanOrEqualTo(other);
          }
        });
  }

  @Test
  void wagner_whitin_equals_brute_force_on_tiny_horizons() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(1, 7), integers().between(1, 150),
            integers().between(1, 4))
        .checkAssert((req, k, h) -> {
          BigDecimal ww = LotSizing.plan(LotSizingRules.wagnerWhitin(), decimals(req), BigDecimal.valueOf(k),
              BigDecimal.valueOf(h)).totalCost();
          assertThat(ww).isEqualByComparingTo(BigDecimal.valueOf(bruteForce(req, k, h)));
        });
  }

  /** Least cost over every choice of order periods, each order covering until the next one. */
  private static long bruteForce(List<Integer> req, int k, int h) {
    int n = req.size();
    long best = Long.MAX_VALUE;
    for (int mask = 0; mask < (1 << n); mask++) {
      long cost = 0;
      boolean feasible = true;
      int lastOrder = -1;
      for (int t = 0; t < n; t++) {
        if ((mask & (1 << t)) != 0) {
          lastOrder = t;
          cost += k;
        }
        if (req.get(t) > 0) {
          if (lastOrder < 0) {
            feasible = false;
            break;
          }
          cost += (long) h * req.get(t) * (t - lastOrder);
        }
      }
      if (feasible) {
        best = Math.min(best, cost);
      }
    }
    return best == Long.MAX_VALUE ? 0 : best;
  }

  @Test
  void every_rule_covers_every_requirement_without_ever_running_short() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 14), integers().between(1, 200))
        .checkAssert((req, k) -> {
          List<LotSizingRule> all = new ArrayList<>(HEURISTICS);
          all.add(LotSizingRules.wagnerWhitin());
          for (LotSizingRule rule : all) {
            LotPlan plan = LotSizing.plan(rule, decimals(req), BigDecimal.valueOf(k), BigDecimal.ONE);
            plan.endInventory().forEach(e -> assertThat(e).as(rule.name()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
          }
        });
  }
}

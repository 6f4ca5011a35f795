package org.gendan.scheduling.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotSizingBadInputTest {

  private static final BigDecimal ONE = BigDecimal.ONE;

  @Test
  void the_planner_refuses_negative_requirements_and_costs_and_absurd_horizons() {
    assertThatThrownBy(() -> LotSizing.plan(LotSizingRules.lotForLot(), List.of(BigDecimal.valueOf(-1)), ONE, ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period 1 is negative");
    assertThatThrownBy(() -> LotSizing.plan(LotSizingRules.lotForLot(), List.of(ONE), BigDecimal.valueOf(-5), ONE))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> LotSizing.plan(LotSizingRules.lotForLot(), Collections.nCopies(10_001, ONE), ONE, ONE))
        .hasMessageContaining("10,000");
    assertThatThrownBy(() -> LotSizing.plan(null, List.of(ONE), ONE, ONE)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rule");
    assertThatThrownBy(() -> LotSizing.plan(LotSizingRules.lotForLot(), Arrays.asList(ONE, null), ONE, ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("net requirement");
  }

  @Test
  void a_context_needs_a_positive_need_now_and_no_negative_values() {
    assertThatThrownBy(() -> new LotSizingContext(List.of(), ONE, ONE, ONE)).hasMessageContaining("positive net requirement");
    assertThatThrownBy(() -> new LotSizingContext(List.of(BigDecimal.ZERO), ONE, ONE, ONE))
        .hasMessageContaining("positive net requirement");
    assertThatThrownBy(() -> new LotSizingContext(List.of(ONE, BigDecimal.valueOf(-2)), ONE, ONE, ONE))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new LotSizingContext(List.of(ONE), ONE, ONE, BigDecimal.valueOf(-1)))
        .hasMessageContaining("must not be negative");
  }

  @Test
  void the_eoq_model_needs_a_positive_demand_rate_and_holding_cost() {
    assertThatThrownBy(() -> new EconomicOrderQuantity(BigDecimal.ZERO, ONE, ONE, ONE)).hasMessageContaining("demand rate");
    assertThatThrownBy(() -> new EconomicOrderQuantity(ONE, ONE, ONE, BigDecimal.ZERO)).hasMessageContaining("holding cost");
    assertThatThrownBy(() -> new EconomicOrderQuantity(ONE, BigDecimal.valueOf(-1), ONE, ONE))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new EconomicOrderQuantity(ONE, ONE, ONE, ONE).costPerTime(BigDecimal.ZERO))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> EconomicOrderQuantity.optimalQuantity(ONE, ONE, BigDecimal.ZERO))
        .hasMessageContaining("positive holding cost");
    assertThatThrownBy(() -> LotSizingRules.minimum(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> LotSizingRules.multiple(BigDecimal.valueOf(-3))).hasMessageContaining("must be positive");
  }
}

package org.gendan.scheduling.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's lot depends only on the first {@link LotSizingRule#lookAheadPeriods()} periods of the profile. */
class LookAheadProperties {

  @Test
  void period_order_quantity_gives_the_same_lot_from_a_profile_cut_after_its_look_ahead() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 500)).ofSizeBetween(1, 40), integers().between(1, 12))
        .checkAssert((nets, p) -> {
          List<BigDecimal> profile = new ArrayList<>();
          profile.add(BigDecimal.valueOf(1 + nets.get(0)));
          for (int i = 1; i < nets.size(); i++) {
            profile.add(BigDecimal.valueOf(nets.get(i)));
          }
          LotSizingRule rule = LotSizingRules.periodOrderQuantity(p);
          assertThat(rule.lookAheadPeriods()).isEqualTo(p);
          List<BigDecimal> cut = profile.subList(0, Math.min(profile.size(), rule.lookAheadPeriods()));
          LotSizingContext full = new LotSizingContext(profile, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
          LotSizingContext shorter = new LotSizingContext(cut, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
          assertThat(rule.lotSize(shorter)).isEqualByComparingTo(rule.lotSize(full));
        });
  }
}

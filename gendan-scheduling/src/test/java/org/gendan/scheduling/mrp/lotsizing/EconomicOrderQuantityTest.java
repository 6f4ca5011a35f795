package org.gendan.scheduling.mrp.lotsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The two EOQ worked examples of the MRP oracle data, with a fixed and a variable ordering-cost part. */
class EconomicOrderQuantityTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void hillier_lieberman_speakers_order_25298_units_every_3_16_months_for_87589_47_per_month() {
    EconomicOrderQuantity eoq = new EconomicOrderQuantity(d("8000"), d("12000"), d("10"), d("0.30"));
    BigDecimal q = eoq.optimalQuantity();
    assertThat(q.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("25298");
    BigDecimal rounded = q.setScale(0, RoundingMode.HALF_UP);
    assertThat(eoq.cycleTime(rounded).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.16");
    assertThat(eoq.costPerTime(rounded).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("87589.47");
    assertThat(eoq.variableCostPerTime()).isEqualByComparingTo("80000");
    assertThat(eoq.setupCostPerTime(q).setScale(6, RoundingMode.HALF_UP))
        .as("at the optimum the setup part equals the holding part")
        .isEqualByComparingTo(eoq.holdingCostPerTime(q).setScale(6, RoundingMode.HALF_UP));
  }

  @Test
  void nahmias_pencils_order_3870_units_every_1_24_years_for_19_35_plus_62_40_purchase() {
    BigDecimal h = EconomicOrderQuantity.holdingCostFromRate(d("0.25"), d("0.02"));
    assertThat(h).isEqualByComparingTo("0.005");
    EconomicOrderQuantity eoq = new EconomicOrderQuantity(d("3120"), d("12"), d("0.02"), h);
    BigDecimal q = eoq.optimalQuantity();
    assertThat(q.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("3869.9");
    assertThat(q.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("3870");
    assertThat(eoq.cycleTime(q).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.24");
    assertThat(eoq.cycleTime(q).multiply(d("52")).setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("64.5");
    assertThat(eoq.setupCostPerTime(q).add(eoq.holdingCostPerTime(q)).setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("19.35");
    assertThat(eoq.variableCostPerTime()).isEqualByComparingTo("62.40");
  }
}

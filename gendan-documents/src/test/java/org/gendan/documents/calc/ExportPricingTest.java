package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.junit.jupiter.api.Test;

class ExportPricingTest {

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  /** The worked example of the reference: P 113.00, v = r = 13%, C_dom 4.00, E 7.10, F 0.50, i 0.8%, a 10%, p 10%. */
  static ExportPricing.Builder workedExample() {
    return ExportPricing.builder()
        .purchasePriceInclVat(Money.of("113.00", "CNY")).vatRate(dec("0.13")).rebateRate(dec("0.13"))
        .domesticCostPerUnit(Money.of("4.00", "CNY"))
        .exchangeRate(ExchangeRate.of("USD", "CNY", "7.10", LocalDate.of(2026, 11, 2)))
        .freightPerUnit(Money.of("0.50", "USD")).insuranceRate(dec("0.008")).profitRate(dec("0.10"));
  }

  @Test
  void the_worked_example_with_profit_on_the_price_comes_out_to_the_cent() {
    ExportQuote q = workedExample().build().quote().get();
    assertThat(q.rebate()).isEqualByComparingTo("13.00");
    assertThat(q.actualCost()).isEqualByComparingTo("100.00");
    assertThat(q.totalCost()).isEqualByComparingTo("104.00");
    assertThat(q.costInQuoteCurrency()).isEqualByComparingTo("14.6479");
    assertThat(q.fob()).isEqualTo(UnitPrice.of("16.28", "USD"));
    assertThat(q.fobExact()).isEqualByComparingTo("16.2754");
    assertThat(q.cfr()).isEqualTo(UnitPrice.of("16.83", "USD"));
    assertThat(q.cfrExact()).isEqualByComparingTo("16.8310");
    assertThat(q.cif()).isEqualTo(UnitPrice.of("17.00", "USD"));
    assertThat(q.cifExact()).isEqualByComparingTo("16.9972");
    assertThat(q.exchangeCost()).isEqualByComparingTo("6.3882");
    assertThat(q.profitAndLossRate()).isEqualByComparingTo("0.1114");
    assertThat(q.isProfitable()).isTrue();
  }

  @Test
  void the_cif_of_the_worked_example_leaves_exactly_the_cost_after_insurance_profit_and_freight() {
    ExportQuote q = workedExample().build().quote().get();
    BigDecimal cif = q.cifExact();
    BigDecimal rest = cif.subtract(dec("1.1").multiply(dec("0.008")).multiply(cif)).subtract(dec("0.10").multiply(cif))
        .subtract(dec("0.50")).subtract(q.costInQuoteCurrency());
    assertThat(rest.abs()).isLessThan(dec("0.0001"));
  }

  @Test
  void the_worked_example_with_markup_on_cost_comes_out_to_the_cent() {
    ExportQuote q = workedExample().profitConvention(ProfitConvention.MARKUP_ON_COST).build().quote().get();
    assertThat(q.fob()).isEqualTo(UnitPrice.of("16.11", "USD"));
    assertThat(q.cfr()).isEqualTo(UnitPrice.of("16.61", "USD"));
    assertThat(q.cif()).isEqualTo(UnitPrice.of("16.76", "USD"));
    assertThat(q.insuredAmount()).isEqualByComparingTo("18.44");
    assertThat(q.premium()).isEqualByComparingTo("0.1475");
  }

  @Test
  void a_lower_rebate_rate_raises_the_actual_cost() {
    ExportQuote q = workedExample().rebateRate(dec("0.09")).build().quote().get();
    assertThat(q.rebate()).isEqualByComparingTo("9.00");
    assertThat(q.actualCost()).isEqualByComparingTo("104.00");
  }

  @Test
  void insurance_conversions_match_the_textbook_exercise() {
    Money cfr = ExportPricing.cfrFromCif(Money.of("2000.00", "USD"), dec("0.10"), dec("0.006"), RoundingMode.HALF_UP);
    assertThat(cfr).isEqualTo(Money.of("1986.80", "USD"));
    assertThat(ExportPricing.cifFromCfr(cfr, dec("0.30"), dec("0.006"), RoundingMode.HALF_UP)).isEqualTo(Money.of("2002.42", "USD"));
  }

  @Test
  void commission_and_domestic_cost_rate_raise_the_price_and_cheap_items_quote_more_decimals() {
    ExportQuote base = workedExample().build().quote().get();
    ExportQuote withCommission = workedExample().commissionRate(dec("0.03")).build().quote().get();
    assertThat(withCommission.fobExact()).isGreaterThan(base.fobExact());
    // net receipts after commission equal the price without commission at the same margin structure
    assertThat(withCommission.fobExact().multiply(dec("0.97")).subtract(base.costInQuoteCurrency().divide(dec("0.87"), 10, RoundingMode.HALF_UP)
        .multiply(dec("0.97"))).abs()).isLessThan(dec("0.001"));
    ExportQuote withRate = workedExample().domesticCostRate(dec("0.02")).build().quote().get();
    assertThat(withRate.totalCost()).isEqualByComparingTo("106.26");
    ExportQuote fine = workedExample().priceScale(4).build().quote().get();
    assertThat(fine.fob()).isEqualTo(UnitPrice.of("16.2754", "USD"));
  }

  @Test
  void profit_commission_and_insurance_taking_the_whole_price_are_rejected() {
    var r = workedExample().profitRate(dec("0.6")).commissionRate(dec("0.4")).build().quote();
    assertThat(r.getLeft().code()).isEqualTo("PRICE_BUILD_UP_IMPOSSIBLE");
    assertThat(r.getLeft().message()).contains("报价无法核算");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> workedExample().purchasePriceInclVat(Money.of("0", "CNY")).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> workedExample().purchasePriceInclVat(Money.of("10", "EUR")).build()).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> workedExample().freightPerUnit(Money.of("1", "CNY")).build()).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> workedExample().domesticCostPerUnit(Money.of("1", "USD")).build()).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> workedExample().domesticCostPerUnit(Money.of("-1", "CNY")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workedExample().freightPerUnit(Money.of("-1", "USD")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workedExample().vatRate(dec("13")).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.13");
    assertThatThrownBy(() -> workedExample().rebateRate(dec("0.16")).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed");
    assertThatThrownBy(() -> workedExample().profitRate(dec("-0.1")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workedExample().insuranceRate(dec("0.5")).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> workedExample().priceScale(7).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExportPricing.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> workedExample().profitRate(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ExportPricing.cifFromCfr(Money.of("1", "USD"), dec("0.1"), dec("1"), RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExportPricing.cfrFromCif(null, dec("0.1"), dec("0.01"), RoundingMode.HALF_UP)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ExportPricing.cfrFromCif(Money.of("1", "USD"), dec("-0.1"), dec("0.01"), RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.gendan.documents.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExportPricingProperties {

  static Gen<ExportPricing> pricings() {
    return integers().between(100, 1_000_000).zip(integers().between(0, 13), integers().between(0, 500), integers().between(600, 750),
        (price, rebate, dom, rate) -> new int[] {price, rebate, dom, rate})
        .zip(integers().between(0, 300), integers().between(0, 15), integers().between(0, 30), integers().between(0, 1),
            (a, freight, ins, profit, conv) -> ExportPricing.builder()
                .purchasePriceInclVat(Money.ofMinor(java.util.Currency.getInstance("CNY"), a[0]))
                .vatRate(new BigDecimal("0.13")).rebateRate(BigDecimal.valueOf(a[1], 2))
                .domesticCostPerUnit(Money.ofMinor(java.util.Currency.getInstance("CNY"), a[2]))
                .exchangeRate(ExchangeRate.of("USD", "CNY", BigDecimal.valueOf(a[3], 2).toPlainString(), LocalDate.of(2026, 1, 1)))
                .freightPerUnit(Money.ofMinor(java.util.Currency.getInstance("USD"), freight))
                .insuranceRate(BigDecimal.valueOf(ins, 3)).profitRate(BigDecimal.valueOf(profit, 2))
                .profitConvention(ProfitConvention.values()[conv]).build());
  }

  @Test
  void fob_cfr_and_cif_never_decrease_along_the_chain() {
    qt().withExamples(300).forAll(pricings()).checkAssert(p -> {
      ExportQuote q = p.quote().get();
      assertThat(q.cfrExact()).isGreaterThanOrEqualTo(q.fobExact());
      assertThat(q.cifExact()).isGreaterThanOrEqualTo(q.cfrExact());
      assertThat(q.fobExact()).isGreaterThanOrEqualTo(q.costInQuoteCurrency());
      assertThat(q.actualCost().add(q.rebate())).isEqualByComparingTo(p.purchasePriceInclVat().amount());
    });
  }

  @Test
  void the_cif_price_pays_for_insurance_profit_freight_and_cost() {
    qt().withExamples(300).forAll(pricings()).checkAssert(p -> {
      ExportQuote q = p.quote().get();
      BigDecimal cif = q.cifExact();
      BigDecimal insurance = cif.multiply(BigDecimal.ONE.add(p.insuranceMarkup())).multiply(p.insuranceRate());
      BigDecimal freight = p.freightPerUnit().get().amount();
      BigDecimal profit = p.profitConvention() == ProfitConvention.PERCENT_OF_PRICE
          ? cif.multiply(p.profitRate())
          : q.costInQuoteCurrency().multiply(p.profitRate());
      BigDecimal rest = cif.subtract(insurance).subtract(profit).subtract(freight).subtract(q.costInQuoteCurrency());
      assertThat(rest.abs()).isLessThan(new BigDecimal("0.001"));
    });
  }

  @Test
  void a_quote_is_profitable_exactly_when_its_profit_and_loss_rate_is_positive() {
    qt().withExamples(300).forAll(pricings()).checkAssert(p -> {
      ExportQuote q = p.quote().get();
      BigDecimal netFob = q.fob().amount();
      BigDecimal exactRate = netFob.multiply(p.exchangeRate().rate()).subtract(q.totalCost());
      if (exactRate.signum() != 0 && q.exchangeCost().compareTo(p.exchangeRate().rate()) != 0) {
        assertThat(q.isProfitable()).isEqualTo(exactRate.signum() > 0);
      }
      // the quoted price is the unrounded one rounded once to 2 decimals (fobExact itself is shown at 4)
      assertThat(q.fob().amount().subtract(q.fobExact()).abs()).isLessThanOrEqualTo(new BigDecimal("0.00505"));
      assertThat(q.fob().amount().scale()).isEqualTo(2);
    });
  }
}

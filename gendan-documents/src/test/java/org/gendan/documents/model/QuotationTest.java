package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.ExchangeRate;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.party.CountryCode;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.calc.ExportPricing;
import org.gendan.documents.calc.ExportQuote;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class QuotationTest {

  private static ExportQuote workedExample() {
    return ExportPricing.builder().purchasePriceInclVat(Money.of("113.00", "CNY")).vatRate(new BigDecimal("0.13"))
        .rebateRate(new BigDecimal("0.13")).domesticCostPerUnit(Money.of("4.00", "CNY"))
        .exchangeRate(ExchangeRate.of("USD", "CNY", "7.10", LocalDate.of(2026, 11, 2))).freightPerUnit(Money.of("0.50", "USD"))
        .insuranceRate(new BigDecimal("0.008")).profitRate(new BigDecimal("0.10")).build().quote().get();
  }

  private static Quotation quotation(IncotermRule rule, String place) {
    return Quotation.builder().number("QT-2026-031").date(LocalDate.of(2026, 11, 2)).validUntil(LocalDate.of(2026, 12, 2))
        .seller(DocumentSamples.sunrise().toParty()).buyer(new DocumentParty("Hansa Textil GmbH", Optional.empty(), CountryCode.of("DE")))
        .incoterm(Incoterm.of(rule, place)).currency(Money.currency("USD"))
        .addLines(QuotationLine.of(1, SampleData.tshirt(), workedExample(), rule, Optional.of(Quantity.of(2400, Unit.PCS))))
        .build();
  }

  @Test
  void a_quotation_prices_each_item_under_its_trade_term_from_the_build_up() {
    assertThat(quotation(IncotermRule.FOB, "NINGBO").lines().get(0).price()).isEqualTo(UnitPrice.of("16.28", "USD"));
    assertThat(quotation(IncotermRule.CFR, "HAMBURG").lines().get(0).price()).isEqualTo(UnitPrice.of("16.83", "USD"));
    Quotation cif = quotation(IncotermRule.CIF, "HAMBURG");
    assertThat(cif.lines().get(0).price()).isEqualTo(UnitPrice.of("17.00", "USD"));
    assertThat(cif.lines().get(0).packing()).contains("24 PCS/CTN, 60X40X45 CM");
    assertThat(GendanJson.read(GendanJson.write(cif), Quotation.class).get()).isEqualTo(cif);
    assertThat(HtmlRenderer.standard().render(cif)).contains("报价单").contains("USD 17.00").contains("2,400 PCS")
        .contains("CIF HAMBURG INCOTERMS 2020");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> QuotationLine.of(1, SampleData.tshirt(), workedExample(), IncotermRule.DDP, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DDP");
    assertThatThrownBy(() -> QuotationLine.of(1, null, workedExample(), IncotermRule.FOB, Optional.empty())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> QuotationLine.of(1, SampleData.tshirt(), workedExample(), IncotermRule.FOB, Optional.of(Quantity.of(0, Unit.PCS))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum order quantity");
    Quotation q = quotation(IncotermRule.FOB, "NINGBO");
    assertThatThrownBy(() -> q.withValidUntil(LocalDate.of(2026, 11, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> q.withCurrency(Money.currency("EUR"))).isInstanceOf(org.gendan.core.money.CurrencyMismatchException.class);
    assertThatThrownBy(() -> q.withLines(List.of(q.lines().get(0), q.lines().get(0)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> HtmlRenderer.standard().render((Quotation) null)).isInstanceOf(NullPointerException.class);
  }
}

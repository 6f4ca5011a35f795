package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.calc.ChineseAmountWords;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class TradeDocumentsTest {

  @Test
  void the_sample_order_gives_a_contract_pi_invoice_and_packing_list_that_agree() {
    DocumentSet d = DocumentSamples.documents();
    Money total = Money.of("24090.00", "USD"); // 4800 x 3.20 + 1800 x 4.85
    assertThat(d.contract().total()).isEqualTo(total);
    assertThat(d.contract().totalInWords()).isEqualTo("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND NINETY ONLY");
    assertThat(d.contract().number()).isEqualTo("SO-2026-0412");
    assertThat(d.contract().incoterm().toDocumentText()).isEqualTo("FOB NINGBO INCOTERMS 2020");
    assertThat(d.contract().lines().get(0).description()).isEqualTo("Men's cotton T-shirt, 100% cotton 180 g/m², crew neck, colour: navy");
    assertThat(d.proforma().instalmentAmounts()).containsExactly(Money.of("7227.00", "USD"), Money.of("16863.00", "USD"));
    assertThat(d.invoice().depositDeducted()).contains(Money.of("7227.00", "USD"));
    assertThat(d.invoice().amountDue()).isEqualTo(Money.of("16863.00", "USD"));
    assertThat(d.invoice().totalPackages()).isEqualTo(250);
    assertThat(d.invoice().shippingMarks().mainMarks()).containsExactly("HANSA", "HT-PO-88121", "HAMBURG", "C/NO. 1-250");
    assertThat(d.packingList().totalGrossWeight()).isEqualTo(Quantity.of(3300, Unit.KG));
    assertThat(d.packingList().lines()).extracting(PackingListLine::cartonRange).containsExactly("1-200", "201-250");
    assertThat(d.instalments().depositDeductionText()).contains("LESS 30% T/T DEPOSIT RECEIVED");
    assertThat(d.invoice().seller().name()).isEqualTo("Ningbo Sunrise Garment Co., Ltd.");
    assertThat(d.invoice().buyer().country()).isEqualTo(CountryCode.of("DE"));
  }

  @Test
  void every_document_survives_a_json_round_trip() {
    DocumentSet d = DocumentSamples.documents();
    assertThat(GendanJson.read(GendanJson.write(d.contract()), SalesContract.class).get()).isEqualTo(d.contract());
    assertThat(GendanJson.read(GendanJson.write(d.proforma()), ProformaInvoice.class).get()).isEqualTo(d.proforma());
    assertThat(GendanJson.read(GendanJson.write(d.invoice()), CommercialInvoice.class).get()).isEqualTo(d.invoice());
    assertThat(GendanJson.read(GendanJson.write(d.packingList()), PackingList.class).get()).isEqualTo(d.packingList());
    assertThat(GendanJson.read(GendanJson.write(DocumentSamples.sunrise()), CompanyProfile.class).get()).isEqualTo(DocumentSamples.sunrise());
  }

  @Test
  void a_cny_order_can_carry_its_total_in_chinese_capitals() {
    DocumentSet d = TradeDocuments.standard().withAmountWords(ChineseAmountWords.PBOC).of(
        org.gendan.core.order.SalesOrder.builder().from(SampleData.order()).currency(Money.currency("CNY")).lines(SampleData.order().lines().stream()
            .map(l -> l.withUnitPrice(org.gendan.core.money.UnitPrice.of("20.50", "CNY"))).toList()).build(),
        DocumentSamples.sunrise(), SampleData.hansa(), DocumentSamples.items(), DocumentSamples.issue()).get();
    assertThat(d.contract().totalInWords()).isEqualTo("人民币壹拾叁万伍仟叁佰元整");
  }

  @Test
  void an_incomplete_order_or_another_customer_is_rejected_naming_what_is_missing() {
    var incomplete = TradeDocuments.standard().of(SampleData.order().withIncoterm(Optional.empty()).withDestination(Optional.empty()),
        DocumentSamples.sunrise(), SampleData.hansa(), DocumentSamples.items(), DocumentSamples.issue());
    assertThat(incomplete.getLeft().code()).isEqualTo("ORDER_INCOMPLETE");
    assertThat(incomplete.getLeft().message()).contains("incoterm").contains("destination");
    Customer other = Customer.builder().from(SampleData.hansa()).id(CustomerId.of("C-OTHER")).build();
    assertThat(TradeDocuments.standard().of(SampleData.order(), DocumentSamples.sunrise(), other, DocumentSamples.items(), DocumentSamples.issue())
        .getLeft().code()).isEqualTo("CUSTOMER_MISMATCH");
    assertThat(TradeDocuments.standard().of(SampleData.order(), DocumentSamples.sunrise(), SampleData.hansa(), List.of(SampleData.tshirt()),
        DocumentSamples.issue()).getLeft().code()).isEqualTo("ITEM_UNKNOWN");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    TradeDocuments t = TradeDocuments.standard();
    assertThatThrownBy(() -> t.of(null, DocumentSamples.sunrise(), SampleData.hansa(), DocumentSamples.items(), DocumentSamples.issue()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    assertThatThrownBy(() -> t.of(SampleData.order(), null, SampleData.hansa(), DocumentSamples.items(), DocumentSamples.issue()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("company");
    assertThatThrownBy(() -> t.of(SampleData.order(), DocumentSamples.sunrise(), SampleData.hansa(), DocumentSamples.items(), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("issue");
    assertThatThrownBy(() -> t.withAmountWords(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DocumentIssue.builder().from(DocumentSamples.issue()).invoiceNumber(" ").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentIssue.builder().from(DocumentSamples.issue()).moreOrLessPercent(java.math.BigDecimal.valueOf(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentIssue.builder().from(DocumentSamples.issue()).proformaValidUntil(DocumentSamples.ISSUED.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> CompanyProfile.builder().from(DocumentSamples.sunrise()).nameEn(" ").build()).isInstanceOf(IllegalArgumentException.class);
    DocumentSet d = DocumentSamples.documents();
    assertThatThrownBy(() -> CommercialInvoice.copyOf(d.invoice()).withTotal(Money.of("1", "EUR")))
        .isInstanceOf(org.gendan.core.money.CurrencyMismatchException.class);
    assertThatThrownBy(() -> CommercialInvoice.copyOf(d.invoice()).withLines(List.of(d.invoice().lines().get(0), d.invoice().lines().get(0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> new GoodsLine(0, SampleData.TSHIRT, "x", Optional.empty(), Quantity.of(1, Unit.PCS),
        org.gendan.core.money.UnitPrice.of("1", "USD"), Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GoodsLine(1, SampleData.TSHIRT, "x", Optional.empty(), Quantity.of(1, Unit.PCS),
        org.gendan.core.money.UnitPrice.of("1", "USD"), Money.of("1", "EUR"))).isInstanceOf(org.gendan.core.money.CurrencyMismatchException.class);
    assertThatThrownBy(() -> new DocumentParty(" ", Optional.empty(), CountryCode.of("CN"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(GendanJson.read("{\"number\": \"X\"}", CommercialInvoice.class).isLeft()).isTrue();
  }
}

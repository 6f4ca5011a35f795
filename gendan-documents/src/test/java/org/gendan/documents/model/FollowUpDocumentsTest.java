package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gendan.core.json.GendanJson;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Supplier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.party.SupplierKind;
import org.gendan.core.product.Sku;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.render.PdfRenderer;
import org.gendan.documents.testing.DocumentGenerators;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FollowUpDocumentsTest {

  private final DocumentSet set = DocumentSamples.documents();
  private final FollowUpDocuments docs = FollowUpDocuments.standard();
  private final HtmlRenderer html = HtmlRenderer.standard();

  static Supplier factory() {
    return Supplier.builder().id(SupplierId.of("F-YINZHOU")).name("宁波鄞州织造厂").kind(SupplierKind.FACTORY).build();
  }

  static PurchaseTerms terms() {
    return PurchaseTerms.builder().number("PC-2026-0412").date(LocalDate.of(2026, 3, 5)).factory(factory())
        .putPrices(SampleData.TSHIRT, UnitPrice.of("19.80", "CNY")).putPrices(SampleData.POLO, UnitPrice.of("28.50", "CNY"))
        .deliveryDate(LocalDate.of(2026, 4, 20)).deliveryPlace("NINGBO WAREHOUSE").paymentTerms("月结30天 / 30 DAYS AFTER DELIVERY").build();
  }

  static ApplicationIssue application() {
    return ApplicationIssue.builder().number("BJ-2026-0412").date(LocalDate.of(2026, 4, 14)).manufacturer("宁波鄞州织造厂")
        .plannedShipmentDate(LocalDate.of(2026, 4, 30)).originCriterion("P").build();
  }

  static ShipmentPlan plan() {
    return ShipmentPlan.builder().number("SN-2026-0412").date(LocalDate.of(2026, 4, 20)).loadingDate(LocalDate.of(2026, 4, 27))
        .etd(LocalDate.of(2026, 4, 30)).bookingReference("SO-MSC-77812").vessel("MSC ANNA V.612W").addContainers("1 x 40HQ").build();
  }

  @Test
  void a_purchase_contract_mirrors_the_sales_contract_at_factory_prices_with_the_total_in_chinese_words() {
    PurchaseContract pc = docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), terms()).get();
    assertThat(pc.lines()).extracting(l -> l.sku().value() + " " + l.quantity() + " " + l.amount())
        .containsExactly("TS-1001 4800 PCS CNY 95040.00", "PL-2002 1800 PCS CNY 51300.00");
    assertThat(pc.total()).isEqualTo(Money.of("146340.00", "CNY"));
    assertThat(pc.totalInWords()).isEqualTo("人民币壹拾肆万陆仟叁佰肆拾元整");
    assertThat(pc.salesContractNumber()).isEqualTo(set.contract().number());
    assertThat(pc.shippingMarks()).isEqualTo(set.contract().shippingMarks());
    assertThat(pc.lines().get(0).description()).startsWith("男式全棉T恤 Men's cotton T-shirt");
    assertThat(pc.vatPercent()).isEqualByComparingTo("13");
    assertThat(html.render(pc)).contains("购货合同").contains("PURCHASE CONTRACT").contains("CNY 146,340.00")
        .contains("人民币壹拾肆万陆仟叁佰肆拾元整").contains("宁波鄞州织造厂").contains("NINGBO WAREHOUSE");
  }

  @Test
  void a_purchase_contract_is_refused_without_a_price_for_every_item_or_with_a_delivery_after_shipment() {
    PurchaseTerms noPolo = PurchaseTerms.copyOf(terms()).withPrices(Map.of(SampleData.TSHIRT, UnitPrice.of("19.80", "CNY")));
    assertThat(docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), noPolo).getLeft().code())
        .isEqualTo("PURCHASE_PRICE_MISSING");
    assertThat(docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), noPolo).getLeft().message()).contains("PL-2002");
    PurchaseTerms late = terms().withDeliveryDate(set.contract().latestShipmentDate().plusDays(1));
    assertThat(docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), late).getLeft().code())
        .isEqualTo("DELIVERY_AFTER_SHIPMENT");
  }

  @Test
  void the_shipment_notice_carries_the_packing_list_totals_marks_and_booking() {
    ShipmentNotice n = docs.shipmentNotice(set, plan()).get();
    assertThat(n.totalPackages()).isEqualTo(set.packingList().totalPackages());
    assertThat(n.grossWeight()).isEqualTo(set.packingList().totalGrossWeight());
    assertThat(n.shippingMarks()).isEqualTo(set.invoice().shippingMarks());
    assertThat(html.render(n)).contains("出货通知").contains("SHIPMENT NOTICE").contains("250").contains("3,300.00 KGS")
        .contains("1 x 40HQ").contains("SO-MSC-77812").contains("仓库 / WAREHOUSE").contains("201-250");
    ShipmentPlan late = plan().withEtd(set.contract().latestShipmentDate().plusDays(1));
    assertThat(docs.shipmentNotice(set, late).getLeft().code()).isEqualTo("LOADING_AFTER_SHIPMENT");
  }

  @Test
  void the_inspection_application_is_made_one_to_two_weeks_before_shipment_and_shows_what_the_voucher_will_show() {
    InspectionApplication a = docs.inspectionApplication(SampleData.order(), set, DocumentSamples.sunrise(), DocumentSamples.items(), application()).get();
    assertThat(a.applyFrom()).isEqualTo(LocalDate.of(2026, 4, 16));
    assertThat(a.applyBy()).isEqualTo(LocalDate.of(2026, 4, 23));
    assertThat(a.isLate()).isFalse();
    assertThat(a.voucherFirstItem()).isEqualTo("男式全棉T恤");
    assertThat(a.totalAmount()).isEqualTo(set.invoice().total());
    assertThat(a.lines()).extracting(ApplicationLine::packages).containsExactly(200L, 50L);
    assertThat(a.withDate(LocalDate.of(2026, 4, 24)).isLate()).isTrue();
    assertThat(html.render(a)).contains("出境货物报检").contains("男式全棉T恤").contains("USD 24,090.00").contains("2026-04-23")
        .contains("6109.10.0000").doesNotContain("APPLIED LESS THAN ONE WEEK");
  }

  @Test
  void an_order_not_under_statutory_inspection_needs_no_inspection_application() {
    SalesOrder free = SampleData.order().withStatutoryInspection(false);
    assertThat(docs.inspectionApplication(free, set, DocumentSamples.sunrise(), DocumentSamples.items(), application()).getLeft().code())
        .isEqualTo("NOT_STATUTORY_INSPECTION");
  }

  @Test
  void an_exchange_voucher_is_valid_about_three_months_usable_once_and_covers_at_most_its_amount() {
    InspectionVoucher v = new InspectionVoucher("310000226012345", Money.of("24090.00", "USD"), LocalDate.of(2026, 4, 20),
        ExchangeVoucherRules.usualValidUntil(LocalDate.of(2026, 4, 20)));
    assertThat(v.validUntil()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(ExchangeVoucherRules.check(v, LocalDate.of(2026, 4, 29), Money.of("23000.00", "USD"), false)).isEmpty();
    assertThat(ExchangeVoucherRules.check(v, LocalDate.of(2026, 7, 21), Money.of("24090.01", "USD"), true))
        .extracting(r -> r.code()).containsExactly("VOUCHER_EXPIRED", "VOUCHER_ALREADY_USED", "VOUCHER_AMOUNT_EXCEEDED");
    assertThat(ExchangeVoucherRules.check(v, LocalDate.of(2026, 4, 19), Money.of("100.00", "EUR"), false))
        .extracting(r -> r.code()).containsExactly("VOUCHER_NOT_YET_ISSUED", "VOUCHER_CURRENCY");
  }

  @Test
  void the_certificate_of_origin_form_follows_the_destination() {
    SalesOrder general = SampleData.order().withOriginCertificate(OriginCertificate.GENERAL_CO);
    OriginApplication co = docs.originApplication(general, set, DocumentSamples.items(), application()).get();
    assertThat(co.form()).isEqualTo(OriginCertificate.GENERAL_CO);
    assertThat(co.issuingBody()).isEqualTo(OriginForms.CCPIT);
    assertThat(co.originCriterion()).isEmpty();
    assertThat(co.applyBy()).isEqualTo(LocalDate.of(2026, 4, 23));
    assertThat(co.transport()).isEqualTo("FROM NINGBO TO HAMBURG BY SEA");
    assertThat(html.render(co)).contains("一般原产地证").contains("CCPIT").contains("C/NO. 1-250").contains("6105.10.0000");

    FollowUpDocuments gsp = docs.withOriginForms(OriginForms.withFormA(java.util.Set.of(CountryCode.of("DE"))));
    OriginApplication formA = gsp.originApplication(general, set, DocumentSamples.items(), application()).get();
    assertThat(formA.form()).isEqualTo(OriginCertificate.FORM_A);
    assertThat(formA.originCriterion()).contains("P");
    assertThat(html.render(formA)).contains("GSP FORM A");

    SalesOrder wantsFormA = SampleData.order().withOriginCertificate(OriginCertificate.FORM_A);
    assertThat(docs.originApplication(wantsFormA, set, DocumentSamples.items(), application()).getLeft().code()).isEqualTo("FORM_A_NOT_ACCEPTED");
    assertThat(docs.originApplication(SampleData.order(), set, DocumentSamples.items(), application()).getLeft().code()).isEqualTo("CO_NOT_REQUIRED");
    assertThat(docs.originApplication(SampleData.order().withOriginCertificate(OriginCertificate.OTHER), set, DocumentSamples.items(),
        application()).getLeft().code()).isEqualTo("CO_FORM_UNSUPPORTED");
  }

  @Test
  void every_follow_up_document_survives_a_json_round_trip() {
    PurchaseContract pc = docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), terms()).get();
    ShipmentNotice n = docs.shipmentNotice(set, plan()).get();
    InspectionApplication a = docs.inspectionApplication(SampleData.order(), set, DocumentSamples.sunrise(), DocumentSamples.items(), application()).get();
    OriginApplication co = docs.originApplication(SampleData.order().withOriginCertificate(OriginCertificate.GENERAL_CO), set,
        DocumentSamples.items(), application()).get();
    assertThat(GendanJson.read(GendanJson.write(pc), PurchaseContract.class).get()).isEqualTo(pc);
    assertThat(GendanJson.read(GendanJson.write(n), ShipmentNotice.class).get()).isEqualTo(n);
    assertThat(GendanJson.read(GendanJson.write(a), InspectionApplication.class).get()).isEqualTo(a);
    assertThat(GendanJson.read(GendanJson.write(co), OriginApplication.class).get()).isEqualTo(co);
  }

  @Test
  void markup_in_names_prints_as_text_in_the_follow_up_documents() {
    String evil = "<script>alert(1)</script>";
    PurchaseTerms t = terms().withFactory(Supplier.builder().from(factory()).name(evil).build());
    PurchaseContract pc = docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), t).get();
    assertThat(html.render(pc)).doesNotContain("<script>").contains("&lt;script&gt;");
    ShipmentNotice n = docs.shipmentNotice(set, plan().withRecipients(List.of(evil))).get();
    assertThat(html.render(n)).doesNotContain("<script>").contains("&lt;script&gt;");
    InspectionApplication a = docs.inspectionApplication(SampleData.order(), set, DocumentSamples.sunrise(), DocumentSamples.items(),
        application().withManufacturer(evil)).get();
    assertThat(html.render(a)).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void the_pdf_of_the_purchase_contract_reads_back_with_its_chinese_total() throws IOException {
    PdfRenderer pdf = PdfRenderer.standard();
    Assumptions.assumeTrue(pdf.font().isPresent(), "no CJK TrueType font installed (apt-get install fonts-wqy-microhei); skipping");
    PurchaseContract pc = docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), terms()).get();
    try (PDDocument doc = Loader.loadPDF(pdf.render(pc))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("购货合同").contains("CNY 146,340.00").contains("人民币壹拾肆万陆仟叁佰肆拾元整");
    }
  }

  @Test
  void for_any_order_the_purchase_total_is_the_sum_of_its_lines_and_the_applications_agree_with_the_invoice() {
    qt().withExamples(100).forAll(DocumentGenerators.orders(), integers().between(1, 9_999_999)).checkAssert((o, price) -> {
      DocumentSet s = TradeDocuments.standard().of(o.order(), DocumentSamples.sunrise(), SampleData.hansa(), o.items(), DocumentSamples.issue()).get();
      PurchaseTerms.Builder b = PurchaseTerms.builder().from(terms()).prices(Map.of());
      o.items().forEach(i -> b.putPrices(i.sku(), new UnitPrice(BigDecimal.valueOf(price, 2), Money.currency("CNY"))));
      PurchaseContract pc = docs.purchaseContract(s, DocumentSamples.sunrise(), o.items(), b.build()).get();
      assertThat(pc.total()).isEqualTo(Money.total(Money.currency("CNY"), pc.lines().stream().map(GoodsLine::amount).toList()));
      assertThat(pc.lines()).extracting(GoodsLine::quantity).containsExactlyElementsOf(s.contract().lines().stream().map(GoodsLine::quantity).toList());
      InspectionApplication a = docs.inspectionApplication(o.order(), s, DocumentSamples.sunrise(), o.items(), application()).get();
      assertThat(a.lines().stream().mapToLong(ApplicationLine::packages).sum()).isEqualTo(s.packingList().totalPackages());
      assertThat(Money.total(a.totalAmount().currency(), a.lines().stream().map(ApplicationLine::amount).toList())).isEqualTo(a.totalAmount());
      ShipmentNotice n = docs.shipmentNotice(s, plan()).get();
      assertThat(n.lines().stream().mapToLong(PackingListLine::cartons).sum()).isEqualTo(n.totalPackages());
      OriginApplication co = docs.originApplication(o.order().withOriginCertificate(OriginCertificate.GENERAL_CO), s, o.items(), application()).get();
      assertThat(co.totalPackages()).isEqualTo(s.invoice().totalPackages());
      assertThat(co.grossWeight()).isEqualTo(s.packingList().totalGrossWeight());
    });
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> docs.purchaseContract(null, DocumentSamples.sunrise(), DocumentSamples.items(), terms()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("set");
    assertThatThrownBy(() -> docs.shipmentNotice(set, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("plan");
    assertThatThrownBy(() -> terms().withPrices(Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no prices");
    assertThatThrownBy(() -> terms().withPrices(Map.of(Sku.of("A"), UnitPrice.of("1", "CNY"), Sku.of("B"), UnitPrice.of("1", "USD"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mix currencies");
    assertThatThrownBy(() -> terms().withVatPercent(BigDecimal.valueOf(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VAT");
    assertThatThrownBy(() -> terms().withDeliveryDate(LocalDate.of(2026, 3, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the contract date");
    assertThatThrownBy(() -> plan().withEtd(LocalDate.of(2026, 4, 26))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ETD");
    assertThatThrownBy(() -> ExchangeVoucherRules.check(null, LocalDate.of(2026, 4, 1), Money.of("1.00", "USD"), false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("voucher");
    assertThatThrownBy(() -> OriginForms.withFormA(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> docs.originApplication(SampleData.order(), set, DocumentSamples.items(), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("issue");
    assertThatThrownBy(() -> OriginApplication.builder().from(docs.originApplication(SampleData.order().withOriginCertificate(OriginCertificate.GENERAL_CO),
        set, DocumentSamples.items(), application()).get()).form(OriginCertificate.OTHER).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GENERAL_CO or FORM_A");
  }
}

package org.gendan.documents.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.gendan.core.review.Severity;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class ConsistencyCheckTest {

  private final DocumentSet d = DocumentSamples.documents();

  private PresentedDocuments.Builder all() {
    return PresentedDocuments.builder().contract(d.contract()).proforma(d.proforma()).invoice(d.invoice()).packingList(d.packingList());
  }

  private static CreditTerms.Builder credit() {
    return CreditTerms.builder().number("LC-HH-2026-77").amount(Money.of("24090.00", "USD"))
        .latestShipmentDate(LocalDate.of(2026, 5, 1)).expiryDate(LocalDate.of(2026, 5, 22))
        .beneficiary("NINGBO SUNRISE GARMENT CO., LTD.").beneficiaryCountry(CountryCode.of("CN"))
        .applicant("HANSA TEXTIL GMBH").applicantCountry(CountryCode.of("DE"))
        .goodsDescription("MEN'S COTTON T-SHIRT AND MEN'S POLO SHIRT").incoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"))
        .portOfLoading("NINGBO").portOfDischarge("HAMBURG").partialShipmentsAllowed(false);
  }

  /** An L/C invoice: no deposit deducted, the credit number quoted. */
  private CommercialInvoice lcInvoice() {
    return d.invoice().withDepositDeducted(Optional.empty()).withLcNumber("LC-HH-2026-77");
  }

  private static List<String> rules(List<ConsistencyFinding> findings) {
    return findings.stream().map(f -> f.rule().id() + " " + f.field()).toList();
  }

  @Test
  void documents_made_from_one_order_agree() {
    assertThat(ConsistencyCheck.check(all().build())).isEmpty();
  }

  @Test
  void documents_read_back_from_json_are_checked_the_same_way() {
    CommercialInvoice fromJson = GendanJson.read(GendanJson.write(d.invoice()), CommercialInvoice.class).get();
    PackingList plJson = GendanJson.read(GendanJson.write(d.packingList()), PackingList.class).get();
    assertThat(ConsistencyCheck.check(all().invoice(fromJson).packingList(plJson).build())).isEmpty();
  }

  @Test
  void a_wrong_line_amount_a_wrong_total_and_wrong_words_are_each_reported() {
    GoodsLine l1 = d.invoice().lines().get(0);
    GoodsLine wrong = new GoodsLine(l1.lineNo(), l1.sku(), l1.description(), l1.hsCode(), l1.quantity(), l1.unitPrice(), Money.of("15360.01", "USD"));
    CommercialInvoice ci = d.invoice().withLines(wrong, d.invoice().lines().get(1)).withTotalInWords("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND ONLY");
    List<ConsistencyFinding> f = ConsistencyCheck.check(PresentedDocuments.builder().invoice(ci).build());
    assertThat(rules(f)).contains("R-ARITHMETIC CI.lines[1].amount", "R-ARITHMETIC CI.total", "R-DRAFT-WORDS CI.totalInWords");
    assertThat(f).filteredOn(x -> x.field().equals("CI.lines[1].amount")).first()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("USD 15360.00"));
  }

  @Test
  void invoice_and_packing_list_must_not_conflict_on_packages_weights_quantities_and_marks() {
    PackingList pl = d.packingList().withTotalGrossWeight(Quantity.of(3310, Unit.KG))
        .withShippingMarks(ShippingMarks.of("HANSA", "HT-PO-88121", "BREMEN", "C/NO. 1-250"));
    List<ConsistencyFinding> f = ConsistencyCheck.check(all().packingList(pl).build());
    assertThat(rules(f)).contains("R-PL-TOTALS PL.totalGrossWeight", "R-CI-TOTALS PL.totalGrossWeight", "R-DATA PL.shippingMarks");
    assertThat(f).allSatisfy(x -> assertThat(x.article()).isNotBlank());
    assertThat(f).filteredOn(x -> x.rule() == ConsistencyRule.R_PL_TOTALS).first().satisfies(x -> assertThat(x.article()).isEqualTo("ISBP 821 M6"));
  }

  @Test
  void packing_list_lines_must_add_up_and_number_cartons_consecutively() {
    PackingListLine l2 = d.packingList().lines().get(1);
    PackingListLine badRange = new PackingListLine(l2.lineNo(), l2.sku(), l2.description(), l2.quantity(), l2.unitsPerCarton(), l2.cartons(),
        "200-249", l2.netWeight(), l2.grossWeight(), l2.measurement());
    List<ConsistencyFinding> f = ConsistencyCheck.check(PresentedDocuments.builder().packingList(d.packingList().withLines(d.packingList().lines().get(0), badRange)).build());
    assertThat(rules(f)).containsExactly("R-PL-TOTALS PL.lines[2].cartonRange");
    PackingListLine tooFew = new PackingListLine(l2.lineNo(), l2.sku(), l2.description(), l2.quantity(), l2.unitsPerCarton(), 49,
        "201-249", l2.netWeight(), l2.grossWeight(), l2.measurement());
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().packingList(d.packingList().withLines(d.packingList().lines().get(0), tooFew)).build())))
        .contains("R-PL-TOTALS PL.lines[2].cartons", "R-PL-TOTALS PL.totalPackages");
  }

  @Test
  void the_invoice_may_vary_within_the_more_or_less_clause_but_not_beyond() {
    GoodsLine l1 = d.invoice().lines().get(0);
    GoodsLine more = new GoodsLine(1, l1.sku(), l1.description(), l1.hsCode(), Quantity.of(5040, Unit.PCS), l1.unitPrice(), Money.of("16128.00", "USD"));
    GoodsLine tooMuch = new GoodsLine(1, l1.sku(), l1.description(), l1.hsCode(), Quantity.of(5041, Unit.PCS), l1.unitPrice(), Money.of("16131.20", "USD"));
    CommercialInvoice within = d.invoice().withLines(more, d.invoice().lines().get(1)).withTotal(Money.of("24858.00", "USD"))
        .withTotalInWords("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND EIGHT HUNDRED FIFTY-EIGHT ONLY");
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().contract(d.contract()).invoice(within).build())).isEmpty();
    CommercialInvoice beyond = within.withLines(tooMuch, d.invoice().lines().get(1)).withTotal(Money.of("24861.20", "USD"))
        .withTotalInWords("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND EIGHT HUNDRED SIXTY-ONE AND CENTS TWENTY ONLY");
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().contract(d.contract()).invoice(beyond).build())))
        .containsExactly("R-MORE-OR-LESS CI.lines[1].quantity");
  }

  @Test
  void a_changed_unit_price_currency_or_trade_term_against_the_contract_is_an_error() {
    GoodsLine l1 = d.invoice().lines().get(0);
    GoodsLine cheaper = new GoodsLine(1, l1.sku(), l1.description(), l1.hsCode(), l1.quantity(), UnitPrice.of("3.10", "USD"), Money.of("14880.00", "USD"));
    CommercialInvoice ci = d.invoice().withLines(cheaper, d.invoice().lines().get(1)).withTotal(Money.of("23610.00", "USD"))
        .withTotalInWords("SAY U.S. DOLLARS TWENTY-THREE THOUSAND SIX HUNDRED TEN ONLY").withIncoterm(Incoterm.of(IncotermRule.FOB, "SHANGHAI"));
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().contract(d.contract()).invoice(ci).build())))
        .contains("R-DATA CI.lines[1].unitPrice", "R-DATA CI.incoterm", "R-TERM-PLACE CI.incoterm");
  }

  @Test
  void goods_not_in_the_contract_are_goods_not_called_for() {
    GoodsLine extra = new GoodsLine(3, d.invoice().lines().get(0).sku(), "FREE SAMPLES", Optional.empty(), Quantity.of(10, Unit.PCS),
        UnitPrice.of("0", "USD"), Money.of("0", "USD"));
    CommercialInvoice ci = d.invoice().withLines(d.invoice().lines().get(0), d.invoice().lines().get(1), extra);
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().contract(d.contract()).invoice(ci).build())))
        .containsExactly("R-CI-EXTRA CI.lines[3]");
  }

  @Test
  void a_proforma_that_differs_from_the_contract_or_whose_instalments_do_not_add_up_is_reported() {
    ProformaInvoice pi = d.proforma().withInstalmentAmounts(Money.of("7227.00", "USD"), Money.of("16863.01", "USD"))
        .withIncoterm(Incoterm.of(IncotermRule.CIF, "HAMBURG"));
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().contract(d.contract()).proforma(pi).build())))
        .containsExactly("R-ARITHMETIC PI.instalmentAmounts", "R-DATA PI.incoterm");
  }

  @Test
  void a_clean_lc_presentation_has_only_information_findings() {
    List<ConsistencyFinding> f = ConsistencyCheck.check(all().invoice(lcInvoice()).credit(credit().build())
        .presentationDate(LocalDate.of(2026, 5, 8)).build());
    assertThat(f).isEmpty();
  }

  @Test
  void the_credit_checks_currency_parties_amount_term_description_and_title() {
    CommercialInvoice ci = lcInvoice().withTitle("PROFORMA INVOICE").withLcNumber("LC-HH-2026-78");
    CreditTerms lc = credit().beneficiary("NINGBO SUNSET GARMENT CO., LTD.").amount(Money.of("24000.00", "USD"))
        .goodsDescription("LADIES SILK BLOUSES").incoterm(Incoterm.of(IncotermRule.CFR, "HAMBURG")).build();
    List<ConsistencyFinding> f = ConsistencyCheck.check(PresentedDocuments.builder().invoice(ci).credit(lc).build());
    assertThat(rules(f)).contains("R-CI-TITLE CI.title", "R-CI-ISSUER CI.seller", "R-CI-AMOUNT CI.amountDue", "R-CI-TERM CI.incoterm",
        "R-DESC-CI CI.lines.description", "R-LC-NO CI.lcNumber");
    assertThat(f).filteredOn(x -> x.rule() == ConsistencyRule.R_LC_NO).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    CreditTerms eur = credit().amount(Money.of("24090.00", "EUR")).build();
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(eur).build()))).contains("R-CI-CCY CI.currency");
  }

  @Test
  void about_allows_ten_percent_and_an_excess_invoice_paid_only_up_to_the_credit_is_a_warning() {
    CreditTerms about = credit().amount(Money.of("22000.00", "USD")).about(true).build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(about).build())).isEmpty();
    CreditTerms tight = credit().amount(Money.of("20000.00", "USD")).partialShipmentsAllowed(true).build();
    CommercialInvoice excessPaidByDeposit = lcInvoice().withDepositDeducted(Money.of("4090.00", "USD"));
    List<ConsistencyFinding> f = ConsistencyCheck.check(PresentedDocuments.builder().invoice(excessPaidByDeposit).credit(tight).build());
    assertThat(f).extracting(ConsistencyFinding::severity, x -> x.rule().id()).containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "R-CI-AMOUNT"));
  }

  @Test
  void quantities_in_pieces_have_no_tolerance_but_bulk_quantities_have_five_percent() {
    CreditTerms pieces = credit().quantity(Quantity.of(6500, Unit.PCS)).build();
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(pieces).build())))
        .containsExactly("R-CI-EXTRA CI.lines.quantity");
    CreditTerms piecesAbout = credit().quantity(Quantity.of(6500, Unit.PCS)).about(true).build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(piecesAbout).build())).isEmpty();
    GoodsLine l1 = d.invoice().lines().get(0);
    GoodsLine bulk = new GoodsLine(1, l1.sku(), l1.description(), l1.hsCode(), Quantity.of(1040, Unit.KG), UnitPrice.of("5", "USD"), Money.of("5200.00", "USD"));
    CommercialInvoice kilos = lcInvoice().withLines(bulk).withTotal(Money.of("5200.00", "USD")).withTotalInWords("SAY U.S. DOLLARS FIVE THOUSAND TWO HUNDRED ONLY");
    CreditTerms tonne = credit().quantity(Quantity.of(1, Unit.MT)).amount(Money.of("5200.00", "USD")).goodsDescription("T-SHIRT").build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(kilos).credit(tonne).build())).isEmpty();
    CreditTerms tonneTight = credit().quantity(Quantity.of("0.98", Unit.MT)).amount(Money.of("5200.00", "USD")).goodsDescription("T-SHIRT").build();
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(kilos).credit(tonneTight).build())))
        .containsExactly("R-QTY-5 CI.lines.quantity");
  }

  @Test
  void a_short_drawing_with_partial_shipments_prohibited_is_allowed_up_to_five_percent() {
    CreditTerms bigger = credit().amount(Money.of("25300.00", "USD")).build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(bigger).build())).isEmpty();
    CreditTerms tooBig = credit().amount(Money.of("25400.00", "USD")).build();
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(tooBig).build())))
        .containsExactly("R-AMT-5LESS CI.amountDue");
  }

  @Test
  void shipment_after_the_latest_date_and_late_or_expired_presentation_are_errors() {
    CommercialInvoice late = lcInvoice().withShipmentDate(LocalDate.of(2026, 5, 2));
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(late).credit(credit().build()).build())))
        .containsExactly("R-SHIP-LATEST CI.shipmentDate");
    // shipped 2026-04-30 + 21 = 2026-05-21 (Thursday); expiry 2026-05-22
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(credit().build())
        .presentationDate(LocalDate.of(2026, 5, 22)).build()))).containsExactly("R-PRESENT-21 presentationDate");
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(credit().expiryDate(LocalDate.of(2026, 5, 12)).build())
        .presentationDate(LocalDate.of(2026, 5, 13)).build()))).containsExactly("R-EXPIRY presentationDate");
  }

  @Test
  void an_expiry_on_a_bank_holiday_moves_to_the_next_banking_day_but_the_latest_shipment_date_never_moves() {
    // 2026-05-16 is a Saturday: presentation on Monday 18th is in time
    CreditTerms weekend = credit().expiryDate(LocalDate.of(2026, 5, 16)).build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(weekend).presentationDate(LocalDate.of(2026, 5, 18)).build())).isEmpty();
    CreditTerms holiday = credit().expiryDate(LocalDate.of(2026, 5, 15)).addBankClosedDays(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 18)).build();
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(holiday).presentationDate(LocalDate.of(2026, 5, 19)).build())).isEmpty();
    CreditTerms shipOnSaturday = credit().latestShipmentDate(LocalDate.of(2026, 4, 25)).build();
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(lcInvoice()).credit(shipOnSaturday).build())))
        .containsExactly("R-SHIP-LATEST CI.shipmentDate");
  }

  @Test
  void a_document_dated_after_presentation_is_an_error() {
    CommercialInvoice postDated = lcInvoice().withDate(LocalDate.of(2026, 5, 9));
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(postDated).credit(credit().build())
        .presentationDate(LocalDate.of(2026, 5, 8)).build()))).containsExactly("R-DOC-DATE CI.date");
  }

  @Test
  void the_exchange_voucher_must_be_valid_unused_and_cover_the_invoice_amount() {
    InspectionVoucher ok = new InspectionVoucher("310000126000001", Money.of("30000.00", "USD"), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 7, 19));
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().invoice(d.invoice()).voucher(ok).build())).isEmpty();
    InspectionVoucher small = new InspectionVoucher("310000126000002", Money.of("20000.00", "USD"), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 4, 19));
    assertThat(rules(ConsistencyCheck.check(PresentedDocuments.builder().invoice(d.invoice()).voucher(small).voucherAlreadyUsed(true).build())))
        .containsExactly("R-VOUCHER-ONCE voucher.number", "R-VOUCHER-VALID CI.shipmentDate", "R-VOUCHER-AMOUNT CI.total");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> ConsistencyCheck.check(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("docs");
    assertThatThrownBy(() -> ConsistencyCheck.hasErrors(null)).isInstanceOf(NullPointerException.class);
    assertThat(ConsistencyCheck.check(PresentedDocuments.builder().build())).isEmpty();
    assertThatThrownBy(() -> credit().amount(Money.of("0", "USD")).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> credit().about(true).tolerancePercent(BigDecimal.TEN).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> credit().presentationDays(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credit().quantity(Quantity.of(-1, Unit.PCS)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credit().beneficiary(" ").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> credit().tolerancePercent(BigDecimal.valueOf(-5)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConsistencyFinding(Severity.ERROR, ConsistencyRule.R_DATA, List.of(), " ", "", "", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ConsistencyCheck.hasErrors(List.of())).isFalse();
    assertThat(GendanJson.read(GendanJson.write(credit().build()), CreditTerms.class).get()).isEqualTo(credit().build());
  }

  @Test
  void a_whole_presentation_read_from_json_is_checked_like_the_original() {
    InspectionVoucher small = new InspectionVoucher("310000126000002", Money.of("20000.00", "USD"), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 4, 19));
    PresentedDocuments docs = all().invoice(lcInvoice().withShipmentDate(LocalDate.of(2026, 5, 3))).credit(credit().build()).voucher(small)
        .presentationDate(LocalDate.of(2026, 5, 8)).build();
    PresentedDocuments back = GendanJson.read(GendanJson.write(docs), PresentedDocuments.class).get();
    assertThat(back).isEqualTo(docs);
    List<ConsistencyFinding> findings = ConsistencyCheck.check(back);
    assertThat(findings).isEqualTo(ConsistencyCheck.check(docs));
    assertThat(ConsistencyCheck.hasErrors(findings)).isTrue();
    assertThat(rules(findings)).contains("R-SHIP-LATEST CI.shipmentDate", "R-VOUCHER-VALID CI.shipmentDate", "R-VOUCHER-AMOUNT CI.total");
  }
}

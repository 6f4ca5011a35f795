package org.gendan.documents.check;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.review.Severity;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.documents.calc.AmountWords;
import org.gendan.documents.calc.ChineseAmountWords;
import org.gendan.documents.calc.EnglishAmountWords;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentParty;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.model.SalesContract;

/**
 * The cross-document consistency check (单证一致): examines the documents given and returns every
 * finding, never stopping at the first.
 *
 * <p>What is checked, per rule ({@link ConsistencyRule} gives the article):
 * <ul>
 *   <li>each document on its own: line amounts = quantity × unit price (HALF_UP), total = Σ lines,
 *       words = figures, instalments add up to the total, packing-list totals = Σ lines with
 *       consecutive carton numbers and G.W. ≥ N.W., the trade term's named place of the right kind;</li>
 *   <li>invoice against contract and proforma: currency, trade term, ports, marks, parties, unit
 *       prices, descriptions, quantities and total within the more-or-less clause, no goods not
 *       contracted, shipment by the contract's latest date;</li>
 *   <li>invoice against packing list: packages, weights, measurement, quantities per line, marks,
 *       ports, parties, invoice number;</li>
 *   <li>against the credit: currency, beneficiary and applicant (and their countries), amount with
 *       "about" ±10% or the stated tolerance (excess invoice WARNING, excess drawing ERROR), quantity
 *       with ±10% ("about") or ±5% for bulk units only, partial and short shipments, description,
 *       trade term, ports, credit number (INFO), latest shipment date (never extended), presentation
 *       within the period after shipment and not after expiry, both moved to the next banking day,
 *       no document dated after presentation, invoice title;</li>
 *   <li>booking request against packing list and invoice: packages, gross weight, measurement, marks,
 *       ports, invoice number;</li>
 *   <li>against the exchange voucher: shipment within validity, single use, invoice amount not above
 *       the voucher amount.</li>
 * </ul>
 * Text is compared normalised (upper case, letters and digits only); an open carton range
 * {@code 1-UP} on a contract matches any {@code 1-N}. Lines are matched by line number. The credit's
 * goods description corresponds when each of its words of three or more letters (except AND, THE,
 * FOR, WITH, FROM, PER, ALL, ANY, OTHER) appears in the invoice's descriptions or item numbers.
 *
 * <p>Works on documents made elsewhere (read from JSON): nothing is assumed about how they were made.
 * Findings come in a fixed order (document checks, then pairs, then credit, then voucher).
 */
public final class ConsistencyCheck {

  private static final String SC = "S/C";
  private static final String PI = "PI";
  private static final String CI = "CI";
  private static final String PL = "PL";
  private static final String LC = "L/C";
  private static final String VOUCHER = "VOUCHER";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Words of a credit's description that carry no goods data. */
  private static final java.util.Set<String> STOP_WORDS = java.util.Set.of("AND", "THE", "FOR", "WITH", "FROM", "PER", "ALL", "ANY", "OTHER");

  private ConsistencyCheck() {}

  /**
   * Checks the documents.
   *
   * @return all findings, empty when the documents agree
   */
  public static List<ConsistencyFinding> check(PresentedDocuments docs) {
    Objects.requireNonNull(docs, "docs");
    List<ConsistencyFinding> out = new ArrayList<>();
    docs.contract().ifPresent(c -> {
      goods(out, SC, c.lines(), c.total(), c.totalInWords());
      termPlace(out, SC, c.incoterm(), c.portOfLoading(), c.destination());
    });
    docs.proforma().ifPresent(p -> {
      goods(out, PI, p.lines(), p.total(), p.totalInWords());
      termPlace(out, PI, p.incoterm(), p.portOfLoading(), p.destination());
      instalments(out, p);
    });
    docs.invoice().ifPresent(i -> {
      goods(out, CI, i.lines(), i.total(), i.totalInWords());
      termPlace(out, CI, i.incoterm(), i.portOfLoading(), i.destination());
      i.depositDeducted().ifPresent(d -> {
        if (d.isNegative() || d.isGreaterThan(i.total())) {
          add(out, Severity.ERROR, ConsistencyRule.R_ARITHMETIC, List.of(CI), "CI.depositDeducted", "0.." + i.total(), d.toString(),
              "the deposit deducted is negative or above the invoice total");
        }
      });
      if (i.grossWeight().compareTo(i.netWeight()) < 0) {
        add(out, Severity.ERROR, ConsistencyRule.R_CI_TOTALS, List.of(CI), "CI.grossWeight", "≥ " + i.netWeight(), i.grossWeight().toString(),
            "gross weight is below net weight (毛重小于净重)");
      }
    });
    docs.packingList().ifPresent(p -> packingList(out, p));
    if (docs.contract().isPresent() && docs.proforma().isPresent()) {
      contractAndProforma(out, docs.contract().get(), docs.proforma().get());
    }
    if (docs.invoice().isPresent()) {
      CommercialInvoice ci = docs.invoice().get();
      docs.contract().ifPresent(c -> invoiceAgainstContract(out, ci, SC, c.number(), c.currency(), c.lines(), c.total(), c.moreOrLessPercent(),
          c.incoterm(), c.portOfLoading(), c.destination(), Optional.of(c.shippingMarks()), c.seller(), c.buyer(), Optional.of(c.latestShipmentDate())));
      if (docs.contract().isEmpty()) {
        docs.proforma().ifPresent(p -> invoiceAgainstContract(out, ci, PI, p.contractNumber(), p.currency(), p.lines(), p.total(), BigDecimal.ZERO,
            p.incoterm(), p.portOfLoading(), p.destination(), Optional.empty(), p.seller(), p.buyer(), Optional.of(p.latestShipmentDate())));
      }
      docs.packingList().ifPresent(p -> invoiceAgainstPackingList(out, ci, p));
    }
    docs.booking().ifPresent(b -> booking(out, b, docs));
    docs.credit().ifPresent(lc -> credit(out, docs, lc));
    docs.voucher().ifPresent(v -> voucher(out, docs, v));
    return List.copyOf(out);
  }

  /** True if any finding is an ERROR. */
  public static boolean hasErrors(List<ConsistencyFinding> findings) {
    Objects.requireNonNull(findings, "findings");
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  // ---------------------------------------------------------------- single documents

  private static void goods(List<ConsistencyFinding> out, String doc, List<GoodsLine> lines, Money total, String words) {
    Money sum = Money.zero(total.currency());
    for (GoodsLine l : lines) {
      Money computed = l.computedAmount();
      if (!computed.equals(l.amount())) {
        add(out, Severity.ERROR, ConsistencyRule.R_ARITHMETIC, List.of(doc), doc + ".lines[" + l.lineNo() + "].amount", computed.toString(),
            l.amount().toString(), "line " + l.lineNo() + ": " + l.quantity() + " × " + l.unitPrice() + " is " + computed + ", not " + l.amount()
                + " (金额计算错误)");
      }
      sum = sum.plus(l.amount());
    }
    if (!sum.equals(total)) {
      add(out, Severity.ERROR, ConsistencyRule.R_ARITHMETIC, List.of(doc), doc + ".total", sum.toString(), total.toString(),
          "the total is not the sum of the line amounts (合计金额不符)");
    }
    Either<Rejection, Money> read = wordsFor(words, total).check(words, total);
    if (read.isLeft()) {
      add(out, Severity.ERROR, ConsistencyRule.R_DRAFT_WORDS, List.of(doc), doc + ".totalInWords", total.toString(), words,
          read.getLeft().message());
    }
  }

  private static AmountWords wordsFor(String words, Money total) {
    boolean chinese = words.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    return chinese && total.currency().getCurrencyCode().equals("CNY") ? ChineseAmountWords.PBOC : EnglishAmountWords.standard();
  }

  private static void termPlace(List<ConsistencyFinding> out, String doc, Incoterm term, String pol, String destination) {
    IncotermRule rule = term.rule();
    String expected;
    if (rule.namesDestination()) {
      expected = destination;
    } else if (rule == IncotermRule.FOB || rule == IncotermRule.FAS) {
      expected = pol;
    } else {
      return;
    }
    if (!same(term.namedPlace(), expected)) {
      add(out, Severity.ERROR, ConsistencyRule.R_TERM_PLACE, List.of(doc), doc + ".incoterm", rule + " " + expected.toUpperCase(Locale.ROOT),
          term.toString(), rule + " names the " + (rule.namesDestination() ? "port or place of destination" : "port of shipment")
              + ", which is " + expected + " on this document (贸易术语地点不符)");
    }
  }

  private static void instalments(List<ConsistencyFinding> out, ProformaInvoice p) {
    if (p.instalmentAmounts().isEmpty()) {
      return;
    }
    if (p.instalmentAmounts().size() != p.paymentTerms().instalments().size()) {
      add(out, Severity.ERROR, ConsistencyRule.R_ARITHMETIC, List.of(PI), "PI.instalmentAmounts",
          p.paymentTerms().instalments().size() + " amounts", p.instalmentAmounts().size() + " amounts",
          "the payment terms have " + p.paymentTerms().instalments().size() + " instalments but " + p.instalmentAmounts().size() + " amounts are stated");
    }
    Money sum = p.instalmentAmounts().stream().reduce(Money.zero(p.currency()), Money::plus);
    if (!sum.equals(p.total())) {
      add(out, Severity.ERROR, ConsistencyRule.R_ARITHMETIC, List.of(PI), "PI.instalmentAmounts", p.total().toString(), sum.toString(),
          "deposit and balance do not add back to the total (定金与余款之和不等于总额)");
    }
  }

  private static void packingList(List<ConsistencyFinding> out, PackingList p) {
    long cartons = 0;
    Quantity nw = Quantity.zero(Unit.KG);
    Quantity gw = Quantity.zero(Unit.KG);
    Quantity cbm = Quantity.zero(Unit.CBM);
    long next = 1;
    for (PackingListLine l : p.lines()) {
      String f = "PL.lines[" + l.lineNo() + "]";
      cartons += l.cartons();
      nw = nw.plus(l.netWeight());
      gw = gw.plus(l.grossWeight());
      cbm = cbm.plus(l.measurement());
      String expectedRange = l.cartons() == 1 ? String.valueOf(next) : next + "-" + (next + l.cartons() - 1);
      if (!l.cartonRange().replace(" ", "").equals(expectedRange)) {
        add(out, Severity.ERROR, ConsistencyRule.R_PL_TOTALS, List.of(PL), f + ".cartonRange", expectedRange, l.cartonRange(),
            "carton numbers must run on from the previous line and count the line's " + l.cartons() + " cartons (箱号不连续)");
      }
      next += l.cartons();
      {
        BigDecimal capacity = BigDecimal.valueOf(l.cartons()).multiply(BigDecimal.valueOf(l.unitsPerCarton()));
        BigDecimal less = BigDecimal.valueOf(l.cartons() - 1).multiply(BigDecimal.valueOf(l.unitsPerCarton()));
        if (capacity.compareTo(l.quantity().value()) < 0 || less.compareTo(l.quantity().value()) >= 0) {
          add(out, Severity.ERROR, ConsistencyRule.R_PL_TOTALS, List.of(PL), f + ".cartons",
              "⌈" + l.quantity().value().toPlainString() + " ÷ " + l.unitsPerCarton() + "⌉", String.valueOf(l.cartons()),
              "line " + l.lineNo() + ": " + l.cartons() + " cartons of " + l.unitsPerCarton() + " do not hold " + l.quantity() + " exactly (箱数不符)");
        }
      }
      if (l.grossWeight().compareTo(l.netWeight()) < 0) {
        add(out, Severity.ERROR, ConsistencyRule.R_PL_TOTALS, List.of(PL), f + ".grossWeight", "≥ " + l.netWeight(), l.grossWeight().toString(),
            "gross weight is below net weight (毛重小于净重)");
      }
    }
    if (cartons != p.totalPackages()) {
      add(out, Severity.ERROR, ConsistencyRule.R_PL_TOTALS, List.of(PL), "PL.totalPackages", String.valueOf(cartons), String.valueOf(p.totalPackages()),
          "total packages are not the sum of the lines' cartons (总箱数不符)");
    }
    compareTotal(out, ConsistencyRule.R_PL_TOTALS, List.of(PL), "PL.totalNetWeight", nw, p.totalNetWeight(), "total net weight is not the sum of the lines");
    compareTotal(out, ConsistencyRule.R_PL_TOTALS, List.of(PL), "PL.totalGrossWeight", gw, p.totalGrossWeight(), "total gross weight is not the sum of the lines");
    compareTotal(out, ConsistencyRule.R_PL_TOTALS, List.of(PL), "PL.totalMeasurement", cbm, p.totalMeasurement(), "total measurement is not the sum of the lines");
    if (p.totalGrossWeight().compareTo(p.totalNetWeight()) < 0) {
      add(out, Severity.ERROR, ConsistencyRule.R_PL_TOTALS, List.of(PL), "PL.totalGrossWeight", "≥ " + p.totalNetWeight(),
          p.totalGrossWeight().toString(), "total gross weight is below total net weight (毛重小于净重)");
    }
  }

  private static void compareTotal(List<ConsistencyFinding> out, ConsistencyRule rule, List<String> docs, String field, Quantity expected,
      Quantity actual, String why) {
    if (!expected.unit().isConvertibleTo(actual.unit()) || expected.compareTo(actual) != 0) {
      add(out, Severity.ERROR, rule, docs, field, expected.toString(), actual.toString(), why);
    }
  }

  // ---------------------------------------------------------------- pairs

  private static void contractAndProforma(List<ConsistencyFinding> out, SalesContract c, ProformaInvoice p) {
    List<String> both = List.of(SC, PI);
    if (!c.currency().equals(p.currency())) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "PI.currency", c.currency().getCurrencyCode(), p.currency().getCurrencyCode(),
          "the proforma invoice is in another currency than the contract");
      return;
    }
    if (!c.total().equals(p.total())) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "PI.total", c.total().toString(), p.total().toString(),
          "the proforma invoice total differs from the contract total");
    }
    if (!c.incoterm().equals(p.incoterm())) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "PI.incoterm", c.incoterm().toString(), p.incoterm().toString(),
          "the proforma invoice states another trade term than the contract");
    }
    if (!c.paymentTerms().equals(p.paymentTerms())) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "PI.paymentTerms", c.paymentTerms().toDocumentText(), p.paymentTerms().toDocumentText(),
          "the proforma invoice states other payment terms than the contract");
    }
    Map<Integer, GoodsLine> contractLines = byLine(c.lines());
    for (GoodsLine l : p.lines()) {
      GoodsLine cl = contractLines.get(l.lineNo());
      String f = "PI.lines[" + l.lineNo() + "]";
      if (cl == null) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f, "no such line", l.sku().value(), "line " + l.lineNo() + " is not in the contract");
        continue;
      }
      if (!cl.unitPrice().isSamePriceAs(l.unitPrice())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".unitPrice", cl.unitPrice().toString(), l.unitPrice().toString(),
            "line " + l.lineNo() + ": unit price differs from the contract (单价不符)");
      }
      if (!sameQuantity(cl.quantity(), l.quantity())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".quantity", cl.quantity().toString(), l.quantity().toString(),
            "line " + l.lineNo() + ": quantity differs from the contract (数量不符)");
      }
    }
  }

  private static void invoiceAgainstContract(List<ConsistencyFinding> out, CommercialInvoice ci, String doc, String contractNumber,
      java.util.Currency currency, List<GoodsLine> lines, Money total, BigDecimal mol, Incoterm term, String pol, String destination,
      Optional<ShippingMarks> marks, DocumentParty seller, DocumentParty buyer, Optional<LocalDate> latestShipment) {
    List<String> both = List.of(doc, CI);
    if (!same(ci.contractNumber(), contractNumber)) {
      add(out, Severity.WARNING, ConsistencyRule.R_DATA, both, "CI.contractNumber", contractNumber, ci.contractNumber(),
          "the invoice quotes another contract number (合同号不符)");
    }
    if (!ci.currency().equals(currency)) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "CI.currency", currency.getCurrencyCode(), ci.currency().getCurrencyCode(),
          "the invoice is in another currency than the " + doc + " (币种不符)");
      return;
    }
    if (!ci.incoterm().equals(term)) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "CI.incoterm", term.toString(), ci.incoterm().toString(),
          "the invoice states another trade term than the " + doc + " (贸易术语不符)");
    }
    port(out, both, "CI.portOfLoading", pol, ci.portOfLoading());
    port(out, both, "CI.destination", destination, ci.destination());
    marks.ifPresent(m -> {
      if (!sameMarks(m, ci.shippingMarks(), true)) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "CI.shippingMarks", marksText(m), marksText(ci.shippingMarks()),
            "the invoice's shipping marks differ from the " + doc + " (唛头不符)");
      }
    });
    party(out, both, "CI.seller", seller, ci.seller(), Severity.WARNING);
    party(out, both, "CI.buyer", buyer, ci.buyer(), Severity.WARNING);
    BigDecimal factor = BigDecimal.ONE.add(mol.divide(HUNDRED));
    BigDecimal low = BigDecimal.ONE.subtract(mol.divide(HUNDRED));
    Map<Integer, GoodsLine> contractLines = byLine(lines);
    for (GoodsLine l : ci.lines()) {
      GoodsLine cl = contractLines.get(l.lineNo());
      String f = "CI.lines[" + l.lineNo() + "]";
      if (cl == null) {
        add(out, Severity.ERROR, ConsistencyRule.R_CI_EXTRA, both, f, "no such line on the " + doc, l.sku() + " " + l.quantity(),
            "line " + l.lineNo() + " (" + l.sku() + ") is not contracted: goods not called for (非合同货物)");
        continue;
      }
      if (!cl.sku().equals(l.sku())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".sku", cl.sku().value(), l.sku().value(),
            "line " + l.lineNo() + ": another item than on the " + doc + " (货号不符)");
      }
      if (!cl.unitPrice().isSamePriceAs(l.unitPrice())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".unitPrice", cl.unitPrice().toString(), l.unitPrice().toString(),
            "line " + l.lineNo() + ": unit price differs from the " + doc + " (单价不符)");
      }
      if (!normal(cl.description()).equals(normal(l.description()))) {
        add(out, Severity.WARNING, ConsistencyRule.R_DATA, both, f + ".description", cl.description(), l.description(),
            "line " + l.lineNo() + ": description worded differently from the " + doc + "; it must not conflict (品名描述不一致)");
      }
      if (!cl.quantity().unit().isConvertibleTo(l.quantity().unit())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".quantity", cl.quantity().toString(), l.quantity().toString(),
            "line " + l.lineNo() + ": quantity in a unit that does not convert to the " + doc + "'s (单位不符)");
        continue;
      }
      BigDecimal contracted = cl.quantity().to(l.quantity().unit()).value();
      BigDecimal max = contracted.multiply(factor);
      BigDecimal min = contracted.multiply(low);
      if (l.quantity().value().compareTo(max) > 0 || l.quantity().value().compareTo(min) < 0) {
        add(out, mol.signum() == 0 && l.quantity().value().compareTo(contracted) < 0 ? Severity.WARNING : Severity.ERROR,
            ConsistencyRule.R_MORE_OR_LESS, both, f + ".quantity",
            mol.signum() == 0 ? cl.quantity().toString() : min.stripTrailingZeros().toPlainString() + ".." + max.stripTrailingZeros().toPlainString()
                + " " + l.quantity().unit(),
            l.quantity().toString(), "line " + l.lineNo() + ": quantity outside the " + doc + "'s " + mol.stripTrailingZeros().toPlainString()
                + "% more-or-less clause (超出溢短装)");
      }
    }
    Money maxTotal = total.multipliedBy(factor, RoundingMode.HALF_UP);
    if (ci.total().isGreaterThan(maxTotal)) {
      add(out, Severity.ERROR, ConsistencyRule.R_MORE_OR_LESS, both, "CI.total", "≤ " + maxTotal, ci.total().toString(),
          "the invoice total is above the " + doc + " total plus the more-or-less clause (发票金额超出合同)");
    }
    latestShipment.ifPresent(latest -> ci.shipmentDate().ifPresent(shipped -> {
      if (shipped.isAfter(latest)) {
        add(out, Severity.ERROR, ConsistencyRule.R_SHIP_LATEST, both, "CI.shipmentDate", "≤ " + latest, shipped.toString(),
            "shipped after the " + doc + "'s latest shipment date (迟于装运期)");
      }
    }));
  }

  private static void invoiceAgainstPackingList(List<ConsistencyFinding> out, CommercialInvoice ci, PackingList pl) {
    List<String> both = List.of(CI, PL);
    if (ci.totalPackages() != pl.totalPackages()) {
      add(out, Severity.ERROR, ConsistencyRule.R_CI_TOTALS, both, "PL.totalPackages", String.valueOf(ci.totalPackages()), String.valueOf(pl.totalPackages()),
          "invoice and packing list state different numbers of packages (件数不符)");
    }
    compareTotal(out, ConsistencyRule.R_CI_TOTALS, both, "PL.totalNetWeight", ci.netWeight(), pl.totalNetWeight(), "invoice and packing list state different net weights (净重不符)");
    compareTotal(out, ConsistencyRule.R_CI_TOTALS, both, "PL.totalGrossWeight", ci.grossWeight(), pl.totalGrossWeight(), "invoice and packing list state different gross weights (毛重不符)");
    compareTotal(out, ConsistencyRule.R_CI_TOTALS, both, "PL.totalMeasurement", ci.measurement(), pl.totalMeasurement(), "invoice and packing list state different measurements (体积不符)");
    if (!sameMarks(ci.shippingMarks(), pl.shippingMarks(), false)) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "PL.shippingMarks", marksText(ci.shippingMarks()), marksText(pl.shippingMarks()),
          "invoice and packing list carry different shipping marks (唛头不符)");
    }
    port(out, both, "PL.portOfLoading", ci.portOfLoading(), pl.portOfLoading());
    port(out, both, "PL.destination", ci.destination(), pl.destination());
    party(out, both, "PL.buyer", ci.buyer(), pl.buyer(), Severity.WARNING);
    if (!same(ci.number(), pl.invoiceNumber())) {
      add(out, Severity.WARNING, ConsistencyRule.R_DATA, both, "PL.invoiceNumber", ci.number(), pl.invoiceNumber(),
          "the packing list refers to another invoice number (a packing list issued by someone else may, ISBP 821 M5)");
    }
    Map<Integer, GoodsLine> invoiceLines = byLine(ci.lines());
    Map<Integer, PackingListLine> packed = new TreeMap<>();
    pl.lines().forEach(l -> packed.put(l.lineNo(), l));
    for (GoodsLine g : ci.lines()) {
      PackingListLine p = packed.get(g.lineNo());
      String f = "PL.lines[" + g.lineNo() + "]";
      if (p == null) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f, g.sku() + " " + g.quantity(), "no such line",
            "invoice line " + g.lineNo() + " is not on the packing list (装箱单缺少该货物)");
        continue;
      }
      if (!p.sku().equals(g.sku())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".sku", g.sku().value(), p.sku().value(),
            "line " + g.lineNo() + ": another item than on the invoice (货号不符)");
      }
      if (!sameQuantity(g.quantity(), p.quantity())) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, f + ".quantity", g.quantity().toString(), p.quantity().toString(),
            "line " + g.lineNo() + ": packed quantity differs from the invoice (数量不符)");
      }
    }
    for (PackingListLine p : pl.lines()) {
      if (!invoiceLines.containsKey(p.lineNo())) {
        add(out, Severity.ERROR, ConsistencyRule.R_CI_EXTRA, both, "PL.lines[" + p.lineNo() + "]", "no such invoice line", p.sku() + " " + p.quantity(),
            "the packing list packs goods the invoice does not show (多装货物)");
      }
    }
  }

  private static void booking(List<ConsistencyFinding> out, org.gendan.documents.model.BookingRequest b, PresentedDocuments docs) {
    String bk = "BOOKING";
    docs.packingList().ifPresent(pl -> {
      List<String> both = List.of(PL, bk);
      if (b.totalPackages() != pl.totalPackages()) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "BOOKING.totalPackages", String.valueOf(pl.totalPackages()),
            String.valueOf(b.totalPackages()), "the booking states another number of packages than the packing list (订舱件数不符)");
      }
      compareTotal(out, ConsistencyRule.R_DATA, both, "BOOKING.grossWeight", pl.totalGrossWeight(), b.grossWeight(),
          "the booking states another gross weight than the packing list (订舱毛重不符)");
      compareTotal(out, ConsistencyRule.R_DATA, both, "BOOKING.measurement", pl.totalMeasurement(), b.measurement(),
          "the booking states another measurement than the packing list (订舱体积不符)");
      if (!sameMarks(pl.shippingMarks(), b.shippingMarks(), false)) {
        add(out, Severity.ERROR, ConsistencyRule.R_DATA, both, "BOOKING.shippingMarks", marksText(pl.shippingMarks()), marksText(b.shippingMarks()),
            "the booking carries other shipping marks than the packing list (唛头不符)");
      }
    });
    docs.invoice().ifPresent(ci -> {
      List<String> both = List.of(CI, bk);
      port(out, both, "BOOKING.portOfLoading", ci.portOfLoading(), b.portOfLoading());
      port(out, both, "BOOKING.destination", ci.destination(), b.destination());
      if (!same(ci.number(), b.invoiceNumber())) {
        add(out, Severity.WARNING, ConsistencyRule.R_DATA, both, "BOOKING.invoiceNumber", ci.number(), b.invoiceNumber(),
            "the booking refers to another invoice");
      }
    });
  }

  // ---------------------------------------------------------------- credit

  private static void credit(List<ConsistencyFinding> out, PresentedDocuments docs, CreditTerms lc) {
    docs.invoice().ifPresent(ci -> creditInvoice(out, docs, lc, ci));
    Optional<LocalDate> shipped = docs.invoice().flatMap(CommercialInvoice::shipmentDate);
    if (shipped.isEmpty()) {
      add(out, Severity.INFO, ConsistencyRule.R_SHIP_LATEST, List.of(CI, LC), "CI.shipmentDate", lc.latestShipmentDate().toString(), "none",
          "no shipment date on the invoice: shipment and presentation dates were not checked");
    } else {
      LocalDate s = shipped.get();
      if (s.isAfter(lc.latestShipmentDate())) {
        add(out, Severity.ERROR, ConsistencyRule.R_SHIP_LATEST, List.of(CI, LC), "CI.shipmentDate", "≤ " + lc.latestShipmentDate(), s.toString(),
            "shipped after the credit's latest shipment date, which is never extended (迟装运)");
      }
      docs.presentationDate().ifPresent(presented -> {
        LocalDate expiry = nextBankingDay(lc.expiryDate(), lc.bankClosedDays());
        LocalDate periodEnd = nextBankingDay(s.plusDays(lc.presentationDays()), lc.bankClosedDays());
        if (presented.isAfter(expiry)) {
          add(out, Severity.ERROR, ConsistencyRule.R_EXPIRY, List.of(LC), "presentationDate", "≤ " + expiry, presented.toString(),
              "presented after the credit expired" + (expiry.equals(lc.expiryDate()) ? "" : " (expiry " + lc.expiryDate() + " moved to the next banking day " + expiry + ")")
                  + " (信用证过期)");
        } else if (presented.isAfter(periodEnd)) {
          add(out, Severity.ERROR, ConsistencyRule.R_PRESENT_21, List.of(LC), "presentationDate", "≤ " + periodEnd, presented.toString(),
              "presented more than " + lc.presentationDays() + " days after shipment on " + s + " (交单逾期)");
        }
      });
    }
    docs.presentationDate().ifPresent(presented -> {
      docs.invoice().ifPresent(ci -> docDate(out, CI, ci.date(), presented));
      docs.packingList().ifPresent(pl -> docDate(out, PL, pl.date(), presented));
    });
  }

  private static void docDate(List<ConsistencyFinding> out, String doc, LocalDate date, LocalDate presented) {
    if (date.isAfter(presented)) {
      add(out, Severity.ERROR, ConsistencyRule.R_DOC_DATE, List.of(doc), doc + ".date", "≤ " + presented, date.toString(),
          "the document is dated after the presentation (单据日期晚于交单日)");
    }
  }

  private static void creditInvoice(List<ConsistencyFinding> out, PresentedDocuments docs, CreditTerms lc, CommercialInvoice ci) {
    List<String> both = List.of(CI, LC);
    String title = normal(ci.title());
    if (title.contains("PROFORMA") || title.contains("PROVISIONAL")) {
      add(out, Severity.ERROR, ConsistencyRule.R_CI_TITLE, both, "CI.title", "COMMERCIAL INVOICE", ci.title(),
          "a pro-forma or provisional invoice does not satisfy an invoice required by the credit");
    }
    if (!normal(ci.seller().name()).equals(normal(lc.beneficiary()))) {
      add(out, Severity.ERROR, ConsistencyRule.R_CI_ISSUER, both, "CI.seller", lc.beneficiary(), ci.seller().name(),
          "the invoice must be issued by the beneficiary (发票出具人与受益人不符)");
    }
    if (!normal(ci.buyer().name()).equals(normal(lc.applicant()))) {
      add(out, Severity.ERROR, ConsistencyRule.R_CI_BUYER, both, "CI.buyer", lc.applicant(), ci.buyer().name(),
          "the invoice must be made out in the name of the applicant (发票抬头与开证申请人不符)");
    }
    lc.beneficiaryCountry().filter(c -> !c.equals(ci.seller().country())).ifPresent(c ->
        add(out, Severity.ERROR, ConsistencyRule.R_ADDR, both, "CI.seller.country", c.value(), ci.seller().country().value(),
            "the beneficiary's address must be in the country stated in the credit"));
    lc.applicantCountry().filter(c -> !c.equals(ci.buyer().country())).ifPresent(c ->
        add(out, Severity.ERROR, ConsistencyRule.R_ADDR, both, "CI.buyer.country", c.value(), ci.buyer().country().value(),
            "the applicant's address must be in the country stated in the credit"));
    ci.lcNumber().ifPresentOrElse(n -> {
      if (!same(n, lc.number())) {
        add(out, Severity.INFO, ConsistencyRule.R_LC_NO, both, "CI.lcNumber", lc.number(), n, "the invoice quotes another credit number; not a ground for refusal");
      }
    }, () -> add(out, Severity.INFO, ConsistencyRule.R_LC_NO, both, "CI.lcNumber", lc.number(), "none",
        "the invoice does not quote the credit number; not a ground for refusal"));
    lc.incoterm().ifPresent(t -> {
      if (!t.equals(ci.incoterm())) {
        add(out, Severity.ERROR, ConsistencyRule.R_CI_TERM, both, "CI.incoterm", t.toString(), ci.incoterm().toString(),
            "the invoice must show the credit's trade term (贸易术语与信用证不符)");
      }
    });
    lc.portOfLoading().ifPresent(p -> port(out, both, "CI.portOfLoading", p, ci.portOfLoading()));
    lc.portOfDischarge().ifPresent(p -> port(out, both, "CI.destination", p, ci.destination()));
    lc.goodsDescription().ifPresent(d -> {
      StringBuilder all = new StringBuilder();
      ci.lines().forEach(l -> all.append(' ').append(l.description()).append(' ').append(l.sku().value()));
      List<String> text = words(all.toString());
      List<String> missing = words(d).stream().filter(w -> !text.contains(w)).toList();
      if (!missing.isEmpty()) {
        add(out, Severity.ERROR, ConsistencyRule.R_DESC_CI, both, "CI.lines.description", d, String.join(" | ", ci.lines().stream().map(GoodsLine::description).toList()),
            "the invoice's description does not correspond with the credit's; missing " + missing + " (货物描述与信用证不符)");
      }
    });
    if (!ci.currency().equals(lc.amount().currency())) {
      add(out, Severity.ERROR, ConsistencyRule.R_CI_CCY, both, "CI.currency", lc.amount().currency().getCurrencyCode(),
          ci.currency().getCurrencyCode(), "the invoice must be in the credit's currency (币种与信用证不符)");
      return;
    }
    BigDecimal tolerance = lc.about() ? BigDecimal.TEN : lc.tolerancePercent().orElse(BigDecimal.ZERO);
    ConsistencyRule amountRule = lc.about() ? ConsistencyRule.R_ABOUT : ConsistencyRule.R_CI_AMOUNT;
    Money max = lc.amount().multipliedBy(BigDecimal.ONE.add(tolerance.divide(HUNDRED)), RoundingMode.DOWN);
    Money drawing = ci.amountDue();
    if (drawing.isGreaterThan(max)) {
      add(out, Severity.ERROR, amountRule, both, "CI.amountDue", "≤ " + max, drawing.toString(),
          "the amount drawn is above the credit amount" + (tolerance.signum() > 0 ? " and its " + tolerance.stripTrailingZeros().toPlainString() + "% tolerance" : "")
              + " (超证支款)");
    } else if (ci.total().isGreaterThan(max)) {
      add(out, Severity.WARNING, ConsistencyRule.R_CI_AMOUNT, both, "CI.total", "≤ " + max, ci.total().toString(),
          "the invoice is above the credit amount; a bank may accept it if it does not pay the excess (发票金额超证)");
    }
    boolean fullQuantity = true;
    if (lc.quantity().isPresent()) {
      Quantity credited = lc.quantity().get();
      Quantity shipped = Quantity.zero(credited.unit());
      boolean comparable = true;
      for (GoodsLine l : ci.lines()) {
        if (!l.quantity().unit().isConvertibleTo(credited.unit())) {
          comparable = false;
          break;
        }
        shipped = shipped.plus(l.quantity());
      }
      if (!comparable) {
        add(out, Severity.INFO, ConsistencyRule.R_DATA, both, "CI.lines.quantity", credited.toString(), "mixed units",
            "the invoice quantities do not convert to the credit's unit " + credited.unit() + ": quantity not checked");
      } else {
        BigDecimal qtyTolerance = lc.about() ? BigDecimal.TEN : (credited.unit().isCounted() ? BigDecimal.ZERO : BigDecimal.valueOf(5));
        ConsistencyRule qtyRule = lc.about() ? ConsistencyRule.R_ABOUT : (credited.unit().isCounted() ? ConsistencyRule.R_CI_EXTRA : ConsistencyRule.R_QTY_5);
        BigDecimal qMax = credited.value().multiply(BigDecimal.ONE.add(qtyTolerance.divide(HUNDRED)));
        BigDecimal qMin = credited.value().multiply(BigDecimal.ONE.subtract(qtyTolerance.divide(HUNDRED)));
        if (shipped.value().compareTo(qMax) > 0) {
          add(out, Severity.ERROR, qtyRule, both, "CI.lines.quantity", "≤ " + qMax.stripTrailingZeros().toPlainString() + " " + credited.unit(),
              shipped.toString(), "over-shipment beyond the credit's quantity" + (qtyTolerance.signum() > 0
                  ? " and its " + qtyTolerance.toPlainString() + "% tolerance" : "; no tolerance for quantities in packing units or pieces") + " (超装)");
        } else if (shipped.value().compareTo(qMin) < 0) {
          fullQuantity = false;
          add(out, lc.partialShipmentsAllowed() ? Severity.INFO : Severity.ERROR, ConsistencyRule.R_PARTIAL, both, "CI.lines.quantity",
              "≥ " + qMin.stripTrailingZeros().toPlainString() + " " + credited.unit(), shipped.toString(),
              lc.partialShipmentsAllowed() ? "a partial shipment, allowed by the credit" : "short shipment while partial shipments are prohibited (禁止分批装运)");
        }
      }
    }
    if (!lc.partialShipmentsAllowed() && !lc.about() && lc.tolerancePercent().isEmpty() && fullQuantity) {
      Money min = lc.amount().multipliedBy(new BigDecimal("0.95"), RoundingMode.UP);
      if (drawing.isLessThan(min)) {
        add(out, Severity.ERROR, ConsistencyRule.R_AMT_5LESS, both, "CI.amountDue", "≥ " + min, drawing.toString(),
            "partial shipments are prohibited and the drawing is more than 5% below the credit amount (短支超过5%)");
      }
    }
  }

  private static LocalDate nextBankingDay(LocalDate d, List<LocalDate> closed) {
    LocalDate day = d;
    TreeSet<LocalDate> holidays = new TreeSet<>(closed);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  // ---------------------------------------------------------------- voucher

  private static void voucher(List<ConsistencyFinding> out, PresentedDocuments docs, InspectionVoucher v) {
    List<String> both = List.of(CI, VOUCHER);
    if (docs.voucherAlreadyUsed()) {
      add(out, Severity.ERROR, ConsistencyRule.R_VOUCHER_ONCE, List.of(VOUCHER), "voucher.number", "unused", v.number(),
          "exchange voucher " + v.number() + " has already been used; a voucher serves one declaration (换证凭条只能使用一次)");
    }
    docs.invoice().ifPresent(ci -> {
      ci.shipmentDate().ifPresent(s -> {
        if (!v.isValidOn(s)) {
          add(out, Severity.ERROR, ConsistencyRule.R_VOUCHER_VALID, both, "CI.shipmentDate", v.issuedOn() + ".." + v.validUntil(), s.toString(),
              "exchange voucher " + v.number() + " is not valid on the shipment date (换证凭条已过期或未生效)");
        }
      });
      if (!ci.total().isSameCurrency(v.amount())) {
        add(out, Severity.INFO, ConsistencyRule.R_VOUCHER_AMOUNT, both, "CI.total", v.amount().toString(), ci.total().toString(),
            "the voucher and the invoice are in different currencies; compare the amounts by hand");
      } else if (ci.total().isGreaterThan(v.amount())) {
        add(out, Severity.ERROR, ConsistencyRule.R_VOUCHER_AMOUNT, both, "CI.total", "≤ " + v.amount(), ci.total().toString(),
            "the invoice amount is above the amount of exchange voucher " + v.number() + " (出货金额超过换证凭条金额)");
      }
    });
  }

  // ---------------------------------------------------------------- helpers

  private static void port(List<ConsistencyFinding> out, List<String> docs, String field, String expected, String actual) {
    if (!same(expected, actual)) {
      add(out, Severity.ERROR, ConsistencyRule.R_DATA, docs, field, expected, actual, "the " + field.substring(field.indexOf('.') + 1)
          + " differs between the documents (港口不符)");
    }
  }

  private static void party(List<ConsistencyFinding> out, List<String> docs, String field, DocumentParty expected, DocumentParty actual, Severity severity) {
    if (!normal(expected.name()).equals(normal(actual.name()))) {
      add(out, severity, ConsistencyRule.R_DATA, docs, field, expected.name(), actual.name(), "the party's name differs between the documents (名称不一致)");
    }
    if (!expected.country().equals(actual.country())) {
      add(out, Severity.ERROR, ConsistencyRule.R_ADDR, docs, field + ".country", expected.country().value(), actual.country().value(),
          "the party's country differs between the documents");
    }
  }

  private static boolean sameQuantity(Quantity a, Quantity b) {
    return a.unit().isConvertibleTo(b.unit()) && a.compareTo(b) == 0;
  }

  private static boolean sameMarks(ShippingMarks expected, ShippingMarks actual, boolean openRange) {
    String e = normalMarks(expected, openRange);
    String a = normalMarks(actual, openRange);
    return e.equals(a);
  }

  private static String normalMarks(ShippingMarks m, boolean openRange) {
    List<String> lines = new ArrayList<>(m.mainMarks());
    lines.addAll(m.sideMarks());
    String s = String.join("\n", lines).toUpperCase(Locale.ROOT);
    if (openRange) {
      s = s.replaceAll("\\b1\\s*-\\s*(UP|\\d+)\\b", "1-N");
    }
    return normal(s.isBlank() ? "N/M" : s);
  }

  private static String marksText(ShippingMarks m) {
    return m.isNone() ? "N/M" : String.join(" / ", m.mainMarks()) + (m.sideMarks().isEmpty() ? "" : " // " + String.join(" / ", m.sideMarks()));
  }

  private static Map<Integer, GoodsLine> byLine(List<GoodsLine> lines) {
    Map<Integer, GoodsLine> m = new TreeMap<>();
    lines.forEach(l -> m.put(l.lineNo(), l));
    return m;
  }

  private static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP_WORDS.contains(w) && !out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static void add(List<ConsistencyFinding> out, Severity severity, ConsistencyRule rule, List<String> docs, String field,
      String expected, String actual, String message) {
    out.add(new ConsistencyFinding(severity, rule, docs, field, expected, actual, message));
  }
}

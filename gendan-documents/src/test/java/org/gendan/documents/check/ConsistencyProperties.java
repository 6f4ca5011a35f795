package org.gendan.documents.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.GoodsLine;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.PackingListLine;
import org.gendan.documents.testing.DocumentGenerators;
import org.junit.jupiter.api.Test;

class ConsistencyProperties {

  private static PresentedDocuments all(DocumentSet d) {
    return PresentedDocuments.builder().contract(d.contract()).proforma(d.proforma()).invoice(d.invoice()).packingList(d.packingList()).build();
  }

  @Test
  void documents_built_from_one_order_never_fail_the_check() {
    qt().withExamples(150).forAll(DocumentGenerators.documentSets()).checkAssert(d -> assertThat(ConsistencyCheck.check(all(d))).isEmpty());
  }

  @Test
  void document_totals_equal_the_sum_of_their_lines() {
    qt().withExamples(150).forAll(DocumentGenerators.orders()).checkAssert(o -> {
      DocumentSet d = org.gendan.documents.model.TradeDocuments.standard().of(o.order(), org.gendan.documents.testing.DocumentSamples.sunrise(),
          org.gendan.core.testing.SampleData.hansa(), o.items(), org.gendan.documents.testing.DocumentSamples.issue()).get();
      Money sum = d.invoice().lines().stream().map(GoodsLine::amount).reduce(Money.zero(d.invoice().currency()), Money::plus);
      assertThat(d.invoice().total()).isEqualTo(sum).isEqualTo(o.order().total());
      assertThat(d.packingList().totalPackages()).isEqualTo(d.packingList().lines().stream().mapToLong(PackingListLine::cartons).sum());
      assertThat(d.instalments().deposit().plus(d.instalments().balance())).isEqualTo(d.invoice().total());
    });
  }

  /** One mutation of one field, and the field path a finding must name. */
  private record Mutation(String field, Function<DocumentSet, PresentedDocuments> apply) {}

  private static List<Mutation> mutations(DocumentSet d) {
    List<Mutation> m = new ArrayList<>();
    CommercialInvoice ci = d.invoice();
    PackingList pl = d.packingList();
    GoodsLine first = ci.lines().get(0);
    m.add(new Mutation("CI.lines[1].quantity", x -> replaceInvoice(x, ci.withLines(replaceFirst(ci.lines(),
        new GoodsLine(1, first.sku(), first.description(), first.hsCode(), Quantity.of(first.quantity().value().multiply(java.math.BigDecimal.TEN), first.quantity().unit()),
            first.unitPrice(), first.amount()))))));
    m.add(new Mutation("CI.lines[1].unitPrice", x -> replaceInvoice(x, ci.withLines(replaceFirst(ci.lines(),
        new GoodsLine(1, first.sku(), first.description(), first.hsCode(), first.quantity(),
            new UnitPrice(first.unitPrice().amount().add(java.math.BigDecimal.ONE), first.unitPrice().currency()), first.amount()))))));
    m.add(new Mutation("CI.lines[1].amount", x -> replaceInvoice(x, ci.withLines(replaceFirst(ci.lines(),
        new GoodsLine(1, first.sku(), first.description(), first.hsCode(), first.quantity(), first.unitPrice(),
            first.amount().plus(Money.of("0.01", "USD"))))))));
    m.add(new Mutation("CI.total", x -> replaceInvoice(x, ci.withTotal(ci.total().plus(Money.of("1.00", "USD"))))));
    m.add(new Mutation("CI.totalInWords", x -> replaceInvoice(x, ci.withTotalInWords("SAY U.S. DOLLARS ONE ONLY"))));
    m.add(new Mutation("CI.destination", x -> replaceInvoice(x, ci.withDestination("ROTTERDAM"))));
    m.add(new Mutation("CI.incoterm", x -> replaceInvoice(x, ci.withIncoterm(Incoterm.of(IncotermRule.FOB, "SHANGHAI")))));
    m.add(new Mutation("CI.shippingMarks", x -> replaceInvoice(x, ci.withShippingMarks(ShippingMarks.of("OTHER")))));
    m.add(new Mutation("CI.seller", x -> replaceInvoice(x, ci.withSeller(new org.gendan.documents.model.DocumentParty("Other Trading Ltd.",
        ci.seller().address(), ci.seller().country())))));
    m.add(new Mutation("PL.totalPackages", x -> replacePackingList(x, pl.withTotalPackages(pl.totalPackages() + 1))));
    m.add(new Mutation("PL.totalGrossWeight", x -> replacePackingList(x, pl.withTotalGrossWeight(pl.totalGrossWeight().plus(Quantity.of(1, org.gendan.core.measure.Unit.KG))))));
    m.add(new Mutation("PL.totalNetWeight", x -> replacePackingList(x, pl.withTotalNetWeight(pl.totalNetWeight().minus(Quantity.of(1, org.gendan.core.measure.Unit.KG))))));
    m.add(new Mutation("PL.totalMeasurement", x -> replacePackingList(x, pl.withTotalMeasurement(pl.totalMeasurement().plus(Quantity.of("0.001", org.gendan.core.measure.Unit.CBM))))));
    m.add(new Mutation("PL.portOfLoading", x -> replacePackingList(x, pl.withPortOfLoading("XIAMEN"))));
    m.add(new Mutation("PI.total", x -> PresentedDocuments.copyOf(all(x)).withProforma(x.proforma().withTotal(x.proforma().total().plus(Money.of("5.00", "USD"))))));
    return m;
  }

  private static List<GoodsLine> replaceFirst(List<GoodsLine> lines, GoodsLine first) {
    List<GoodsLine> out = new ArrayList<>(lines);
    out.set(0, first);
    return out;
  }

  private static PresentedDocuments replaceInvoice(DocumentSet d, CommercialInvoice ci) {
    return PresentedDocuments.copyOf(all(d)).withInvoice(ci);
  }

  private static PresentedDocuments replacePackingList(DocumentSet d, PackingList pl) {
    return PresentedDocuments.copyOf(all(d)).withPackingList(pl);
  }

  @Test
  void a_single_mutated_field_is_always_reported_and_named() {
    qt().withExamples(150).forAll(DocumentGenerators.documentSets(), integers().between(0, 14)).checkAssert((d, k) -> {
      Mutation mutation = mutations(d).get(k);
      List<ConsistencyFinding> findings = ConsistencyCheck.check(mutation.apply().apply(d));
      assertThat(findings).as("findings for a mutated %s", mutation.field()).isNotEmpty();
      assertThat(findings).extracting(ConsistencyFinding::field).anySatisfy(f -> assertThat(f).startsWith(mutation.field()));
    });
  }
}

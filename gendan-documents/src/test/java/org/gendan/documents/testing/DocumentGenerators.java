package org.gendan.documents.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.TradeDocuments;
import org.quicktheories.core.Gen;

/** Generators of orders with their items, and of the document sets made from them. */
public final class DocumentGenerators {
  private DocumentGenerators() {}

  /** An order and the items its lines refer to. */
  public record OrderWithItems(SalesOrder order, List<Item> items) {}

  private record LineSeed(int qty, int priceMinor, int priceScale, int unitsPerCarton, int lengthMm, int netDag, int extraDag, int colour) {}

  private static Gen<LineSeed> lineSeeds() {
    return integers().between(1, 200_000).zip(integers().between(1, 99_999), integers().between(2, 4), integers().between(1, 120),
        (q, p, s, u) -> new int[] {q, p, s, u})
        .zip(integers().between(150, 900), integers().between(10, 3000), integers().between(0, 300), integers().between(0, 3),
            (a, l, n, e, c) -> new LineSeed(a[0], a[1], a[2], a[3], l, n, e, c));
  }

  /** Orders of 1–6 lines with random quantities, prices, packing specs and a deposit of 0–50%. */
  public static Gen<OrderWithItems> orders() {
    return lists().of(lineSeeds()).ofSizeBetween(1, 6).zip(integers().between(0, 50), (seeds, deposit) -> {
      List<Item> items = new ArrayList<>();
      List<OrderLine> lines = new ArrayList<>();
      String[] colours = {"navy", "white", "red", "black"};
      for (int i = 0; i < seeds.size(); i++) {
        LineSeed s = seeds.get(i);
        Sku sku = Sku.of("G-" + (i + 1));
        BigDecimal mm = BigDecimal.valueOf(s.lengthMm(), 1);
        items.add(Item.builder().sku(sku).nameEn("Article " + (i + 1)).specification("spec " + s.colour()).baseUnit(Unit.PCS)
            .packing(new PackingSpec(Optional.empty(), s.unitsPerCarton(), mm, mm, mm, BigDecimal.valueOf(s.netDag(), 2),
                BigDecimal.valueOf(s.netDag() + s.extraDag(), 2))).build());
        lines.add(OrderLine.builder().lineNo(i + 1).sku(sku).quantity(Quantity.of(s.qty(), Unit.PCS))
            .unitPrice(new UnitPrice(BigDecimal.valueOf(s.priceMinor(), s.priceScale()), Money.currency("USD")))
            .putAttributes("colour", colours[s.colour()]).build());
      }
      PaymentTerms terms = deposit == 0 ? PaymentTerms.advance() : PaymentTerms.depositAndBalance(deposit, PaymentDue.BEFORE_SHIPMENT);
      SalesOrder order = SalesOrder.builder().from(SampleData.order()).lines(lines).paymentTerms(terms).build();
      return new OrderWithItems(order, items);
    });
  }

  /** Document sets made from generated orders. */
  public static Gen<DocumentSet> documentSets() {
    return orders().map(o -> TradeDocuments.standard().of(o.order(), DocumentSamples.sunrise(), SampleData.hansa(), o.items(),
        DocumentSamples.issue()).get());
  }
}

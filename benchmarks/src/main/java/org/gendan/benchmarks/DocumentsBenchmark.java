package org.gendan.benchmarks;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.IntakeChannel;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.PackingRequirements;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.HsCode;
import org.gendan.core.product.Item;
import org.gendan.core.product.PackingSpec;
import org.gendan.core.product.Sku;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.IncotermRule;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.terms.PaymentTerms;
import org.gendan.documents.model.CompanyProfile;
import org.gendan.documents.model.DocumentIssue;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.TradeDocuments;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.render.PdfRenderer;

/**
 * Document rendering times for a 50-line order: making the document set, each document as JSON and as
 * HTML, the full HTML set, and the commercial invoice as PDF. A warm-up + median harness (no JMH fork),
 * so it runs in well under a minute:
 *
 * <pre>
 * mvn -B -q -o -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.gendan.benchmarks.DocumentsBenchmark [iterations]
 * </pre>
 *
 * <p>Targets (issue 5): the full HTML set under 20 ms, one PDF under 300 ms after warm-up. Figures are
 * medians and 90th percentiles of {@code iterations} timed runs after as many warm-up runs.
 */
public final class DocumentsBenchmark {

  private DocumentsBenchmark() {}

  /** Runs the benchmark; the optional argument is the number of timed iterations (default 200, PDF a tenth). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    run(n, System.out);
  }

  /** Runs {@code iterations} timed iterations per measurement after as many warm-up runs and prints the table. */
  public static void run(int iterations, PrintStream out) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }
    Order50 o = order(50);
    CompanyProfile company = CompanyProfile.builder().nameEn("Ningbo Sunrise Garment Co., Ltd.").nameZh("宁波日升服饰有限公司")
        .address("88 Jiangnan Road, Ningbo").country(CountryCode.of("CN")).build();
    DocumentIssue issue = DocumentIssue.builder().date(LocalDate.of(2026, 4, 28)).proformaNumber("PI-1").invoiceNumber("INV-1")
        .buyerAddress("Hamburg").shipmentDate(LocalDate.of(2026, 4, 30)).build();
    Supplier<DocumentSet> make = () -> TradeDocuments.standard().of(o.order(), company, o.customer(), o.items(), issue).get();
    DocumentSet d = make.get();
    HtmlRenderer html = HtmlRenderer.standard();
    PdfRenderer pdf = PdfRenderer.standard();
    Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    cases.put("make document set (4 documents)", make::get);
    cases.put("JSON  sales contract", () -> GendanJson.write(d.contract()));
    cases.put("JSON  proforma invoice", () -> GendanJson.write(d.proforma()));
    cases.put("JSON  commercial invoice", () -> GendanJson.write(d.invoice()));
    cases.put("JSON  packing list", () -> GendanJson.write(d.packingList()));
    cases.put("JSON  full set", () -> GendanJson.write(d.contract()) + GendanJson.write(d.proforma()) + GendanJson.write(d.invoice())
        + GendanJson.write(d.packingList()));
    cases.put("HTML  sales contract", () -> html.render(d.contract()));
    cases.put("HTML  proforma invoice", () -> html.render(d.proforma()));
    cases.put("HTML  commercial invoice", () -> html.render(d.invoice()));
    cases.put("HTML  packing list", () -> html.render(d.packingList()));
    cases.put("HTML  full set", () -> html.render(d.contract()) + html.render(d.proforma()) + html.render(d.invoice())
        + html.render(d.packingList()));
    out.printf(Locale.ROOT, "gendan documents benchmark: 50-line order, %d timed iterations after %d warm-up (PDF: %d), CJK font %s%n",
        iterations, iterations, Math.max(5, iterations / 10), pdf.font().map(Object::toString).orElse("none"));
    out.printf(Locale.ROOT, "%-36s %12s %12s%n", "measurement", "median ms", "p90 ms");
    for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
      report(out, c.getKey(), time(c.getValue(), iterations));
    }
    int pdfRuns = Math.max(5, iterations / 10);
    report(out, "PDF   commercial invoice", time(() -> pdf.render(d.invoice()), pdfRuns));
    out.printf(Locale.ROOT, "sizes: HTML invoice %d bytes, PDF invoice %d bytes%n", html.render(d.invoice()).getBytes(StandardCharsets.UTF_8).length,
        pdf.render(d.invoice()).length);
  }

  private static void report(PrintStream out, String name, double[] ms) {
    out.printf(Locale.ROOT, "%-36s %12.3f %12.3f%n", name, ms[0], ms[1]);
  }

  /** Median and 90th percentile in ms of {@code n} runs after {@code n} warm-up runs. */
  private static double[] time(Supplier<Object> task, int n) {
    long sink = 0;
    for (int i = 0; i < n; i++) {
      sink += task.get().hashCode();
    }
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      sink += task.get().hashCode();
      t[i] = System.nanoTime() - s;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(t);
    return new double[] {t[n / 2] / 1e6, t[Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)] / 1e6};
  }

  /** A generated order with its customer and items. */
  record Order50(SalesOrder order, Customer customer, List<Item> items) {}

  /** An order of {@code lines} lines, each a different item with its own packing. */
  static Order50 order(int lines) {
    Customer customer = Customer.builder().id(CustomerId.of("C-BENCH")).nameEn("Hansa Textil GmbH").country(CountryCode.of("DE"))
        .tier(CustomerTier.KEY).build();
    List<Item> items = new ArrayList<>();
    List<OrderLine> ol = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      Sku sku = Sku.of(String.format(Locale.ROOT, "ART-%03d", i));
      items.add(Item.builder().sku(sku).nameEn("Article " + i + " cotton knit").nameZh("针织品" + i).specification("180 g/m², style " + i)
          .hsCode(HsCode.of("6109.10.0000")).baseUnit(Unit.PCS)
          .packing(PackingSpec.of(12 + i % 24, "60", "40", "" + (30 + i % 20), "10.0", "11.5")).build());
      ol.add(OrderLine.builder().lineNo(i).sku(sku).quantity(Quantity.of(100L * (1 + i % 17), Unit.PCS))
          .unitPrice(new UnitPrice(new BigDecimal(String.format(Locale.ROOT, "%d.%02d", 2 + i % 7, (i * 37) % 100)), Money.currency("USD")))
          .putAttributes("colour", i % 2 == 0 ? "navy" : "white").build());
    }
    SalesOrder order = SalesOrder.builder().id(OrderId.of("SO-BENCH-50")).customerId(customer.id()).customerPoNumber("PO-50")
        .intakeChannel(IntakeChannel.EMAIL).orderDate(LocalDate.of(2026, 3, 2)).currency(Money.currency("USD")).lines(ol)
        .deliveryDate(LocalDate.of(2026, 5, 1)).incoterm(Incoterm.of(IncotermRule.FOB, "NINGBO"))
        .paymentTerms(PaymentTerms.depositAndBalance(30, PaymentDue.BEFORE_SHIPMENT)).packing(PackingRequirements.of("export cartons"))
        .shippingMarks(ShippingMarks.of("HANSA", "PO-50", "HAMBURG", "C/NO. 1-UP")).shipmentMode(ShipmentMode.SEA_FCL)
        .portOfLoading("NINGBO").destination("HAMBURG").build();
    return new Order50(order, customer, items);
  }
}

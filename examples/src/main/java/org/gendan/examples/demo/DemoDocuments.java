package org.gendan.examples.demo;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.gendan.documents.model.CompanyProfile;
import org.gendan.documents.model.DelayReport;
import org.gendan.documents.model.DocumentIssue;
import org.gendan.documents.model.DocumentRequest;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.ProductionDocuments;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.render.PdfRenderer;
import org.gendan.documents.render.UblInvoiceWriter;
import org.gendan.documents.report.CsvTable;
import org.gendan.documents.report.ItemQuantityRow;
import org.gendan.documents.report.MonthlyAmountRow;
import org.gendan.documents.report.PaymentReceipt;
import org.gendan.documents.report.Reports;
import org.gendan.examples.demo.FactoryDemo.OutputFile;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.schedule.Schedule;

/**
 * The documents (制单) and reports the demo writes: for the first orders (by id) that are confirmed,
 * reviewed or in production and have everything a document needs, the sales contract (外销合同), proforma
 * invoice (形式发票), commercial invoice (商业发票) and packing list (装箱单) as HTML, as PDF when a CJK
 * font is installed ({@link PdfRenderer#findCjkFont()}), and as JSON, plus the commercial invoice as a
 * UBL 2.1 invoice; the production delay report (延期报告) of the schedule as HTML; and the monthly amounts
 * by customer, the quantities by item and the payments received as CSV for Excel (UTF-8 with a
 * byte-order mark).
 */
public final class DemoDocuments {

  /** The names of the four documents of a set, in the order they are written. */
  public static final List<String> DOCUMENT_NAMES = List.of("sales-contract", "proforma-invoice", "commercial-invoice", "packing-list");

  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  private DemoDocuments() {}

  /**
   * The document set of one order.
   *
   * @param orderId the order
   * @param set     its documents
   */
  public record OrderDocuments(String orderId, DocumentSet set) {
    /** Checks for nulls. */
    public OrderDocuments {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(set, "set");
    }
  }

  /** The company that issues the documents: the sample factory. */
  public static CompanyProfile company() {
    return CompanyProfile.builder().nameEn("Huafang Home & Apparel Co., Ltd.").nameZh("华纺家居服饰有限公司")
        .address("18 Yinzhou Avenue, Ningbo, Zhejiang").country(CountryCode.of("CN")).build();
  }

  /**
   * The first {@code count} orders, by id, that are confirmed, reviewed or in production and whose
   * document set can be made, with their sets.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static List<OrderDocuments> documentSets(SampleData data, LocalDate today, int count) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(today, "today");
    if (count < 0) {
      throw new IllegalArgumentException("the number of document sets must not be negative, got " + count);
    }
    List<Order> orders = new ArrayList<>(data.orders());
    orders.sort(Comparator.comparing(o -> o.id().value()));
    List<OrderDocuments> sets = new ArrayList<>();
    for (Order o : orders) {
      if (sets.size() == count) {
        break;
      }
      if (o.status() != OrderStatus.CONFIRMED && o.status() != OrderStatus.REVIEWED && o.status() != OrderStatus.IN_PRODUCTION) {
        continue;
      }
      Optional<DocumentRequest> request = request(data, o, today);
      if (request.isPresent()) {
        Either<Rejection, DocumentSet> made = request.get().toDocuments();
        made.forEach(set -> sets.add(new OrderDocuments(o.id().value(), set)));
      }
    }
    return List.copyOf(sets);
  }

  private static Optional<DocumentRequest> request(SampleData data, Order order, LocalDate today) {
    Optional<Customer> customer = data.customer(order.salesOrder().customerId());
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    Set<String> skus = new TreeSet<>();
    order.salesOrder().lines().stream().map(OrderLine::sku).forEach(s -> skus.add(s.value()));
    List<Item> items = data.items().stream().filter(i -> skus.contains(i.sku().value())).toList();
    return Optional.of(DocumentRequest.builder().order(order.salesOrder()).company(company()).customer(customer.get()).items(items)
        .issue(DocumentIssue.builder().date(today).proformaNumber("PI-" + order.id()).invoiceNumber("CI-" + order.id()).build())
        .build());
  }

  /**
   * The document, report and CSV files of the demo.
   *
   * @param data     the factory's data
   * @param schedule the production schedule (for the delay report)
   * @param today    the issue date
   * @param orders   how many orders get their document set
   */
  public static List<OutputFile> outputs(SampleData data, Schedule schedule, LocalDate today, int orders) {
    Objects.requireNonNull(schedule, "schedule");
    List<OutputFile> files = new ArrayList<>();
    HtmlRenderer html = HtmlRenderer.standard();
    Optional<PdfRenderer> pdf = PdfRenderer.findCjkFont().map(font -> {
      com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
      PDFBOX_LOG.setLevel(Level.SEVERE);
      return PdfRenderer.standard().withFont(font);
    });
    for (OrderDocuments od : documentSets(data, today, orders)) {
      String id = od.orderId();
      DocumentSet set = od.set();
      List<String> pages = List.of(html.render(set.contract()), html.render(set.proforma()), html.render(set.invoice()),
          html.render(set.packingList()));
      List<Object> docs = List.of(set.contract(), set.proforma(), set.invoice(), set.packingList());
      List<String> what = List.of("Sales contract (外销合同)", "Proforma invoice (形式发票)", "Commercial invoice (商业发票)",
          "Packing list (装箱单)");
      for (int i = 0; i < DOCUMENT_NAMES.size(); i++) {
        String base = DOCUMENT_NAMES.get(i) + "-" + id;
        files.add(new OutputFile(base + ".html", what.get(i) + " of order " + id, pages.get(i)));
        if (pdf.isPresent()) {
          files.add(new OutputFile(base + ".pdf", what.get(i) + " of order " + id + " as PDF", pdfOf(pdf.get(), set, i)));
        }
        files.add(new OutputFile(base + ".json", what.get(i) + " of order " + id + " as JSON", GendanJson.write(docs.get(i)) + "\n"));
      }
      files.add(new OutputFile("commercial-invoice-" + id + "-ubl.xml", "Commercial invoice of order " + id + " as a UBL 2.1 invoice (XML)",
          UblInvoiceWriter.write(set.invoice())));
    }
    DelayReport delays = ProductionDocuments.delayReport(schedule, "DR-" + today, today);
    files.add(new OutputFile("delay-report.html", "Production delay report (延期报告) of the schedule's late jobs, with their causes",
        html.render(delays)));
    List<MonthlyAmountRow> monthly = Reports.monthlyAmounts(data.orders(), data.customers());
    files.add(new OutputFile("monthly-amounts.csv", "Monthly ordered and shipped amounts by customer (客户月度金额), CSV for Excel",
        CsvTable.of(MonthlyAmountRow.HEADER, monthly).toExcelBytes()));
    List<ItemQuantityRow> quantities = Reports.quantitiesByItem(data.orders(), data.items());
    files.add(new OutputFile("quantities-by-item.csv", "Quantities ordered and shipped by item (货品数量), CSV for Excel",
        CsvTable.of(ItemQuantityRow.HEADER, quantities).toExcelBytes()));
    LocalDate from = data.orders().stream().map(o -> o.salesOrder().orderDate()).min(Comparator.naturalOrder()).orElse(today);
    List<PaymentReceipt> payments = Reports.paymentsReceived(data.orders(), from.isAfter(today) ? today : from, today);
    files.add(new OutputFile("payments-received.csv", "Payments received (收款明细) up to " + today + ", CSV for Excel",
        CsvTable.of(PaymentReceipt.HEADER, payments).toExcelBytes()));
    return List.copyOf(files);
  }

  private static byte[] pdfOf(PdfRenderer pdf, DocumentSet set, int which) {
    switch (which) {
      case 0:
        return pdf.render(set.contract());
      case 1:
        return pdf.render(set.proforma());
      case 2:
        return pdf.render(set.invoice());
      default:
        return pdf.render(set.packingList());
    }
  }
}

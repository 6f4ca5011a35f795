package org.gendan.examples;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gendan.core.Rejection;
import org.gendan.core.product.Item;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CountryCode;
import org.gendan.core.party.Customer;
import org.gendan.documents.check.ConsistencyCheck;
import org.gendan.documents.check.ConsistencyFinding;
import org.gendan.documents.check.PresentedDocuments;
import org.gendan.documents.model.CompanyProfile;
import org.gendan.documents.model.DocumentIssue;
import org.gendan.documents.model.DocumentRequest;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.examples.sample.SampleData;

/**
 * Trade documents (制单) and the consistency check (单单一致): the example makes the document set of the
 * first confirmed sample order that has everything a document needs (sales contract 外销合同,
 * proforma invoice 形式发票, commercial invoice 商业发票, packing list 装箱单), writes them as HTML, checks
 * the set against itself (no errors), then checks a copy whose packing list states one package more
 * than its lines add up to, and prints the finding.
 */
public final class DocumentsExample {

  /**
   * What the example did.
   *
   * @param set             the document set
   * @param files           the HTML files written
   * @param findings        the findings of the consistent set
   * @param mutatedFindings the findings of the copy with one package more on the packing list
   */
  public record Result(DocumentSet set, List<Path> files, List<ConsistencyFinding> findings, List<ConsistencyFinding> mutatedFindings) {
    /** Creates the value; lists are copied. */
    public Result {
      Objects.requireNonNull(set, "set");
      files = List.copyOf(files);
      findings = List.copyOf(findings);
      mutatedFindings = List.copyOf(mutatedFindings);
    }
  }

  private DocumentsExample() {}

  /** Runs the example, writing into a new temporary folder, and prints to standard output. */
  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out, Files.createTempDirectory("gendan-documents-"));
    out.flush();
  }

  /** Runs the example, writing into a new temporary folder. */
  public static Result run(PrintWriter out) {
    try {
      return run(out, Files.createTempDirectory("gendan-documents-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  /**
   * Runs the example.
   *
   * @param out where the findings are printed
   * @param dir where the HTML files go (created if missing)
   * @return the documents, the files and the findings
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Result run(PrintWriter out, Path dir) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(dir, "dir");
    SampleData data = SampleData.load();
    CompanyProfile company = CompanyProfile.builder().nameEn("Huafang Home & Apparel Co., Ltd.").nameZh("华纺家居服饰有限公司")
        .address("18 Yinzhou Avenue, Ningbo, Zhejiang").country(CountryCode.of("CN")).build();
    DocumentSet set = null;
    Order chosen = null;
    for (Order o : data.orders()) {
      if (o.status() != OrderStatus.CONFIRMED && o.status() != OrderStatus.REVIEWED && o.status() != OrderStatus.IN_PRODUCTION) {
        continue;
      }
      Either<Rejection, DocumentSet> made = request(data, company, o).toDocuments();
      if (made.isRight()) {
        set = made.get();
        chosen = o;
        break;
      }
    }
    if (set == null) {
      throw new IllegalStateException("no confirmed order of the sample can make documents");
    }
    out.println("Documents of order " + chosen.id() + " for " + chosen.salesOrder().customerId() + ", "
        + chosen.salesOrder().lines().size() + " line(s); invoice total " + set.invoice().total()
        + ", " + set.packingList().totalPackages() + " package(s)");

    HtmlRenderer html = HtmlRenderer.standard();
    List<Path> files;
    try {
      Files.createDirectories(dir);
      files = List.of(
          write(dir.resolve("sales-contract.html"), html.render(set.contract())),
          write(dir.resolve("proforma-invoice.html"), html.render(set.proforma())),
          write(dir.resolve("commercial-invoice.html"), html.render(set.invoice())),
          write(dir.resolve("packing-list.html"), html.render(set.packingList())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + dir + ": " + e.getMessage(), e);
    }
    files.forEach(f -> out.println("   wrote " + f));

    PresentedDocuments presented = PresentedDocuments.builder().contract(set.contract()).proforma(set.proforma())
        .invoice(set.invoice()).packingList(set.packingList()).build();
    List<ConsistencyFinding> findings = ConsistencyCheck.check(presented);
    out.println("Consistency check (单单一致) of the set as made: " + errors(findings) + " error(s)");
    findings.forEach(f -> out.println("   " + f));

    long packages = set.packingList().totalPackages();
    PresentedDocuments mutated = presented.withPackingList(set.packingList().withTotalPackages(packages + 1));
    List<ConsistencyFinding> mutatedFindings = ConsistencyCheck.check(mutated);
    out.println("Consistency check with the packing list's total packages changed from " + packages + " to " + (packages + 1)
        + ": " + errors(mutatedFindings) + " error(s)");
    mutatedFindings.forEach(f -> out.println("   " + f));
    out.flush();
    return new Result(set, files, findings, mutatedFindings);
  }

  /** The document request of a sample order: the order, the company, its customer and items, and issue numbers from the order id. */
  static DocumentRequest request(SampleData data, CompanyProfile company, Order order) {
    Customer customer = data.customer(order.salesOrder().customerId())
        .orElseThrow(() -> new IllegalStateException("order " + order.id() + " names an unknown customer"));
    Set<String> skus = order.salesOrder().lines().stream().map(OrderLine::sku).map(Object::toString).collect(Collectors.toSet());
    List<Item> items = data.items().stream().filter(i -> skus.contains(i.sku().toString())).toList();
    return DocumentRequest.builder().order(order.salesOrder()).company(company).customer(customer).items(items)
        .issue(DocumentIssue.builder().date(data.today()).proformaNumber("PI-" + order.id()).invoiceNumber("CI-" + order.id()).build())
        .build();
  }

  private static long errors(List<ConsistencyFinding> findings) {
    return findings.stream().filter(f -> f.severity() == org.gendan.core.review.Severity.ERROR).count();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}

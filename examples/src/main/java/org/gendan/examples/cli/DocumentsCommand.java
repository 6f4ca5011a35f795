package org.gendan.examples.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.documents.check.PresentedDocuments;
import org.gendan.documents.model.DocumentRequest;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.render.PdfRenderer;
import org.gendan.documents.render.UblInvoiceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gendan documents ORDER.json --out DIR [--format html,pdf,json,ubl]}: makes the document set of
 * one order (sales contract, proforma invoice, commercial invoice, packing list) and writes it in the
 * chosen formats. ORDER.json is a {@link DocumentRequest}: {@code order}, {@code company},
 * {@code customer}, {@code items} and {@code issue}. With {@code json} the tool also writes
 * {@code documents.json}, the set as {@code gendan check} reads it.
 */
@Command(name = "documents", mixinStandardHelpOptions = true,
    description = {"Makes the documents of one order (外销合同, 形式发票, 商业发票, 装箱单) from ORDER.json",
        "(order, company, customer, items, issue) and writes them to DIR as HTML, PDF, JSON and UBL 2.1 XML.",
        "Exit code 0: written; 1: the order cannot make documents (the reason is printed); 2: bad input.",
        "ORDER.json format: examples/schemas/document-order.schema.json."})
final class DocumentsCommand implements Callable<Integer> {

  /** The formats the command writes. */
  static final List<String> FORMATS = List.of("html", "pdf", "json", "ubl");

  /** PDFBox reports font fallbacks through java.util.logging; a strong reference keeps the level set. */
  private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  private static final List<String> NAMES = List.of("sales-contract", "proforma-invoice", "commercial-invoice", "packing-list");

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ORDER.json", description = "the order with company, customer, items and issue data")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write to (created if missing)")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,json",
      description = "any of html, pdf, json, ubl, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> formats;

  @Option(names = "--font", paramLabel = "FONT.ttf",
      description = "a TrueType CJK font for PDF (default: the first of the common system fonts found)")
  Path font;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    Set<String> chosen = new LinkedHashSet<>();
    for (String f : formats) {
      String x = f.trim().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(x)) {
        throw new BadInputException("--format: unknown format '" + f + "'; use any of " + String.join(", ", FORMATS));
      }
      chosen.add(x);
    }
    PdfRenderer pdf = PdfRenderer.standard();
    if (chosen.contains("pdf")) {
      // the renderer's progress and font-fallback messages are noise on a command line
      com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
      PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    if (font != null && chosen.contains("pdf")) {
      try {
        pdf = pdf.withFont(font);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--font: " + e.getMessage());
      }
    }
    DocumentRequest request = JsonInput.read(input, DocumentRequest.class);
    Either<Rejection, DocumentSet> made = request.toDocuments();
    if (made.isLeft()) {
      spec.commandLine().getErr().println("gendan: " + input + ": " + made.getLeft().code() + ": " + made.getLeft().message());
      spec.commandLine().getErr().flush();
      return ExitCodes.RESULT_HAS_ERRORS;
    }
    DocumentSet set = made.get();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new BadInputException(out + ": cannot create the output directory: " + e.getMessage());
    }
    List<Path> written = new ArrayList<>();
    HtmlRenderer html = HtmlRenderer.standard();
    if (chosen.contains("html")) {
      List<String> pages = List.of(html.render(set.contract()), html.render(set.proforma()), html.render(set.invoice()), html.render(set.packingList()));
      for (int i = 0; i < NAMES.size(); i++) {
        written.add(write(NAMES.get(i) + ".html", pages.get(i).getBytes(StandardCharsets.UTF_8)));
      }
    }
    if (chosen.contains("pdf")) {
      List<byte[]> files = List.of(pdf.render(set.contract()), pdf.render(set.proforma()), pdf.render(set.invoice()), pdf.render(set.packingList()));
      for (int i = 0; i < NAMES.size(); i++) {
        written.add(write(NAMES.get(i) + ".pdf", files.get(i)));
      }
    }
    if (chosen.contains("json")) {
      List<Object> docs = List.of(set.contract(), set.proforma(), set.invoice(), set.packingList());
      for (int i = 0; i < NAMES.size(); i++) {
        written.add(write(NAMES.get(i) + ".json", GendanJson.write(docs.get(i)).getBytes(StandardCharsets.UTF_8)));
      }
      PresentedDocuments presented = PresentedDocuments.builder().contract(set.contract()).proforma(set.proforma()).invoice(set.invoice())
          .packingList(set.packingList()).build();
      written.add(write("documents.json", GendanJson.write(presented).getBytes(StandardCharsets.UTF_8)));
    }
    if (chosen.contains("ubl")) {
      written.add(write("commercial-invoice-ubl.xml", UblInvoiceWriter.write(set.invoice()).getBytes(StandardCharsets.UTF_8)));
    }
    if (chosen.contains("pdf") && pdf.font().isEmpty()) {
      o.println("note: no CJK TrueType font found; Chinese text is missing from the PDFs (install fonts-wqy-microhei or pass --font)");
    }
    written.forEach(p -> o.println("wrote " + p));
    o.flush();
    return ExitCodes.OK;
  }

  private Path write(String name, byte[] bytes) {
    Path p = out.resolve(name);
    try {
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new BadInputException(p + ": cannot write: " + e.getMessage());
    }
    return p;
  }
}

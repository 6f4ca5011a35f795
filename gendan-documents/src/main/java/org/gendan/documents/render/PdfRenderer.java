package org.gendan.documents.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gendan.documents.model.BookingRequest;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.model.Quotation;
import org.gendan.documents.model.ReconciliationStatement;
import org.gendan.documents.model.DelayReport;
import org.gendan.documents.model.FlowCard;
import org.gendan.documents.model.ProductionOrder;
import org.gendan.documents.model.OriginApplication;
import org.gendan.documents.model.InspectionApplication;
import org.gendan.documents.model.ShipmentNotice;
import org.gendan.documents.model.PurchaseContract;
import org.gendan.documents.model.SalesContract;

/**
 * Renders documents as PDF from the HTML of an {@link HtmlRenderer} (openhtmltopdf on PDFBox).
 *
 * <p>Chinese text needs a TrueType CJK font (.ttf or a .ttc collection with glyf outlines; the
 * CFF-based Noto CJK fonts do not work with PDFBox). {@link #standard()} looks for common system
 * fonts ({@link #COMMON_CJK_FONTS}, e.g. Debian's {@code fonts-wqy-microhei}); {@link #withFont} sets
 * one explicitly. Without a CJK font the Latin text renders and Chinese characters do not. The font is
 * embedded as a subset. Templates used for PDF must be well-formed XHTML (the built-in ones are).
 *
 * <p>Immutable and thread-safe (each call renders into a new PDF document).
 */
public final class PdfRenderer {

  /** Where {@link #findCjkFont()} looks, in order. */
  public static final List<String> COMMON_CJK_FONTS = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
      "C:/Windows/Fonts/simsun.ttc",
      "C:/Windows/Fonts/msyh.ttc");

  /** The CSS font family name under which the CJK font is registered. */
  public static final String CJK_FAMILY = "WenQuanYi Micro Hei";

  private final HtmlRenderer html;
  private final Optional<Path> font;

  private PdfRenderer(HtmlRenderer html, Optional<Path> font) {
    this.html = html;
    this.font = font;
  }

  /** A renderer with the built-in templates and the first CJK font found on this machine, if any. */
  public static PdfRenderer standard() {
    return new PdfRenderer(HtmlRenderer.standard(), findCjkFont());
  }

  /** The first of {@link #COMMON_CJK_FONTS} that exists as a readable file. */
  public static Optional<Path> findCjkFont() {
    return COMMON_CJK_FONTS.stream().map(Path::of).filter(p -> Files.isRegularFile(p) && Files.isReadable(p)).findFirst();
  }

  /** A copy that renders the HTML of {@code html} (e.g. with a company's own templates). */
  public PdfRenderer withHtml(HtmlRenderer html) {
    return new PdfRenderer(Objects.requireNonNull(html, "html"), font);
  }

  /**
   * A copy that embeds the TrueType font (or the first font of the collection) at {@code fontFile}.
   *
   * @throws IllegalArgumentException if the file does not exist or is not a .ttf / .ttc file
   */
  public PdfRenderer withFont(Path fontFile) {
    Objects.requireNonNull(fontFile, "fontFile");
    if (!Files.isRegularFile(fontFile)) {
      throw new IllegalArgumentException("font file not found: " + fontFile);
    }
    String name = fontFile.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".ttf") && !name.endsWith(".ttc")) {
      throw new IllegalArgumentException("the CJK font must be a TrueType .ttf or .ttc file: " + fontFile);
    }
    return new PdfRenderer(html, Optional.of(fontFile));
  }

  /** A copy without a CJK font (Latin text only). */
  public PdfRenderer withoutCjkFont() {
    return new PdfRenderer(html, Optional.empty());
  }

  /** The CJK font embedded, if any. */
  public Optional<Path> font() {
    return font;
  }

  /** The sales contract as PDF. */
  public byte[] render(SalesContract contract) {
    return pdf(html.render(contract));
  }

  /** The proforma invoice as PDF. */
  public byte[] render(ProformaInvoice proforma) {
    return pdf(html.render(proforma));
  }

  /** The commercial invoice as PDF. */
  public byte[] render(CommercialInvoice invoice) {
    return pdf(html.render(invoice));
  }

  /** The packing list as PDF. */
  public byte[] render(PackingList packingList) {
    return pdf(html.render(packingList));
  }

  /** The booking request as PDF. */
  public byte[] render(BookingRequest booking) {
    return pdf(html.render(booking));
  }

  /** The quotation as PDF. */
  public byte[] render(Quotation quotation) {
    return pdf(html.render(quotation));
  }

  /** The purchase contract to the factory as PDF. */
  public byte[] render(PurchaseContract contract) {
    return pdf(html.render(contract));
  }

  /** The shipment notice as PDF. */
  public byte[] render(ShipmentNotice notice) {
    return pdf(html.render(notice));
  }

  /** The statutory inspection application as PDF. */
  public byte[] render(InspectionApplication application) {
    return pdf(html.render(application));
  }

  /** The certificate-of-origin application as PDF. */
  public byte[] render(OriginApplication application) {
    return pdf(html.render(application));
  }

  /** The production order as PDF. */
  public byte[] render(ProductionOrder productionOrder) {
    return pdf(html.render(productionOrder));
  }

  /** The flow card as PDF. */
  public byte[] render(FlowCard flowCard) {
    return pdf(html.render(flowCard));
  }

  /** The delay report as PDF. */
  public byte[] render(DelayReport report) {
    return pdf(html.render(report));
  }

  /** The reconciliation statement as PDF. */
  public byte[] render(ReconciliationStatement statement) {
    return pdf(html.render(statement));
  }

  private byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrueTypeCollection collection = null;
    TrueTypeFont single = null;
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.usePDDocument(doc);
      b.withProducer("gendan");
      if (font.isPresent()) {
        Path f = font.get();
        TrueTypeFont ttf;
        if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
          collection = new TrueTypeCollection(f.toFile());
          TrueTypeFont[] first = new TrueTypeFont[1];
          collection.processAllFonts(t -> {
            if (first[0] == null) {
              first[0] = t;
            }
          });
          ttf = first[0];
        } else {
          single = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()));
          ttf = single;
        }
        if (ttf == null) {
          throw new IllegalArgumentException("no font in " + f);
        }
        b.useFont(new PDFontSupplier(PDType0Font.load(doc, ttf, true)), CJK_FAMILY);
      }
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF: " + e.getMessage(), e);
    } finally {
      closeQuietly(collection);
      closeQuietly(single);
    }
  }

  private static void closeQuietly(java.io.Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // the PDF is written; a font file that fails to close leaves nothing to undo
      }
    }
  }
}

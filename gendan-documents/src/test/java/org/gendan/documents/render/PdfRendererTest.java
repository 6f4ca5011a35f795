package org.gendan.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

  private final DocumentSet d = DocumentSamples.documents();

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void the_commercial_invoice_pdf_reads_back_its_english_figures() throws IOException {
    byte[] pdf = PdfRenderer.standard().withoutCjkFont().render(d.invoice());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = text(pdf);
    assertThat(text).contains("COMMERCIAL INVOICE").contains("INV-2026-0412").contains("USD 24,090.00")
        .contains("SAY U.S. DOLLARS TWENTY-FOUR THOUSAND NINETY ONLY").contains("3,300.00 KGS");
  }

  @Test
  void with_a_cjk_font_the_chinese_titles_read_back_too() throws IOException {
    PdfRenderer pdf = PdfRenderer.standard();
    assumeTrue(pdf.font().isPresent(), "no TrueType CJK font on this machine (install fonts-wqy-microhei); CJK PDF test skipped");
    String invoice = text(pdf.render(d.invoice()));
    assertThat(invoice).contains("商业发票").contains("COMMERCIAL INVOICE").contains("USD 24,090.00");
    assertThat(text(pdf.render(d.packingList()))).contains("装箱单").contains("201-250");
  }

  @Test
  void bad_input_is_rejected_clearly(@TempDir Path dir) throws IOException {
    PdfRenderer pdf = PdfRenderer.standard();
    assertThatThrownBy(() -> pdf.withFont(dir.resolve("missing.ttf"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found");
    Path otf = Files.writeString(dir.resolve("font.otf"), "x");
    assertThatThrownBy(() -> pdf.withFont(otf)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".ttf or .ttc");
    assertThatThrownBy(() -> pdf.withFont(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pdf.withHtml(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> pdf.render((org.gendan.documents.model.CommercialInvoice) null)).isInstanceOf(NullPointerException.class);
  }
}

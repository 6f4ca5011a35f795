package org.gendan.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gendan.core.money.UnitPrice;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.party.Supplier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.party.SupplierKind;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.model.ApplicationIssue;
import org.gendan.documents.model.DelayEntry;
import org.gendan.documents.model.DelayReport;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.FollowUpDocuments;
import org.gendan.documents.model.PurchaseTerms;
import org.gendan.documents.model.ShipmentPlan;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

/** Every new template is well-formed XHTML that the PDF renderer reads (Latin text, no font needed). */
class FollowUpPdfTest {

  private final PdfRenderer pdf = PdfRenderer.standard().withoutCjkFont();
  private final DocumentSet set = DocumentSamples.documents();
  private final FollowUpDocuments docs = FollowUpDocuments.standard();

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument d = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void the_follow_up_documents_render_to_pdf_with_their_figures() throws IOException {
    Supplier factory = Supplier.builder().id(SupplierId.of("F-1")).name("Yinzhou Weaving").kind(SupplierKind.FACTORY).build();
    PurchaseTerms terms = PurchaseTerms.builder().number("PC-1").date(LocalDate.of(2026, 3, 5)).factory(factory)
        .putPrices(SampleData.TSHIRT, UnitPrice.of("19.80", "CNY")).putPrices(SampleData.POLO, UnitPrice.of("28.50", "CNY"))
        .deliveryDate(LocalDate.of(2026, 4, 20)).deliveryPlace("NINGBO WAREHOUSE").paymentTerms("30 DAYS").build();
    assertThat(text(pdf.render(docs.purchaseContract(set, DocumentSamples.sunrise(), DocumentSamples.items(), terms).get())))
        .contains("PURCHASE CONTRACT").contains("CNY 146,340.00");
    ShipmentPlan plan = ShipmentPlan.builder().number("SN-1").date(LocalDate.of(2026, 4, 20)).loadingDate(LocalDate.of(2026, 4, 27))
        .etd(LocalDate.of(2026, 4, 30)).build();
    assertThat(text(pdf.render(docs.shipmentNotice(set, plan).get()))).contains("SHIPMENT NOTICE").contains("3,300.00 KGS");
    ApplicationIssue issue = ApplicationIssue.builder().number("A-1").date(LocalDate.of(2026, 4, 14)).plannedShipmentDate(LocalDate.of(2026, 4, 30)).build();
    assertThat(text(pdf.render(docs.inspectionApplication(SampleData.order(), set, DocumentSamples.sunrise(), DocumentSamples.items(), issue).get())))
        .contains("STATUTORY INSPECTION").contains("USD 24,090.00");
    assertThat(text(pdf.render(docs.originApplication(SampleData.order().withOriginCertificate(OriginCertificate.GENERAL_CO), set,
        DocumentSamples.items(), issue).get()))).contains("CERTIFICATE OF ORIGIN").contains("CCPIT").contains("HAMBURG");
    DelayReport none = DelayReport.builder().number("DR-1").date(LocalDate.of(2026, 3, 2)).scheduleMethod("EDD").jobsScheduled(0).build();
    assertThat(text(pdf.render(none))).contains("NO ORDER IS LATE");
    DelayReport one = none.withJobsScheduled(1).withEntries(new DelayEntry("SO-1", 1, SampleData.TSHIRT, LocalDate.of(2026, 3, 2).atTime(8, 0),
        LocalDate.of(2026, 3, 4).atTime(9, 0), 49 * 60, 2, "placed after key customer orders"));
    assertThat(text(pdf.render(one))).contains("SO-1").contains("placed after key");
  }
}

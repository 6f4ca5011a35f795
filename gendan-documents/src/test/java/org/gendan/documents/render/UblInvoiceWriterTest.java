package org.gendan.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.gendan.core.party.CountryCode;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentParty;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.testing.DocumentGenerators;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class UblInvoiceWriterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchemas() throws SAXException {
    String[] paths = {"schemas/CCTS_CCT_SchemaModule.xsd", "schemas/xmldsig-core-schema.xsd", "schemas/XAdES01903v132-201601.xsd",
        "schemas/XAdES01903v141-201601.xsd", "external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd"};
    List<Source> sources = new ArrayList<>();
    for (String p : paths) {
      URL url = UblInvoiceWriterTest.class.getClassLoader().getResource(p);
      assertThat(url).as("schema %s on the test classpath", p).isNotNull();
      sources.add(new StreamSource(url.toExternalForm()));
    }
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = f.newSchema(sources.toArray(new Source[0]));
  }

  private static void validate(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void the_sample_invoice_is_a_valid_ubl_21_invoice_with_its_figures() throws Exception {
    DocumentSet d = DocumentSamples.documents();
    String xml = UblInvoiceWriter.write(d.invoice());
    validate(xml);
    assertThat(xml).contains("<cbc:ID>INV-2026-0412</cbc:ID>").contains("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>")
        .contains("<cbc:PayableAmount currencyID=\"USD\">16863.00</cbc:PayableAmount>")
        .contains("<cbc:PrepaidAmount currencyID=\"USD\">7227.00</cbc:PrepaidAmount>")
        .contains("<cbc:InvoicedQuantity unitCode=\"H87\">4800</cbc:InvoicedQuantity>")
        .contains("<cbc:ItemClassificationCode listID=\"HS\">6109100000</cbc:ItemClassificationCode>")
        .contains("<cbc:SpecialTerms>FOB NINGBO INCOTERMS 2020</cbc:SpecialTerms>");
  }

  @Test
  void markup_in_names_is_escaped_and_the_document_stays_valid() throws Exception {
    CommercialInvoice ci = DocumentSamples.documents().invoice()
        .withBuyer(new DocumentParty("<Hansa> & \"Söhne\" 汉莎", Optional.of("]]> <x/>"), CountryCode.of("DE")));
    String xml = UblInvoiceWriter.write(ci);
    validate(xml);
    assertThat(xml).contains("&lt;Hansa&gt; &amp;").doesNotContain("<x/>");
  }

  @Test
  void every_generated_invoice_is_schema_valid() {
    qt().withExamples(40).forAll(DocumentGenerators.documentSets()).checkAssert(d -> {
      try {
        validate(UblInvoiceWriter.write(d.invoice()));
      } catch (Exception e) {
        throw new AssertionError("invalid UBL: " + e.getMessage(), e);
      }
    });
  }

  @Test
  void a_broken_document_is_caught_by_the_schema() {
    String xml = UblInvoiceWriter.write(DocumentSamples.documents().invoice()).replace("<cbc:IssueDate>", "<cbc:Bogus>x</cbc:Bogus><cbc:IssueDate>");
    assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class).hasMessageContaining("Bogus");
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> UblInvoiceWriter.write(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("invoice");
    assertThatThrownBy(() -> UblInvoiceWriter.unitCode(null)).isInstanceOf(NullPointerException.class);
  }
}

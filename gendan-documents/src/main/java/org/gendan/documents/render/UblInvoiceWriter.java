package org.gendan.documents.render;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.DocumentParty;
import org.gendan.documents.model.GoodsLine;

/**
 * Writes a commercial invoice as an OASIS UBL 2.1 Invoice (XML, UTF-8) with the JDK's StAX writer.
 *
 * <p>Mapping: invoice number and date → {@code cbc:ID}, {@code cbc:IssueDate}; type code 380
 * (commercial invoice); the amount in words → {@code cbc:Note}; the contract number →
 * {@code cac:OrderReference}; seller and buyer → {@code AccountingSupplierParty} /
 * {@code AccountingCustomerParty} (name, address line, country); the trade term →
 * {@code cac:DeliveryTerms} (rule as ID, the full term as special terms, the named place as delivery
 * location); a deposit already received → {@code cac:PrepaidPayment} and
 * {@code LegalMonetaryTotal/PrepaidAmount}; lines → {@code cac:InvoiceLine} with quantity (UN/ECE
 * Recommendation 20 unit codes; packing units as Recommendation 21 codes), amount, item name and
 * description, seller's item number, origin country, HS code as commodity classification, and price.
 * No tax is stated (export sales are zero-rated). The output is deterministic.
 */
public final class UblInvoiceWriter {

  /** The UBL 2.1 Invoice namespace. */
  public static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
  /** The UBL 2.1 aggregate components namespace. */
  public static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  /** The UBL 2.1 basic components namespace. */
  public static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

  private UblInvoiceWriter() {}

  /** The invoice as a UBL 2.1 Invoice document. */
  public static String write(CommercialInvoice invoice) {
    Objects.requireNonNull(invoice, "invoice");
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("", "Invoice", NS_INVOICE);
      w.writeDefaultNamespace(NS_INVOICE);
      w.writeNamespace("cac", NS_CAC);
      w.writeNamespace("cbc", NS_CBC);
      cbc(w, "UBLVersionID", "2.1");
      cbc(w, "ID", invoice.number());
      cbc(w, "IssueDate", invoice.date().toString());
      cbc(w, "InvoiceTypeCode", "380");
      cbc(w, "Note", invoice.totalInWords());
      cbc(w, "DocumentCurrencyCode", invoice.currency().getCurrencyCode());
      cbc(w, "LineCountNumeric", String.valueOf(invoice.lines().size()));
      cac(w, "OrderReference");
      cbc(w, "ID", invoice.contractNumber());
      w.writeEndElement();
      party(w, "AccountingSupplierParty", invoice.seller());
      party(w, "AccountingCustomerParty", invoice.buyer());
      cac(w, "DeliveryTerms");
      cbc(w, "ID", invoice.incoterm().rule().name());
      cbc(w, "SpecialTerms", invoice.incoterm().toDocumentText());
      cac(w, "DeliveryLocation");
      cbc(w, "Description", invoice.incoterm().namedPlace());
      w.writeEndElement();
      w.writeEndElement();
      if (invoice.depositDeducted().isPresent()) {
        cac(w, "PrepaidPayment");
        cbc(w, "ID", "DEPOSIT");
        amount(w, "PaidAmount", invoice.depositDeducted().get());
        w.writeEndElement();
      }
      Money lines = invoice.lines().stream().map(GoodsLine::amount).reduce(Money.zero(invoice.currency()), Money::plus);
      cac(w, "LegalMonetaryTotal");
      amount(w, "LineExtensionAmount", lines);
      amount(w, "TaxExclusiveAmount", invoice.total());
      amount(w, "TaxInclusiveAmount", invoice.total());
      invoice.depositDeducted().ifPresent(d -> uncheck(() -> amount(w, "PrepaidAmount", d)));
      amount(w, "PayableAmount", invoice.amountDue());
      w.writeEndElement();
      for (GoodsLine l : invoice.lines()) {
        line(w, l, invoice);
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the UBL invoice " + invoice.number() + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void line(XMLStreamWriter w, GoodsLine l, CommercialInvoice invoice) throws XMLStreamException {
    cac(w, "InvoiceLine");
    cbc(w, "ID", String.valueOf(l.lineNo()));
    w.writeStartElement("cbc", "InvoicedQuantity", NS_CBC);
    w.writeAttribute("unitCode", unitCode(l.quantity().unit()));
    w.writeCharacters(plain(l.quantity().value()));
    w.writeEndElement();
    amount(w, "LineExtensionAmount", l.amount());
    cac(w, "Item");
    cbc(w, "Description", l.description());
    cbc(w, "Name", l.description().length() > 100 ? l.description().substring(0, 100) : l.description());
    cac(w, "SellersItemIdentification");
    cbc(w, "ID", l.sku().value());
    w.writeEndElement();
    cac(w, "OriginCountry");
    cbc(w, "IdentificationCode", invoice.countryOfOrigin().value());
    w.writeEndElement();
    if (l.hsCode().isPresent()) {
      cac(w, "CommodityClassification");
      w.writeStartElement("cbc", "ItemClassificationCode", NS_CBC);
      w.writeAttribute("listID", "HS");
      w.writeCharacters(l.hsCode().get().value());
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    cac(w, "Price");
    w.writeStartElement("cbc", "PriceAmount", NS_CBC);
    w.writeAttribute("currencyID", l.unitPrice().currency().getCurrencyCode());
    w.writeCharacters(plain(l.unitPrice().amount()));
    w.writeEndElement();
    w.writeStartElement("cbc", "BaseQuantity", NS_CBC);
    w.writeAttribute("unitCode", unitCode(l.quantity().unit()));
    w.writeCharacters("1");
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void party(XMLStreamWriter w, String role, DocumentParty p) throws XMLStreamException {
    cac(w, role);
    cac(w, "Party");
    cac(w, "PartyName");
    cbc(w, "Name", p.name());
    w.writeEndElement();
    cac(w, "PostalAddress");
    if (p.address().isPresent()) {
      cac(w, "AddressLine");
      cbc(w, "Line", p.address().get());
      w.writeEndElement();
    }
    cac(w, "Country");
    cbc(w, "IdentificationCode", p.country().value());
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  /** The UN/ECE Recommendation 20 code of a unit (Recommendation 21 for packing units). */
  public static String unitCode(Unit unit) {
    Objects.requireNonNull(unit, "unit");
    switch (unit) {
      case PCS: return "H87";
      case DOZ: return "DZN";
      case SET: return "SET";
      case PAIR: return "PR";
      case CTN: return "CT";
      case ROLL: return "RO";
      case BALE: return "BL";
      case KG: return "KGM";
      case G: return "GRM";
      case MT: return "TNE";
      case LB: return "LBR";
      case M: return "MTR";
      case CM: return "CMT";
      case YD: return "YRD";
      case SQM: return "MTK";
      default: return "MTQ";
    }
  }

  private static void amount(XMLStreamWriter w, String name, Money m) throws XMLStreamException {
    w.writeStartElement("cbc", name, NS_CBC);
    w.writeAttribute("currencyID", m.currency().getCurrencyCode());
    w.writeCharacters(m.amount().toPlainString());
    w.writeEndElement();
  }

  private static void cbc(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement("cbc", name, NS_CBC);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static void cac(XMLStreamWriter w, String name) throws XMLStreamException {
    w.writeStartElement("cac", name, NS_CAC);
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  @FunctionalInterface
  private interface XmlAction {
    void run() throws XMLStreamException;
  }

  private static void uncheck(XmlAction a) {
    try {
      a.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}

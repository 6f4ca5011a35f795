package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.money.Money;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.PaymentTerms;
import org.immutables.value.Value;

/**
 * A proforma invoice: the commercial content of the contract with the deposit request and bank details
 * for T/T. Not acceptable as the invoice under an L/C (ISBP 821 C1(a)). Build with
 * {@code ProformaInvoice.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ProformaInvoice.class)
@JsonDeserialize(as = ProformaInvoice.class)
abstract class AbstractProformaInvoice {

  /** The title printed on the document. */
  public static final String TITLE = "PROFORMA INVOICE";

  /** The PI number. */
  public abstract String number();

  /** The date. */
  public abstract LocalDate date();

  /** The contract (or order) number it belongs to. */
  public abstract String contractNumber();

  /** The seller. */
  public abstract DocumentParty seller();

  /** The buyer. */
  public abstract DocumentParty buyer();

  /** The currency. */
  public abstract Currency currency();

  /** The goods. */
  public abstract List<GoodsLine> lines();

  /** The total as stated. */
  public abstract Money total();

  /** The total in words as stated. */
  public abstract String totalInWords();

  /** The trade term. */
  public abstract Incoterm incoterm();

  /** The payment terms. */
  public abstract PaymentTerms paymentTerms();

  /** The amount of each instalment as stated, in the order of the payment terms (deposit, balance). */
  public abstract List<Money> instalmentAmounts();

  /** The last day the offer is valid. */
  public abstract Optional<LocalDate> validUntil();

  /** The latest shipment date. */
  public abstract LocalDate latestShipmentDate();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The destination. */
  public abstract String destination();

  /** The seller's bank details for T/T. */
  public abstract Optional<String> bankDetails();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "proforma invoice number");
    DocumentChecks.number(contractNumber(), "contract number");
    DocumentChecks.goodsLines("proforma invoice " + number(), lines(), currency());
    DocumentChecks.money(total(), currency());
    instalmentAmounts().forEach(m -> DocumentChecks.money(m, currency()));
    Ids.requireNonBlankText(totalInWords(), "total in words", 1000);
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
    bankDetails().ifPresent(b -> Ids.requireText(b, "bank details", 1000));
    validUntil().ifPresent(v -> {
      if (v.isBefore(date())) {
        throw new IllegalArgumentException("proforma invoice " + number() + " is valid until " + v + ", before its date " + date());
      }
    });
  }
}

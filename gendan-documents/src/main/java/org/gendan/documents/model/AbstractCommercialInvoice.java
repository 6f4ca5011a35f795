package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.gendan.core.terms.Incoterm;
import org.immutables.value.Value;

/**
 * A commercial invoice (商业发票) as stated: issued by the seller (beneficiary) to the buyer
 * (applicant), with goods, prices, totals and words, trade term, ports, marks and the shipment totals.
 * Build with {@code CommercialInvoice.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = CommercialInvoice.class)
@JsonDeserialize(as = CommercialInvoice.class)
abstract class AbstractCommercialInvoice {

  /** The default title. */
  public static final String DEFAULT_TITLE = "COMMERCIAL INVOICE";

  /** The title printed ("COMMERCIAL INVOICE" or "INVOICE"; a pro-forma title is not an invoice under an L/C). */
  @Value.Default
  public String title() {
    return DEFAULT_TITLE;
  }

  /** The invoice number. */
  public abstract String number();

  /** The invoice date. */
  public abstract LocalDate date();

  /** The contract number. */
  public abstract String contractNumber();

  /** The L/C number, if the goods are paid by L/C. */
  public abstract Optional<String> lcNumber();

  /** The seller (beneficiary). */
  public abstract DocumentParty seller();

  /** The buyer (applicant). */
  public abstract DocumentParty buyer();

  /** The currency. */
  public abstract Currency currency();

  /** The goods. */
  public abstract List<GoodsLine> lines();

  /** The total value of the goods as stated. */
  public abstract Money total();

  /** The total in words as stated. */
  public abstract String totalInWords();

  /** A deposit already received and deducted (LESS 30% T/T DEPOSIT RECEIVED). */
  public abstract Optional<Money> depositDeducted();

  /** The trade term. */
  public abstract Incoterm incoterm();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The destination. */
  public abstract String destination();

  /** The vessel and voyage, after booking. */
  public abstract Optional<String> vessel();

  /** The shipment (on-board) date, once shipped. */
  public abstract Optional<LocalDate> shipmentDate();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The number of packages. */
  public abstract long totalPackages();

  /** The total net weight. */
  public abstract Quantity netWeight();

  /** The total gross weight. */
  public abstract Quantity grossWeight();

  /** The total measurement. */
  public abstract Quantity measurement();

  /** The country of origin. */
  public abstract CountryCode countryOfOrigin();

  /** The amount due: total less the deposit deducted. */
  public Money amountDue() {
    return depositDeducted().map(d -> total().minus(d)).orElse(total());
  }

  @Value.Check
  protected void check() {
    Ids.requireNonBlankText(title(), "invoice title", 100);
    DocumentChecks.number(number(), "invoice number");
    DocumentChecks.number(contractNumber(), "contract number");
    lcNumber().ifPresent(n -> Ids.requireText(n, "L/C number", 64));
    DocumentChecks.goodsLines("invoice " + number(), lines(), currency());
    DocumentChecks.money(total(), currency());
    depositDeducted().ifPresent(d -> DocumentChecks.money(d, currency()));
    Ids.requireNonBlankText(totalInWords(), "total in words", 1000);
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
    vessel().ifPresent(v -> Ids.requireText(v, "vessel", 100));
    if (totalPackages() < 0) {
      throw new IllegalArgumentException("invoice " + number() + ": number of packages must not be negative: " + totalPackages());
    }
  }
}

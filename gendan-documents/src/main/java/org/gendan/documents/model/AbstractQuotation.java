package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Ids;
import org.gendan.core.money.CurrencyMismatchException;
import org.gendan.core.terms.Incoterm;
import org.gendan.core.terms.PaymentTerms;
import org.immutables.value.Value;

/**
 * A quotation (报价单) to a customer: prices per item under one trade term, valid until a date, with
 * the minimum order quantity and packing. Prices usually come from an export price build-up
 * ({@link QuotationLine#of}). Build with {@code Quotation.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = Quotation.class)
@JsonDeserialize(as = Quotation.class)
abstract class AbstractQuotation {

  /** The quotation number. */
  public abstract String number();

  /** The date. */
  public abstract LocalDate date();

  /** The last day the prices are valid. */
  public abstract LocalDate validUntil();

  /** The seller. */
  public abstract DocumentParty seller();

  /** The customer. */
  public abstract DocumentParty buyer();

  /** The trade term the prices are quoted on. */
  public abstract Incoterm incoterm();

  /** The currency of the prices. */
  public abstract Currency currency();

  /** The quoted items. */
  public abstract List<QuotationLine> lines();

  /** The payment terms offered. */
  public abstract Optional<PaymentTerms> paymentTerms();

  /** Remarks (lead time, sample policy …). */
  public abstract Optional<String> remarks();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "quotation number");
    if (validUntil().isBefore(date())) {
      throw new IllegalArgumentException("quotation " + number() + " is valid until " + validUntil() + ", before its date " + date());
    }
    if (lines().size() > DocumentChecks.MAX_LINES) {
      throw new IllegalArgumentException("quotation " + number() + " has more than " + DocumentChecks.MAX_LINES + " lines");
    }
    Set<Integer> seen = new HashSet<>();
    for (QuotationLine l : lines()) {
      if (!seen.add(l.lineNo())) {
        throw new IllegalArgumentException("quotation " + number() + ": line number " + l.lineNo() + " appears twice");
      }
      if (!l.price().currency().equals(currency())) {
        throw new CurrencyMismatchException(currency(), l.price().currency());
      }
    }
    remarks().ifPresent(r -> Ids.requireText(r, "remarks", 2000));
  }
}

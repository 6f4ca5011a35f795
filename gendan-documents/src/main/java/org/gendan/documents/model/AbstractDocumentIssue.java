package org.gendan.documents.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.gendan.core.Ids;
import org.immutables.value.Value;

/**
 * What the company decides when it issues a document set for an order: the date, the document
 * numbers (from its own numbering), the more-or-less clause, and facts known only at shipment.
 * Build with {@code DocumentIssue.builder()}.
 *
 * <p>The buyer's address is given here because gendan-core's {@code Customer} does not carry an
 * address yet.
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = DocumentIssue.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = DocumentIssue.class)
abstract class AbstractDocumentIssue {

  /** The issue date of the documents. */
  public abstract LocalDate date();

  /** The sales contract number; the order id when not given. */
  public abstract Optional<String> contractNumber();

  /** The proforma invoice number. */
  public abstract String proformaNumber();

  /** The commercial invoice (and packing list) number. */
  public abstract String invoiceNumber();

  /** The buyer's address as printed. */
  public abstract Optional<String> buyerAddress();

  /** The more-or-less clause of the contract in percent (0 when none). */
  @Value.Default
  public BigDecimal moreOrLessPercent() {
    return BigDecimal.ZERO;
  }

  /** The last day the proforma invoice is valid. */
  public abstract Optional<LocalDate> proformaValidUntil();

  /** The on-board date, once shipped. */
  public abstract Optional<LocalDate> shipmentDate();

  /** The vessel and voyage, once booked. */
  public abstract Optional<String> vessel();

  /** The L/C number when paid by letter of credit. */
  public abstract Optional<String> lcNumber();

  @Value.Check
  protected void check() {
    contractNumber().ifPresent(n -> Ids.requireValid(n, "contract number"));
    Ids.requireValid(proformaNumber(), "proforma invoice number");
    Ids.requireValid(invoiceNumber(), "invoice number");
    buyerAddress().ifPresent(a -> Ids.requireText(a, "buyer address", 500));
    vessel().ifPresent(a -> Ids.requireText(a, "vessel", 100));
    lcNumber().ifPresent(a -> Ids.requireValid(a, "L/C number"));
    if (moreOrLessPercent().signum() < 0 || moreOrLessPercent().compareTo(BigDecimal.valueOf(50)) > 0) {
      throw new IllegalArgumentException("more-or-less percent must be 0..50: " + moreOrLessPercent().toPlainString());
    }
    proformaValidUntil().ifPresent(v -> {
      if (v.isBefore(date())) {
        throw new IllegalArgumentException("proforma validity " + v + " is before the issue date " + date());
      }
    });
  }
}

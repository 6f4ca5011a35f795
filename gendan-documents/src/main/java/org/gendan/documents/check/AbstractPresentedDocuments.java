package org.gendan.documents.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.documents.model.CommercialInvoice;
import org.gendan.documents.model.PackingList;
import org.gendan.documents.model.ProformaInvoice;
import org.gendan.documents.model.SalesContract;
import org.immutables.value.Value;

/**
 * A set of documents to check together: any of sales contract, proforma invoice, commercial invoice
 * and packing list, optionally the credit terms, the exchange voucher and the presentation date.
 * Build with {@code PresentedDocuments.builder()}, or read a whole set from JSON with
 * {@code GendanJson.read(json, PresentedDocuments.class)} to check documents made elsewhere.
 */
@Value.Immutable
@JsonSerialize(as = PresentedDocuments.class)
@JsonDeserialize(as = PresentedDocuments.class)
abstract class AbstractPresentedDocuments {

  /** The sales contract. */
  public abstract Optional<SalesContract> contract();

  /** The proforma invoice. */
  public abstract Optional<ProformaInvoice> proforma();

  /** The commercial invoice. */
  public abstract Optional<CommercialInvoice> invoice();

  /** The packing list. */
  public abstract Optional<PackingList> packingList();

  /** The booking request to the forwarder. */
  public abstract Optional<org.gendan.documents.model.BookingRequest> booking();

  /** The letter of credit's terms, when paid by L/C. */
  public abstract Optional<CreditTerms> credit();

  /** The exchange voucher (换证凭条) for goods under statutory inspection. */
  public abstract Optional<InspectionVoucher> voucher();

  /** Whether the voucher has already been used for an earlier declaration. */
  @Value.Default
  public boolean voucherAlreadyUsed() {
    return false;
  }

  /** The date the documents are presented to the bank. */
  public abstract Optional<LocalDate> presentationDate();
}

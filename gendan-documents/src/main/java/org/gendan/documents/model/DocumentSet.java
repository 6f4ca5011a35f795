package org.gendan.documents.model;

import java.util.Objects;
import org.gendan.documents.calc.InstalmentPlan;
import org.gendan.documents.calc.Packing;

/**
 * The documents of one order made together, consistent by construction, with the packing and the
 * instalment plan they were computed from.
 *
 * @param contract    the sales contract
 * @param proforma    the proforma invoice
 * @param invoice     the commercial invoice
 * @param packingList the packing list
 * @param packing     the packing figures
 * @param instalments the instalment amounts
 */
public record DocumentSet(SalesContract contract, ProformaInvoice proforma, CommercialInvoice invoice, PackingList packingList,
    Packing packing, InstalmentPlan instalments) {
  /** Creates the set. */
  public DocumentSet {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(proforma, "proforma");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(packingList, "packingList");
    Objects.requireNonNull(packing, "packing");
    Objects.requireNonNull(instalments, "instalments");
  }
}

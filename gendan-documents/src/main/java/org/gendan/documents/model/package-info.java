/**
 * Trade documents as immutable values: {@link org.gendan.documents.model.SalesContract} (外销合同),
 * {@link org.gendan.documents.model.ProformaInvoice}, {@link org.gendan.documents.model.CommercialInvoice}
 * and {@link org.gendan.documents.model.PackingList}, built from an order by
 * {@link org.gendan.documents.model.TradeDocuments} or read from JSON (documents made elsewhere).
 *
 * <p>The values hold what the document states, including stated totals and amounts in words, so that
 * the consistency check ({@code org.gendan.documents.check}) can examine documents gendan did not make.
 * Their constructors reject only what is structurally impossible (nulls, mixed currencies inside one
 * document, lines numbered twice); whether the figures add up is a finding of the check.
 */
@GendanStyle
package org.gendan.documents.model;

import org.gendan.core.GendanStyle;

/**
 * Trade documents as immutable values: {@link org.gendan.documents.model.SalesContract} (外销合同),
 * {@link org.gendan.documents.model.ProformaInvoice}, {@link org.gendan.documents.model.CommercialInvoice}
 * and {@link org.gendan.documents.model.PackingList}, built from an order by
 * {@link org.gendan.documents.model.TradeDocuments} (or from a JSON
 * {@link org.gendan.documents.model.DocumentRequest}) or read from JSON (documents made elsewhere).
 *
 * <p>From a document set, {@link org.gendan.documents.model.FollowUpDocuments} makes the purchase
 * contract to the factory (购货合同), the shipment notice (出货通知), the statutory inspection application
 * (商检, with {@link org.gendan.documents.model.ExchangeVoucherRules}) and the certificate-of-origin
 * application (产地证, form by destination through {@link org.gendan.documents.model.OriginForms}). From
 * the planning results, {@link org.gendan.documents.model.ProductionDocuments} makes the production
 * order (生产单, with the MRP-pegged materials), the flow cards (流程卡, from the schedule), the delay
 * report (交期延误报告) and the reconciliation statement (对帐表) of a customer's orders.
 *
 * <p>The values hold what the document states, including stated totals and amounts in words, so that
 * the consistency check ({@code org.gendan.documents.check}) can examine documents gendan did not make.
 * Their constructors reject only what is structurally impossible (nulls, mixed currencies inside one
 * document, lines numbered twice); whether the figures add up is a finding of the check.
 */
@GendanStyle
package org.gendan.documents.model;

import org.gendan.core.GendanStyle;

package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.control.Either;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.Customer;
import org.gendan.core.product.Item;
import org.immutables.value.Value;

/**
 * Everything needed to make the document set of one order, as one JSON object (the {@code ORDER.json}
 * of {@code gendan documents}): the sales order, the issuing company, the customer, the items the
 * order's lines refer to, and the issue decisions (date, numbers, more-or-less clause, shipment facts).
 * Build with {@code DocumentRequest.builder()} or read with {@code GendanJson.read(json, DocumentRequest.class)}.
 */
@Value.Immutable
@JsonSerialize(as = DocumentRequest.class)
@JsonDeserialize(as = DocumentRequest.class)
abstract class AbstractDocumentRequest {

  /** The sales order. */
  public abstract SalesOrder order();

  /** The issuing company. */
  public abstract CompanyProfile company();

  /** The customer of the order. */
  public abstract Customer customer();

  /** The items the order's lines refer to. */
  public abstract List<Item> items();

  /** The issue decisions. */
  public abstract DocumentIssue issue();

  /** The document set made by {@link TradeDocuments#standard()}, or its rejection. */
  public Either<Rejection, DocumentSet> toDocuments() {
    return TradeDocuments.standard().of(order(), company(), customer(), items(), issue());
  }
}

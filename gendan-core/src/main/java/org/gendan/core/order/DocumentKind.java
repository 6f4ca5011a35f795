package org.gendan.core.order;

/**
 * Documents issued for an order that the lifecycle tracks: an amendment names those to re-issue and a
 * cancellation those to recall (收回生产单、流程卡).
 */
public enum DocumentKind {
  /** Sales contract / sales confirmation to the customer (外销合同). */
  SALES_CONTRACT(false),
  /** Proforma invoice to the customer. */
  PROFORMA_INVOICE(false),
  /** Purchase contract to the factory or vendor (购货合同). */
  PURCHASE_CONTRACT(true),
  /** Production order (生产单 / 生产任务单) with every customer requirement. */
  PRODUCTION_ORDER(true),
  /** Flow card (流程卡) that travels with the goods through the routing. */
  FLOW_CARD(true),
  /** Shipment notice (出货通知) to the warehouse and forwarder. */
  SHIPMENT_NOTICE(true),
  /** Certificate of origin (产地证: general C/O or Form A) obtained for the shipment. */
  CERTIFICATE_OF_ORIGIN(false);

  private final boolean internal;

  DocumentKind(boolean internal) {
    this.internal = internal;
  }

  /**
   * True for documents that go to the company's own departments or its suppliers (production order,
   * flow card, purchase contract, shipment notice): these are recalled when the order is cancelled.
   */
  public boolean isRecalledOnCancellation() {
    return internal;
  }
}

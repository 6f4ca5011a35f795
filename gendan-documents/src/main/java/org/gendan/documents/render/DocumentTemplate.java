package org.gendan.documents.render;

/** The documents {@link HtmlRenderer} has templates for, with the name of the built-in template. */
public enum DocumentTemplate {
  /** Sales contract (外销合同). */
  SALES_CONTRACT("sales-contract"),
  /** Proforma invoice (形式发票). */
  PROFORMA_INVOICE("proforma-invoice"),
  /** Commercial invoice (商业发票). */
  COMMERCIAL_INVOICE("commercial-invoice"),
  /** Packing list (装箱单). */
  PACKING_LIST("packing-list"),
  /** Booking request (订舱委托书). */
  BOOKING_REQUEST("booking-request"),
  /** Quotation (报价单). */
  QUOTATION("quotation"),
  /** Purchase contract to the factory (购货合同). */
  PURCHASE_CONTRACT("purchase-contract"),
  /** Shipment notice (出货通知). */
  SHIPMENT_NOTICE("shipment-notice"),
  /** Statutory inspection application (出境货物报检). */
  INSPECTION_APPLICATION("inspection-application"),
  /** Certificate-of-origin application (产地证申请). */
  ORIGIN_APPLICATION("origin-application"),
  /** Production order (生产单). */
  PRODUCTION_ORDER("production-order"),
  /** Flow card (流程卡). */
  FLOW_CARD("flow-card"),
  /** Delay report (交期延误报告). */
  DELAY_REPORT("delay-report"),
  /** Reconciliation statement (对帐表). */
  RECONCILIATION_STATEMENT("reconciliation-statement");

  private final String resourceName;

  DocumentTemplate(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The built-in template's resource name, e.g. {@code commercial-invoice.mustache}. */
  public String resourceName() {
    return resourceName + ".mustache";
  }
}

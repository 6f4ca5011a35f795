package org.gendan.core.followup;

/** The milestones of a follow-up plan (跟单计划), in the order they normally fall. */
public enum MilestoneKind {
  /** The deposit (or advance payment) has arrived (定金到账). */
  DEPOSIT("定金到账"),
  /** The customer has approved the pre-production sample (产前样确认). */
  SAMPLE_APPROVAL("样品确认"),
  /** All materials are in the warehouse (物料到齐). */
  MATERIALS_IN("物料到齐"),
  /** Bulk production has started (上线生产). */
  PRODUCTION_START("生产开始"),
  /** Bulk production is finished (生产完成). */
  PRODUCTION_FINISH("生产完成"),
  /** The customer's QC inspection is booked (约验货). */
  QC_BOOKING("约验货"),
  /** The customer's QC inspection has passed (验货通过). */
  QC_INSPECTION("验货"),
  /** Statutory inspection applied for and the exchange voucher received (商检 / 换证凭条). */
  STATUTORY_INSPECTION("商检报检"),
  /** The certificate of origin has been obtained (产地证). */
  ORIGIN_CERTIFICATE("产地证"),
  /** Shipping space is booked (订舱). */
  BOOKING("订舱"),
  /** The export declaration is cleared (报关). */
  CUSTOMS_CLEARANCE("报关"),
  /** The goods are shipped, or delivered into the export warehouse for 前程 orders (出货). */
  SHIPMENT("出货"),
  /** The shipping documents are sent (交单). */
  DOCUMENTS("交单"),
  /** The order is paid in full (尾款到账 / 收汇). */
  BALANCE("尾款到账");

  private final String chineseName;

  MilestoneKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, e.g. 订舱. */
  public String chineseName() {
    return chineseName;
  }
}

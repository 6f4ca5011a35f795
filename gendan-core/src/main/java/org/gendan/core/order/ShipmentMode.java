package org.gendan.core.order;

/** How the goods travel (出货方式). */
public enum ShipmentMode {
  /** Sea freight, full container load (整柜). */
  SEA_FCL,
  /** Sea freight, less than container load (拼箱). */
  SEA_LCL,
  /** Air freight (空运). */
  AIR,
  /** Express courier (快递). */
  EXPRESS,
  /** Rail (铁路), e.g. China–Europe trains. */
  RAIL;

  /** True for sea freight, where FAS/FOB/CFR/CIF apply. */
  public boolean isSea() {
    return this == SEA_FCL || this == SEA_LCL;
  }
}

package org.gendan.core.terms;

/**
 * The eleven Incoterms 2020 rules (贸易术语). DDU is not an Incoterms 2020 rule.
 *
 * <p>{@link #isSeaOnly()} marks the four rules for sea and inland waterway transport; {@link
 * #namesDestination()} tells whether the named place is a destination (CFR HAMBURG) or an origin point
 * (FOB NINGBO).
 */
public enum IncotermRule {
  /** Ex Works (工厂交货), named place of delivery. */
  EXW(false, false, false),
  /** Free Carrier (货交承运人), named place of delivery. */
  FCA(false, false, false),
  /** Free Alongside Ship (船边交货), named port of shipment. */
  FAS(true, false, false),
  /** Free On Board (船上交货), named port of shipment. */
  FOB(true, false, false),
  /** Cost and Freight (成本加运费), named port of destination. */
  CFR(true, true, false),
  /** Cost, Insurance and Freight (成本加保险费加运费), named port of destination; ICC(C) cover. */
  CIF(true, true, true),
  /** Carriage Paid To (运费付至), named place of destination. */
  CPT(false, true, false),
  /** Carriage and Insurance Paid To (运费和保险费付至), named place of destination; ICC(A) cover. */
  CIP(false, true, true),
  /** Delivered At Place (目的地交货), named place of destination. */
  DAP(false, true, false),
  /** Delivered at Place Unloaded (卸货地交货), named place of destination. */
  DPU(false, true, false),
  /** Delivered Duty Paid (完税后交货), named place of destination. */
  DDP(false, true, false);

  private final boolean seaOnly;
  private final boolean namesDestination;
  private final boolean sellerInsures;

  IncotermRule(boolean seaOnly, boolean namesDestination, boolean sellerInsures) {
    this.seaOnly = seaOnly;
    this.namesDestination = namesDestination;
    this.sellerInsures = sellerInsures;
  }

  /** True for FAS, FOB, CFR and CIF, which are for sea and inland waterway transport only. */
  public boolean isSeaOnly() {
    return seaOnly;
  }

  /** True if the named place is at the destination (C- and D-rules), false for an origin point. */
  public boolean namesDestination() {
    return namesDestination;
  }

  /** True if the seller must insure the goods (CIF, CIP). */
  public boolean sellerInsures() {
    return sellerInsures;
  }
}

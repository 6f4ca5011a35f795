package org.gendan.documents.calc;

/** How the profit rate of an export price build-up is applied. */
public enum ProfitConvention {
  /**
   * Profit as a percentage of the quoted price (the default, as Chinese export-pricing textbooks and
   * SimTrade compute it): FOB = cost ÷ (1 − p).
   */
  PERCENT_OF_PRICE,
  /** Profit as a markup on cost: FOB = cost × (1 + p). */
  MARKUP_ON_COST
}

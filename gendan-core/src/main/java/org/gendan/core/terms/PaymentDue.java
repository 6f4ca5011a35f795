package org.gendan.core.terms;

/**
 * When an instalment falls due, relative to the order's milestones, declared in the order the points
 * come in an order's life (so {@code compareTo} orders them). The order lifecycle uses it as a
 * guard: production is not released before the instalments due {@link #ON_CONFIRMATION} or
 * {@link #BEFORE_PRODUCTION} are paid, goods are not shipped before the {@link #BEFORE_SHIPMENT} ones,
 * and original documents are not released before the {@link #AGAINST_DOCUMENTS} ones.
 */
public enum PaymentDue {
  /** On confirming the order (deposit, 定金). */
  ON_CONFIRMATION,
  /** Before production starts. */
  BEFORE_PRODUCTION,
  /** Before shipment (balance before shipment, 出货前付清余款). */
  BEFORE_SHIPMENT,
  /** Against a copy of the B/L or other documents, before the originals are released. */
  AGAINST_DOCUMENTS,
  /** At sight of documents under an L/C or D/P. */
  AT_SIGHT,
  /** A number of days after the B/L (shipment) date: O/A 60 days, L/C at 90 days, D/A. */
  DAYS_AFTER_SHIPMENT;

  /** True if the instalment must be paid before production may be released. */
  public boolean isBeforeProduction() {
    return this == ON_CONFIRMATION || this == BEFORE_PRODUCTION;
  }
}

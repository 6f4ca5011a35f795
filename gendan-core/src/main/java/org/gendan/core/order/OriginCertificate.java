package org.gendan.core.order;

/** The certificate of origin an order needs (产地证). */
public enum OriginCertificate {
  /** None needed. */
  NONE,
  /** A general certificate of origin from CCPIT (贸促会) or customs (一般原产地证). */
  GENERAL_CO,
  /** A GSP Form A (普惠制产地证) from the inspection authority. */
  FORM_A,
  /** Another preferential certificate (e.g. under a free-trade agreement: Form E, Form F, RCEP). */
  OTHER;

  /** True if a certificate must be applied for. */
  public boolean isRequired() {
    return this != NONE;
  }
}

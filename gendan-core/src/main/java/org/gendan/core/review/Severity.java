package org.gendan.core.review;

/** How serious a review finding is. */
public enum Severity {
  /** The order cannot pass review until this is resolved. */
  ERROR,
  /** The order may pass, but the 跟单员 should confirm with the customer or the factory. */
  WARNING,
  /** Information only, e.g. a check that could not be made. */
  INFO
}

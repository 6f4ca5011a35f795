package org.gendan.core.order;

/** The state of the pre-production sample (产前样 / 批板). */
public enum SampleStatus {
  /** No sample submitted yet. */
  NONE,
  /** Submitted to the customer, awaiting the verdict. */
  SUBMITTED,
  /** Approved by the customer: the reference for bulk production (大货). */
  APPROVED,
  /** Rejected: a new sample must be made and submitted. */
  REJECTED
}

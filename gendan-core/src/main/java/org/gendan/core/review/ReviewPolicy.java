package org.gendan.core.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The company's review settings.
 *
 * @param priceTolerance      how far (as a fraction: 0.03 = 3%) an order price may deviate from the
 *                            reference price before review flags it; a lower price beyond it is an error
 *                            (the company loses margin), a higher one a warning (the customer may object)
 * @param sampleLeadTimeDays  extra calendar days added to the lead time when a sample must be approved
 *                            first
 * @param minimumLeadTimeDays the shortest lead time the company accepts for any order, in calendar days
 */
public record ReviewPolicy(BigDecimal priceTolerance, int sampleLeadTimeDays, int minimumLeadTimeDays) {

  /** 3% price tolerance, 7 days for a sample, at least 7 days lead time. */
  public static final ReviewPolicy DEFAULT = new ReviewPolicy(new BigDecimal("0.03"), 7, 7);

  /** Creates the policy. @throws IllegalArgumentException if a value is out of range */
  public ReviewPolicy {
    Objects.requireNonNull(priceTolerance, "priceTolerance");
    if (priceTolerance.signum() < 0 || priceTolerance.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("price tolerance must be between 0 and 1 (a fraction): " + priceTolerance);
    }
    if (sampleLeadTimeDays < 0 || sampleLeadTimeDays > 365) {
      throw new IllegalArgumentException("sample lead time must be 0..365 days: " + sampleLeadTimeDays);
    }
    if (minimumLeadTimeDays < 0 || minimumLeadTimeDays > 365) {
      throw new IllegalArgumentException("minimum lead time must be 0..365 days: " + minimumLeadTimeDays);
    }
  }

  /** This policy with another price tolerance. */
  public ReviewPolicy withPriceTolerance(BigDecimal tolerance) {
    return new ReviewPolicy(tolerance, sampleLeadTimeDays, minimumLeadTimeDays);
  }
}

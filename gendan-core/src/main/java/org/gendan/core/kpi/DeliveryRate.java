package org.gendan.core.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The on-time delivery rate (交期达成率) over a period.
 *
 * @param from                first day of the period
 * @param to                  last day of the period
 * @param onTime              orders shipped on or before their agreed delivery date
 * @param shipped             orders shipped in the period that have a delivery date
 * @param withoutDeliveryDate orders shipped in the period without a delivery date (not rated)
 */
public record DeliveryRate(LocalDate from, LocalDate to, int onTime, int shipped, int withoutDeliveryDate) {

  /** Checks the counts. */
  public DeliveryRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (onTime < 0 || shipped < 0 || withoutDeliveryDate < 0 || onTime > shipped) {
      throw new IllegalArgumentException("need 0 <= onTime <= shipped and no negative counts: " + onTime + "/" + shipped);
    }
  }

  /** The rate in percent, rounded HALF_UP to 2 decimals; empty when nothing shipped in the period. */
  public Optional<BigDecimal> percent() {
    if (shipped == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(shipped), 2, RoundingMode.HALF_UP));
  }
}

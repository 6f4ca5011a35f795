package org.gendan.scheduling.schedule;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.gendan.core.party.CustomerTier;

/**
 * How jobs are made from order lines: the shipping/inspection buffer between the end of production
 * and the delivery date, and the weight of each customer tier.
 *
 * @param bufferDays  days between the job's due date and the delivery date (inspection, packing,
 *                    trucking to port), 0..60
 * @param tierWeights the weight of a late minute per tier; every tier present, each 0..1,000,000
 */
public record JobSettings(int bufferDays, Map<CustomerTier, Long> tierWeights) {

  /**
   * Creates the settings.
   *
   * @throws IllegalArgumentException if the buffer is not 0..60 days or a tier's weight is missing or out of range
   */
  public JobSettings {
    Objects.requireNonNull(tierWeights, "tierWeights");
    if (bufferDays < 0 || bufferDays > 60) {
      throw new IllegalArgumentException("buffer must be 0..60 days, got " + bufferDays);
    }
    EnumMap<CustomerTier, Long> m = new EnumMap<>(CustomerTier.class);
    for (CustomerTier t : CustomerTier.values()) {
      Long w = tierWeights.get(t);
      if (w == null || w < 0 || w > 1_000_000) {
        throw new IllegalArgumentException("tier " + t + " needs a weight of 0..1,000,000, got " + w);
      }
      m.put(t, w);
    }
    tierWeights = Collections.unmodifiableMap(m);
  }

  /** A buffer of {@code bufferDays} and the tiers' default weights (KEY 8, A 4, B 2, C 1). */
  public static JobSettings of(int bufferDays) {
    EnumMap<CustomerTier, Long> m = new EnumMap<>(CustomerTier.class);
    for (CustomerTier t : CustomerTier.values()) {
      m.put(t, (long) t.defaultWeight());
    }
    return new JobSettings(bufferDays, m);
  }

  /** The weight of a tier. */
  public long weightOf(CustomerTier tier) {
    Objects.requireNonNull(tier, "tier");
    return tierWeights.get(tier);
  }
}

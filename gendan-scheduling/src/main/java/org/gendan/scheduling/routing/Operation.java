package org.gendan.scheduling.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gendan.scheduling.resource.WorkCenterGroupId;

/**
 * One operation (工序) of a routing.
 *
 * @param name               the operation's name, e.g. "缝制 sewing"
 * @param group              the work-center group whose lines can run it
 * @param setupMinutes       setup (换线 / 调机) minutes per job, ≥ 0
 * @param runMinutesPerUnit  standard run minutes per unit, ≥ 0, at most 6 decimals
 * @param transferLagMinutes minimum elapsed minutes (clock time, not working time: drying,
 *                           cooling, transport) between this operation's end and the next one's
 *                           start, ≥ 0
 */
public record Operation(String name, WorkCenterGroupId group, long setupMinutes, BigDecimal runMinutesPerUnit, long transferLagMinutes) {

  /**
   * Creates an operation.
   *
   * @throws IllegalArgumentException if the name is blank or a time is negative
   */
  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(runMinutesPerUnit, "runMinutesPerUnit");
    if (name.isBlank()) {
      throw new IllegalArgumentException("operation name must not be blank");
    }
    if (setupMinutes < 0 || transferLagMinutes < 0 || runMinutesPerUnit.signum() < 0) {
      throw new IllegalArgumentException("operation " + name + ": setup, run and lag times must not be negative");
    }
    if (setupMinutes > 1_000_000 || transferLagMinutes > 1_000_000 || runMinutesPerUnit.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw new IllegalArgumentException("operation " + name + ": setup, lag (≤ 1,000,000 min) or run time per unit (≤ 100,000 min) is absurd");
    }
    if (runMinutesPerUnit.stripTrailingZeros().scale() > 6) {
      throw new IllegalArgumentException("operation " + name + ": run minutes per unit has more than 6 decimals");
    }
  }

  /** An operation with the given times, e.g. {@code Operation.of("sewing", "SEWING", 30, "0.8", 0)}. */
  public static Operation of(String name, String group, long setupMinutes, String runMinutesPerUnit, long transferLagMinutes) {
    Objects.requireNonNull(runMinutesPerUnit, "runMinutesPerUnit");
    return new Operation(name, WorkCenterGroupId.of(group), setupMinutes, new BigDecimal(runMinutesPerUnit), transferLagMinutes);
  }

  /**
   * An operation given in units per hour (产能 pcs/h) instead of minutes per unit.
   *
   * @throws IllegalArgumentException if the rate is not positive
   */
  public static Operation ofUnitsPerHour(String name, String group, long setupMinutes, BigDecimal unitsPerHour, long transferLagMinutes) {
    Objects.requireNonNull(unitsPerHour, "unitsPerHour");
    if (unitsPerHour.signum() <= 0) {
      throw new IllegalArgumentException("operation " + name + ": units per hour must be positive, got " + unitsPerHour);
    }
    return new Operation(name, WorkCenterGroupId.of(group), setupMinutes,
        BigDecimal.valueOf(60).divide(unitsPerHour, 6, RoundingMode.HALF_UP), transferLagMinutes);
  }

  /**
   * The standard run minutes for a quantity: {@code ceil(quantity × runMinutesPerUnit)}.
   *
   * @throws IllegalArgumentException if the quantity is negative or the result does not fit a long
   */
  public long runMinutesFor(BigDecimal quantity) {
    Objects.requireNonNull(quantity, "quantity");
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative: " + quantity);
    }
    BigDecimal m = quantity.multiply(runMinutesPerUnit).setScale(0, RoundingMode.CEILING);
    if (m.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
      throw new IllegalArgumentException("operation " + name + ": " + quantity + " units need more than 1,000,000,000 minutes");
    }
    return m.longValueExact();
  }
}

package org.gendan.scheduling.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gendan.scheduling.calendar.TimeRange;

/**
 * One production line of a work-center group. A line runs one operation at a time, in its group's
 * working time, except in its down periods (停机: maintenance, breakdown).
 *
 * <p>The run time of an operation on this line is its standard run time divided by
 * {@code speedFactor × efficiency}, rounded up to whole minutes; setup time is divided by the
 * efficiency only (a faster machine does not set up faster). See {@link #minutesFor(long, long)}.
 *
 * @param id          the line's id, unique in the plant
 * @param speedFactor how fast the line runs relative to the standard (1 = standard, 1.25 = 25% faster); 0.01..100
 * @param efficiency  the line's efficiency (稼动率 × 效率): 0.01..2 (1 = as planned)
 * @param downPeriods periods the line cannot work, sorted by start
 */
public record ProductionLine(LineId id, BigDecimal speedFactor, BigDecimal efficiency, List<TimeRange> downPeriods) {

  private static final BigDecimal MIN = new BigDecimal("0.01");

  /**
   * Creates a line.
   *
   * @throws IllegalArgumentException if the speed factor is not in 0.01..100 or the efficiency not in 0.01..2
   */
  public ProductionLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speedFactor, "speedFactor");
    Objects.requireNonNull(efficiency, "efficiency");
    Objects.requireNonNull(downPeriods, "downPeriods");
    if (speedFactor.compareTo(MIN) < 0 || speedFactor.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("line " + id + ": speed factor must be 0.01..100, got " + speedFactor);
    }
    if (efficiency.compareTo(MIN) < 0 || efficiency.compareTo(BigDecimal.valueOf(2)) > 0) {
      throw new IllegalArgumentException("line " + id + ": efficiency must be 0.01..2, got " + efficiency);
    }
    List<TimeRange> d = new ArrayList<>(downPeriods);
    d.forEach(p -> Objects.requireNonNull(p, "down period"));
    d.sort(Comparator.comparing(TimeRange::start).thenComparing(TimeRange::end));
    downPeriods = List.copyOf(d);
  }

  /** A standard line: speed 1, efficiency 1, never down. */
  public static ProductionLine of(String id) {
    return new ProductionLine(LineId.of(id), BigDecimal.ONE, BigDecimal.ONE, List.of());
  }

  /** This line with another speed factor. */
  public ProductionLine withSpeedFactor(BigDecimal factor) {
    return new ProductionLine(id, factor, efficiency, downPeriods);
  }

  /** This line with another efficiency. */
  public ProductionLine withEfficiency(BigDecimal value) {
    return new ProductionLine(id, speedFactor, value, downPeriods);
  }

  /** This line with one more down period. */
  public ProductionLine withDownPeriod(TimeRange period) {
    Objects.requireNonNull(period, "period");
    List<TimeRange> d = new ArrayList<>(downPeriods);
    d.add(period);
    return new ProductionLine(id, speedFactor, efficiency, d);
  }

  /** True if this line runs at standard speed and efficiency. */
  public boolean isStandard() {
    return speedFactor.compareTo(BigDecimal.ONE) == 0 && efficiency.compareTo(BigDecimal.ONE) == 0;
  }

  /**
   * The working minutes this line needs for an operation: {@code ceil(setup / efficiency) +
   * ceil(run / (speedFactor × efficiency))}, at least one minute.
   *
   * @param setupMinutes standard setup minutes, ≥ 0
   * @param runMinutes   standard run minutes, ≥ 0
   * @throws IllegalArgumentException if either is negative
   */
  public long minutesFor(long setupMinutes, long runMinutes) {
    if (setupMinutes < 0 || runMinutes < 0) {
      throw new IllegalArgumentException("setup and run minutes must not be negative: " + setupMinutes + ", " + runMinutes);
    }
    if (isStandard()) {
      return Math.max(1, Math.addExact(setupMinutes, runMinutes));
    }
    long setup = BigDecimal.valueOf(setupMinutes).divide(efficiency, 0, RoundingMode.CEILING).longValueExact();
    long run = BigDecimal.valueOf(runMinutes).divide(speedFactor.multiply(efficiency), 0, RoundingMode.CEILING).longValueExact();
    return Math.max(1, setup + run);
  }
}

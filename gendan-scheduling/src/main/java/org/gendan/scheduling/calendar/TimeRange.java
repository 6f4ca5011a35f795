package org.gendan.scheduling.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open span of factory time {@code [start, end)} in whole minutes: an overtime or shutdown
 * exception, a line's down period, a working period.
 *
 * @param start the first minute
 * @param end   the instant after the last minute; after {@code start}
 */
public record TimeRange(LocalDateTime start, LocalDateTime end) {

  /**
   * Creates a range.
   *
   * @throws IllegalArgumentException if the end is not after the start or either is not a whole minute
   */
  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    requireWholeMinute(start, "start");
    requireWholeMinute(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("time range must end after it starts: " + start + " .. " + end);
    }
  }

  /** Shorthand for the constructor. */
  public static TimeRange of(LocalDateTime start, LocalDateTime end) {
    return new TimeRange(start, end);
  }

  /** The length of the range. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** True if {@code t} lies in {@code [start, end)}. */
  public boolean contains(LocalDateTime t) {
    Objects.requireNonNull(t, "t");
    return !t.isBefore(start) && t.isBefore(end);
  }

  /** True if the two ranges share at least one minute. */
  public boolean overlaps(TimeRange other) {
    Objects.requireNonNull(other, "other");
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  static void requireWholeMinute(LocalDateTime t, String what) {
    if (t.getSecond() != 0 || t.getNano() != 0) {
      throw new IllegalArgumentException(what + " must be a whole minute, got " + t);
    }
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}

package org.gendan.scheduling.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One shift (班次) of a weekly pattern: it starts at {@link #start()} on the day it belongs to and lasts
 * {@link #minutes()} minutes, possibly past midnight (a night shift 22:00 + 480 minutes ends 06:00 the
 * next morning and still belongs to the day it started on).
 *
 * @param name    the shift's name, e.g. "早班" or "night"
 * @param start   the start time, in whole minutes
 * @param minutes the length, 1..1440
 */
public record Shift(String name, LocalTime start, int minutes) {

  /**
   * Creates a shift.
   *
   * @throws IllegalArgumentException if the name is blank, the start is not a whole minute or the
   *                                  length is not 1..1440 minutes
   */
  public Shift {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    if (name.isBlank()) {
      throw new IllegalArgumentException("shift name must not be blank");
    }
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("shift " + name + ": start must be a whole minute, got " + start);
    }
    if (minutes < 1 || minutes > 1440) {
      throw new IllegalArgumentException("shift " + name + ": length must be 1..1440 minutes, got " + minutes);
    }
  }

  /** A shift from {@code start} to {@code end}; an end at or before the start means the next day. */
  public static Shift of(String name, LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    int s = start.toSecondOfDay() / 60;
    int e = end.toSecondOfDay() / 60;
    int length = e > s ? e - s : e + 1440 - s;
    return new Shift(name, start, length);
  }

  /** True if the shift runs past midnight into the next day. */
  public boolean isOvernight() {
    return start.toSecondOfDay() / 60 + minutes > 1440;
  }
}

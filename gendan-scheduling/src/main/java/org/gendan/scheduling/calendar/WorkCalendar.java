package org.gendan.scheduling.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A department's work calendar (工作日历): a weekly shift pattern, holidays, overtime and shutdown
 * exceptions, and arithmetic in working minutes.
 *
 * <p>Working time is, in this order: every shift of the weekly pattern (a shift belongs to the day it
 * starts on and may run past midnight), except shifts that start on a holiday (节假日); plus every
 * overtime period (加班); minus every shutdown period (停工, 停电). Overlapping periods merge.
 *
 * <p>An operation pauses over non-working time and resumes in the next shift: {@link
 * #plusWorkingMinutes(LocalDateTime, long)} answers "when are 900 minutes of work finished if we
 * start Friday 15:00". Searches look at most {@value #SEARCH_LIMIT_DAYS} days ahead and throw
 * {@link IllegalArgumentException} if the calendar has no working time in that span (a configuration
 * error, such as a shutdown that never ends).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; {@link #continuous()} is the calendar
 * that works around the clock.
 */
public final class WorkCalendar {

  /** How many days a search looks ahead before it decides the calendar has no working time. */
  public static final int SEARCH_LIMIT_DAYS = 4000;

  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);
  private static final int WINDOW_DAYS = 14;

  private final Map<DayOfWeek, List<Shift>> week;
  private final SortedSet<LocalDate> holidays;
  private final List<TimeRange> overtime;
  private final List<TimeRange> shutdowns;
  private final int longestShiftDays;

  private WorkCalendar(Builder b) {
    EnumMap<DayOfWeek, List<Shift>> w = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      List<Shift> s = new ArrayList<>(b.week.getOrDefault(d, List.of()));
      s.sort(Comparator.comparing(Shift::start).thenComparing(Shift::minutes).thenComparing(Shift::name));
      w.put(d, List.copyOf(s));
    }
    this.week = Collections.unmodifiableMap(w);
    this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(b.holidays));
    List<TimeRange> o = new ArrayList<>(b.overtime);
    o.sort(Comparator.comparing(TimeRange::start).thenComparing(TimeRange::end));
    this.overtime = List.copyOf(o);
    List<TimeRange> s = new ArrayList<>(b.shutdowns);
    s.sort(Comparator.comparing(TimeRange::start).thenComparing(TimeRange::end));
    this.shutdowns = List.copyOf(s);
    this.longestShiftDays = 1;
  }

  /** A new builder with no shifts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The calendar that works 24 hours a day, 7 days a week, with no exceptions. */
  public static WorkCalendar continuous() {
    Builder b = builder();
    for (DayOfWeek d : DayOfWeek.values()) {
      b.shift(d, new Shift("24h", java.time.LocalTime.MIDNIGHT, 1440));
    }
    return b.build();
  }

  /** The shifts of a weekday, by start time. */
  public List<Shift> shifts(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return week.get(day);
  }

  /** The holidays, ascending. */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /** The overtime periods, by start. */
  public List<TimeRange> overtime() {
    return overtime;
  }

  /** The shutdown periods, by start. */
  public List<TimeRange> shutdowns() {
    return shutdowns;
  }

  /** A copy of this calendar with one more holiday. */
  public WorkCalendar withHoliday(LocalDate date) {
    return toBuilder().holiday(date).build();
  }

  /** A copy of this calendar with one more overtime period. */
  public WorkCalendar withOvertime(TimeRange period) {
    return toBuilder().overtime(period).build();
  }

  /** A copy of this calendar with one more shutdown period. */
  public WorkCalendar withShutdown(TimeRange period) {
    return toBuilder().shutdown(period).build();
  }

  /** A builder holding this calendar's pattern and exceptions. */
  public Builder toBuilder() {
    Builder b = builder();
    week.forEach((d, list) -> list.forEach(s -> b.shift(d, s)));
    holidays.forEach(b::holiday);
    overtime.forEach(b::overtime);
    shutdowns.forEach(b::shutdown);
    return b;
  }

  /** True if the minute starting at {@code t} is working time. */
  public boolean isWorkingAt(LocalDateTime t) {
    long m = toMinute(t, "t");
    long[] iv = intervals(m, m + 1);
    return iv.length > 0;
  }

  /**
   * The first working instant at or after {@code t}: {@code t} itself if it is working time, else the
   * start of the next working period.
   *
   * @throws IllegalArgumentException if there is no working time within {@value #SEARCH_LIMIT_DAYS}
   *                                  days
   */
  public LocalDateTime nextWorkingInstant(LocalDateTime t) {
    long m = toMinute(t, "t");
    long limit = m + SEARCH_LIMIT_DAYS * 1440L;
    for (long from = m; from < limit; from += WINDOW_DAYS * 1440L) {
      long[] iv = intervals(from, from + WINDOW_DAYS * 1440L);
      if (iv.length > 0) {
        return fromMinute(iv[0]);
      }
    }
    throw noWorkingTime(t);
  }

  /**
   * The instant at which {@code minutes} minutes of work, started at {@code start}, are finished: work
   * runs only in working time and pauses over breaks, nights, weekends, holidays and shutdowns. Zero
   * minutes finish at {@code start}. The result is the end of the last working minute, so
   * {@code plusWorkingMinutes(plusWorkingMinutes(s, a), b) == plusWorkingMinutes(s, a + b)}.
   *
   * @throws IllegalArgumentException if {@code minutes} is negative, or the calendar runs out of
   *                                  working time for {@value #SEARCH_LIMIT_DAYS} days
   */
  public LocalDateTime plusWorkingMinutes(LocalDateTime start, long minutes) {
    long cur = toMinute(start, "start");
    if (minutes < 0) {
      throw new IllegalArgumentException("working minutes must not be negative: " + minutes);
    }
    if (minutes == 0) {
      return start;
    }
    long remaining = minutes;
    long lastWork = cur;
    for (long from = cur; ; from += WINDOW_DAYS * 1440L) {
      if (from - lastWork > SEARCH_LIMIT_DAYS * 1440L) {
        throw noWorkingTime(fromMinute(lastWork));
      }
      long[] iv = intervals(from, from + WINDOW_DAYS * 1440L);
      for (int i = 0; i < iv.length; i += 2) {
        long s = Math.max(iv[i], cur);
        long take = Math.min(remaining, iv[i + 1] - s);
        remaining -= take;
        lastWork = s + take;
        if (remaining == 0) {
          return fromMinute(lastWork);
        }
      }
    }
  }

  /**
   * The number of working minutes in {@code [from, to)}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
    long a = toMinute(from, "from");
    long b = toMinute(to, "to");
    if (b < a) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    long total = 0;
    for (long w = a; w < b; w += 366 * 1440L) {
      long[] iv = intervals(w, Math.min(b, w + 366 * 1440L));
      for (int i = 0; i < iv.length; i += 2) {
        total += iv[i + 1] - iv[i];
      }
    }
    return total;
  }

  /**
   * The working periods within {@code [from, to)}, ascending, disjoint and not touching (adjacent
   * periods are merged; periods are cut at {@code from} and {@code to}).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from} or the span exceeds
   *                                  {@value #SEARCH_LIMIT_DAYS} days
   */
  public List<TimeRange> workingPeriods(LocalDateTime from, LocalDateTime to) {
    long a = toMinute(from, "from");
    long b = toMinute(to, "to");
    if (b < a) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    if (b - a > SEARCH_LIMIT_DAYS * 1440L) {
      throw new IllegalArgumentException("asked for working periods over more than " + SEARCH_LIMIT_DAYS + " days");
    }
    long[] iv = intervals(a, b);
    List<TimeRange> out = new ArrayList<>(iv.length / 2);
    for (int i = 0; i < iv.length; i += 2) {
      out.add(new TimeRange(fromMinute(iv[i]), fromMinute(iv[i + 1])));
    }
    return List.copyOf(out);
  }

  /**
   * Working intervals in epoch minutes within {@code [from, to)}: a flat array start0, end0, start1,
   * end1, ... ascending, merged, clipped.
   */
  private long[] intervals(long from, long to) {
    if (to <= from) {
      return new long[0];
    }
    List<long[]> raw = new ArrayList<>();
    LocalDate first = dateOf(from).minusDays(longestShiftDays);
    LocalDate last = dateOf(to - 1);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (holidays.contains(d)) {
        continue;
      }
      long dayStart = ChronoUnit.DAYS.between(EPOCH.toLocalDate(), d) * 1440L;
      for (Shift s : week.get(d.getDayOfWeek())) {
        long st = dayStart + s.start().toSecondOfDay() / 60;
        long en = st + s.minutes();
        if (en > from && st < to) {
          raw.add(new long[] {st, en});
        }
      }
    }
    for (TimeRange o : overtime) {
      long st = minute(o.start());
      long en = minute(o.end());
      if (en > from && st < to) {
        raw.add(new long[] {st, en});
      }
    }
    raw.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    List<long[]> merged = new ArrayList<>();
    for (long[] r : raw) {
      if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
        long[] top = merged.get(merged.size() - 1);
        top[1] = Math.max(top[1], r[1]);
      } else {
        merged.add(new long[] {r[0], r[1]});
      }
    }
    List<long[]> cut = merged;
    for (TimeRange s : shutdowns) {
      long ss = minute(s.start());
      long se = minute(s.end());
      if (se <= from || ss >= to) {
        continue;
      }
      List<long[]> next = new ArrayList<>();
      for (long[] r : cut) {
        if (se <= r[0] || ss >= r[1]) {
          next.add(r);
          continue;
        }
        if (r[0] < ss) {
          next.add(new long[] {r[0], ss});
        }
        if (se < r[1]) {
          next.add(new long[] {se, r[1]});
        }
      }
      cut = next;
    }
    long[] out = new long[cut.size() * 2];
    int n = 0;
    for (long[] r : cut) {
      long st = Math.max(r[0], from);
      long en = Math.min(r[1], to);
      if (en > st) {
        out[n++] = st;
        out[n++] = en;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static LocalDate dateOf(long minute) {
    return EPOCH.toLocalDate().plusDays(Math.floorDiv(minute, 1440L));
  }

  private static long minute(LocalDateTime t) {
    return ChronoUnit.MINUTES.between(EPOCH, t);
  }

  private static long toMinute(LocalDateTime t, String name) {
    Objects.requireNonNull(t, name);
    TimeRange.requireWholeMinute(t, name);
    return minute(t);
  }

  private static LocalDateTime fromMinute(long m) {
    return EPOCH.plusMinutes(m);
  }

  private static IllegalArgumentException noWorkingTime(LocalDateTime t) {
    return new IllegalArgumentException("the work calendar has no working time within " + SEARCH_LIMIT_DAYS
        + " days after " + t + " (check its shifts, holidays and shutdowns)");
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WorkCalendar)) {
      return false;
    }
    WorkCalendar c = (WorkCalendar) o;
    return week.equals(c.week) && holidays.equals(c.holidays) && overtime.equals(c.overtime) && shutdowns.equals(c.shutdowns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(week, holidays, overtime, shutdowns);
  }

  @Override
  public String toString() {
    return "WorkCalendar{week=" + week + ", holidays=" + holidays + ", overtime=" + overtime + ", shutdowns=" + shutdowns + "}";
  }

  /** Builds a {@link WorkCalendar}. Not thread-safe. */
  public static final class Builder {
    private final EnumMap<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
    private final List<LocalDate> holidays = new ArrayList<>();
    private final List<TimeRange> overtime = new ArrayList<>();
    private final List<TimeRange> shutdowns = new ArrayList<>();

    private Builder() {}

    /** Adds a shift on one weekday. */
    public Builder shift(DayOfWeek day, Shift shift) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(shift, "shift");
      week.computeIfAbsent(day, d -> new ArrayList<>()).add(shift);
      return this;
    }

    /** Adds a shift on each of the given weekdays. */
    public Builder shift(Shift shift, DayOfWeek... days) {
      Objects.requireNonNull(days, "days");
      for (DayOfWeek d : days) {
        shift(d, shift);
      }
      return this;
    }

    /** Adds a shift Monday to Friday. */
    public Builder weekdayShift(Shift shift) {
      return shift(shift, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    /** Marks a holiday: shifts that start on that date are not worked. */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /** Adds an overtime period: working time even outside the shifts. */
    public Builder overtime(TimeRange period) {
      overtime.add(Objects.requireNonNull(period, "period"));
      return this;
    }

    /** Adds a shutdown period: never working time, even inside shifts or overtime. */
    public Builder shutdown(TimeRange period) {
      shutdowns.add(Objects.requireNonNull(period, "period"));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @throws IllegalArgumentException if no weekday has a shift and there is no overtime
     */
    public WorkCalendar build() {
      boolean anyShift = week.values().stream().anyMatch(l -> !l.isEmpty());
      if (!anyShift && overtime.isEmpty()) {
        throw new IllegalArgumentException("a work calendar needs at least one shift or overtime period");
      }
      return new WorkCalendar(this);
    }
  }
}

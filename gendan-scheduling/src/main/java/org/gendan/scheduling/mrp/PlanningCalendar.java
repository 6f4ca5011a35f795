package org.gendan.scheduling.mrp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The planning calendar of an MRP run: {@code N} buckets (periods 1..N) of a day, a week or a month,
 * the first starting on {@link #start()} ("today"). Daily buckets are working days only (the working
 * weekdays minus holidays); weekly and monthly buckets are calendar weeks and months from the start.
 *
 * <p>Periods before 1 are the past: period 0 is the bucket just before the start, and so on. A date
 * belongs to the period whose bucket contains it; on a daily calendar a non-working day belongs to the
 * last working day before it (material due on a Sunday must be there by the start of Saturday, or
 * Friday on a five-day week).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanningCalendar {

  /** The most periods a calendar may have (ten years of days). */
  public static final int MAX_PERIODS = 3_660;

  /** The size of a planning bucket. */
  public enum Bucket {
    /** One working day. */
    DAY,
    /** Seven calendar days from the start's weekday. */
    WEEK,
    /** One calendar month from the start's day of month. */
    MONTH
  }

  private final LocalDate start;
  private final int periods;
  private final Bucket bucket;
  private final Set<DayOfWeek> workingDays;
  private final Set<LocalDate> holidays;
  /** For daily calendars: the start date of periods 1..N+1. */
  private final List<LocalDate> dayStarts;

  private PlanningCalendar(LocalDate start, int periods, Bucket bucket, Set<DayOfWeek> workingDays,
      Set<LocalDate> holidays) {
    this.start = Objects.requireNonNull(start, "start");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(workingDays, "workingDays");
    Objects.requireNonNull(holidays, "holidays");
    if (periods < 1 || periods > MAX_PERIODS) {
      throw new IllegalArgumentException("a planning calendar needs 1.." + MAX_PERIODS + " periods, got " + periods);
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("a planning calendar needs at least one working weekday");
    }
    this.periods = periods;
    this.workingDays = Set.copyOf(workingDays);
    this.holidays = Set.copyOf(new TreeSet<>(holidays));
    if (bucket == Bucket.DAY) {
      if (!isWorkingDay(start)) {
        throw new IllegalArgumentException("a daily planning calendar must start on a working day: " + start);
      }
      List<LocalDate> starts = new ArrayList<>(periods + 1);
      LocalDate d = start;
      int guard = 0;
      while (starts.size() <= periods) {
        if (isWorkingDay(d)) {
          starts.add(d);
        }
        d = d.plusDays(1);
        if (++guard > 40 * (periods + 7)) {
          throw new IllegalArgumentException("the holidays leave too few working days for " + periods + " periods");
        }
      }
      this.dayStarts = List.copyOf(starts);
    } else {
      this.dayStarts = List.of();
    }
  }

  /** A calendar of {@code periods} weeks starting {@code start}. */
  public static PlanningCalendar weekly(LocalDate start, int periods) {
    return new PlanningCalendar(start, periods, Bucket.WEEK, EnumSet.allOf(DayOfWeek.class), Set.of());
  }

  /** A calendar of {@code periods} months starting {@code start}. */
  public static PlanningCalendar monthly(LocalDate start, int periods) {
    return new PlanningCalendar(start, periods, Bucket.MONTH, EnumSet.allOf(DayOfWeek.class), Set.of());
  }

  /**
   * A calendar of {@code periods} working days starting {@code start} (a working day).
   *
   * @param workingDays the working weekdays, e.g. Monday to Saturday
   * @param holidays    dates that are not worked (法定假日), in any order
   * @throws IllegalArgumentException if the start is not a working day or there are no working weekdays
   */
  public static PlanningCalendar daily(LocalDate start, int periods, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
    return new PlanningCalendar(start, periods, Bucket.DAY, workingDays, holidays);
  }

  /** A calendar of {@code periods} working days, Monday to Friday, no holidays. */
  public static PlanningCalendar daily(LocalDate start, int periods) {
    return daily(start, periods, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
  }

  /**
   * This calendar with the same bucket, number of periods, working days and holidays, starting on
   * {@code newStart} (a daily calendar starts on the first working day on or after it).
   */
  public PlanningCalendar startingOn(LocalDate newStart) {
    Objects.requireNonNull(newStart, "newStart");
    LocalDate s = newStart;
    if (bucket == Bucket.DAY) {
      for (int i = 0; i < 3_660 && !isWorkingDay(s); i++) {
        s = s.plusDays(1);
      }
    }
    return new PlanningCalendar(s, periods, bucket, workingDays, holidays);
  }

  /** The first day of period 1 ("today"). */
  public LocalDate start() {
    return start;
  }

  /** The number of periods N. */
  public int periods() {
    return periods;
  }

  /** The bucket size. */
  public Bucket bucket() {
    return bucket;
  }

  /** The working weekdays (only meaningful for daily buckets). */
  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }

  /** The holidays (only meaningful for daily buckets). */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** True if {@code date} is a working weekday and not a holiday. */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The last day of the horizon (the day before period N+1 starts). */
  public LocalDate end() {
    return startOf(periods + 1).minusDays(1);
  }

  /**
   * The first day of a period; any period number, past periods (≤ 0) included.
   *
   * @throws IllegalArgumentException if the period is more than twice {@value #MAX_PERIODS} periods away
   */
  public LocalDate startOf(int period) {
    if (period < -2 * MAX_PERIODS - 2 || period > 2 * MAX_PERIODS + 2) {
      throw new IllegalArgumentException("period out of range: " + period);
    }
    switch (bucket) {
      case WEEK:
        return start.plusWeeks(period - 1L);
      case MONTH:
        return start.plusMonths(period - 1L);
      default:
        if (period >= 1 && period <= periods + 1) {
          return dayStarts.get(period - 1);
        }
        if (period > periods + 1) {
          LocalDate d = dayStarts.get(periods);
          for (int p = periods + 1; p < period; p++) {
            d = nextWorkingDay(d);
          }
          return d;
        }
        LocalDate d = start;
        for (int p = 1; p > period; p--) {
          d = previousWorkingDay(d);
        }
        return d;
    }
  }

  /**
   * The period whose bucket contains {@code date}; below 1 for dates before the start, above N for dates
   * after the horizon.
   *
   * @throws IllegalArgumentException if the date is more than fifty years from the start
   */
  public int periodOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long days = ChronoUnit.DAYS.between(start, date);
    if (Math.abs(days) > 3_660L * 5) {
      throw new IllegalArgumentException("date " + date + " is more than fifty years from the planning start " + start);
    }
    switch (bucket) {
      case WEEK:
        return (int) Math.floorDiv(days, 7L) + 1;
      case MONTH: {
        long months = ChronoUnit.MONTHS.between(start, date);
        if (date.isBefore(start) && start.plusMonths(months).isAfter(date)) {
          months--;
        }
        return (int) months + 1;
      }
      default:
        if (!date.isBefore(start)) {
          int lo = 0;
          int hi = periods;
          if (!date.isBefore(dayStarts.get(periods))) {
            int p = periods + 1;
            LocalDate d = dayStarts.get(periods);
            while (true) {
              LocalDate next = nextWorkingDay(d);
              if (next.isAfter(date)) {
                return p;
              }
              d = next;
              p++;
            }
          }
          while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (dayStarts.get(mid).isAfter(date)) {
              hi = mid - 1;
            } else {
              lo = mid;
            }
          }
          return lo + 1;
        }
        int p = 1;
        LocalDate d = start;
        while (d.isAfter(date)) {
          d = previousWorkingDay(d);
          p--;
        }
        return p;
    }
  }

  /** Calendar days from the start of period {@code from} to the start of period {@code to} (negative if earlier). */
  public long daysBetween(int from, int to) {
    return ChronoUnit.DAYS.between(startOf(from), startOf(to));
  }

  private LocalDate nextWorkingDay(LocalDate d) {
    LocalDate n = d.plusDays(1);
    for (int i = 0; i < 3_660 && !isWorkingDay(n); i++) {
      n = n.plusDays(1);
    }
    return n;
  }

  private LocalDate previousWorkingDay(LocalDate d) {
    LocalDate n = d.minusDays(1);
    for (int i = 0; i < 3_660 && !isWorkingDay(n); i++) {
      n = n.minusDays(1);
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PlanningCalendar)) {
      return false;
    }
    PlanningCalendar c = (PlanningCalendar) o;
    return start.equals(c.start) && periods == c.periods && bucket == c.bucket
        && (bucket != Bucket.DAY || (workingDays.equals(c.workingDays) && holidays.equals(c.holidays)));
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, periods, bucket);
  }

  @Override
  public String toString() {
    return "PlanningCalendar[" + periods + " x " + bucket + " from " + start + "]";
  }
}

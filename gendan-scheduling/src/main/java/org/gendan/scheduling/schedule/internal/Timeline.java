package org.gendan.scheduling.schedule.internal;

import java.util.Arrays;
import java.util.List;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;

/**
 * A line's working time in epoch minutes: its calendar minus its down periods, generated lazily in
 * chunks as the scheduler looks further ahead. Not thread-safe; one per scheduling run.
 */
public final class Timeline {
  private static final long CHUNK = 28 * 1440L;
  private static final long LIMIT = WorkCalendar.SEARCH_LIMIT_DAYS * 1440L;

  private final WorkCalendar calendar;
  private final long[] downStart;
  private final long[] downEnd;
  private final String lineName;
  private long[] starts = new long[64];
  private long[] ends = new long[64];
  private long[] cum = new long[64];
  private int size;
  private long coveredFrom;
  private long coveredUntil;

  /** A timeline covering from {@code origin} on. */
  public Timeline(String lineName, WorkCalendar calendar, List<TimeRange> down, long origin) {
    this.lineName = lineName;
    this.calendar = calendar;
    this.downStart = new long[down.size()];
    this.downEnd = new long[down.size()];
    for (int i = 0; i < down.size(); i++) {
      downStart[i] = Minutes.of(down.get(i).start());
      downEnd[i] = Minutes.of(down.get(i).end());
    }
    this.coveredFrom = origin;
    this.coveredUntil = origin;
  }

  private void extend() {
    long from = coveredUntil;
    long to = from + CHUNK;
    for (TimeRange r : calendar.workingPeriods(Minutes.toTime(from), Minutes.toTime(to))) {
      long s = Minutes.of(r.start());
      long e = Minutes.of(r.end());
      addMinusDown(s, e);
    }
    coveredUntil = to;
  }

  private void addMinusDown(long s, long e) {
    long cur = s;
    for (int i = 0; i < downStart.length && cur < e; i++) {
      if (downEnd[i] <= cur || downStart[i] >= e) {
        continue;
      }
      if (downStart[i] > cur) {
        append(cur, downStart[i]);
      }
      cur = Math.max(cur, downEnd[i]);
    }
    if (cur < e) {
      append(cur, e);
    }
  }

  private void append(long s, long e) {
    if (size > 0 && ends[size - 1] == s) {
      ends[size - 1] = e;
      return;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      cum = Arrays.copyOf(cum, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    cum[size] = size == 0 ? 0 : cum[size - 1] + ends[size - 1] - starts[size - 1];
    size++;
  }

  /** Index of the first interval with end > t, extending as needed; throws if none within the limit. */
  private int indexAfter(long t) {
    if (t < coveredFrom) {
      throw new IllegalStateException("timeline of " + lineName + " asked about " + Minutes.toTime(t) + " before its origin");
    }
    while (true) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] > t) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      if (lo < size) {
        return lo;
      }
      if (coveredUntil - Math.max(t, coveredFrom) > LIMIT) {
        throw new IllegalArgumentException("line " + lineName + " has no working time within " + WorkCalendar.SEARCH_LIMIT_DAYS
            + " days after " + Minutes.toTime(t) + " (check its calendar and down periods)");
      }
      extend();
    }
  }

  /** The number of working minutes from the origin up to t: the index of the first working minute at or after t. */
  public long index(long t) {
    int i = indexAfter(t);
    return t <= starts[i] ? cum[i] : cum[i] + (t - starts[i]);
  }

  /** The instant at which the working minute with index x begins. */
  public long startOfMinute(long x) {
    while (size == 0 || cum[size - 1] + ends[size - 1] - starts[size - 1] <= x) {
      if (size > 0 && coveredUntil - ends[size - 1] > LIMIT) {
        throw new IllegalArgumentException("line " + lineName + " has no working time within " + WorkCalendar.SEARCH_LIMIT_DAYS
            + " days after " + Minutes.toTime(ends[size - 1]) + " (check its calendar and down periods)");
      }
      if (size == 0 && coveredUntil - coveredFrom > LIMIT) {
        throw new IllegalArgumentException("line " + lineName + " has no working time within " + WorkCalendar.SEARCH_LIMIT_DAYS + " days");
      }
      extend();
    }
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cum[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return starts[lo] + (x - cum[lo]);
  }

  /** The first working minute at or after t. */
  public long nextWorking(long t) {
    int i = indexAfter(t);
    return Math.max(t, starts[i]);
  }

  /** The end of {@code work} working minutes started at {@code s} (s should be working time). */
  public long finish(long s, long work) {
    if (work <= 0) {
      return s;
    }
    long cur = s;
    long remaining = work;
    int i = indexAfter(cur);
    while (true) {
      long st = Math.max(cur, starts[i]);
      long take = Math.min(remaining, ends[i] - st);
      remaining -= take;
      if (remaining == 0) {
        return st + take;
      }
      cur = ends[i];
      i = indexAfter(cur);
    }
  }

  /** Working minutes in [a, b), added per day into {@code perDay} indexed by (day − firstDay); returns the total. */
  public long workBetween(long a, long b, long firstDay, long[] perDay) {
    if (b <= a) {
      return 0;
    }
    long total = 0;
    int i = indexAfter(a);
    long cur = a;
    while (cur < b) {
      long st = Math.max(cur, starts[i]);
      if (st >= b) {
        break;
      }
      long en = Math.min(ends[i], b);
      total += en - st;
      if (perDay != null) {
        long x = st;
        while (x < en) {
          long day = Math.floorDiv(x, 1440L);
          long dayEnd = (day + 1) * 1440L;
          long piece = Math.min(en, dayEnd) - x;
          int idx = (int) (day - firstDay);
          if (idx >= 0 && idx < perDay.length) {
            perDay[idx] += piece;
          }
          x += piece;
        }
      }
      cur = ends[i];
      if (cur >= b) {
        break;
      }
      i = indexAfter(cur);
    }
    return total;
  }
}

package org.gendan.scheduling.calendar;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

class WorkCalendarProperties {

  static final LocalDateTime BASE = LocalDateTime.of(2026, 3, 2, 0, 0);

  /** Random calendars: 1-3 shifts per weekday (some across midnight), holidays, overtime, shutdowns. */
  static Gen<WorkCalendar> calendars() {
    Gen<Shift> shifts = integers().between(0, 23 * 4).zip(integers().between(1, 16 * 4),
        (q, len) -> new Shift("s", LocalTime.of(q / 4, (q % 4) * 15), len * 15));
    Gen<List<Shift>> day = lists().of(shifts).ofSizeBetween(0, 3);
    Gen<List<List<Shift>>> week = lists().of(day).ofSize(7);
    Gen<List<Integer>> holidays = lists().of(integers().between(0, 60)).ofSizeBetween(0, 6);
    Gen<List<Integer>> exceptions = lists().of(integers().between(0, 60 * 24 * 4)).ofSizeBetween(0, 6);
    return week.zip(holidays, exceptions, exceptions, (w, h, ot, sd) -> {
      WorkCalendar.Builder b = WorkCalendar.builder();
      b.shift(DayOfWeek.WEDNESDAY, new Shift("base", LocalTime.of(9, 0), 60));
      for (int d = 0; d < 7; d++) {
        for (Shift s : w.get(d)) {
          b.shift(DayOfWeek.of(d + 1), s);
        }
      }
      h.forEach(x -> b.holiday(BASE.toLocalDate().plusDays(x)));
      ot.forEach(x -> b.overtime(TimeRange.of(BASE.plusMinutes(x * 15L), BASE.plusMinutes(x * 15L + 180))));
      sd.forEach(x -> b.shutdown(TimeRange.of(BASE.plusMinutes(x * 15L), BASE.plusMinutes(x * 15L + 300))));
      return b.build();
    });
  }

  static Gen<LocalDateTime> instants() {
    return integers().between(0, 60 * 24 * 50).map(m -> BASE.plusMinutes(m));
  }

  @Test
  void adding_a_then_b_working_minutes_equals_adding_a_plus_b() {
    qt().withExamples(150).forAll(calendars(), instants(), integers().between(0, 3000), integers().between(0, 3000))
        .check((cal, t, a, b) -> cal.plusWorkingMinutes(cal.plusWorkingMinutes(t, a), b).equals(cal.plusWorkingMinutes(t, a + b)));
  }

  @Test
  void finishing_work_uses_exactly_that_many_working_minutes_and_ends_in_working_time() {
    qt().withExamples(150).forAll(calendars(), instants(), integers().between(1, 5000))
        .check((cal, t, a) -> {
          LocalDateTime end = cal.plusWorkingMinutes(t, a);
          return cal.workingMinutesBetween(t, end) == a && cal.isWorkingAt(end.minusMinutes(1));
        });
  }

  @Test
  void the_next_working_instant_is_working_time_and_nothing_before_it_is() {
    qt().withExamples(150).forAll(calendars(), instants())
        .check((cal, t) -> {
          LocalDateTime next = cal.nextWorkingInstant(t);
          return cal.isWorkingAt(next) && cal.workingMinutesBetween(t, next) == 0 && !next.isBefore(t);
        });
  }

  @Test
  void working_minutes_between_add_up_over_a_split_point() {
    qt().withExamples(150).forAll(calendars(), instants(), integers().between(0, 5000), integers().between(0, 5000))
        .check((cal, t, a, b) -> cal.workingMinutesBetween(t, t.plusMinutes(a + b))
            == cal.workingMinutesBetween(t, t.plusMinutes(a)) + cal.workingMinutesBetween(t.plusMinutes(a), t.plusMinutes(a + b)));
  }

  @Test
  void working_periods_agree_with_is_working_at_minute_by_minute() {
    qt().withExamples(60).forAll(calendars(), instants())
        .check((cal, t) -> {
          List<TimeRange> periods = cal.workingPeriods(t, t.plusDays(2));
          for (int m = 0; m < 2 * 1440; m += 7) {
            LocalDateTime x = t.plusMinutes(m);
            boolean in = periods.stream().anyMatch(p -> p.contains(x));
            if (in != cal.isWorkingAt(x)) {
              return false;
            }
          }
          for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i - 1).end().isBefore(periods.get(i).start())) {
              return false;
            }
          }
          return true;
        });
  }
}

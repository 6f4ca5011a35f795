package org.gendan.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  /** Monday to Friday 08:00-12:00 and 13:00-17:00 (480 minutes a day). */
  static WorkCalendar dayShift() {
    return WorkCalendar.builder()
        .weekdayShift(Shift.of("morning", LocalTime.of(8, 0), LocalTime.of(12, 0)))
        .weekdayShift(Shift.of("afternoon", LocalTime.of(13, 0), LocalTime.of(17, 0)))
        .build();
  }

  // 2026-03-06 is a Friday.
  static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

  @Test
  void nine_hundred_minutes_started_friday_at_three_finish_on_tuesday_morning() {
    // Friday 15:00-17:00 = 120, Monday 480 -> 600, Tuesday 300 more: 08:00-12:00 (240) + 13:00-14:00 (60)
    LocalDateTime end = dayShift().plusWorkingMinutes(FRIDAY.atTime(15, 0), 900);
    assertThat(end).isEqualTo(LocalDateTime.of(2026, 3, 10, 14, 0));
  }

  @Test
  void saturday_overtime_is_used_before_monday() {
    // Friday 120 + Saturday 240 + Monday 480 = 840; Tuesday 08:00-09:00 completes 900
    WorkCalendar cal = dayShift().withOvertime(TimeRange.of(LocalDateTime.of(2026, 3, 7, 8, 0), LocalDateTime.of(2026, 3, 7, 12, 0)));
    assertThat(cal.plusWorkingMinutes(FRIDAY.atTime(15, 0), 900)).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 0));
  }

  @Test
  void a_night_shift_across_midnight_keeps_working_after_midnight() {
    WorkCalendar nights = WorkCalendar.builder()
        .weekdayShift(Shift.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0)))
        .build();
    // Monday 2026-03-09 23:00 + 120 working minutes = Tuesday 01:00
    assertThat(nights.plusWorkingMinutes(LocalDateTime.of(2026, 3, 9, 23, 0), 120)).isEqualTo(LocalDateTime.of(2026, 3, 10, 1, 0));
    // Friday night's shift runs into Saturday morning
    assertThat(nights.isWorkingAt(LocalDateTime.of(2026, 3, 7, 5, 59))).isTrue();
    assertThat(nights.isWorkingAt(LocalDateTime.of(2026, 3, 7, 6, 0))).isFalse();
    // Saturday 05:00 + 120: one hour on Friday's shift, then Monday night
    assertThat(nights.plusWorkingMinutes(LocalDateTime.of(2026, 3, 7, 5, 0), 120)).isEqualTo(LocalDateTime.of(2026, 3, 9, 23, 0));
    assertThat(nights.workingMinutesBetween(LocalDateTime.of(2026, 3, 9, 0, 0), LocalDateTime.of(2026, 3, 10, 0, 0))).isEqualTo(120);
  }

  @Test
  void a_holiday_inside_an_operation_pauses_it_until_the_next_working_day() {
    // Wednesday 2026-03-11 15:00, holiday Thursday: 120 on Wednesday, Friday 480 completes 600.
    WorkCalendar cal = dayShift().withHoliday(LocalDate.of(2026, 3, 12));
    assertThat(cal.plusWorkingMinutes(LocalDateTime.of(2026, 3, 11, 15, 0), 600)).isEqualTo(LocalDateTime.of(2026, 3, 13, 17, 0));
    assertThat(dayShift().plusWorkingMinutes(LocalDateTime.of(2026, 3, 11, 15, 0), 600)).isEqualTo(LocalDateTime.of(2026, 3, 12, 17, 0));
  }

  @Test
  void a_holiday_cancels_the_night_shift_that_starts_on_it_but_not_the_one_that_ends_on_it() {
    WorkCalendar nights = WorkCalendar.builder()
        .weekdayShift(Shift.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0)))
        .holiday(LocalDate.of(2026, 3, 10))
        .build();
    assertThat(nights.isWorkingAt(LocalDateTime.of(2026, 3, 10, 3, 0))).isTrue();
    assertThat(nights.isWorkingAt(LocalDateTime.of(2026, 3, 10, 23, 0))).isFalse();
  }

  @Test
  void a_shutdown_removes_working_time_even_inside_a_shift() {
    WorkCalendar cal = dayShift().withShutdown(TimeRange.of(LocalDateTime.of(2026, 3, 9, 10, 0), LocalDateTime.of(2026, 3, 9, 16, 0)));
    assertThat(cal.workingMinutesBetween(LocalDateTime.of(2026, 3, 9, 0, 0), LocalDateTime.of(2026, 3, 10, 0, 0))).isEqualTo(180);
    assertThat(cal.nextWorkingInstant(LocalDateTime.of(2026, 3, 9, 10, 30))).isEqualTo(LocalDateTime.of(2026, 3, 9, 16, 0));
  }

  @Test
  void the_next_working_instant_of_a_working_minute_is_itself_and_of_a_weekend_is_monday_morning() {
    assertThat(dayShift().nextWorkingInstant(LocalDateTime.of(2026, 3, 9, 9, 30))).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 30));
    assertThat(dayShift().nextWorkingInstant(FRIDAY.atTime(17, 0))).isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 0));
    assertThat(dayShift().nextWorkingInstant(FRIDAY.atTime(12, 15))).isEqualTo(FRIDAY.atTime(13, 0));
  }

  @Test
  void working_periods_merge_touching_shifts_and_cut_at_the_bounds() {
    assertThat(dayShift().workingPeriods(FRIDAY.atTime(9, 0), FRIDAY.atTime(14, 0))).containsExactly(
        TimeRange.of(FRIDAY.atTime(9, 0), FRIDAY.atTime(12, 0)), TimeRange.of(FRIDAY.atTime(13, 0), FRIDAY.atTime(14, 0)));
    assertThat(WorkCalendar.continuous().workingPeriods(FRIDAY.atStartOfDay(), FRIDAY.plusDays(3).atStartOfDay()))
        .containsExactly(TimeRange.of(FRIDAY.atStartOfDay(), FRIDAY.plusDays(3).atStartOfDay()));
  }

  @Test
  void zero_minutes_finish_where_they_start() {
    assertThat(dayShift().plusWorkingMinutes(FRIDAY.atTime(20, 0), 0)).isEqualTo(FRIDAY.atTime(20, 0));
  }

  @Test
  void bad_input_is_rejected_with_a_clear_message() {
    WorkCalendar cal = dayShift();
    assertThatThrownBy(() -> cal.plusWorkingMinutes(null, 5)).isInstanceOf(NullPointerException.class).hasMessage("start");
    assertThatThrownBy(() -> cal.plusWorkingMinutes(FRIDAY.atTime(9, 0), -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> cal.workingMinutesBetween(FRIDAY.atTime(9, 0), FRIDAY.atTime(8, 0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> cal.nextWorkingInstant(FRIDAY.atTime(9, 0, 30))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole minute");
    assertThatThrownBy(() -> WorkCalendar.builder().build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one shift");
    assertThatThrownBy(() -> new Shift("x", LocalTime.NOON, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..1440");
    assertThatThrownBy(() -> new Shift(" ", LocalTime.NOON, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> TimeRange.of(FRIDAY.atTime(9, 0), FRIDAY.atTime(9, 0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
    assertThatThrownBy(() -> WorkCalendar.builder().shift(DayOfWeek.MONDAY, null)).isInstanceOf(NullPointerException.class).hasMessage("shift");
  }

  @Test
  void a_calendar_shut_down_forever_says_it_has_no_working_time() {
    WorkCalendar cal = dayShift().withShutdown(TimeRange.of(FRIDAY.atStartOfDay(), FRIDAY.plusYears(20).atStartOfDay()));
    assertThatThrownBy(() -> cal.nextWorkingInstant(FRIDAY.atTime(9, 0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working time");
    assertThatThrownBy(() -> cal.plusWorkingMinutes(FRIDAY.atTime(9, 0), 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working time");
  }
}

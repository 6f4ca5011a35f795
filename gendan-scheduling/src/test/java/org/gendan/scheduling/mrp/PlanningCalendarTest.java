package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanningCalendarTest {

  private static final LocalDate MON = LocalDate.of(2026, 3, 2);

  @Test
  void daily_buckets_skip_weekends_and_holidays_and_a_sunday_belongs_to_the_friday_before() {
    PlanningCalendar c = PlanningCalendar.daily(MON, 10, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Set.of(LocalDate.of(2026, 3, 4)));
    assertThat(c.startOf(1)).isEqualTo(MON);
    assertThat(c.startOf(2)).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(c.startOf(3)).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(c.periodOf(LocalDate.of(2026, 3, 8))).isEqualTo(4);
    assertThat(c.startOf(0)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(c.periodOf(LocalDate.of(2026, 2, 28))).isEqualTo(0);
  }

  @Test
  void weekly_and_monthly_buckets_count_from_the_start() {
    PlanningCalendar w = PlanningCalendar.weekly(MON, 10);
    assertThat(w.periodOf(MON.plusDays(13))).isEqualTo(2);
    assertThat(w.periodOf(MON.minusDays(1))).isEqualTo(0);
    assertThat(w.end()).isEqualTo(MON.plusWeeks(10).minusDays(1));
    PlanningCalendar m = PlanningCalendar.monthly(LocalDate.of(2026, 3, 15), 6);
    assertThat(m.periodOf(LocalDate.of(2026, 4, 14))).isEqualTo(1);
    assertThat(m.periodOf(LocalDate.of(2026, 4, 15))).isEqualTo(2);
    assertThat(m.periodOf(LocalDate.of(2026, 2, 20))).isEqualTo(0);
    assertThat(m.periodOf(LocalDate.of(2026, 2, 15))).isEqualTo(0);
  }

  @Test
  void every_period_start_belongs_to_its_own_period() {
    qt().withExamples(200).forAll(integers().between(-40, 80), integers().between(0, 2)).checkAssert((p, kind) -> {
      PlanningCalendar c = kind == 0 ? PlanningCalendar.daily(MON, 40)
          : kind == 1 ? PlanningCalendar.weekly(MON, 40) : PlanningCalendar.monthly(MON, 40);
      assertThat(c.periodOf(c.startOf(p))).isEqualTo(p);
      assertThat(c.startOf(p + 1)).isAfter(c.startOf(p));
    });
  }
}

package org.gendan.scheduling.schedule;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.resource.WorkCenterGroupId;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.quicktheories.core.Gen;

/** Shared test data and generators for scheduling problems. */
public final class Fixtures {
  private Fixtures() {}

  /** Monday 2026-03-02 07:00. */
  public static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 7, 0);

  /** Monday to Saturday 08:00-12:00 and 13:00-17:00. */
  public static WorkCalendar dayShifts() {
    WorkCalendar.Builder b = WorkCalendar.builder();
    for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY}) {
      b.shift(d, Shift.of("morning", LocalTime.of(8, 0), LocalTime.of(12, 0)));
      b.shift(d, Shift.of("afternoon", LocalTime.of(13, 0), LocalTime.of(17, 0)));
    }
    return b.build();
  }

  /** Monday to Friday 06:00-14:00 and a night shift 22:00-06:00. */
  public static WorkCalendar dayAndNight() {
    return WorkCalendar.builder()
        .weekdayShift(Shift.of("early", LocalTime.of(6, 0), LocalTime.of(14, 0)))
        .weekdayShift(Shift.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0)))
        .holiday(START.toLocalDate().plusDays(3))
        .build();
  }

  /** A single-operation routing on a group, {@code minutes} per unit, no setup. */
  public static Routing oneStep(String sku, String group, String runPerUnit, long setup) {
    return Routing.of(Sku.of(sku), Unit.PCS, Operation.of("make", group, setup, runPerUnit, 0));
  }

  /** A job of {@code minutes} minutes (1 PCS at {@code minutes}/unit) on group G. */
  public static Job job(String order, long minutes, LocalDateTime release, LocalDateTime due, long weight) {
    return Job.builder().id(JobId.of(order, 1)).routing(oneStep("I-" + order, "G", Long.toString(minutes), 0))
        .quantity(Quantity.of(1, Unit.PCS)).release(release).due(due).weight(weight).build();
  }

  /** A plant with group G of {@code lines} standard lines on the calendar. */
  public static Plant plant(WorkCalendar calendar, int lines) {
    List<ProductionLine> ls = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      ls.add(ProductionLine.of("L" + i));
    }
    return new Plant(List.of(new WorkCenterGroup(WorkCenterGroupId.of("G"), "车间", calendar, ls)));
  }

  /** Generated problems: 1-3 groups of 1-3 lines, varied calendars, 1-{@code maxJobs} jobs of 1-3 operations. */
  public static Gen<SchedulingProblem> problems(int maxJobs, int maxOps) {
    Gen<List<Integer>> plant = lists().of(integers().between(0, 999)).ofSize(12);
    Gen<List<List<Integer>>> jobs = lists().of(lists().of(integers().between(0, 999)).ofSize(11)).ofSizeBetween(1, maxJobs);
    return plant.zip(jobs, (p, js) -> build(p, js, maxOps));
  }

  static SchedulingProblem build(List<Integer> p, List<List<Integer>> js, int maxOps) {
    int groups = 1 + p.get(0) % 3;
    List<WorkCenterGroup> gs = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int lines = 1 + p.get(1 + g) % 3;
      int kind = p.get(4 + g) % 3;
      WorkCalendar cal = kind == 0 ? WorkCalendar.continuous() : kind == 1 ? dayShifts() : dayAndNight();
      List<ProductionLine> ls = new ArrayList<>();
      for (int l = 0; l < lines; l++) {
        ProductionLine line = ProductionLine.of("G" + g + "-L" + l);
        if (l == 0 && p.get(7 + g) % 2 == 1) {
          line = line.withSpeedFactor(new BigDecimal("1.5")).withEfficiency(new BigDecimal("0.9"));
        }
        if (l == 0 && g == 0 && p.get(10) % 2 == 1) {
          LocalDateTime s = START.plusHours(p.get(11) % 48);
          line = line.withDownPeriod(TimeRange.of(s, s.plusHours(8)));
        }
        ls.add(line);
      }
      gs.add(new WorkCenterGroup(WorkCenterGroupId.of("G" + g), "dept" + g, cal, ls));
    }
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < js.size(); i++) {
      List<Integer> x = js.get(i);
      int ops = 1 + x.get(0) % maxOps;
      List<Operation> os = new ArrayList<>();
      for (int k = 0; k < ops; k++) {
        os.add(new Operation("op" + k, WorkCenterGroupId.of("G" + (x.get(1 + k) % groups)), x.get(4) % 60,
            BigDecimal.valueOf(1 + x.get(5) % 20, 1), x.get(7) % 3 == 0 ? 90 : 0));
      }
      CustomerTier tier = CustomerTier.values()[x.get(8) % 4];
      LocalDateTime release = START.plusHours(x.get(9) % 72);
      jobs.add(Job.builder().id(JobId.of("SO-" + (100 + i), 1 + x.get(6) % 3))
          .routing(new Routing(Sku.of("ITEM-" + i), Unit.PCS, os))
          .quantity(Quantity.of(1 + x.get(6) % 200, Unit.PCS))
          .release(release)
          .due(release.plusHours(4 + x.get(10) % 120))
          .weight(tier.defaultWeight()).tier(tier)
          .build());
    }
    return SchedulingProblem.of(START, new Plant(gs), jobs);
  }
}

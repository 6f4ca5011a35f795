package org.gendan.benchmarks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * A seeded generator of a realistic garment factory for the scale benchmark: five departments (裁床
 * cutting, 印绣 printing/embroidery, 缝制 sewing, 整烫 pressing, 包装 packing), each one work-center
 * group of ten parallel lines (fifty lines in all, some faster or less efficient, one line per
 * department down for a maintenance day), all on a two-shift calendar (早班 07:00–15:00 and 中班
 * 15:00–23:00, Monday to Saturday) with the public holidays 元旦 (1 January), 劳动节 (1–3 May) and 国庆
 * (1–7 October) of every year.
 *
 * <p>Order lines come from sales orders of one to five lines; each line's item has a three-operation
 * routing through three departments in process-flow order, with setup, run time per piece and a
 * transfer lag (drying after printing). Quantities are 50–550 pieces. Delivery dates spread over a
 * horizon sized so that the busiest department is loaded at about 95 %: the horizon therefore grows
 * with the number of order lines (about a quarter for 10,000 lines, two and a half years for 100,000)
 * and the load per week stays that of a real factory; on top of that, rush orders and backlog due within the first three
 * weeks overload the start of the plan (12 % of the orders of a quarter's horizon, the same amount of
 * work for longer horizons). Materials arrive
 * five to twenty days before the due date (the release date). Customer tiers are 10 % key, 20 % A, 40 % B
 * and 30 % C, weighted as {@link JobSettings#of(int)}.
 *
 * <p>The same order-line count and seed always give the identical problem.
 */
public final class FactoryGenerator {

  /** Monday 2 March 2026, 07:00: the planning start. */
  public static final LocalDateTime PLANNING_START = LocalDateTime.of(2026, 3, 2, 7, 0);

  /** The number of departments. */
  public static final int DEPARTMENTS = 5;

  /** The number of lines in each department. */
  public static final int LINES_PER_DEPARTMENT = 10;

  /** The most order lines one problem may have. */
  public static final int MAX_ORDER_LINES = 1_000_000;

  private static final String[] GROUP = {"CUT", "PRINT", "SEW", "PRESS", "PACK"};
  private static final String[] DEPARTMENT = {"裁床 cutting", "印绣 printing", "缝制 sewing", "整烫 pressing", "包装 packing"};
  /**
   * Standard run minutes per piece of one line (a team) in each department: lowest and spread, in
   * hundredths; chosen so that every department carries about the same load for the routing mix.
   */
  private static final int[] RUN_LOW = {15, 25, 10, 25, 12};
  private static final int[] RUN_SPREAD = {20, 30, 20, 30, 15};
  private static final int[] SETUP_LOW = {15, 30, 20, 10, 10};
  private static final int[] SETUP_SPREAD = {30, 60, 40, 20, 15};
  /** Working minutes per line per calendar day on the two-shift calendar (960 × 6 / 7). */
  private static final double MINUTES_PER_LINE_DAY = 960.0 * 6 / 7;
  private static final double TARGET_LOAD = 0.95;
  private static final int ITEMS = 400;
  /**
   * The share of orders due within the first three weeks on top of the even spread (backlog and rush
   * orders) for a horizon of up to {@link #RUSH_REFERENCE_DAYS}; longer horizons get proportionally
   * fewer, so the overload at the start is the same whatever the number of order lines.
   */
  private static final double RUSH_SHARE = 0.12;
  private static final int RUSH_REFERENCE_DAYS = 90;

  private FactoryGenerator() {}

  /**
   * The scheduling problem of a factory with {@code orderLines} open order lines.
   *
   * @param orderLines the number of order lines (jobs), 1..{@value #MAX_ORDER_LINES}
   * @param seed       the seed of all randomness
   * @return the problem, starting at {@link #PLANNING_START}
   * @throws IllegalArgumentException if {@code orderLines} is out of range
   */
  public static SchedulingProblem generate(int orderLines, long seed) {
    if (orderLines < 1 || orderLines > MAX_ORDER_LINES) {
      throw new IllegalArgumentException("order lines must be 1.." + MAX_ORDER_LINES + ", got " + orderLines);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Routing> items = routings(random);
    JobSettings settings = JobSettings.of(3);

    int[] item = new int[orderLines];
    int[] quantity = new int[orderLines];
    double[] work = new double[DEPARTMENTS];
    for (int i = 0; i < orderLines; i++) {
      item[i] = random.nextInt(ITEMS);
      quantity[i] = 50 + 10 * random.nextInt(51);
      for (Operation op : items.get(item[i]).operations()) {
        int d = departmentOf(op.group().value());
        work[d] += op.setupMinutes() + op.runMinutesFor(BigDecimal.valueOf(quantity[i]));
      }
    }
    double busiest = 0;
    for (double w : work) {
      busiest = Math.max(busiest, w);
    }
    int horizonDays = (int) Math.ceil(busiest / (LINES_PER_DEPARTMENT * MINUTES_PER_LINE_DAY * TARGET_LOAD));
    horizonDays = Math.max(horizonDays, 21);
    LocalDate last = PLANNING_START.toLocalDate().plusDays(horizonDays * 2L + 120);

    double rushShare = RUSH_SHARE * Math.min(1.0, (double) RUSH_REFERENCE_DAYS / horizonDays);
    List<Job> jobs = new ArrayList<>(orderLines);
    int order = 0;
    int lineNo = 0;
    int linesInOrder = 0;
    CustomerTier tier = CustomerTier.B;
    LocalDate delivery = null;
    for (int i = 0; i < orderLines; i++) {
      if (lineNo == linesInOrder) {
        order++;
        lineNo = 0;
        linesInOrder = 1 + random.nextInt(5);
        tier = tier(random);
        delivery = random.nextDouble() < rushShare
            ? PLANNING_START.toLocalDate().plusDays(4 + random.nextInt(14))
            : PLANNING_START.toLocalDate().plusDays(10 + random.nextInt(horizonDays + 1));
      }
      lineNo++;
      LocalDate due = delivery.minusDays(settings.bufferDays());
      LocalDateTime materialReady = due.minusDays(5 + random.nextInt(16)).atStartOfDay();
      LocalDateTime release = materialReady.isAfter(PLANNING_START) ? materialReady : PLANNING_START;
      jobs.add(Job.builder()
          .id(JobId.of(String.format("SO-%07d", order), lineNo))
          .routing(items.get(item[i]))
          .quantity(Quantity.of(quantity[i], Unit.PCS))
          .release(release)
          .due(due.plusDays(1).atStartOfDay())
          .weight(settings.weightOf(tier))
          .tier(tier)
          .deliveryDate(delivery)
          .build());
    }
    return SchedulingProblem.of(PLANNING_START, plant(last), jobs);
  }

  /** The plant: five departments of ten lines on the two-shift calendar with holidays until {@code last}. */
  static Plant plant(LocalDate last) {
    WorkCalendar.Builder calendar = WorkCalendar.builder()
        .shift(Shift.of("早班 early", LocalTime.of(7, 0), LocalTime.of(15, 0)),
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
        .shift(Shift.of("中班 late", LocalTime.of(15, 0), LocalTime.of(23, 0)),
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    for (int year = PLANNING_START.getYear(); year <= last.getYear(); year++) {
      calendar.holiday(LocalDate.of(year, 1, 1));
      for (int day = 1; day <= 3; day++) {
        calendar.holiday(LocalDate.of(year, 5, day));
      }
      for (int day = 1; day <= 7; day++) {
        calendar.holiday(LocalDate.of(year, 10, day));
      }
    }
    WorkCalendar cal = calendar.build();
    List<WorkCenterGroup> groups = new ArrayList<>();
    for (int d = 0; d < DEPARTMENTS; d++) {
      List<ProductionLine> lines = new ArrayList<>();
      for (int l = 1; l <= LINES_PER_DEPARTMENT; l++) {
        ProductionLine line = ProductionLine.of(String.format("%s-%02d", GROUP[d], l));
        if (l <= 2) {
          line = line.withSpeedFactor(new BigDecimal("1.25"));
        } else if (l >= 9) {
          line = line.withEfficiency(new BigDecimal("0.90"));
        }
        if (l == 1 + d) {
          LocalDateTime down = PLANNING_START.toLocalDate().plusDays(8 + d).atTime(7, 0);
          line = line.withDownPeriod(TimeRange.of(down, down.plusHours(16)));
        }
        lines.add(line);
      }
      groups.add(new WorkCenterGroup(WorkCenterGroupId.of(GROUP[d]), DEPARTMENT[d], cal, lines));
    }
    return new Plant(groups);
  }

  /** The item catalogue: three operations through three departments in flow order. */
  private static List<Routing> routings(SplittableRandom random) {
    List<Routing> out = new ArrayList<>(ITEMS);
    for (int i = 0; i < ITEMS; i++) {
      int[] departments = threeDepartments(random);
      List<Operation> ops = new ArrayList<>(3);
      for (int d : departments) {
        long setup = SETUP_LOW[d] + random.nextInt(SETUP_SPREAD[d] + 1);
        BigDecimal run = BigDecimal.valueOf(RUN_LOW[d] + random.nextInt(RUN_SPREAD[d] + 1), 2);
        long lag = d == 1 ? 120 : random.nextInt(4) == 0 ? 30 : 0;
        ops.add(new Operation(DEPARTMENT[d], WorkCenterGroupId.of(GROUP[d]), setup, run, lag));
      }
      out.add(new Routing(Sku.of(String.format("ITEM-%04d", i + 1)), Unit.PCS, ops));
    }
    return out;
  }

  /**
   * Three departments in flow order: most items are cut, sewn and packed; others are printed or
   * pressed instead of one of these steps. Every department gets work.
   */
  private static int[] threeDepartments(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return new int[] {0, 2, 4};
    }
    if (kind < 6) {
      return new int[] {0, 1, 2};
    }
    if (kind < 8) {
      return new int[] {2, 3, 4};
    }
    return new int[] {1, 3, 4};
  }

  private static CustomerTier tier(SplittableRandom random) {
    int r = random.nextInt(10);
    return r == 0 ? CustomerTier.KEY : r < 3 ? CustomerTier.A : r < 7 ? CustomerTier.B : CustomerTier.C;
  }

  private static int departmentOf(String group) {
    for (int d = 0; d < DEPARTMENTS; d++) {
      if (GROUP[d].equals(group)) {
        return d;
      }
    }
    throw new IllegalStateException("unknown group " + group);
  }
}

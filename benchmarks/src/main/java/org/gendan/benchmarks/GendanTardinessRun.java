package org.gendan.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.resource.WorkCenterGroupId;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Improvement;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * Solves a {@link ParallelTardinessInstance} with gendan's public scheduler, the way a user would: one
 * work-center group of identical standard lines on a round-the-clock calendar, one single-operation
 * routing per job (1 piece at {@code p} minutes per piece), every job released at the planning start
 * and due {@code d} minutes after it, then {@link Scheduler#improve} from the ATC rule within the time
 * budget.
 */
public final class GendanTardinessRun {

  /** The planning start of the translated problems (a Monday, 00:00). */
  public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 0, 0);

  private GendanTardinessRun() {}

  /**
   * The outcome of one solve.
   *
   * @param sequences        the jobs (0-based indices) of each line in processing order, line 1 first
   * @param reportedObjective the weighted tardiness gendan reports in its schedule totals
   * @param millis           wall time of the solve
   */
  public record Outcome(List<int[]> sequences, long reportedObjective, long millis) {

    /** Creates the value. */
    public Outcome {
      sequences = List.copyOf(Objects.requireNonNull(sequences, "sequences"));
    }
  }

  /** The scheduling problem of the instance. */
  public static SchedulingProblem problem(ParallelTardinessInstance instance) {
    Objects.requireNonNull(instance, "instance");
    List<ProductionLine> lines = new ArrayList<>();
    for (int l = 1; l <= instance.lines(); l++) {
      lines.add(ProductionLine.of(lineName(l)));
    }
    Plant plant = new Plant(List.of(new WorkCenterGroup(WorkCenterGroupId.of("WT"), "weighted tardiness", WorkCalendar.continuous(), lines)));
    List<Job> jobs = new ArrayList<>(instance.jobs());
    for (int j = 0; j < instance.jobs(); j++) {
      Routing routing = new Routing(Sku.of("WT-ITEM-" + (j + 1)), Unit.PCS,
          List.of(new Operation("process", WorkCenterGroupId.of("WT"), 0, BigDecimal.valueOf(instance.processingOf(j)), 0)));
      jobs.add(Job.builder()
          .id(jobId(j))
          .routing(routing)
          .quantity(Quantity.of(1, Unit.PCS))
          .release(START)
          .due(START.plusMinutes(instance.dueOf(j)))
          .weight(instance.weightOf(j))
          .build());
    }
    return SchedulingProblem.of(START, plant, jobs);
  }

  /**
   * Solves the instance within the budget.
   *
   * @param instance the instance
   * @param budget   the wall-clock budget of {@link Scheduler#improve}
   * @param seed     the search's seed
   */
  public static Outcome solve(ParallelTardinessInstance instance, Duration budget, long seed) {
    SchedulingProblem problem = problem(instance);
    long t0 = System.nanoTime();
    Schedule schedule = Scheduler.of(PriorityRules.ATC).improve(problem, Improvement.of(budget, seed));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Outcome(sequences(instance, schedule), schedule.totals().weightedTardiness(), millis);
  }

  /** The job sequence of every line of a schedule of the instance's problem, by start time. */
  static List<int[]> sequences(ParallelTardinessInstance instance, Schedule schedule) {
    Map<JobId, Integer> index = new HashMap<>();
    for (int j = 0; j < instance.jobs(); j++) {
      index.put(jobId(j), j);
    }
    List<List<Assignment>> byLine = new ArrayList<>();
    Map<LineId, Integer> lineIndex = new HashMap<>();
    for (int l = 1; l <= instance.lines(); l++) {
      lineIndex.put(LineId.of(lineName(l)), l - 1);
      byLine.add(new ArrayList<>());
    }
    for (Assignment a : schedule.assignments()) {
      byLine.get(lineIndex.get(a.line())).add(a);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Assignment> line : byLine) {
      line.sort(Comparator.comparing(Assignment::start).thenComparing(Assignment::job));
      out.add(line.stream().mapToInt(a -> index.get(a.job())).toArray());
    }
    return out;
  }

  private static JobId jobId(int j) {
    return JobId.of(String.format("WT-%06d", j + 1), 1);
  }

  private static String lineName(int l) {
    return "L" + l;
  }
}

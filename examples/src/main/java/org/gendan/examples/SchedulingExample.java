package org.gendan.examples;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.schedule.Improvement;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.LineLoad;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * Production scheduling (排产) with explanations: the sample factory's promised orders are scheduled
 * with the rule {@code TIER_THEN_EDD} (key customers first, then earliest delivery), the schedule is
 * improved by a seeded search (same seed, same schedule), and the example prints the totals before and
 * after, why each late job and each of the first few jobs stands where it does, and the load of
 * every line.
 */
public final class SchedulingExample {

  /** How many jobs at the head of the priority list are explained. */
  public static final int FIRST_JOBS = 5;

  private SchedulingExample() {}

  /** Runs the example with seed 7 and at most 2,000 evaluated schedules and prints to standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /** Runs the example with seed 7 and at most 2,000 evaluated schedules. */
  public static Schedule run(PrintWriter out) {
    return run(out, 7L, 2_000L);
  }

  /**
   * Runs the example.
   *
   * @param out            where the schedule is printed
   * @param seed           the improvement search's seed
   * @param maxEvaluations the most schedules the search evaluates (at least 1)
   * @return the improved schedule
   * @throws IllegalArgumentException if {@code maxEvaluations} is below 1
   */
  public static Schedule run(PrintWriter out, long seed, long maxEvaluations) {
    Objects.requireNonNull(out, "out");
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("maxEvaluations must be at least 1, got " + maxEvaluations);
    }
    SampleData data = SampleData.load();
    SchedulingProblem problem = FactoryDemo.schedulingProblem(data, data.today(), JobSettings.of(FactoryDemo.BUFFER_DAYS));
    Scheduler scheduler = Scheduler.of(PriorityRules.TIER_THEN_EDD);
    Schedule first = scheduler.schedule(problem);
    Schedule improved = scheduler.improve(problem, Improvement.of(Duration.ofSeconds(20), seed).withMaxEvaluations(maxEvaluations));

    out.println("Scheduling " + problem.jobs().size() + " jobs of the sample factory from " + data.today());
    out.println("   constructive: " + totals(first));
    out.println("   improved:     " + totals(improved) + " (seed " + seed + ")");
    out.println("   " + improved.method());
    out.println();
    List<JobOutcome> late = improved.jobs().stream().filter(JobOutcome::isLate)
        .sorted(Comparator.comparingLong(JobOutcome::latenessMinutes).reversed().thenComparing(JobOutcome::job)).toList();
    out.println("Late jobs (延误): " + late.size());
    late.forEach(j -> out.printf("   %-16s late by %5.1f days: %s%n", j.job(), j.latenessMinutes() / 1440.0, j.explanation()));
    out.println();
    out.println("The first " + FIRST_JOBS + " jobs of the priority list:");
    improved.jobs().stream().sorted(Comparator.comparingInt(JobOutcome::rank)).limit(FIRST_JOBS)
        .forEach(j -> out.printf("   #%-3d %-16s done %s, due %s: %s%n", j.rank(), j.job(),
            j.completion().toString().replace('T', ' '), j.due().toLocalDate(), j.explanation()));
    out.println();
    out.println("Line loads (产能负荷): planned / working minutes over the horizon, busiest day");
    Map<String, List<LineLoad>> byLine = improved.loads().stream()
        .collect(Collectors.groupingBy(l -> l.line().toString(), TreeMap::new, Collectors.toList()));
    byLine.forEach((line, loads) -> {
      long planned = loads.stream().mapToLong(LineLoad::plannedMinutes).sum();
      long working = loads.stream().mapToLong(LineLoad::workingMinutes).sum();
      LineLoad peak = loads.stream().max(Comparator.comparingDouble(LineLoad::utilisation)
          .thenComparing(LineLoad::date, Comparator.reverseOrder())).orElseThrow();
      out.printf("   %-10s %7d / %7d min (%3.0f %%), busiest %s at %3.0f %%%n", line, planned, working,
          working == 0 ? 0.0 : 100.0 * planned / working, peak.date(), 100 * peak.utilisation());
    });
    out.flush();
    return improved;
  }

  private static String totals(Schedule s) {
    return s.totals().lateJobs() + " late job(s), weighted tardiness " + s.totals().weightedTardiness()
        + ", last completion " + s.totals().lastCompletion().toString().replace('T', ' ');
  }
}

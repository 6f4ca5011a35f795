package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.gendan.examples.demo.ScheduleJson;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.schedule.Improvement;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gendan schedule}: production scheduling (排产) of the promised orders with the rule
 * {@code TIER_THEN_EDD}, improved by a seeded search; prints the totals and every late job with the
 * explanation of its place, or the schedule as JSON.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {"Schedules production (排产) of the reviewed orders and orders in production: rule TIER_THEN_EDD,",
        "then a seeded improvement search. Prints the totals and the late jobs with their explanations",
        "(json: the schedule). Exit code 0: scheduled; 2: bad input.",
        "Data files (--data DIR), formats in examples/schemas/: customers.schema.json, suppliers.schema.json,",
        "items.schema.json, prices.schema.json, factory.schema.json, orders.schema.json."})
final class ScheduleCommand implements Callable<Integer> {

  /** The longest time limit accepted, in milliseconds (10 minutes). */
  static final long MAX_TIME_LIMIT_MS = 600_000L;

  @Spec
  CommandSpec spec;

  @Mixin
  SampleOptions options;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", description = "the improvement search's seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--time-limit-ms", paramLabel = "MS", defaultValue = "8000",
      description = "the improvement search's time limit in milliseconds, 0..600000 (default: ${DEFAULT-VALUE})")
  long timeLimitMs;

  @Option(names = "--max-evaluations", paramLabel = "N", defaultValue = "4000",
      description = "the most schedules the search evaluates, at least 1 (default: ${DEFAULT-VALUE})")
  long maxEvaluations;

  @Override
  public Integer call() {
    if (timeLimitMs < 0 || timeLimitMs > MAX_TIME_LIMIT_MS) {
      throw new BadInputException("--time-limit-ms: must be 0.." + MAX_TIME_LIMIT_MS + ", got " + timeLimitMs);
    }
    if (maxEvaluations < 1) {
      throw new BadInputException("--max-evaluations: must be at least 1, got " + maxEvaluations);
    }
    SampleData data = options.load();
    LocalDate today = options.today(data);
    SchedulingProblem problem = options.problem(data, today);
    Schedule s = Scheduler.of(PriorityRules.TIER_THEN_EDD).improve(problem,
        Improvement.of(Duration.ofMillis(timeLimitMs), seed).withMaxEvaluations(maxEvaluations));
    PrintWriter o = spec.commandLine().getOut();
    if (options.json()) {
      SampleOptions.printJson(o, ScheduleJson.of(s));
    } else {
      o.println("Schedule from " + today + ": " + problem.jobs().size() + " jobs, " + s.assignments().size() + " operations");
      o.println(s.method());
      o.println(s.totals().lateJobs() + " late job(s); weighted tardiness " + s.totals().weightedTardiness()
          + "; max lateness " + s.totals().maxLatenessMinutes() + " min; last completion " + s.totals().lastCompletion().toString().replace('T', ' '));
      List<JobOutcome> late = s.jobs().stream().filter(JobOutcome::isLate)
          .sorted(Comparator.comparingLong(JobOutcome::latenessMinutes).reversed().thenComparing(JobOutcome::job)).toList();
      for (JobOutcome j : late) {
        o.printf("LATE %-16s by %5.1f days  %s%n", j.job(), j.latenessMinutes() / 1440.0, j.explanation());
      }
    }
    o.flush();
    return ExitCodes.OK;
  }
}

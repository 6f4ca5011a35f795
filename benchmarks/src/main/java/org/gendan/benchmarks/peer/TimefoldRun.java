package org.gendan.benchmarks.peer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gendan.benchmarks.ParallelTardinessInstance;

/**
 * Solves a {@link ParallelTardinessInstance} with Timefold Solver in its default configuration for a
 * list variable (its default construction heuristic, then its default local search with the list
 * moves it selects by default), stopped by a spent-time limit, single-threaded, with a random seed.
 */
public final class TimefoldRun {

  private TimefoldRun() {}

  /**
   * The outcome of one solve.
   *
   * @param sequences      the jobs (0-based indices) of each line in processing order, line 1 first
   * @param unassigned     jobs Timefold left unassigned (it had no time to finish construction)
   * @param reportedObjective minus Timefold's best score
   * @param millis         wall time of building the solver and solving
   */
  public record Outcome(List<int[]> sequences, int unassigned, long reportedObjective, long millis) {

    /** Creates the value. */
    public Outcome {
      sequences = List.copyOf(Objects.requireNonNull(sequences, "sequences"));
    }
  }

  /** The Timefold problem of the instance: all lines empty, all jobs unassigned. */
  public static PeerSolution problem(ParallelTardinessInstance instance) {
    Objects.requireNonNull(instance, "instance");
    List<PeerLine> lines = new ArrayList<>();
    for (int l = 0; l < instance.lines(); l++) {
      lines.add(new PeerLine(l));
    }
    List<PeerJob> jobs = new ArrayList<>();
    for (int j = 0; j < instance.jobs(); j++) {
      jobs.add(new PeerJob(j, instance.processingOf(j), instance.weightOf(j), instance.dueOf(j)));
    }
    return new PeerSolution(lines, jobs);
  }

  /**
   * Solves the instance within the budget.
   *
   * @param instance the instance
   * @param budget   Timefold's spent-time limit
   * @param seed     Timefold's random seed
   */
  public static Outcome solve(ParallelTardinessInstance instance, Duration budget, long seed) {
    Objects.requireNonNull(budget, "budget");
    PeerSolution problem = problem(instance);
    long t0 = System.nanoTime();
    SolverConfig config = new SolverConfig()
        .withSolutionClass(PeerSolution.class)
        .withEntityClasses(PeerLine.class, PeerJob.class)
        .withConstraintProviderClass(PeerConstraints.class)
        .withRandomSeed(seed)
        .withTerminationSpentLimit(budget);
    Solver<PeerSolution> solver = SolverFactory.<PeerSolution>create(config).buildSolver();
    PeerSolution best = solver.solve(problem);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    List<int[]> sequences = new ArrayList<>();
    int assigned = 0;
    for (PeerLine line : best.getLines()) {
      sequences.add(line.getJobs().stream().mapToInt(PeerJob::getId).toArray());
      assigned += line.getJobs().size();
    }
    long reported = best.getScore() == null ? Long.MIN_VALUE : -best.getScore().score();
    return new Outcome(sequences, instance.jobs() - assigned, reported, millis);
  }
}

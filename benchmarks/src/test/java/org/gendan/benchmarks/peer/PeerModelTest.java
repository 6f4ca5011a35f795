package org.gendan.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gendan.benchmarks.ParallelTardinessInstance;
import org.junit.jupiter.api.Test;

class PeerModelTest {

  private static final SolutionManager<PeerSolution, ?> MANAGER = SolutionManager.create(SolverFactory.<PeerSolution>create(new SolverConfig()
      .withSolutionClass(PeerSolution.class)
      .withEntityClasses(PeerLine.class, PeerJob.class)
      .withConstraintProviderClass(PeerConstraints.class)));

  @Test
  void the_timefold_score_is_minus_the_weighted_tardiness_of_the_line_sequences() {
    qt().withExamples(100).forAll(integers().between(1, 40), integers().between(1, 5), longs().all()).checkAssert((n, m, seed) -> {
      ParallelTardinessInstance in = ParallelTardinessInstance.generate("s", n, Math.min(n, m), 0.6, 0.6, seed);
      PeerSolution solution = TimefoldRun.problem(in);
      SplittableRandom random = new SplittableRandom(seed);
      List<List<Integer>> sequences = new ArrayList<>();
      solution.getLines().forEach(l -> sequences.add(new ArrayList<>()));
      for (PeerJob job : solution.getJobs()) {
        int line = random.nextInt(solution.getLines().size());
        List<PeerJob> jobs = solution.getLines().get(line).getJobs();
        int at = random.nextInt(jobs.size() + 1);
        jobs.add(at, job);
        sequences.get(line).add(at, job.getId());
      }

      MANAGER.update(solution);

      List<int[]> asArrays = sequences.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
      assertThat(solution.getScore().score()).isEqualTo(-in.weightedTardiness(asArrays));
      assertThat(solution.getJobs()).allSatisfy(j -> assertThat(j.getLine()).isNotNull());
    });
  }

  @Test
  void a_short_timefold_solve_returns_sequences_whose_recomputed_objective_matches_its_score() {
    ParallelTardinessInstance in = ParallelTardinessInstance.generate("t", 12, 2, 0.6, 0.6, new SplittableRandom().nextLong());

    TimefoldRun.Outcome outcome = TimefoldRun.solve(in, java.time.Duration.ofMillis(1500), 1);

    assertThat(outcome.unassigned()).isZero();
    assertThat(in.weightedTardiness(outcome.sequences())).isEqualTo(outcome.reportedObjective());
  }
}

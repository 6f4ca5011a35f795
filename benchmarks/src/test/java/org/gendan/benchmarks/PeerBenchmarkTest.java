package org.gendan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PeerBenchmarkTest {

  @Test
  void gendan_solves_a_small_instance_with_a_valid_schedule_whose_objective_it_reports_truthfully() {
    ParallelTardinessInstance in = ParallelTardinessInstance.generate("g", 30, 3, 0.6, 0.6, new SplittableRandom().nextLong());

    GendanTardinessRun.Outcome outcome = GendanTardinessRun.solve(in, Duration.ofMillis(300), 1);

    assertThat(outcome.sequences()).hasSize(3);
    assertThat(in.weightedTardiness(outcome.sequences())).isEqualTo(outcome.reportedObjective());
  }

  @Test
  void a_comparison_runs_both_solvers_and_checks_both_results() {
    ParallelTardinessInstance in = ParallelTardinessInstance.generate("c", 10, 2, 0.6, 0.6, new SplittableRandom().nextLong());

    PeerBenchmark.Result r = PeerBenchmark.compare(in, 500, 1);

    assertThat(r.problems()).isEmpty();
    assertThat(r.gendan()).isEqualTo(in.weightedTardiness(GendanTardinessRun.solve(in, Duration.ofMillis(500), 1).sequences()));
    assertThat(r.ratio()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void the_ratio_is_one_when_both_are_on_time_and_undefined_without_a_complete_solution() {
    assertThat(new PeerBenchmark.Result("a", 1, 0, 1, 0, 1, "").ratio()).isEqualTo(1.0);
    assertThat(new PeerBenchmark.Result("a", 1, 5, 1, 0, 1, "").ratio()).isInfinite();
    assertThat(new PeerBenchmark.Result("a", 1, 5, 1, 10, 1, "").ratio()).isEqualTo(0.5);
    assertThat(new PeerBenchmark.Result("a", 1, 5, 1, Long.MAX_VALUE, 1, "x").ratio()).isNaN();
  }

  @Test
  void bad_command_lines_are_rejected_with_the_reason() {
    assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.Options.parse(new String[] {"--sizes", "200"}))
        .withMessageContaining("JOBSxLINES");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.Options.parse(new String[] {"--budgets-ms", "0"}))
        .withMessageContaining("budgets");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.Options.parse(new String[] {"--seed"}))
        .withMessageContaining("needs a value");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.Options.parse(new String[] {"--file", "x.txt"}))
        .withMessageContaining("--n");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.Options.parse(new String[] {"--fast", "1"}))
        .withMessageContaining("unknown option");
    assertThat(PeerBenchmark.Options.parse(new String[0]).budgetsMillis()).containsExactly(1000, 10_000);
  }
}

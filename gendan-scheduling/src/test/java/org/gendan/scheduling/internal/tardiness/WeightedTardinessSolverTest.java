package org.gendan.scheduling.internal.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightedTardinessSolverTest {

  private static final TardinessSearch SEARCH = new TardinessSearch(60_000, 1, TardinessSearch.Listener.NONE);

  @Test
  void an_urgent_heavy_order_goes_before_a_light_order_that_can_wait() {
    TardinessInstance in = TardinessInstance.of(new long[] {5, 5}, new long[] {1, 10}, new long[] {20, 5}, 1);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.sequences()[0]).containsExactly(1, 0);
    assertThat(s.objective()).isZero();
  }

  @Test
  void when_everything_cannot_be_on_time_the_heavier_customer_is_served_first() {
    // two jobs of 10 hours both due at 10: one must be 10 late; weight 3 beats weight 1
    TardinessInstance in = TardinessInstance.of(new long[] {10, 10}, new long[] {1, 3}, new long[] {10, 10}, 1);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.sequences()[0]).containsExactly(1, 0);
    assertThat(s.objective()).isEqualTo(10);
  }

  @Test
  void a_second_line_takes_the_order_that_would_otherwise_wait() {
    TardinessInstance in = TardinessInstance.of(new long[] {8, 8}, new long[] {2, 2}, new long[] {8, 8}, 2);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.objective()).isZero();
    assertThat(s.sequences()[0]).hasSize(1);
    assertThat(s.sequences()[1]).hasSize(1);
  }

  @Test
  void a_line_holding_every_job_hands_work_to_the_idle_lines() {
    int n = 40;
    long[] p = new long[n];
    long[] w = new long[n];
    long[] d = new long[n];
    int[][] seqs = new int[4][n];
    for (int j = 0; j < n; j++) {
      p[j] = 5;
      w[j] = 1 + j % 3;
      d[j] = 10 + j;
      seqs[0][j] = j;
    }
    TardinessInstance in = TardinessInstance.of(p, w, d, 4);
    int[] lens = {n, 0, 0, 0};
    long before = in.objective(new int[][] {seqs[0].clone(), {}, {}, {}});
    long after = new ParallelMachineSearch(in).descend(seqs, lens, System.nanoTime() + 60_000_000_000L);
    int[][] result = new int[4][];
    for (int a = 0; a < 4; a++) {
      result[a] = java.util.Arrays.copyOf(seqs[a], lens[a]);
      assertThat(lens[a]).isPositive();
    }
    assertThat(after).isLessThan(before).isEqualTo(in.objective(result));
  }

  @Test
  void a_job_released_late_does_not_block_a_job_that_is_ready() {
    TardinessInstance in = new TardinessInstance(new long[] {4, 4}, new long[] {1, 1}, new long[] {14, 4},
        new long[] {10, 0}, 1);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.sequences()[0]).containsExactly(1, 0);
    assertThat(s.objective()).isZero();
  }

  @Test
  void six_partly_late_orders_are_sequenced_optimally() {
    // six jobs, several of them late whatever the order; the optimum comes from the brute-force oracle
    TardinessInstance in = TardinessInstance.of(new long[] {10, 10, 13, 4, 7, 9}, new long[] {4, 5, 3, 6, 2, 1},
        new long[] {4, 2, 1, 12, 20, 30}, 1);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.objective()).isEqualTo(TardinessGenerators.optimum(in));
  }

  @Test
  void a_search_without_jobs_returns_empty_lines() {
    TardinessInstance in = TardinessInstance.of(new long[0], new long[0], new long[0], 3);
    TardinessSolution s = WeightedTardinessSolver.solve(in, null, SEARCH);
    assertThat(s.sequences()).hasDimensions(3, 0);
    assertThat(s.objective()).isZero();
  }

  @Test
  void a_given_schedule_that_is_already_optimal_is_kept_as_it_is_or_matched() {
    TardinessInstance in = TardinessInstance.of(new long[] {3, 2, 4}, new long[] {1, 2, 3}, new long[] {3, 5, 9}, 1);
    TardinessSolution initial = new TardinessSolution(new int[][] {{0, 1, 2}}, 0);
    TardinessSolution s = WeightedTardinessSolver.solve(in, initial, SEARCH);
    assertThat(s.objective()).isZero();
    assertThat(s.sequences()).isNotSameAs(initial.sequences());
  }

  @Test
  void the_callers_schedule_is_not_modified() {
    TardinessInstance in = TardinessInstance.of(new long[] {9, 1, 1, 1}, new long[] {1, 5, 5, 5},
        new long[] {9, 1, 2, 3}, 1);
    int[][] given = {{0, 1, 2, 3}};
    WeightedTardinessSolver.solve(in, new TardinessSolution(given, in.objective(given)), SEARCH);
    assertThat(given[0]).containsExactly(0, 1, 2, 3);
  }

  @Test
  void the_stop_rule_can_be_set_and_the_automatic_rule_gives_small_problems_a_longer_search() {
    assertThat(SEARCH.maxIdleIterations()).isEqualTo(TardinessSearch.AUTOMATIC_IDLE_ITERATIONS);
    assertThat(SEARCH.withMaxIdleIterations(7).maxIdleIterations()).isEqualTo(7);
    assertThat(WeightedTardinessSolver.automaticIdleIterations(50)).isEqualTo(600);
    assertThat(WeightedTardinessSolver.automaticIdleIterations(5)).isEqualTo(1_000);
    assertThat(WeightedTardinessSolver.automaticIdleIterations(100_000)).isEqualTo(300);
  }

  @Test
  void the_lower_bound_counts_only_jobs_that_are_late_even_when_started_at_their_release() {
    TardinessInstance in = new TardinessInstance(new long[] {5, 5}, new long[] {2, 3}, new long[] {4, 20},
        new long[] {1, 0}, 1);
    assertThat(WeightedTardinessSolver.lowerBound(in)).isEqualTo(2 * (1 + 5 - 4));
  }

  @Test
  void null_arguments_are_rejected_by_name() {
    TardinessInstance in = TardinessInstance.of(new long[] {1}, new long[] {1}, new long[] {1}, 1);
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(null, null, SEARCH))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("instance");
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(in, null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("search");
    assertThatThrownBy(() -> new TardinessSearch(1, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
    assertThatThrownBy(() -> new TardinessSolution(null, 0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sequences");
  }

  @Test
  void an_initial_schedule_for_another_problem_is_rejected() {
    TardinessInstance in = TardinessInstance.of(new long[] {1, 2}, new long[] {1, 1}, new long[] {1, 1}, 1);
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(in, new TardinessSolution(new int[][] {{0}}, 0), SEARCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job 1 is not scheduled");
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(in, new TardinessSolution(new int[][] {{0, 0}}, 0), SEARCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheduled twice");
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(in, new TardinessSolution(new int[][] {{0, 5}}, 0), SEARCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> WeightedTardinessSolver.solve(in, new TardinessSolution(new int[][] {{0}, {1}}, 0), SEARCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 1 sequences");
  }

  @Test
  void negative_figures_and_inconsistent_arrays_are_rejected() {
    long[] one = {1};
    assertThatThrownBy(() -> TardinessInstance.of(new long[] {-1}, one, one, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> TardinessInstance.of(one, new long[] {-2}, one, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new TardinessInstance(one, one, one, new long[] {-3}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> TardinessInstance.of(one, new long[] {1, 2}, one, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    assertThatThrownBy(() -> TardinessInstance.of(one, one, one, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("machines must be at least 1");
    assertThatThrownBy(() -> TardinessInstance.of(null, one, one, 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("processing");
    assertThatThrownBy(() -> new TardinessSearch(-1, 1, TardinessSearch.Listener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time limit");
    assertThatThrownBy(() -> new TardinessSearch(1, 1, TardinessSearch.Listener.NONE, -5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIdleIterations");
  }
}

package org.gendan.scheduling.internal.tardiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedTardinessSolverPropertiesTest {


  @Test
  void on_tiny_instances_the_solver_reaches_the_brute_force_optimum() {
    qt().withExamples(300)
        .forAll(TardinessGenerators.anyInstances(1, 8, 2), longs().all())
        .checkAssert((in, seed) -> {
          TardinessSolution s = WeightedTardinessSolver.solve(in, null, new TardinessSearch(60_000, seed, TardinessSearch.Listener.NONE));
          assertThat(s.objective()).isEqualTo(TardinessGenerators.optimum(in));
        });
  }

  @Test
  void the_reported_objective_is_the_recomputed_weighted_tardiness_of_a_complete_schedule() {
    qt().withExamples(150)
        .forAll(TardinessGenerators.anyInstances(0, 30, 4), longs().all())
        .checkAssert((in, seed) -> {
          TardinessSolution s = WeightedTardinessSolver.solve(in, null, new TardinessSearch(60_000, seed, TardinessSearch.Listener.NONE, 20));
          assertThat(TardinessGenerators.isPartition(in, s.sequences())).isTrue();
          assertThat(s.objective()).isEqualTo(TardinessGenerators.recompute(in, s.sequences()));
        });
  }

  @Test
  void the_result_is_never_worse_than_the_initial_schedule_even_without_time_to_search() {
    qt().withExamples(150)
        .forAll(TardinessGenerators.anyInstances(1, 25, 3), integers().between(0, 1_000_000), integers().between(0, 1))
        .checkAssert((in, shuffle, limit) -> {
          int[][] initial = roundRobin(in, shuffle);
          long initialValue = TardinessGenerators.recompute(in, initial);
          TardinessSolution s = WeightedTardinessSolver.solve(in, new TardinessSolution(initial, initialValue),
              new TardinessSearch(limit, shuffle, TardinessSearch.Listener.NONE, 5));
          assertThat(s.objective()).isLessThanOrEqualTo(initialValue);
          assertThat(s.objective()).isEqualTo(TardinessGenerators.recompute(in, s.sequences()));
        });
  }

  @Test
  void the_same_seed_gives_the_same_schedule_when_the_search_stops_by_its_own_rule() {
    qt().withExamples(60)
        .forAll(TardinessGenerators.anyInstances(1, 30, 3), longs().all())
        .checkAssert((in, seed) -> {
          TardinessSearch search = new TardinessSearch(600_000, seed, TardinessSearch.Listener.NONE, 30);
          TardinessSolution first = WeightedTardinessSolver.solve(in, null, search);
          TardinessSolution second = WeightedTardinessSolver.solve(in, null, search);
          assertThat(second.sequences()).isDeepEqualTo(first.sequences());
          assertThat(second.objective()).isEqualTo(first.objective());
        });
  }

  @Test
  void the_listener_hears_strictly_falling_objectives_ending_with_the_result() {
    qt().withExamples(60)
        .forAll(TardinessGenerators.anyInstances(1, 30, 3), longs().all())
        .checkAssert((in, seed) -> {
          List<Long> heard = new ArrayList<>();
          TardinessSolution s = WeightedTardinessSolver.solve(in, null,
              new TardinessSearch(600_000, seed, (objective, millis) -> heard.add(objective), 30));
          assertThat(heard).isNotEmpty();
          assertThat(heard.get(heard.size() - 1)).isEqualTo(s.objective());
          for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i)).isLessThan(heard.get(i - 1));
          }
        });
  }

  @Test
  void on_one_machine_without_release_dates_dynasearch_never_increases_the_cost_and_keeps_every_job() {
    qt().withExamples(200)
        .forAll(TardinessGenerators.instances(1, 40, 1, false), integers().between(0, 1_000_000))
        .checkAssert((in, shuffle) -> {
          int[] seq = roundRobin(in, shuffle)[0];
          long before = TardinessGenerators.recompute(in, new int[][] {seq});
          SingleMachineDynasearch ds = new SingleMachineDynasearch(in.processing(), in.weight(), in.due(), in.size());
          long after = ds.descend(seq, seq.length, System.nanoTime() + 60_000_000_000L);
          assertThat(after).isLessThanOrEqualTo(before);
          assertThat(TardinessGenerators.isPartition(in, new int[][] {seq})).isTrue();
          assertThat(after).isEqualTo(TardinessGenerators.recompute(in, new int[][] {seq}));
        });
  }

  @Test
  void after_the_parallel_line_search_no_single_move_or_swap_between_lines_helps() {
    qt().withExamples(150)
        .forAll(TardinessGenerators.anyInstances(2, 12, 3).map(in ->
            new TardinessInstance(in.processing(), in.weight(), in.due(), in.release(), Math.max(2, in.machines()))),
            integers().between(0, 1_000_000))
        .checkAssert((in, shuffle) -> {
          int[][] dealt = roundRobin(in, shuffle);
          int n = in.size();
          int[][] seqs = new int[in.machines()][n];
          int[] lens = new int[in.machines()];
          for (int a = 0; a < dealt.length; a++) {
            System.arraycopy(dealt[a], 0, seqs[a], 0, dealt[a].length);
            lens[a] = dealt[a].length;
          }
          long value = new ParallelMachineSearch(in).descend(seqs, lens, System.nanoTime() + 60_000_000_000L);
          int[][] result = new int[in.machines()][];
          for (int a = 0; a < result.length; a++) {
            result[a] = java.util.Arrays.copyOf(seqs[a], lens[a]);
          }
          assertThat(value).isEqualTo(TardinessGenerators.recompute(in, result));
          assertThat(bestNeighbourBetweenLines(in, result)).isGreaterThanOrEqualTo(value);
        });
  }

  /** The best objective reachable by one move of a job to another line, or one swap of jobs of two lines. */
  private static long bestNeighbourBetweenLines(TardinessInstance in, int[][] s) {
    long best = Long.MAX_VALUE;
    for (int a = 0; a < s.length; a++) {
      for (int i = 0; i < s[a].length; i++) {
        for (int b = 0; b < s.length; b++) {
          if (b == a) {
            continue;
          }
          for (int j = 0; j <= s[b].length; j++) {
            int[][] t = copy(s);
            List<Integer> from = new ArrayList<>(java.util.Arrays.stream(s[a]).boxed().toList());
            int job = from.remove(i);
            List<Integer> to = new ArrayList<>(java.util.Arrays.stream(s[b]).boxed().toList());
            to.add(j, job);
            t[a] = from.stream().mapToInt(Integer::intValue).toArray();
            t[b] = to.stream().mapToInt(Integer::intValue).toArray();
            best = Math.min(best, TardinessGenerators.recompute(in, t));
            if (j < s[b].length) {
              int[][] u = copy(s);
              u[a][i] = s[b][j];
              u[b][j] = s[a][i];
              best = Math.min(best, TardinessGenerators.recompute(in, u));
            }
          }
        }
      }
    }
    return best;
  }

  private static int[][] copy(int[][] s) {
    int[][] c = new int[s.length][];
    for (int a = 0; a < s.length; a++) {
      c[a] = s[a].clone();
    }
    return c;
  }

  /** A deterministic scramble of the jobs dealt to the machines in turn. */
  static int[][] roundRobin(TardinessInstance in, int shuffle) {
    int n = in.size();
    int[] order = new int[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    long x = shuffle;
    for (int j = n - 1; j > 0; j--) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      int k = (int) Math.floorMod(x >>> 33, (long) (j + 1));
      int t = order[j];
      order[j] = order[k];
      order[k] = t;
    }
    int m = in.machines();
    int[][] out = new int[m][];
    for (int a = 0; a < m; a++) {
      out[a] = new int[(n - a + m - 1) / m];
    }
    for (int j = 0; j < n; j++) {
      out[j % m][j / m] = order[j];
    }
    return out;
  }
}

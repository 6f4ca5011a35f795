package org.gendan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTardinessInstanceTest {

  @Test
  void generated_instances_follow_the_or_library_ranges_with_due_dates_scaled_to_the_work_per_line() {
    qt().withExamples(100).forAll(integers().between(1, 300), integers().between(1, 20), integers().between(0, 4), longs().all())
        .checkAssert((n, m, pair, seed) -> {
          int lines = Math.min(n, m);
          double tf = 0.2 * (pair + 1);
          double rdd = 1.0 - 0.2 * pair;
          ParallelTardinessInstance in = ParallelTardinessInstance.generate("g", n, lines, tf, rdd, seed);
          double perLine = (double) in.totalWork() / lines;
          assertThat(in.jobs()).isEqualTo(n);
          for (int j = 0; j < n; j++) {
            assertThat(in.processingOf(j)).isBetween(1, 100);
            assertThat(in.weightOf(j)).isBetween(1, 10);
            assertThat((double) in.dueOf(j)).isGreaterThanOrEqualTo(0)
                .isGreaterThanOrEqualTo(Math.floor(perLine * (1 - tf - rdd / 2)) - 1)
                .isLessThanOrEqualTo(Math.max(0, Math.ceil(perLine * (1 - tf + rdd / 2)) + 1));
          }
        });
  }

  @Test
  void the_same_seed_gives_the_same_instance() {
    qt().withExamples(50).forAll(integers().between(1, 200), longs().all()).check((n, seed) ->
        ParallelTardinessInstance.generate("a", n, 1, 0.6, 0.4, seed).equals(ParallelTardinessInstance.generate("a", n, 1, 0.6, 0.4, seed)));
  }

  @Test
  void instances_written_in_the_or_library_format_read_back_unchanged() {
    qt().withExamples(50).forAll(integers().between(1, 120), integers().between(1, 4), longs().all()).checkAssert((n, count, seed) -> {
      List<ParallelTardinessInstance> written = new ArrayList<>();
      for (int k = 1; k <= count; k++) {
        written.add(ParallelTardinessInstance.generate("f-" + k, n, 1, 0.4, 0.6, seed + k));
      }
      StringWriter text = new StringWriter();
      try {
        ParallelTardinessInstance.write(written, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(ParallelTardinessInstance.read(text.toString(), n, 1, "f")).isEqualTo(written);
    });
  }

  @Test
  void weighted_tardiness_runs_each_line_back_to_back_from_time_zero() {
    ParallelTardinessInstance in = new ParallelTardinessInstance("hand", 2, new int[] {3, 4, 2, 5}, new int[] {1, 2, 3, 4},
        new int[] {2, 4, 10, 0});

    // line 1: job 1 ends 3 (late 1, w 1), job 3 ends 5 (on time); line 2: job 4 ends 5 (late 5, w 4), job 2 ends 9 (late 5, w 2)
    assertThat(in.weightedTardiness(List.of(new int[] {0, 2}, new int[] {3, 1}))).isEqualTo(1 + 20 + 10);
  }

  @Test
  void edd_never_beats_the_brute_force_optimum_which_is_zero_when_every_job_can_be_on_time() {
    qt().withExamples(30).forAll(integers().between(1, 6), longs().all()).checkAssert((n, seed) -> {
      ParallelTardinessInstance in = ParallelTardinessInstance.generate("b", n, 1, 0.6, 0.6, seed);
      long best = Long.MAX_VALUE;
      for (int[] order : permutations(n)) {
        best = Math.min(best, in.weightedTardiness(List.of(order)));
      }
      int[] edd = IntStream.range(0, n).boxed().sorted((a, b) -> Integer.compare(in.dueOf(a), in.dueOf(b)))
          .mapToInt(Integer::intValue).toArray();
      assertThat(in.weightedTardiness(List.<int[]>of(edd))).isGreaterThanOrEqualTo(best);
      if (IntStream.range(0, n).allMatch(j -> in.dueOf(j) >= in.totalWork())) {
        assertThat(best).isZero();
      }
    });
  }

  @Test
  void a_solution_that_misses_or_repeats_a_job_is_rejected() {
    ParallelTardinessInstance in = ParallelTardinessInstance.generate("r", 5, 2, 0.6, 0.6, new SplittableRandom().nextLong());

    assertThatIllegalArgumentException().isThrownBy(() -> in.weightedTardiness(List.of(new int[] {0, 1}, new int[] {2, 3})))
        .withMessageContaining("job 5 is not sequenced");
    assertThatIllegalArgumentException().isThrownBy(() -> in.weightedTardiness(List.of(new int[] {0, 1, 4}, new int[] {2, 3, 1})))
        .withMessageContaining("job 2 is sequenced twice");
    assertThatIllegalArgumentException().isThrownBy(() -> in.weightedTardiness(List.of(new int[] {0, 1, 4, 7}, new int[] {2, 3})))
        .withMessageContaining("unknown job index 7");
    assertThatIllegalArgumentException().isThrownBy(() -> in.weightedTardiness(List.of(new int[] {0}, new int[] {1}, new int[] {2, 3, 4})))
        .withMessageContaining("2 lines");
    assertThatNullPointerException().isThrownBy(() -> in.weightedTardiness(null)).withMessageContaining("sequences");
  }

  @Test
  void broken_instances_are_rejected_with_the_reason() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ParallelTardinessInstance("x", 0, new int[] {1}, new int[] {1}, new int[] {1}))
        .withMessageContaining("at least one line");
    assertThatIllegalArgumentException().isThrownBy(() -> new ParallelTardinessInstance("x", 1, new int[] {1, 2}, new int[] {1}, new int[] {1}))
        .withMessageContaining("as many");
    assertThatIllegalArgumentException().isThrownBy(() -> new ParallelTardinessInstance("x", 1, new int[0], new int[0], new int[0]))
        .withMessageContaining("at least one job");
    assertThatIllegalArgumentException().isThrownBy(() -> new ParallelTardinessInstance("x", 1, new int[] {0}, new int[] {1}, new int[] {1}))
        .withMessageContaining("job 1");
    assertThatIllegalArgumentException().isThrownBy(() -> new ParallelTardinessInstance("x", 1, new int[] {1}, new int[] {1}, new int[] {-3}))
        .withMessageContaining("due ≥ 0");
    assertThatNullPointerException().isThrownBy(() -> new ParallelTardinessInstance(null, 1, new int[] {1}, new int[] {1}, new int[] {1}))
        .withMessageContaining("name");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.generate("x", 10, 11, 0.5, 0.5, 1))
        .withMessageContaining("lines");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.generate("x", 0, 1, 0.5, 0.5, 1))
        .withMessageContaining("jobs");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.generate("x", 10, 2, 1.5, 0.5, 1))
        .withMessageContaining("tardiness factor");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.generate("x", 10, 2, 0.5, Double.NaN, 1))
        .withMessageContaining("range of due dates");
  }

  @Test
  void a_file_that_does_not_hold_whole_instances_of_integers_is_rejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.read("1 2 3 4 5", 2, 1, "f"))
        .withMessageContaining("multiple of 6");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.read("", 2, 1, "f"))
        .withMessageContaining("holds 0");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.read("1 2 x 4 5 6", 2, 1, "f"))
        .withMessageContaining("not an integer: x");
    assertThatIllegalArgumentException().isThrownBy(() -> ParallelTardinessInstance.read("1 2 3", 0, 1, "f"))
        .withMessageContaining("positive");
  }

  @Test
  void the_arrays_of_an_instance_cannot_be_changed_from_outside() {
    int[] p = {5, 6};
    ParallelTardinessInstance in = new ParallelTardinessInstance("c", 1, p, new int[] {1, 1}, new int[] {0, 0});
    p[0] = 99;
    in.processing()[1] = 99;

    assertThat(in.processing()).containsExactly(5, 6);
  }

  private static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(IntStream.range(0, n).toArray(), 0, out);
    return out;
  }

  private static void permute(int[] a, int k, List<int[]> out) {
    if (k == a.length) {
      out.add(a.clone());
      return;
    }
    for (int i = k; i < a.length; i++) {
      int t = a[k];
      a[k] = a[i];
      a[i] = t;
      permute(a, k + 1, out);
      a[i] = a[k];
      a[k] = t;
    }
  }
}

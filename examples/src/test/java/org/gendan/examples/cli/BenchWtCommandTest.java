package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gendan.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchWtCommandTest {

  @TempDir
  Path dir;

  /** Two instances of 4 jobs: processing times, weights, due dates. */
  private static final long[][][] INSTANCES = {
      {{26, 24, 79, 46}, {1, 10, 9, 10}, {60, 40, 100, 70}},
      {{10, 20, 30, 40}, {4, 3, 2, 1}, {0, 0, 0, 0}}};

  private static long bruteForce(long[][] pwd) {
    int n = pwd[0].length;
    return permute(pwd, new int[n], new boolean[n], 0);
  }

  private static long permute(long[][] pwd, int[] order, boolean[] used, int k) {
    int n = order.length;
    if (k == n) {
      long t = 0;
      long cost = 0;
      for (int j : order) {
        t += pwd[0][j];
        cost += pwd[1][j] * Math.max(0, t - pwd[2][j]);
      }
      return cost;
    }
    long best = Long.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      if (!used[j]) {
        used[j] = true;
        order[k] = j;
        best = Math.min(best, permute(pwd, order, used, k + 1));
        used[j] = false;
      }
    }
    return best;
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Path instanceFile() throws IOException {
    StringBuilder s = new StringBuilder();
    for (long[][] inst : INSTANCES) {
      for (long[] row : inst) {
        for (long v : row) {
          s.append("  ").append(v);
        }
        s.append('\n');
      }
    }
    return write("wt4.txt", s.toString());
  }

  @Test
  void small_instances_are_solved_to_the_optimum_and_reported_against_the_reference() throws IOException {
    long opt1 = bruteForce(INSTANCES[0]);
    long opt2 = bruteForce(INSTANCES[1]);
    Path ref = write("ref.txt", opt1 + "\n" + opt2 + "\n\n");
    Path perms = dir.resolve("perms.txt");
    Run run = gendan("bench-wt", instanceFile().toString(), "--n", "4", "--reference", ref.toString(),
        "--time-limit-ms", "2000", "--permutations", perms.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("1 " + opt1 + " ").endsWith(" " + opt1);
    assertThat(lines.get(1)).startsWith("2 " + opt2 + " ").endsWith(" " + opt2);
    assertThat(lines.get(2)).startsWith("# 2/2 at or below reference, mean gap 0.000 %");
    List<String> orders = Files.readAllLines(perms);
    assertThat(orders).hasSize(2);
    // the written order reproduces the reported objective
    for (int i = 0; i < 2; i++) {
      long t = 0;
      long cost = 0;
      for (String job : orders.get(i).split(" ")) {
        int j = Integer.parseInt(job) - 1;
        t += INSTANCES[i][0][j];
        cost += INSTANCES[i][1][j] * Math.max(0, t - INSTANCES[i][2][j]);
      }
      assertThat(cost).isEqualTo(i == 0 ? opt1 : opt2);
    }
  }

  @Test
  void parallel_lines_write_one_sequence_per_line() throws IOException {
    Path perms = dir.resolve("perms2.txt");
    Run run = gendan("bench-wt", instanceFile().toString(), "--n", "4", "--machines", "2", "--instances", "1",
        "--time-limit-ms", "500", "--permutations", perms.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    String order = Files.readAllLines(perms).get(0);
    assertThat(order).contains(" | ");
    assertThat(order.replace("|", " ").trim().split("\\s+")).containsExactlyInAnyOrder("1", "2", "3", "4");
  }

  @Test
  void bad_input_exits_with_2_and_names_the_problem() throws IOException {
    Run missing = gendan("bench-wt", dir.resolve("nope.txt").toString(), "--n", "40");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("nope.txt: no such file").doesNotContain("Exception");
    Run wrongN = gendan("bench-wt", instanceFile().toString(), "--n", "5");
    assertThat(wrongN.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wrongN.err()).contains("not a positive multiple of 3 × n = 15");
    Run text = gendan("bench-wt", write("bad.txt", "1 2 x").toString(), "--n", "1");
    assertThat(text.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(text.err()).contains("value 3 is not a whole number: 'x'");
    Run noN = gendan("bench-wt", instanceFile().toString());
    assertThat(noN.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noN.err()).contains("--n");
    Run zero = gendan("bench-wt", instanceFile().toString(), "--n", "4", "--machines", "0");
    assertThat(zero.exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }
}

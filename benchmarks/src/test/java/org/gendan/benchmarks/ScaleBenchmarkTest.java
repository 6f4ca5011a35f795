package org.gendan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleBenchmarkTest {

  @Test
  void the_harness_prints_one_row_per_size_with_the_ratio_to_the_previous_size() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScaleBenchmark.Options options = ScaleBenchmark.Options.parse(new String[] {"--sizes", "40,80", "--warmup", "0", "--runs", "1"});

    List<ScaleBenchmark.Row> rows = ScaleBenchmark.run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(rows).extracting(ScaleBenchmark.Row::orderLines).containsExactly(40, 80);
    assertThat(rows).extracting(ScaleBenchmark.Row::operations).containsExactly(120, 240);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> l.matches("\\s+(40|80)\\s.*"))).hasSize(2);
    assertThat(text).contains("ratio");
  }

  @Test
  void bad_command_lines_are_rejected_with_the_reason() {
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleBenchmark.Options.parse(new String[] {"--sizes", "0"}))
        .withMessageContaining("sizes");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleBenchmark.Options.parse(new String[] {"--runs", "0"}))
        .withMessageContaining("--runs");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleBenchmark.Options.parse(new String[] {"--rule", "FIFO"}))
        .withMessageContaining("unknown rule");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleBenchmark.Options.parse(new String[] {"--seed"}))
        .withMessageContaining("needs a value");
    assertThatIllegalArgumentException().isThrownBy(() -> ScaleBenchmark.Options.parse(new String[] {"--quick", "1"}))
        .withMessageContaining("unknown option");
  }
}

package org.gendan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.review.ReviewReport;
import org.gendan.core.review.Severity;
import org.gendan.scheduling.promise.Promise;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleProgramsTest {

  @Test
  void the_review_example_passes_the_order_that_fits_and_flags_the_one_that_cannot_make_its_date() {
    StringWriter text = new StringWriter();
    List<ReviewReport> reports = ReviewWithCapacityExample.run(new PrintWriter(text, true));
    assertThat(reports).hasSize(2);
    ReviewReport fits = reports.get(0);
    ReviewReport rushed = reports.get(1);
    assertThat(fits.findings()).noneMatch(f -> f.severity() == Severity.ERROR && f.rule().startsWith("CAPACITY"));
    assertThat(rushed.findings()).anyMatch(f -> f.severity() == Severity.ERROR && f.rule().startsWith("CAPACITY"));
    assertThat(text.toString()).contains(fits.orderId().toString()).contains("CAPACITY").contains("error(s)");
  }

  @Test
  void the_scheduling_example_explains_the_late_and_the_first_jobs_and_prints_every_line_load() {
    StringWriter text = new StringWriter();
    Schedule s = SchedulingExample.run(new PrintWriter(text, true), 11L, 150L);
    String out = text.toString();
    assertThat(s.jobs()).isNotEmpty();
    assertThat(out).contains("constructive:").contains("improved:").contains("Line loads");
    JobOutcome first = s.jobs().stream().filter(j -> j.rank() == 1).findFirst().orElseThrow();
    assertThat(out).contains("#1   " + first.job()).contains(first.explanation());
    s.jobs().stream().filter(JobOutcome::isLate).forEach(j -> assertThat(out).contains(j.job() + "").contains(j.explanation()));
    s.loads().stream().map(l -> l.line().toString()).distinct().forEach(line -> assertThat(out).contains("   " + line));
  }

  @Test
  void the_scheduling_example_gives_the_same_schedule_for_the_same_seed() {
    Schedule a = SchedulingExample.run(new PrintWriter(new StringWriter()), 3L, 60L);
    Schedule b = SchedulingExample.run(new PrintWriter(new StringWriter()), 3L, 60L);
    assertThat(a.sequence()).isEqualTo(b.sequence());
    assertThat(a.totals()).isEqualTo(b.totals());
  }

  @Test
  void the_promise_example_answers_at_two_tiers_and_names_the_orders_that_would_slip() {
    StringWriter text = new StringWriter();
    List<Either<Rejection, Promise>> answers = PromiseExample.run(new PrintWriter(text, true));
    assertThat(answers).hasSize(2).allMatch(Either::isRight);
    Promise key = answers.get(0).get();
    Promise c = answers.get(1).get();
    assertThat(key.earliestDelivery()).isEqualTo(c.earliestDelivery());
    assertThat(key.deliveryAtTierPriority()).isBeforeOrEqualTo(c.deliveryAtTierPriority());
    assertThat(key.slipsAtTierPriority().size()).isGreaterThanOrEqualTo(c.slipsAtTierPriority().size());
    String out = text.toString();
    assertThat(out).contains("At tier KEY:").contains("At tier C:").contains(key.earliestDelivery().toString());
    key.slipsAtTierPriority().forEach(s -> assertThat(out).contains(s.job().toString()));
  }

  @Test
  void the_documents_example_writes_html_finds_the_set_consistent_and_catches_one_changed_package_count(@TempDir Path dir)
      throws IOException {
    StringWriter text = new StringWriter();
    DocumentsExample.Result r = DocumentsExample.run(new PrintWriter(text, true), dir);
    assertThat(r.files()).hasSize(4).allMatch(Files::isRegularFile);
    assertThat(Files.readString(dir.resolve("commercial-invoice.html"), StandardCharsets.UTF_8)).contains("商业发票")
        .contains(r.set().invoice().number());
    assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(r.mutatedFindings()).anyMatch(f -> f.severity() == Severity.ERROR && f.field().contains("totalPackages"));
    assertThat(text.toString()).contains("changed from " + r.set().packingList().totalPackages()).contains("totalPackages");
  }

  @Test
  void the_examples_reject_a_missing_writer_and_an_impossible_search_budget(@TempDir Path dir) {
    assertThatThrownBy(() -> ReviewWithCapacityExample.run(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> PromiseExample.run(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> SchedulingExample.run(null, 1L, 10L)).isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> SchedulingExample.run(new PrintWriter(new StringWriter()), 1L, 0L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvaluations");
    assertThatThrownBy(() -> DocumentsExample.run(null, dir)).isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> DocumentsExample.run(new PrintWriter(new StringWriter()), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("dir");
  }
}

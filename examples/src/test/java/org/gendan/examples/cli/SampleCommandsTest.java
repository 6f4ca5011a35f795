package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gendan.examples.cli.Cli.Run;
import org.gendan.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandsTest {

  private static final SampleData DATA = SampleData.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static void assertBadInput(Run run, String... named) {
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(named).doesNotContain("\tat ").doesNotContain("Exception");
  }

  // ------------------------------------------------------------------ worklist

  @Test
  void worklist_prints_todays_follow_up_entries_most_urgent_first() {
    Run run = gendan("worklist");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("Worklist for " + DATA.today()).contains("OVERDUE").contains("SO-2026-");
  }

  @Test
  void worklist_as_json_has_the_date_and_the_entries() throws IOException {
    Run run = gendan("worklist", "--format", "json", "--today", "2026-10-01");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode w = JSON.readTree(run.out());
    assertThat(w.get("date").asText()).isEqualTo("2026-10-01");
    assertThat(w.get("entries").size()).isPositive();
    assertThat(w.get("entries").get(0).get("orderId").asText()).startsWith("SO-");
  }

  @Test
  void worklist_reads_the_same_json_files_from_a_data_folder(@TempDir Path dir) throws IOException {
    copySample(dir);
    Run fromFolder = gendan("worklist", "--data", dir.toString());
    assertThat(fromFolder.exit()).as(fromFolder.err()).isEqualTo(ExitCodes.OK);
    assertThat(fromFolder.out()).isEqualTo(gendan("worklist").out());
  }

  @Test
  void worklist_bad_input_names_the_problem() {
    assertBadInput(gendan("worklist", "--today", "2026-02-30"), "--today", "2026-02-30");
    assertBadInput(gendan("worklist", "--format", "xml"), "--format", "xml");
    assertBadInput(gendan("worklist", "--data", "no-such-folder"), "--data", "no-such-folder");
  }

  @Test
  void a_data_folder_with_a_missing_or_malformed_file_is_bad_input_naming_the_file(@TempDir Path dir) throws IOException {
    copySample(dir);
    Files.writeString(dir.resolve("orders.json"), "[ {\"id\": 12 ");
    assertBadInput(gendan("worklist", "--data", dir.toString()), "orders.json");
    Files.delete(dir.resolve("orders.json"));
    assertBadInput(gendan("review", "--data", dir.toString()), "orders.json", "file not found");
  }

  @Test
  void orders_that_cannot_become_jobs_are_bad_input_naming_the_order_and_the_problem(@TempDir Path dir) throws IOException {
    copySample(dir);
    Path orders = dir.resolve("orders.json");
    String json = Files.readString(orders, StandardCharsets.UTF_8);
    String kg = json.replaceAll("\"unit\"\\s*:\\s*\"SET\"", "\"unit\" : \"KG\"");
    assertThat(kg).isNotEqualTo(json);
    Files.writeString(orders, kg, StandardCharsets.UTF_8);
    for (String c : new String[] {"schedule", "review"}) {
      assertBadInput(gendan(c, "--data", dir.toString()), "orders.json", "UNIT_MISMATCH", "KG");
    }
    assertBadInput(gendan("promise", "--data", dir.toString(), "--item", DATA.inquiry().sku().toString(), "--quantity", "1",
        "--date", "2026-12-01", "--tier", "A"), "orders.json", "UNIT_MISMATCH");
  }

  // ------------------------------------------------------------------ review

  @Test
  void review_of_every_new_order_prints_the_findings_and_exits_1_when_one_has_errors() {
    Run run = gendan("review");
    assertThat(run.out()).contains("CAPACITY").contains("error(s)");
    boolean anyError = run.out().contains("ERROR ");
    assertThat(run.exit()).isEqualTo(anyError ? ExitCodes.RESULT_HAS_ERRORS : ExitCodes.OK);
  }

  @Test
  void review_of_named_orders_as_json_gives_one_report_per_order() throws IOException {
    String first = DATA.orders().get(0).id().toString();
    String second = DATA.orders().get(1).id().toString();
    Run run = gendan("review", first, second, "--format", "json");
    assertThat(run.exit()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.RESULT_HAS_ERRORS);
    JsonNode reports = JSON.readTree(run.out());
    assertThat(reports.size()).isEqualTo(2);
    assertThat(reports.get(0).get("orderId").asText()).isEqualTo(first);
    assertThat(reports.get(1).get("orderId").asText()).isEqualTo(second);
    boolean anyError = run.out().contains("\"ERROR\"");
    assertThat(run.exit()).isEqualTo(anyError ? ExitCodes.RESULT_HAS_ERRORS : ExitCodes.OK);
  }

  @Test
  void review_bad_input_names_the_unknown_order_and_the_bad_date() {
    assertBadInput(gendan("review", "SO-2026-9999"), "unknown order id", "SO-2026-9999");
    assertBadInput(gendan("review", "--today", "yesterday"), "--today", "yesterday");
  }

  // ------------------------------------------------------------------ schedule

  @Test
  void schedule_prints_the_totals_and_every_late_job_with_its_explanation() {
    Run run = gendan("schedule", "--seed", "3", "--max-evaluations", "30");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("jobs").contains("late job(s)").contains("TIER_THEN_EDD").contains("seed 3");
    run.out().lines().filter(l -> l.startsWith("LATE ")).forEach(l -> assertThat(l).contains("late (延误)"));
  }

  @Test
  void schedule_as_json_is_the_schedule_and_the_same_seed_gives_the_same_schedule() throws IOException {
    Run a = gendan("schedule", "--format", "json", "--seed", "5", "--max-evaluations", "20");
    Run b = gendan("schedule", "--format", "json", "--seed", "5", "--max-evaluations", "20");
    assertThat(a.exit()).as(a.err()).isEqualTo(ExitCodes.OK);
    JsonNode s = JSON.readTree(a.out());
    assertThat(s.get("jobs").size()).isPositive();
    assertThat(s.get("assignments").size()).isGreaterThanOrEqualTo(s.get("jobs").size());
    assertThat(s.has("totals")).isTrue();
    assertThat(a.out()).isEqualTo(b.out());
  }

  @Test
  void schedule_bad_input_names_the_option() {
    assertBadInput(gendan("schedule", "--time-limit-ms", "-5"), "--time-limit-ms");
    assertBadInput(gendan("schedule", "--time-limit-ms", "9999999"), "--time-limit-ms");
    assertBadInput(gendan("schedule", "--max-evaluations", "0"), "--max-evaluations");
    assertBadInput(gendan("schedule", "--seed", "seven"), "--seed", "seven");
  }

  // ------------------------------------------------------------------ promise

  @Test
  void promise_meets_a_late_wanted_date_and_exits_0() {
    String sku = DATA.inquiry().sku().toString();
    Run run = gendan("promise", "--item", sku, "--quantity", "100", "--date", DATA.today().plusDays(200).toString(), "--tier", "c");
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("earliest delivery").contains("meets the wanted date").contains(sku);
  }

  @Test
  void promise_exits_1_when_the_wanted_date_cannot_be_met_and_names_the_orders_that_would_slip() throws IOException {
    String sku = DATA.inquiry().sku().toString();
    Run run = gendan("promise", "--item", sku, "--quantity", "6000", "--date", DATA.today().plusDays(2).toString(), "--tier", "KEY");
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.out()).contains("later than wanted");
    Run json = gendan("promise", "--item", sku, "--quantity", "6000", "--date", DATA.today().plusDays(2).toString(), "--tier", "KEY",
        "--format", "json");
    assertThat(json.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    JsonNode p = JSON.readTree(json.out());
    assertThat(p.get("meetsWantedDate").asBoolean()).isFalse();
    for (JsonNode slip : p.get("slipsAtTierPriority")) {
      assertThat(run.out()).contains(slip.get("job").get("order").asText());
    }
  }

  @Test
  void promise_bad_input_names_the_unknown_sku_the_bad_date_the_bad_tier_and_the_bad_quantity() {
    String sku = DATA.inquiry().sku().toString();
    assertBadInput(gendan("promise", "--item", "NO-SUCH-SKU", "--quantity", "1", "--date", "2026-12-01", "--tier", "A"),
        "unknown SKU", "NO-SUCH-SKU");
    assertBadInput(gendan("promise", "--item", sku, "--quantity", "1", "--date", "2026-12-32", "--tier", "A"), "--date", "2026-12-32");
    assertBadInput(gendan("promise", "--item", sku, "--quantity", "1", "--date", "2026-12-01", "--tier", "GOLD"), "--tier", "GOLD");
    assertBadInput(gendan("promise", "--item", sku, "--quantity", "0", "--date", "2026-12-01", "--tier", "A"), "--quantity");
    assertBadInput(gendan("promise", "--item", sku, "--quantity", "many", "--date", "2026-12-01", "--tier", "A"), "--quantity", "many");
    assertBadInput(gendan("promise", "--item", sku, "--date", "2026-12-01", "--tier", "A"), "--quantity");
  }

  @Test
  void every_new_command_has_help() {
    for (String c : new String[] {"worklist", "review", "schedule", "promise"}) {
      Run run = gendan(c, "--help");
      assertThat(run.exit()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("Usage: gendan " + c).contains("--format").contains("--today").contains("--data");
    }
  }

  private static void copySample(Path dir) throws IOException {
    for (String f : SampleData.FILES) {
      try (InputStream in = SampleData.class.getResourceAsStream(SampleData.RESOURCE_FOLDER + f)) {
        Files.writeString(dir.resolve(f), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}

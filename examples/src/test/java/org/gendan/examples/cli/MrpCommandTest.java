package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.examples.cli.Cli.Run;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrpCommandTest {

  private static final Path EXAMPLE = Path.of("mrp/example-problem.json");

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private String example() throws IOException {
    return Files.readString(EXAMPLE);
  }

  @Test
  void the_example_plans_the_three_level_explosion_of_worked_example_1_pegged_to_the_order_line() {
    Run run = gendan("mrp", EXAMPLE.toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    MrpCommand.ResultOut out = GendanJson.read(run.out(), MrpCommand.ResultOut.class).get();
    assertThat(out.plannedOrders()).extracting(o -> o.item() + " " + o.release() + " " + o.due() + " "
        + o.quantity().toPlainString() + " " + o.pegs().get(0).demand() + " " + o.pegs().get(0).quantity().toPlainString())
        .containsExactlyInAnyOrder(
            "A 2026-04-27 2026-05-04 100 SO-1#1 100",
            "B 2026-04-13 2026-04-27 200 SO-1#1 200",
            "C 2026-04-13 2026-04-27 300 SO-1#1 300",
            "D 2026-03-23 2026-04-13 400 SO-1#1 400",
            "E 2026-03-30 2026-04-13 900 SO-1#1 900",
            "F 2026-03-23 2026-04-13 600 SO-1#1 600");
    assertThat(out.records()).filteredOn(r -> r.item().equals("E")).singleElement()
        .satisfies(r -> assertThat(r.gross().get(6)).isEqualByComparingTo("900"));
  }

  @Test
  void the_table_names_each_planned_order_and_the_order_line_it_serves() {
    Run run = gendan("mrp", EXAMPLE.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Planned orders (计划订单)").contains("E/1").contains("SO-1#1 900")
        .contains("planned releases    {5=900}");
  }

  @Test
  void today_can_be_moved_on_the_command_line_and_makes_releases_past_due() {
    Run run = gendan("mrp", EXAMPLE.toString(), "--today", "2026-03-30", "--format", "table");
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("PAST DUE");
  }

  @Test
  void the_problem_survives_a_json_round_trip() throws IOException {
    MrpProblemFile.ProblemJson once = GendanJson.read(example(), MrpProblemFile.ProblemJson.class).get();
    MrpProblemFile.ProblemJson again = GendanJson.read(GendanJson.write(once), MrpProblemFile.ProblemJson.class).get();
    assertThat(again).isEqualTo(once);
    assertThat(MrpProblemFile.toProblem(EXAMPLE, again, Optional.empty()).get())
        .isEqualTo(MrpProblemFile.toProblem(EXAMPLE, once, Optional.empty()).get());
  }

  @Test
  void the_first_example_reads_as_worked_example_1_built_with_the_java_api() {
    PlanningItem.Builder made = PlanningItem.builder().unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE);
    PlanningItem.Builder bought = PlanningItem.builder().unit(Unit.PCS).makeOrBuy(MakeOrBuy.BUY);
    MrpProblem expected = MrpProblem.builder()
        .addItems(made.sku(Sku.of("A")).leadTimePeriods(1).build(), made.sku(Sku.of("B")).leadTimePeriods(2).build(),
            made.sku(Sku.of("C")).leadTimePeriods(2).build(), bought.sku(Sku.of("D")).leadTimePeriods(3).build(),
            bought.sku(Sku.of("E")).leadTimePeriods(2).build(),
            bought.sku(Sku.of("F")).leadTimePeriods(3).lotSizing(LotSizingRules.lotForLot()).build())
        .bom(BillOfMaterials.of(List.of(BomLine.of("A", "B", 2), BomLine.of("A", "C", 3), BomLine.of("B", "D", 2),
            BomLine.of("B", "E", 3), BomLine.of("C", "F", 2), BomLine.of("C", "E", 1))).get())
        .addDemands(Demand.ofOrderLine(OrderId.of("SO-1"), 1, Sku.of("A"), Quantity.of(100, Unit.PCS),
            LocalDate.of(2026, 5, 4), CustomerTier.B))
        .calendar(PlanningCalendar.weekly(LocalDate.of(2026, 3, 2), 10))
        .build();
    assertThat(MrpProblemFile.toProblem(EXAMPLE, MrpProblemFile.read(EXAMPLE), Optional.empty()).get())
        .isEqualTo(expected);
  }

  @Test
  void a_missing_file_is_bad_input_naming_the_file() {
    Run run = gendan("mrp", dir.resolve("nope.json").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("nope.json").contains("file not found").doesNotContain("Exception");
  }

  @Test
  void malformed_json_is_bad_input() throws IOException {
    Run run = gendan("mrp", file("broken.json", "{ \"periods\": 3, ").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("broken.json").doesNotContain("at com.");
  }

  @Test
  void a_value_of_the_wrong_type_is_bad_input_naming_its_json_path() throws IOException {
    Run run = gendan("mrp", file("type.json", example().replace("\"periods\": 10", "\"periods\": \"ten\"")).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("type.json").contains("periods");
  }

  @Test
  void an_unknown_item_is_bad_input_naming_its_json_path() throws IOException {
    Run run = gendan("mrp", file("unknown.json",
        example().replace("\"parent\": \"C\", \"component\": \"F\"", "\"parent\": \"C\", \"component\": \"Z\"")).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("unknown.json: $.bom[4].component: unknown item Z");
  }

  @Test
  void a_bom_cycle_is_a_rejection_naming_the_cycle() throws IOException {
    Run run = gendan("mrp", file("cycle.json", example().replace("\"parent\": \"C\", \"component\": \"F\"",
        "\"parent\": \"D\", \"component\": \"A\"")).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.err()).contains("BOM_CYCLE").contains("A").contains("B").contains("D");
  }

  @Test
  void a_negative_quantity_is_bad_input_naming_its_json_path() throws IOException {
    Run run = gendan("mrp", file("negative.json", example().replace("\"quantityPer\": 3 },\n    { \"parent\": \"B\"",
        "\"quantityPer\": -3 },\n    { \"parent\": \"B\"")).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("negative.json: $.bom[1]");
  }
}

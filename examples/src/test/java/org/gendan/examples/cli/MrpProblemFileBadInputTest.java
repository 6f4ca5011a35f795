package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gendan.core.json.GendanJson;
import org.gendan.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input in every field of the MRP problem file: each one makes {@code gendan mrp} exit with code 2
 * and a message naming the file and the JSON path of the bad value. Each case edits one value of
 * {@code examples/mrp/lot-sizing-problem.json}.
 */
class MrpProblemFileBadInputTest {

  private static final Path LOT_SIZING = Path.of("mrp/lot-sizing-problem.json");

  @TempDir
  Path dir;

  /** Item indices in the lot-sizing file. */
  private static final int SPK_EOQ = 0;
  private static final int SPK_WW = 1;
  private static final int CABLE = 2;
  private static final int AMP = 3;
  /** BOM line indices. */
  private static final int AMP_BOARD = 0;
  private static final int AMP_CAP_OLD = 2;
  private static final int AMP_CAP_NEW = 3;
  /** Receipt indices. */
  private static final int MO_7 = 0;
  private static final int PO_31 = 1;
  /** Demand indices. */
  private static final int SO_W1_1 = 0;
  private static final int FC_AMP = 16;

  private static ObjectNode node(JsonNode root, String array, int index) {
    return (ObjectNode) root.get(array).get(index);
  }

  private static Consumer<ObjectNode> item(int i, Consumer<ObjectNode> edit) {
    return root -> edit.accept(node(root, "items", i));
  }

  private static Consumer<ObjectNode> bom(int i, Consumer<ObjectNode> edit) {
    return root -> edit.accept(node(root, "bom", i));
  }

  private static Consumer<ObjectNode> receipt(int i, Consumer<ObjectNode> edit) {
    return root -> edit.accept(node(root, "receipts", i));
  }

  private static Consumer<ObjectNode> demand(int i, Consumer<ObjectNode> edit) {
    return root -> edit.accept(node(root, "demands", i));
  }

  private static Consumer<ObjectNode> lotSizing(int i, Consumer<ObjectNode> edit) {
    return item(i, n -> edit.accept((ObjectNode) n.get("lotSizing")));
  }

  private Path edited(String name, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) GendanJson.mapper().readTree(Files.readString(LOT_SIZING));
    edit.accept(root);
    Path p = dir.resolve(name + ".json");
    Files.writeString(p, GendanJson.mapper().writeValueAsString(root));
    return p;
  }

  private static Arguments bad(String what, Consumer<ObjectNode> edit, String expected) {
    return Arguments.of(what, edit, expected);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // wrong types
        bad("lead time per unit as text", item(AMP, n -> n.put("leadTimePerUnit", "fast")),
            "$.items[3].leadTimePerUnit"),
        bad("ordering cost as text", item(SPK_EOQ, n -> n.put("orderingCostPerOrder", "cheap")),
            "$.items[0].orderingCostPerOrder"),
        bad("variable ordering cost as an object", item(SPK_WW, n -> n.putObject("orderingCostPerUnit")),
            "$.items[1].orderingCostPerUnit"),
        bad("holding cost as text", item(SPK_EOQ, n -> n.put("holdingCostPerUnitPeriod", "one")),
            "$.items[0].holdingCostPerUnitPeriod"),
        bad("holding-cost rate as text", item(SPK_WW, n -> n.put("holdingCostRate", "2%")),
            "$.items[1].holdingCostRate"),
        bad("currency as a number", item(SPK_EOQ, n -> n.putArray("currency")), "$.items[0].currency"),
        bad("lot sizing as a bare name", item(SPK_EOQ, n -> n.put("lotSizing", "EOQ")),
            "$.items[0].lotSizing"),
        bad("phantom line flag as text", bom(AMP_BOARD, n -> n.put("phantom", "yes")), "$.bom[0].phantom"),
        bad("effective-from not a date", bom(AMP_CAP_NEW, n -> n.put("effectiveFrom", "2026-13-01")),
            "$.bom[3].effectiveFrom"),
        bad("effective-to as a number", bom(AMP_CAP_OLD, n -> n.put("effectiveTo", 20260126)),
            "$.bom[2].effectiveTo"),
        bad("supplier as an object", receipt(PO_31, n -> n.putObject("supplier")), "$.receipts[1].supplier"),
        bad("demand id as an array", demand(FC_AMP, n -> n.putArray("id")), "$.demands[16].id"),
        bad("order line as text", demand(SO_W1_1, n -> n.put("line", "one")), "$.demands[0].line"),
        bad("holidays as text", root -> root.put("holidays", "2026-01-01"), "$.holidays"),
        bad("a holiday as a number", root -> {
          root.put("bucket", "DAY");
          ((ArrayNode) root.putArray("holidays")).add(20260101);
        }, "$.holidays[0]"),
        bad("a due date as a number", demand(SO_W1_1, n -> n.put("due", 20454)), "$.demands[0].due"),
        bad("today as a number", root -> root.put("today", 20458), "$.today"),
        // negative or zero
        bad("negative lead time per unit", item(AMP, n -> n.put("leadTimePerUnit", -0.02)),
            "$.items[3].leadTimePerUnit: must not be negative"),
        bad("negative lead time", item(AMP, n -> n.put("leadTime", -1)), "$.items[3].leadTime"),
        bad("negative ordering cost", item(SPK_EOQ, n -> n.put("orderingCostPerOrder", -100)),
            "$.items[0].orderingCostPerOrder: must not be negative"),
        bad("negative variable ordering cost", item(SPK_WW, n -> n.put("orderingCostPerUnit", -50)),
            "$.items[1].orderingCostPerUnit: must not be negative"),
        bad("negative holding cost", item(SPK_EOQ, n -> n.put("holdingCostPerUnitPeriod", -1)),
            "$.items[0].holdingCostPerUnitPeriod: must not be negative"),
        bad("negative holding-cost rate", item(SPK_WW, n -> n.put("holdingCostRate", -0.02)),
            "$.items[1].holdingCostRate: must not be negative"),
        bad("negative safety stock", item(CABLE, n -> n.put("safetyStock", -1)),
            "$.items[2].safetyStock: must not be negative"),
        bad("zero order minimum", item(CABLE, n -> n.put("orderMinimum", 0)),
            "$.items[2].orderMinimum: must be positive"),
        bad("negative order multiple", item(CABLE, n -> n.put("orderMultiple", -10)),
            "$.items[2].orderMultiple: must be positive"),
        bad("zero order maximum", item(CABLE, n -> n.put("orderMaximum", 0)),
            "$.items[2].orderMaximum: must be positive"),
        bad("zero yield", item(AMP, n -> n.put("yieldPercent", 0)), "$.items[3].yieldPercent"),
        bad("yield above 100", item(AMP, n -> n.put("yieldPercent", 120)), "$.items[3].yieldPercent"),
        bad("negative minimum lot", lotSizing(SPK_EOQ, n -> n.put("rule", "MINIMUM").put("quantity", -5)),
            "$.items[0].lotSizing.quantity: must be positive"),
        bad("zero POQ periods", lotSizing(SPK_EOQ, n -> n.put("rule", "PERIOD_ORDER_QUANTITY").put("periods", 0)),
            "$.items[0].lotSizing.periods"),
        bad("zero quantity per", bom(AMP_BOARD, n -> n.put("quantityPer", 0)),
            "$.bom[0].quantityPer: must be positive"),
        bad("negative component scrap", bom(AMP_CAP_OLD, n -> n.put("scrapPercent", -1)),
            "$.bom[2].scrapPercent: must not be negative"),
        bad("component scrap of 100 %", bom(AMP_CAP_OLD, n -> n.put("scrapPercent", 100)),
            "$.bom[2].scrapPercent: must be below 100"),
        bad("negative on hand", root -> node(root, "inventory", 0).put("onHand", -35),
            "$.inventory[0].onHand: must not be negative"),
        bad("negative allocated stock", root -> node(root, "inventory", 0).put("allocated", -1),
            "$.inventory[0].allocated: must not be negative"),
        bad("zero production order quantity", receipt(MO_7, n -> n.put("quantity", 0)),
            "$.receipts[0].quantity: must be positive"),
        bad("negative forecast quantity", demand(FC_AMP, n -> n.put("quantity", -30)),
            "$.demands[16].quantity: must be positive"),
        bad("order line 0", demand(SO_W1_1, n -> n.put("line", 0)), "$.demands[0].line"),
        // unknown rule names and enums
        bad("unknown lot-sizing rule", lotSizing(SPK_EOQ, n -> n.put("rule", "ECONOMIC")),
            "$.items[0].lotSizing.rule: unknown lot-sizing rule ECONOMIC"),
        bad("unknown make-or-buy", item(AMP, n -> n.put("makeOrBuy", "LEASE")), "$.items[3].makeOrBuy"),
        bad("unknown receipt kind", receipt(MO_7, n -> n.put("kind", "LOAN")), "$.receipts[0].kind"),
        bad("unknown demand kind", demand(FC_AMP, n -> n.put("kind", "WISH")), "$.demands[16].kind"),
        bad("unknown customer tier", demand(SO_W1_1, n -> n.put("tier", "VIP")), "$.demands[0].tier"),
        bad("unknown bucket", root -> root.put("bucket", "YEAR"), "$.bucket"),
        bad("unknown weekday", root -> {
          root.put("bucket", "DAY");
          ((ArrayNode) root.putArray("workingDays")).add("FUNDAY");
        }, "$.workingDays"),
        bad("unknown unit", item(AMP, n -> n.put("unit", "BARREL")), "$.items[3].unit: unknown unit 'BARREL'"),
        bad("a blank item code", item(AMP, n -> n.put("sku", " ")), "$.items[3].sku"),
        bad("an item listed twice", item(AMP, n -> n.put("sku", "CHIP")), "$.items[5].sku: item CHIP is listed twice"),
        bad("unknown currency", item(CABLE, n -> n.put("currency", "RMB")), "$.items[2].currency"),
        bad("unknown item property", item(AMP, n -> n.put("leadTimeDays", 3)), "$.items[3].leadTimeDays"),
        bad("unknown lot-sizing property", lotSizing(SPK_EOQ, n -> n.put("eoq", 73)),
            "$.items[0].lotSizing.eoq"),
        // effectivity out of order
        bad("effective-to before effective-from", bom(AMP_CAP_OLD, n -> n.put("effectiveFrom", "2026-02-01")),
            "$.bom[2].effectiveTo: 2026-01-26 must be after effectiveFrom 2026-02-01"),
        bad("effective-to equal to effective-from", bom(AMP_CAP_NEW, n -> n.put("effectiveTo", "2026-01-26")),
            "$.bom[3].effectiveTo"),
        // parameters that do not fit the rule or the kind
        bad("fixed order quantity without a quantity", lotSizing(SPK_EOQ, n -> n.put("rule", "FIXED_ORDER_QUANTITY")),
            "$.items[0].lotSizing.quantity: missing"),
        bad("multiple without a quantity", lotSizing(SPK_EOQ, n -> n.put("rule", "MULTIPLE")),
            "$.items[0].lotSizing.quantity: missing"),
        bad("period order quantity without periods", lotSizing(SPK_EOQ, n -> n.put("rule", "PERIOD_ORDER_QUANTITY")),
            "$.items[0].lotSizing.periods: missing"),
        bad("EOQ with a quantity", lotSizing(SPK_EOQ, n -> n.put("quantity", 73)),
            "$.items[0].lotSizing.quantity: only FIXED_ORDER_QUANTITY, MINIMUM and MULTIPLE take a quantity"),
        bad("Wagner-Whitin with periods", lotSizing(SPK_WW, n -> n.put("periods", 3)),
            "$.items[1].lotSizing.periods: only PERIOD_ORDER_QUANTITY takes periods"),
        bad("costs without a currency", item(SPK_EOQ, n -> n.remove("currency")),
            "$.items[0].currency: missing"),
        bad("more decimals than the currency has", item(SPK_EOQ, n -> n.put("orderingCostPerOrder", 100.005)),
            "$.items[0].orderingCostPerOrder"),
        bad("a forecast without an id", demand(FC_AMP, n -> n.remove("id")), "$.demands[16].id: missing"),
        bad("a forecast naming an order", demand(FC_AMP, n -> n.put("order", "SO-88")),
            "$.demands[16].order: a forecast belongs to no customer order"),
        bad("a forecast with an order line", demand(FC_AMP, n -> n.put("line", 2)),
            "$.demands[16].line: a forecast has no order line"),
        bad("an order line without its line number", demand(SO_W1_1, n -> n.remove("line")),
            "$.demands[0].line: missing"),
        bad("a blank demand id", demand(SO_W1_1, n -> n.put("id", " ")), "$.demands[0].id"),
        bad("a blank supplier", receipt(PO_31, n -> n.put("supplier", " ")), "$.receipts[1].supplier"),
        bad("a blank receipt id", receipt(MO_7, n -> n.put("id", "")), "$.receipts[0].id"),
        bad("working days on a weekly calendar", root -> ((ArrayNode) root.putArray("workingDays")).add("MONDAY"),
            "$.workingDays: only a DAY bucket has working days"),
        bad("holidays on a weekly calendar", root -> ((ArrayNode) root.putArray("holidays")).add("2026-02-17"),
            "$.holidays: only a DAY bucket has holidays"),
        bad("no working days on a daily calendar", root -> {
          root.put("bucket", "DAY");
          root.putArray("workingDays");
        }, "$.workingDays: at least one working weekday"),
        bad("a null BOM line", root -> ((ArrayNode) root.get("bom")).insertNull(1), "$.bom[1]: missing"),
        bad("a null demand", root -> ((ArrayNode) root.get("demands")).insertNull(0), "$.demands[0]: missing"),
        bad("the horizon missing", root -> root.remove("periods"), "$.periods: missing"),
        bad("maximum below minimum", item(CABLE, n -> n.put("orderMinimum", 50).put("orderMaximum", 40)),
            "$.items[2]: planning item CABLE: order maximum"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void a_bad_value_is_bad_input_naming_its_json_path(String what, Consumer<ObjectNode> edit, String expected)
      throws IOException {
    Path file = edited(what.replace(' ', '-').replaceAll("[^A-Za-z0-9-]", ""), edit);
    Run run = gendan("mrp", file.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(file.getFileName().toString()).contains(expected)
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void the_lot_sizing_example_itself_is_good_input() throws IOException {
    Run run = gendan("mrp", edited("unchanged", root -> { }).toString(), "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void an_eoq_item_without_an_ordering_cost_is_rejected_as_missing_lot_sizing_costs() throws IOException {
    Run run = gendan("mrp", edited("no-costs", item(SPK_EOQ, n -> n.remove("orderingCostPerOrder"))).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.err()).contains("MISSING_LOT_SIZING_COSTS").contains("SPK-EOQ");
  }

  @Test
  void a_cost_rule_on_a_rate_without_a_variable_cost_is_rejected_as_missing_lot_sizing_costs() throws IOException {
    Run run = gendan("mrp", edited("rate-only", item(SPK_WW, n -> n.remove("orderingCostPerUnit"))).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.err()).contains("MISSING_LOT_SIZING_COSTS").contains("SPK-WW");
  }

  @Test
  void a_phantom_on_only_some_lines_of_its_component_is_rejected_as_a_phantom_mismatch() throws IOException {
    Run run = gendan("mrp", edited("mismatch", root -> ((ArrayNode) root.get("bom")).addObject()
        .put("parent", "CAP-NEW").put("component", "BOARD").put("quantityPer", 1)).toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
    assertThat(run.err()).contains("PHANTOM_MISMATCH").contains("BOARD");
  }
}

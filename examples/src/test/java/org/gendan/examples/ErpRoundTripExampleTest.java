package org.gendan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gendan.core.json.GendanJson;
import org.gendan.examples.ErpRoundTripExample.ErpExport;
import org.gendan.examples.ErpRoundTripExample.ErpImport;
import org.gendan.examples.ErpRoundTripExample.OrderLineStatus;
import org.gendan.examples.ErpRoundTripExample.PlannedOrderRow;
import org.gendan.examples.ErpRoundTripExample.SalesOrderLine;
import org.gendan.examples.cli.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErpRoundTripExampleTest {

  private static final Path EXPORT = Path.of("erp", "erp-export.json");

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      StringWriter o = new StringWriter();
      StringWriter e = new StringWriter();
      code = ErpRoundTripExample.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
      out = o.toString();
      err = e.toString();
    }
  }

  private static ErpImport roundTrip(Path dir) {
    Path out = dir.resolve("erp-import.json");
    Run run = new Run(EXPORT.toString(), out.toString());
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("Wrote " + out);
    return GendanJson.read(out, ErpImport.class).getOrElseThrow(p -> new AssertionError(p.toString()));
  }

  private static List<PlannedOrderRow> allOrders(ErpImport r) {
    return Stream.concat(r.plannedPurchaseOrders().stream(), r.plannedProductionOrders().stream()).collect(Collectors.toList());
  }

  private static void assertConsistent(ErpExport export, ErpImport r) {
    Set<String> ids = export.salesOrderLines().stream().map(SalesOrderLine::lineId).collect(Collectors.toSet());
    assertThat(r.orderLines()).extracting(OrderLineStatus::orderLineId)
        .containsExactlyElementsOf(export.salesOrderLines().stream().map(SalesOrderLine::lineId).collect(Collectors.toList()));
    for (PlannedOrderRow o : allOrders(r)) {
      BigDecimal pegged = o.pegs().stream().map(ErpRoundTripExample.PegRow::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(pegged).as(o.plannedOrderId()).isEqualByComparingTo(o.qty());
      o.pegs().stream().filter(p -> p.orderLineId() != null).forEach(p -> assertThat(ids).contains(p.orderLineId()));
      assertThat(o.releaseDate()).isAfterOrEqualTo(export.today());
      assertThat(o.pastDue()).isEqualTo(o.idealReleaseDate().isBefore(export.today()));
    }
    for (OrderLineStatus s : r.orderLines()) {
      assertThat(s.materialReadyDate()).isAfterOrEqualTo(export.today());
      assertThat(s.projectedStatus()).isEqualTo(s.atRiskDays() > 0 ? "AT_RISK" : "ON_TRACK");
    }
  }

  @Test
  void the_round_trip_writes_every_erp_order_line_back_with_pegs_that_add_up_to_each_planned_order(@TempDir Path dir) {
    ErpImport r = roundTrip(dir);
    assertThat(r.plannedPurchaseOrders()).isNotEmpty().allMatch(o -> !o.makeOrBuy().equals("MAKE"));
    assertThat(r.plannedProductionOrders()).isNotEmpty().allMatch(o -> o.makeOrBuy().equals("MAKE"));
    assertConsistent(ErpRoundTripExample.read(EXPORT), r);
    // 100 DOZ ordered on SOL-7003 are planned as 1,200 pieces
    BigDecimal sol7003 = r.plannedProductionOrders().stream().flatMap(o -> o.pegs().stream())
        .filter(p -> "SOL-7003".equals(p.orderLineId())).map(ErpRoundTripExample.PegRow::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sol7003).isEqualByComparingTo("1200");
  }

  @Test
  void the_fabric_that_should_have_been_ordered_last_week_is_flagged_past_due_and_puts_the_key_order_line_at_risk(@TempDir Path dir) {
    ErpImport r = roundTrip(dir);
    PlannedOrderRow fabric = r.plannedPurchaseOrders().stream().filter(o -> o.plannedOrderId().equals("FAB-PIQUE-NVY/1"))
        .findFirst().orElseThrow();
    assertThat(fabric.pastDue()).isTrue();
    assertThat(fabric.releaseDate()).isEqualTo(r.today());
    assertThat(fabric.idealReleaseDate()).isBefore(r.today());
    assertThat(r.actionMessages()).anyMatch(a -> a.type().equals("PAST_DUE_RELEASE") && a.reference().equals("FAB-PIQUE-NVY/1")
        && a.orderLinesAtRisk().contains("SOL-7001"));
    OrderLineStatus key = r.orderLines().get(0);
    assertThat(key.orderLineId()).isEqualTo("SOL-7001");
    assertThat(key.projectedStatus()).isEqualTo("AT_RISK");
    assertThat(key.atRiskDays()).isPositive();
    assertThat(key.materialReadyDate()).isAfter(fabric.idealReleaseDate());
    assertThat(key.latePurchaseOrders()).anyMatch(p -> p.purchaseOrder().equals("PO-8801/1") && p.daysLate() > 0);
    assertThat(r.actionMessages()).anyMatch(a -> a.type().equals("EXPEDITE") && a.reference().equals("PO-8790/2"));
  }

  @Test
  void the_lot_rules_of_the_item_master_shape_the_planned_purchases(@TempDir Path dir) {
    ErpImport r = roundTrip(dir);
    assertThat(r.plannedPurchaseOrders()).filteredOn(o -> o.item().startsWith("FAB-")).isNotEmpty()
        .allMatch(o -> o.qty().remainder(new BigDecimal("500")).signum() == 0 && o.lotRule().equals("FOQ 500"));
    assertThat(r.plannedPurchaseOrders()).filteredOn(o -> o.item().equals("BTN-18L")).isNotEmpty()
        .allMatch(o -> o.qty().remainder(new BigDecimal("144")).signum() == 0);
    assertThat(r.plannedPurchaseOrders()).filteredOn(o -> o.item().equals("LBL-MAIN")).isNotEmpty()
        .allMatch(o -> o.qty().compareTo(new BigDecimal("1000")) >= 0);
    assertThat(allOrders(r)).noneMatch(o -> o.item().equals("KIT-POLO"));
  }

  @Test
  void a_dash_writes_the_import_to_standard_output_and_the_same_export_gives_the_same_import() {
    Run a = new Run(EXPORT.toString(), "-");
    Run b = new Run(EXPORT.toString(), "-");
    assertThat(a.code).isZero();
    assertThat(a.out).isEqualTo(b.out);
    ErpImport r = GendanJson.read(a.out, ErpImport.class).getOrElseThrow(p -> new AssertionError(p.toString()));
    assertThat(r.orderLines()).hasSize(5);
  }

  @Test
  void the_plan_does_not_depend_on_the_order_of_the_export_and_its_pegs_always_add_up() {
    ErpExport base = ErpRoundTripExample.read(EXPORT);
    qt().withExamples(40)
        .forAll(lists().of(integers().between(1, 6_000)).ofSize(5), integers().between(0, 90), integers().between(0, 4))
        .checkAssert((quantities, spread, rotate) -> {
          List<SalesOrderLine> lines = new ArrayList<>();
          for (int i = 0; i < base.salesOrderLines().size(); i++) {
            SalesOrderLine l = base.salesOrderLines().get(i);
            lines.add(new SalesOrderLine(l.lineId(), l.orderNo(), l.lineNo(), l.customer(), l.customerTier(), l.item(),
                BigDecimal.valueOf(quantities.get(i)), l.unit(), base.today().plusDays(3L + (long) spread * i / 4)));
          }
          ErpExport e = withLines(base, lines);
          ErpImport r = ErpRoundTripExample.plan(e).getOrElseThrow(x -> new AssertionError(x.toString()));
          assertConsistent(e, r);
          List<SalesOrderLine> rotated = new ArrayList<>(lines);
          Collections.rotate(rotated, rotate);
          ErpImport s = ErpRoundTripExample.plan(withLines(base, rotated)).getOrElseThrow(x -> new AssertionError(x.toString()));
          assertThat(s.plannedPurchaseOrders()).isEqualTo(r.plannedPurchaseOrders());
          assertThat(s.plannedProductionOrders()).isEqualTo(r.plannedProductionOrders());
        });
  }

  private static ErpExport withLines(ErpExport e, List<SalesOrderLine> lines) {
    return new ErpExport(e.today(), e.currency(), e.holdingRatePerYear(), lines, e.items(), e.bom(), e.stock(),
        e.openPurchaseOrders());
  }

  // ------------------------------------------------------------------ bad input

  private static Run runOn(Path dir, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) GendanJson.mapper().readTree(Files.readString(EXPORT, StandardCharsets.UTF_8));
    change.accept(root);
    Path file = dir.resolve("export.json");
    Files.writeString(file, GendanJson.mapper().writeValueAsString(root), StandardCharsets.UTF_8);
    return new Run(file.toString(), dir.resolve("out.json").toString());
  }

  private static ObjectNode at(ObjectNode root, String array, int i) {
    return (ObjectNode) ((ArrayNode) root.get(array)).get(i);
  }

  private static void assertBadInput(Run run, String... parts) {
    assertThat(run.code).as(run.err).isEqualTo(2);
    assertThat(run.err).startsWith("gendan: ").contains(parts).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void a_missing_file_or_malformed_json_is_bad_input_named_with_the_file(@TempDir Path dir) throws IOException {
    assertBadInput(new Run(dir.resolve("nope.json").toString()), "nope.json", "file not found");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{today: 2026-03-02}", StandardCharsets.UTF_8);
    assertBadInput(new Run(broken.toString()), "broken.json", "malformed JSON", "line 1");
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\"today\": \"2026-03-02\", \"items\": [", StandardCharsets.UTF_8);
    assertBadInput(new Run(cut.toString()), "cut.json", "$.items", "end-of-input");
    assertBadInput(new Run("a", "b", "c"), "usage");
  }

  @Test
  void an_unknown_item_a_negative_quantity_or_a_wrong_type_is_bad_input_named_by_its_json_path(@TempDir Path dir) throws IOException {
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 0).put("item", "POLO-RED")),
        "$.salesOrderLines[0].item", "unknown item POLO-RED");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 1).put("qty", -5)), "$.salesOrderLines[1].qty", "must be positive");
    assertBadInput(runOn(dir, r -> at(r, "stock", 2).put("onHand", -1)), "$.stock[2].onHand", "must not be negative");
    assertBadInput(runOn(dir, r -> at(r, "openPurchaseOrders", 0).put("openQty", 0)), "$.openPurchaseOrders[0].openQty");
    assertBadInput(runOn(dir, r -> at(r, "bom", 3).put("component", "KIT-XX")), "$.bom[3].component", "unknown item KIT-XX");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 2).put("qty", "many")), "salesOrderLines[2].qty");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 2).put("colour", "red")), "salesOrderLines[2]", "colour");
    assertBadInput(runOn(dir, r -> at(r, "items", 0).put("makeOrBuy", "STEAL")), "items[0].makeOrBuy");
  }

  @Test
  void missing_fields_duplicates_and_units_that_do_not_fit_the_item_are_bad_input(@TempDir Path dir) throws IOException {
    assertBadInput(runOn(dir, r -> r.remove("today")), "$.today", "missing");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 0).remove("deliveryDate")), "$.salesOrderLines[0].deliveryDate", "missing");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 1).put("lineId", "SOL-7001")), "$.salesOrderLines[1].lineId", "twice");
    assertBadInput(runOn(dir, r -> at(r, "salesOrderLines", 0).put("unit", "KG")), "$.salesOrderLines[0].unit", "cannot be converted");
    assertBadInput(runOn(dir, r -> at(r, "items", 3).put("unit", "FURLONG")), "$.items[3].unit");
    assertBadInput(runOn(dir, r -> at(r, "items", 4).put("item", "POLO-NVY")), "$.items[4].item", "twice");
    assertBadInput(runOn(dir, r -> ((ObjectNode) at(r, "items", 3).get("lotRule")).put("rule", "GUESS")), "$.items[3].lotRule.rule",
        "unknown lot rule");
    assertBadInput(runOn(dir, r -> at(r, "items", 5).put("leadTimeDays", -3)), "$.items[5].leadTimeDays");
  }

  @Test
  void a_bom_cycle_is_a_rejected_plan_with_exit_code_1(@TempDir Path dir) throws IOException {
    Run run = runOn(dir, r -> ((ArrayNode) r.get("bom")).addObject().put("parent", "PKG-CARTON").put("component", "KIT-POLO")
        .put("qtyPer", 1));
    assertThat(run.code).isEqualTo(1);
    assertThat(run.err).contains("BOM_CYCLE").contains("KIT-POLO").doesNotContain("Exception");
  }

  @Test
  void null_arguments_are_rejected_with_their_name() {
    PrintWriter w = new PrintWriter(new StringWriter());
    assertThatThrownBy(() -> ErpRoundTripExample.execute(null, w, w)).isInstanceOf(NullPointerException.class).hasMessageContaining("args");
    assertThatThrownBy(() -> ErpRoundTripExample.execute(new String[0], null, w)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("out");
    assertThatThrownBy(() -> ErpRoundTripExample.read(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("file");
    assertThatThrownBy(() -> ErpRoundTripExample.plan(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("export");
    ErpExport base = ErpRoundTripExample.read(EXPORT);
    assertThatThrownBy(() -> ErpRoundTripExample.plan(new ErpExport(base.today(), "CNY", null, base.salesOrderLines(), null,
        List.of(), List.of(), List.of()))).isInstanceOf(BadInputException.class).hasMessageContaining("the ERP export: $.items: missing");
    assertThatThrownBy(() -> ErpRoundTripExample.check(base, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> ErpRoundTripExample.read(Path.of("erp", "missing.json"))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("missing.json");
  }
}

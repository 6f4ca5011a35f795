package org.gendan.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.ItemRecord;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gendan mrp PROBLEM.json [--format json|table] [--today DATE]}: runs MRP (物料需求计划) on a
 * problem file in the format documented in {@code gendan-scheduling/MRP.md} (schema
 * {@code examples/mrp/mrp-problem.schema.json}) and prints the planned orders with their pegs to
 * customer-order lines, the action messages and the time-phased records.
 */
@Command(name = "mrp", mixinStandardHelpOptions = true,
    description = {"Runs MRP on a JSON problem: planned orders pegged to customer-order lines,",
        "action messages and the time-phased record of every item.",
        "Problem file format: examples/mrp/mrp-problem.schema.json."})
final class MrpCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, table }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "the MRP problem")
  Path file;

  @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--today", paramLabel = "DATE", description = "planning start (overrides the file's \"today\")")
  LocalDate today;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MrpProblemFile.ProblemJson json = MrpProblemFile.read(file);
    Either<Rejection, MrpProblem> problem = MrpProblemFile.toProblem(file, json, Optional.ofNullable(today));
    Either<Rejection, MrpResult> result = problem.flatMap(Mrp::run);
    if (result.isLeft()) {
      spec.commandLine().getErr().println("gendan: " + file + ": " + result.getLeft().code() + ": "
          + result.getLeft().message());
      return ExitCodes.RESULT_HAS_ERRORS;
    }
    if (format == Format.json) {
      out.println(GendanJson.write(toJson(problem.get(), result.get())));
    } else {
      printTable(out, problem.get(), result.get());
    }
    out.flush();
    return ExitCodes.OK;
  }

  // ---------------------------------------------------------------- output

  /** A planned order in the output; {@code rule} is the item's lot-sizing rule (e.g. {@code Wagner-Whitin}). */
  record PlannedOrderOut(String id, String item, String makeOrBuy, String rule, LocalDate release, LocalDate due,
      BigDecimal quantity, BigDecimal releaseQuantity, boolean pastDue, List<PegOut> pegs) {}

  /** A peg to a customer-order line ({@code demand} null for stock kept). */
  record PegOut(String demand, BigDecimal quantity) {}

  /** An action message in the output. */
  record MessageOut(String type, String item, String reference, BigDecimal quantity, String message) {}

  /** A time-phased record in the output: one entry per period, from period 1. */
  record RecordOut(String item, String unit, int lowLevelCode, BigDecimal onHand, List<BigDecimal> gross,
      List<BigDecimal> scheduledReceipts, List<BigDecimal> projectedOnHand, List<BigDecimal> net,
      List<BigDecimal> plannedReceipts, List<BigDecimal> plannedReleases) {}

  /** The whole output. */
  record ResultOut(List<LocalDate> periods, List<PlannedOrderOut> plannedOrders, List<MessageOut> actionMessages,
      List<RecordOut> records) {}

  /** The lot-sizing rule name of every item, by SKU. */
  private static Map<Sku, String> rules(MrpProblem problem) {
    Map<Sku, String> rules = new TreeMap<>();
    for (PlanningItem i : problem.items()) {
      rules.put(i.sku(), i.lotSizing().name());
    }
    return rules;
  }

  /** The JSON output of a run of {@code problem}. */
  static ResultOut toJson(MrpProblem problem, MrpResult r) {
    Map<Sku, String> rules = rules(problem);
    List<LocalDate> periods = new ArrayList<>();
    for (int t = 1; t <= r.calendar().periods(); t++) {
      periods.add(r.calendar().startOf(t));
    }
    List<PlannedOrderOut> orders = new ArrayList<>();
    for (PlannedOrder o : r.plannedOrders()) {
      List<PegOut> pegs = new ArrayList<>();
      for (Peg p : r.demandPegsOf(o)) {
        pegs.add(new PegOut(p.demand().map(d -> d.value()).orElse(null), p.quantity().value()));
      }
      orders.add(new PlannedOrderOut(o.id(), o.sku().value(), o.makeOrBuy().name(), rules.get(o.sku()),
          o.releaseDate(), o.receiptDate(),
          o.quantity().value(), o.releaseQuantity().value(), o.isPastDue(), pegs));
    }
    List<MessageOut> messages = new ArrayList<>();
    for (ActionMessage m : r.actionMessages()) {
      messages.add(new MessageOut(m.type().name(), m.sku().value(), m.reference(), m.quantity().value(), m.message()));
    }
    List<RecordOut> records = new ArrayList<>();
    for (ItemRecord rec : r.records()) {
      records.add(new RecordOut(rec.sku().value(), rec.unit().toString(), rec.lowLevelCode(), rec.onHand(),
          List.copyOf(rec.grossRequirements()), List.copyOf(rec.scheduledReceipts()),
          rec.projectedOnHand(), List.copyOf(rec.netRequirements()), List.copyOf(rec.plannedReceipts()),
          List.copyOf(rec.plannedReleases())));
    }
    return new ResultOut(periods, orders, messages, records);
  }

  private static void printTable(PrintWriter out, MrpProblem problem, MrpResult r) {
    Map<Sku, String> rules = rules(problem);
    out.println("Planned orders (计划订单)");
    out.printf("%-12s %-10s %-5s %-14s %-10s %-10s %12s  %s%n", "order", "item", "type", "lot sizing", "release", "due",
        "quantity", "serves");
    for (PlannedOrder o : r.plannedOrders()) {
      StringBuilder pegs = new StringBuilder();
      for (Peg p : r.demandPegsOf(o)) {
        pegs.append(pegs.length() == 0 ? "" : ", ").append(p.demand().map(d -> d.value()).orElse("stock"))
            .append(' ').append(p.quantity().value().toPlainString());
      }
      out.printf("%-12s %-10s %-5s %-14s %-10s %-10s %12s  %s%s%n", o.id(), o.sku().value(), o.makeOrBuy(),
          rules.get(o.sku()), o.releaseDate(), o.receiptDate(), o.quantity().value().toPlainString(), pegs, o.isPastDue() ? "  PAST DUE" : "");
    }
    out.println();
    out.println("Action messages (例外信息)");
    for (ActionMessage m : r.actionMessages()) {
      out.printf("%-16s %s%n", m.type(), m.message());
    }
    out.println();
    out.println("Time-phased records (物料需求计划表): non-zero periods only, period=quantity");
    for (ItemRecord rec : r.records()) {
      out.printf("%s (LLC %d, %s, on hand %s, lot sizing %s)%n", rec.sku().value(), rec.lowLevelCode(), rec.unit(),
          rec.onHand().toPlainString(), rules.get(rec.sku()));
      out.println("  gross requirements  " + rec.gross());
      out.println("  scheduled receipts  " + rec.receipts());
      out.println("  net requirements    " + rec.net());
      out.println("  planned receipts    " + rec.plannedReceiptRow());
      out.println("  planned releases    " + rec.plannedReleaseRow());
    }
  }
}

package org.gendan.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.ItemRecord;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
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

  /** The problem file. */
  record ProblemJson(LocalDate today, String bucket, int periods, List<DayOfWeek> workingDays,
      List<LocalDate> holidays, List<ItemJson> items, List<BomLineJson> bom, List<StockJson> inventory,
      List<ReceiptJson> receipts, List<DemandJson> demands) {}

  /** An item's planning parameters. */
  record ItemJson(String sku, String unit, MakeOrBuy makeOrBuy, Integer leadTime, BigDecimal safetyStock,
      LotSizingJson lotSizing, BigDecimal orderMinimum, BigDecimal orderMultiple, BigDecimal orderMaximum,
      BigDecimal yieldPercent, Boolean phantom) {}

  /** A lot-sizing rule: {@code rule} and, for FIXED_ORDER_QUANTITY / PERIOD_ORDER_QUANTITY, its parameter. */
  record LotSizingJson(String rule, BigDecimal quantity, Integer periods) {}

  /** A BOM line. */
  record BomLineJson(String parent, String component, BigDecimal quantityPer, BigDecimal scrapPercent) {}

  /** Stock of an item. */
  record StockJson(String sku, BigDecimal onHand, BigDecimal allocated) {}

  /** An open purchase or production order. */
  record ReceiptJson(String id, String sku, BigDecimal quantity, LocalDate due) {}

  /** A customer-order line. */
  record DemandJson(String order, int line, String sku, BigDecimal quantity, LocalDate due, CustomerTier tier) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProblemJson json = JsonInput.read(file, ProblemJson.class);
    Either<Rejection, MrpProblem> problem = toProblem(file, json, Optional.ofNullable(today));
    Either<Rejection, MrpResult> result = problem.flatMap(Mrp::run);
    if (result.isLeft()) {
      spec.commandLine().getErr().println("gendan: " + file + ": " + result.getLeft().code() + ": "
          + result.getLeft().message());
      return ExitCodes.RESULT_HAS_ERRORS;
    }
    if (format == Format.json) {
      out.println(GendanJson.write(toJson(result.get())));
    } else {
      printTable(out, result.get());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static BadInputException bad(Path file, String path, String what) {
    return new BadInputException(file + ": " + path + ": " + what);
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** Converts the file to a problem; bad values throw {@link BadInputException}, a BOM cycle is a rejection. */
  static Either<Rejection, MrpProblem> toProblem(Path file, ProblemJson p, Optional<LocalDate> todayOverride) {
    LocalDate start = todayOverride.orElse(p.today());
    if (start == null) {
      throw bad(file, "$.today", "missing: give the planning start date or --today");
    }
    if (p.periods() < 1 || p.periods() > PlanningCalendar.MAX_PERIODS) {
      throw bad(file, "$.periods", "must be 1.." + PlanningCalendar.MAX_PERIODS + ", was " + p.periods());
    }
    PlanningCalendar cal;
    String bucket = p.bucket() == null ? "WEEK" : p.bucket();
    try {
      switch (bucket) {
        case "DAY":
          Set<DayOfWeek> days = p.workingDays() == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
              : EnumSet.copyOf(p.workingDays());
          cal = PlanningCalendar.daily(start, p.periods(), days, new HashSet<>(list(p.holidays())));
          break;
        case "WEEK":
          cal = PlanningCalendar.weekly(start, p.periods());
          break;
        case "MONTH":
          cal = PlanningCalendar.monthly(start, p.periods());
          break;
        default:
          throw bad(file, "$.bucket", "must be DAY, WEEK or MONTH, was " + bucket);
      }
    } catch (IllegalArgumentException e) {
      throw bad(file, "$.today", e.getMessage());
    }
    if (list(p.items()).isEmpty()) {
      throw bad(file, "$.items", "at least one item is needed");
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < p.items().size(); i++) {
      items.add(item(file, "$.items[" + i + "]", p.items().get(i), units));
    }
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < list(p.bom()).size(); i++) {
      BomLineJson l = p.bom().get(i);
      String at = "$.bom[" + i + "]";
      known(file, at + ".parent", l.parent(), units);
      known(file, at + ".component", l.component(), units);
      BigDecimal per = required(file, at + ".quantityPer", l.quantityPer());
      try {
        BomLine line = BomLine.of(Sku.of(l.parent()), Sku.of(l.component()), per);
        lines.add(l.scrapPercent() == null ? line : line.withScrapPercent(l.scrapPercent()));
      } catch (IllegalArgumentException e) {
        throw bad(file, at, e.getMessage());
      }
    }
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(lines);
    if (bom.isLeft()) {
      return Either.left(bom.getLeft());
    }
    MrpProblem.Builder b = MrpProblem.builder().items(items).bom(bom.get()).calendar(cal);
    for (int i = 0; i < list(p.inventory()).size(); i++) {
      StockJson s = p.inventory().get(i);
      String at = "$.inventory[" + i + "]";
      Unit u = known(file, at + ".sku", s.sku(), units);
      try {
        b.addInventory(new InventoryPosition(Sku.of(s.sku()), Quantity.of(required(file, at + ".onHand", s.onHand()), u),
            Quantity.of(s.allocated() == null ? BigDecimal.ZERO : s.allocated(), u)));
      } catch (IllegalArgumentException e) {
        throw bad(file, at, e.getMessage());
      }
    }
    for (int i = 0; i < list(p.receipts()).size(); i++) {
      ReceiptJson r = p.receipts().get(i);
      String at = "$.receipts[" + i + "]";
      Unit u = known(file, at + ".sku", r.sku(), units);
      try {
        b.addScheduledReceipts(ScheduledReceipt.purchase(required(file, at + ".id", r.id()), Sku.of(r.sku()),
            Quantity.of(required(file, at + ".quantity", r.quantity()), u), required(file, at + ".due", r.due())));
      } catch (IllegalArgumentException e) {
        throw bad(file, at, e.getMessage());
      }
    }
    for (int i = 0; i < list(p.demands()).size(); i++) {
      DemandJson d = p.demands().get(i);
      String at = "$.demands[" + i + "]";
      Unit u = known(file, at + ".sku", d.sku(), units);
      try {
        b.addDemands(Demand.ofOrderLine(OrderId.of(required(file, at + ".order", d.order())), d.line(),
            Sku.of(d.sku()), Quantity.of(required(file, at + ".quantity", d.quantity()), u),
            required(file, at + ".due", d.due()), d.tier() == null ? CustomerTier.B : d.tier()));
      } catch (IllegalArgumentException e) {
        throw bad(file, at, e.getMessage());
      }
    }
    return Either.right(b.build());
  }

  private static <T> T required(Path file, String path, T value) {
    if (value == null) {
      throw bad(file, path, "missing");
    }
    return value;
  }

  private static Unit known(Path file, String path, String sku, Map<String, Unit> units) {
    Unit u = units.get(required(file, path, sku));
    if (u == null) {
      throw bad(file, path, "unknown item " + sku + ": it is not in $.items");
    }
    return u;
  }

  private static PlanningItem item(Path file, String at, ItemJson j, Map<String, Unit> units) {
    String sku = required(file, at + ".sku", j.sku());
    Unit unit;
    try {
      unit = j.unit() == null ? Unit.PCS : Unit.parse(j.unit());
    } catch (IllegalArgumentException e) {
      throw bad(file, at + ".unit", e.getMessage());
    }
    if (units.put(sku, unit) != null) {
      throw bad(file, at + ".sku", "item " + sku + " is listed twice");
    }
    try {
      PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of(sku)).unit(unit);
      if (j.makeOrBuy() != null) {
        b.makeOrBuy(j.makeOrBuy());
      }
      if (j.leadTime() != null) {
        b.leadTimePeriods(j.leadTime());
      }
      if (j.safetyStock() != null) {
        b.safetyStock(Quantity.of(j.safetyStock(), unit));
      }
      if (j.lotSizing() != null) {
        b.lotSizing(rule(file, at + ".lotSizing", j.lotSizing()));
      }
      if (j.orderMinimum() != null) {
        b.orderMinimum(Quantity.of(j.orderMinimum(), unit));
      }
      if (j.orderMultiple() != null) {
        b.orderMultiple(Quantity.of(j.orderMultiple(), unit));
      }
      if (j.orderMaximum() != null) {
        b.orderMaximum(Quantity.of(j.orderMaximum(), unit));
      }
      if (j.yieldPercent() != null) {
        b.yieldPercent(j.yieldPercent());
      }
      if (j.phantom() != null) {
        b.phantom(j.phantom());
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw bad(file, at, e.getMessage());
    }
  }

  private static LotSizingRule rule(Path file, String at, LotSizingJson l) {
    String name = required(file, at + ".rule", l.rule());
    switch (name) {
      case "LOT_FOR_LOT":
        return LotSizingRules.lotForLot();
      case "FIXED_ORDER_QUANTITY":
        return LotSizingRules.fixedOrderQuantity(required(file, at + ".quantity", l.quantity()));
      case "PERIOD_ORDER_QUANTITY":
        return LotSizingRules.periodOrderQuantity(required(file, at + ".periods", l.periods()));
      case "EOQ":
        return LotSizingRules.economicOrderQuantity();
      case "WAGNER_WHITIN":
        return LotSizingRules.wagnerWhitin();
      case "SILVER_MEAL":
        return LotSizingRules.silverMeal();
      case "LEAST_UNIT_COST":
        return LotSizingRules.leastUnitCost();
      case "PART_PERIOD_BALANCING":
        return LotSizingRules.partPeriodBalancing();
      default:
        throw bad(file, at + ".rule", "unknown lot-sizing rule " + name);
    }
  }

  // ---------------------------------------------------------------- output

  /** A planned order in the output. */
  record PlannedOrderOut(String id, String item, String makeOrBuy, LocalDate release, LocalDate due,
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

  static ResultOut toJson(MrpResult r) {
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
      orders.add(new PlannedOrderOut(o.id(), o.sku().value(), o.makeOrBuy().name(), o.releaseDate(), o.receiptDate(),
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

  private static void printTable(PrintWriter out, MrpResult r) {
    out.println("Planned orders (计划订单)");
    out.printf("%-12s %-10s %-5s %-10s %-10s %12s  %s%n", "order", "item", "type", "release", "due", "quantity",
        "serves");
    for (PlannedOrder o : r.plannedOrders()) {
      StringBuilder pegs = new StringBuilder();
      for (Peg p : r.demandPegsOf(o)) {
        pegs.append(pegs.length() == 0 ? "" : ", ").append(p.demand().map(d -> d.value()).orElse("stock"))
            .append(' ').append(p.quantity().value().toPlainString());
      }
      out.printf("%-12s %-10s %-5s %-10s %-10s %12s  %s%s%n", o.id(), o.sku().value(), o.makeOrBuy(),
          o.releaseDate(), o.receiptDate(), o.quantity().value().toPlainString(), pegs, o.isPastDue() ? "  PAST DUE" : "");
    }
    out.println();
    out.println("Action messages (例外信息)");
    for (ActionMessage m : r.actionMessages()) {
      out.printf("%-16s %s%n", m.type(), m.message());
    }
    out.println();
    out.println("Time-phased records (物料需求计划表): non-zero periods only, period=quantity");
    for (ItemRecord rec : r.records()) {
      out.printf("%s (LLC %d, %s, on hand %s)%n", rec.sku().value(), rec.lowLevelCode(), rec.unit(),
          rec.onHand().toPlainString());
      out.println("  gross requirements  " + rec.gross());
      out.println("  scheduled receipts  " + rec.receipts());
      out.println("  net requirements    " + rec.net());
      out.println("  planned receipts    " + rec.plannedReceiptRow());
      out.println("  planned releases    " + rec.plannedReleaseRow());
    }
  }
}

package org.gendan.examples;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.json.JsonProblem;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.examples.cli.BadInputException;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.ActionType;
import org.gendan.scheduling.mrp.AtRisk;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;

/**
 * An ERP round trip (与ERP对接): reads the flat export an ERP writes (sales-order lines, item master,
 * BOM lines, stock, open purchase orders and the planning date; format in {@code examples/erp/README.md},
 * example {@code examples/erp/erp-export.json}), plans material with gendan's MRP, and writes back what
 * the ERP imports: planned purchase and production orders pegged to the ERP's order-line ids, the
 * action messages, and per order line the material-ready date and whether it is at risk.
 * <p>Mapping: every ERP order line is planned as its own customer order (gendan order id = the ERP's
 * line id), so that the material readiness ({@link OrderReadiness}) is per line. Lead times are
 * calendar days on a daily calendar of every day; a line is needed complete on its delivery date, or
 * today if that date has passed. Bad input stops with a message naming the file, the JSON path and what
 * is wrong (exit code 2); a plan MRP rejects (e.g. a BOM cycle) exits with 1.
 */
public final class ErpRoundTripExample {

  /** The example export, relative to the repository root. */
  public static final Path DEFAULT_INPUT = Path.of("examples", "erp", "erp-export.json");
  /** Where the import file is written by default. */
  public static final Path DEFAULT_OUTPUT = Path.of("gendan-out", "erp-import.json");
  /** Days of horizon after the last date in the export. */
  static final int HORIZON_MARGIN_DAYS = 30;

  private ErpRoundTripExample() {}

  // ------------------------------------------------------------------ the ERP export (input)

  /**
   * The ERP export.
   * @param today                planning date: the first day of the plan
   * @param currency             currency of the ordering costs and unit costs (ISO 4217, e.g. CNY)
   * @param holdingRatePerYear   cost of holding stock per year as a fraction of its unit cost (e.g. 0.24)
   * @param salesOrderLines      open sales-order lines to plan
   * @param items                the item master
   * @param bom                  BOM lines
   * @param stock                stock per item
   * @param openPurchaseOrders   open purchase-order lines
   */
  public record ErpExport(LocalDate today, String currency, BigDecimal holdingRatePerYear, List<SalesOrderLine> salesOrderLines, List<ItemMaster> items,
      List<BomRow> bom, List<StockRow> stock, List<OpenPurchaseOrder> openPurchaseOrders) {}

  /** A sales-order line: the ERP's line id, order number and line number, customer, item, quantity, unit and delivery date. */
  public record SalesOrderLine(String lineId, String orderNo, Integer lineNo, String customer, CustomerTier customerTier,
      String item, BigDecimal qty, String unit, LocalDate deliveryDate) {}

  /** An item-master row: unit, make or buy, lead time in days, lot rule, order minimum and multiple, safety stock, ordering cost per order and unit cost. */
  public record ItemMaster(String item, String description, String unit, MakeOrBuy makeOrBuy, Integer leadTimeDays,
      LotRule lotRule, BigDecimal minOrderQty, BigDecimal orderMultiple, BigDecimal safetyStock, Boolean phantom,
      BigDecimal orderCost, BigDecimal unitCost) {}

  /** A lot-sizing rule: {@code rule} and, for FIXED_ORDER_QUANTITY / PERIOD_ORDER_QUANTITY, its quantity or days. */
  public record LotRule(String rule, BigDecimal quantity, Integer days) {}

  /** A BOM line: quantity of {@code component} per unit of {@code parent}, with scrap in percent. */
  public record BomRow(String parent, String component, BigDecimal qtyPer, BigDecimal scrapPct) {}

  /** Stock of an item: on hand and already allocated, in the item's unit. */
  public record StockRow(String item, BigDecimal onHand, BigDecimal allocated) {}

  /** An open purchase-order line: still to come, due on {@code dueDate}. */
  public record OpenPurchaseOrder(String poNo, Integer poLine, String supplier, String item, BigDecimal openQty,
      LocalDate dueDate) {}

  // ------------------------------------------------------------------ the ERP import (output)

  /**
   * What the ERP imports.
   * @param today                     planning date
   * @param plannedPurchaseOrders     planned orders of bought and subcontracted items
   * @param plannedProductionOrders   planned orders of made items
   * @param actionMessages            MRP's exception messages
   * @param orderLines                per ERP order line: material readiness and risk, in the export's order
   */
  public record ErpImport(LocalDate today, List<PlannedOrderRow> plannedPurchaseOrders,
      List<PlannedOrderRow> plannedProductionOrders, List<ActionRow> actionMessages, List<OrderLineStatus> orderLines) {}

  /**
   * A planned order.
   * @param plannedOrderId   gendan's id ({@code ITEM/n})
   * @param item             the item
   * @param makeOrBuy        MAKE, BUY or SUBCONTRACT
   * @param lotRule          the lot-sizing rule that sized it
   * @param releaseDate      the date to place or start it (today if past due)
   * @param dueDate          the date it must be in
   * @param qty              the quantity received
   * @param releaseQty       the quantity ordered or started (more than {@code qty} with a yield loss)
   * @param unit             the item's unit
   * @param pastDue          true if it should have been released before today
   * @param idealReleaseDate the release date the lead time asks for (before today when past due)
   * @param pegs             the ERP order lines it serves (and stock), adding up exactly to {@code qty}
   */
  public record PlannedOrderRow(String plannedOrderId, String item, String makeOrBuy, String lotRule, LocalDate releaseDate,
      LocalDate dueDate, BigDecimal qty, BigDecimal releaseQty, String unit, boolean pastDue, LocalDate idealReleaseDate,
      List<PegRow> pegs) {}

  /** A share of a planned order: the ERP order-line id it serves, or {@code null} for stock kept. */
  public record PegRow(String orderLineId, BigDecimal qty) {}

  /** An action message: type, item, the order concerned, dates, the ERP order lines at risk and the explanation. */
  public record ActionRow(String type, String item, String reference, BigDecimal qty, LocalDate currentDate,
      LocalDate suggestedDate, List<String> orderLinesAtRisk, String message) {}

  /**
   * The material status of one ERP order line.
   * @param orderLineId        the ERP's line id
   * @param orderNo            the ERP order number
   * @param lineNo             the ERP line number
   * @param item               the item ordered
   * @param deliveryDate       the delivery date
   * @param materialReadyDate  when all its purchased materials are expected in (the earliest production release)
   * @param projectedStatus    {@code ON_TRACK} or {@code AT_RISK} (a material comes after it is needed)
   * @param atRiskDays         the most calendar days a material comes after it is needed; 0 when on track
   * @param shortMaterials     materials not covered by stock or an open order: still to be bought for it
   * @param latePurchaseOrders open purchase orders due after this line needs them
   */
  public record OrderLineStatus(String orderLineId, String orderNo, int lineNo, String item, LocalDate deliveryDate,
      LocalDate materialReadyDate, String projectedStatus, long atRiskDays, List<MaterialRow> shortMaterials,
      List<LatePoRow> latePurchaseOrders) {}

  /** A material still to buy for an order line: quantity from one planned order, when needed and when expected. */
  public record MaterialRow(String item, BigDecimal qty, String unit, String plannedOrderId, LocalDate needDate,
      LocalDate expectedDate) {}

  /** An open purchase-order line ({@code PO/line}) due after the date an order line needs its material. */
  public record LatePoRow(String purchaseOrder, String item, LocalDate dueDate, LocalDate needDate, long daysLate) {}

  // ------------------------------------------------------------------ running

  /**
   * Reads the export, plans, writes the import and prints a short summary.
   *
   * @param args {@code [INPUT.json [OUTPUT.json | -]]}; {@code -} writes the import to standard output
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the round trip as {@link #main} does and returns its exit code: 0 written, 1 MRP rejected the
   * plan, 2 bad input (the message, without a stack trace, goes to {@code err}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    if (args.length > 2) {
      err.println("gendan: usage: ErpRoundTripExample [INPUT.json [OUTPUT.json | -]]");
      return 2;
    }
    Path input = args.length > 0 ? Path.of(args[0]) : DEFAULT_INPUT;
    String target = args.length > 1 ? args[1] : DEFAULT_OUTPUT.toString();
    try {
      Either<Rejection, ErpImport> result = plan(read(input));
      if (result.isLeft()) {
        err.println("gendan: " + input + ": " + result.getLeft().code() + ": " + result.getLeft().message());
        return 1;
      }
      String json = GendanJson.write(result.get());
      if ("-".equals(target)) {
        out.println(json);
      } else {
        Path file = Path.of(target);
        if (file.toAbsolutePath().getParent() != null) {
          Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, json + System.lineSeparator(), StandardCharsets.UTF_8);
        ErpImport r = result.get();
        out.println("Read " + input + ": planned " + r.plannedPurchaseOrders().size() + " purchase and "
            + r.plannedProductionOrders().size() + " production orders, " + r.actionMessages().size()
            + " action messages; " + r.orderLines().stream().filter(l -> l.atRiskDays() > 0).count() + " of "
            + r.orderLines().size() + " order lines at risk. Wrote " + file);
      }
      return 0;
    } catch (BadInputException e) {
      err.println("gendan: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("gendan: " + target + ": cannot write: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Reads and checks an ERP export.
   *
   * @throws BadInputException naming the file, the JSON path and what is wrong, for a missing file,
   *     malformed JSON, a wrong type, a missing field, an unknown item or unit, a duplicate id or a
   *     negative quantity
   */
  public static ErpExport read(Path file) {
    Objects.requireNonNull(file, "file");
    Either<JsonProblem, ErpExport> parsed = GendanJson.read(file, ErpExport.class);
    if (parsed.isLeft()) {
      throw new BadInputException(file + ": " + parsed.getLeft().path() + ": " + parsed.getLeft().message());
    }
    return check(parsed.get(), file.toString());
  }

  /**
   * Checks an export built in code (or read by {@link #read}) as the file reader does.
   *
   * @param e      the export
   * @param source names the export in messages (the file name)
   * @return {@code e}
   * @throws BadInputException naming the source, the JSON path and what is wrong
   */
  public static ErpExport check(ErpExport e, String source) {
    Objects.requireNonNull(e, "export");
    Objects.requireNonNull(source, "source");
    Check c = new Check(source);
    c.required("$.today", e.today());
    c.required("$.salesOrderLines", e.salesOrderLines());
    c.required("$.items", e.items());
    c.notNegative("$.holdingRatePerYear", e.holdingRatePerYear());
    Map<String, ItemMaster> items = new HashMap<>();
    for (int i = 0; i < e.items().size(); i++) {
      String at = "$.items[" + i + "]";
      ItemMaster m = c.required(at, e.items().get(i));
      c.required(at + ".item", m.item());
      c.unit(at + ".unit", m.unit());
      c.required(at + ".makeOrBuy", m.makeOrBuy());
      if (m.leadTimeDays() != null && (m.leadTimeDays() < 0 || m.leadTimeDays() > 365)) {
        throw c.bad(at + ".leadTimeDays", "must be 0..365 days, was " + m.leadTimeDays());
      }
      c.notNegative(at + ".minOrderQty", m.minOrderQty());
      c.positiveIfGiven(at + ".orderMultiple", m.orderMultiple());
      c.notNegative(at + ".safetyStock", m.safetyStock());
      c.notNegative(at + ".orderCost", m.orderCost());
      c.notNegative(at + ".unitCost", m.unitCost());
      if (items.put(m.item(), m) != null) {
        throw c.bad(at + ".item", "item " + m.item() + " is listed twice");
      }
    }
    Set<String> lineIds = new HashSet<>();
    for (int i = 0; i < e.salesOrderLines().size(); i++) {
      String at = "$.salesOrderLines[" + i + "]";
      SalesOrderLine l = c.required(at, e.salesOrderLines().get(i));
      if (!lineIds.add(c.required(at + ".lineId", l.lineId()))) {
        throw c.bad(at + ".lineId", "order line " + l.lineId() + " is listed twice");
      }
      c.required(at + ".orderNo", l.orderNo());
      c.required(at + ".lineNo", l.lineNo());
      c.known(at + ".item", l.item(), items);
      c.positive(at + ".qty", l.qty());
      Unit u = c.unit(at + ".unit", l.unit());
      Unit planned = Unit.parse(items.get(l.item()).unit());
      if (!u.isConvertibleTo(planned)) {
        throw c.bad(at + ".unit", l.unit() + " cannot be converted to " + planned + ", the unit item " + l.item() + " is planned in");
      }
      c.required(at + ".deliveryDate", l.deliveryDate());
    }
    for (int i = 0; i < list(e.bom()).size(); i++) {
      String at = "$.bom[" + i + "]";
      BomRow b = c.required(at, e.bom().get(i));
      c.known(at + ".parent", b.parent(), items);
      c.known(at + ".component", b.component(), items);
      c.positive(at + ".qtyPer", b.qtyPer());
      c.notNegative(at + ".scrapPct", b.scrapPct());
    }
    for (int i = 0; i < list(e.stock()).size(); i++) {
      String at = "$.stock[" + i + "]";
      StockRow s = c.required(at, e.stock().get(i));
      c.known(at + ".item", s.item(), items);
      c.notNegative(at + ".onHand", c.required(at + ".onHand", s.onHand()));
      c.notNegative(at + ".allocated", s.allocated());
    }
    for (int i = 0; i < list(e.openPurchaseOrders()).size(); i++) {
      String at = "$.openPurchaseOrders[" + i + "]";
      OpenPurchaseOrder p = c.required(at, e.openPurchaseOrders().get(i));
      c.required(at + ".poNo", p.poNo());
      c.required(at + ".poLine", p.poLine());
      c.known(at + ".item", p.item(), items);
      c.positive(at + ".openQty", p.openQty());
      c.required(at + ".dueDate", p.dueDate());
    }
    return e;
  }

  /**
   * Checks an export ({@link #check}), maps it to an MRP problem, runs it and builds the import.
   *
   * @return the import, or MRP's rejection (a BOM cycle, a lead time beyond the horizon …)
   * @throws BadInputException if a value is missing or out of range (named by its JSON path)
   */
  public static Either<Rejection, ErpImport> plan(ErpExport e) {
    Objects.requireNonNull(e, "export");
    check(e, "the ERP export");
    Check c = new Check("the ERP export");
    LocalDate today = e.today();
    LocalDate last = today;
    int maxLead = 0;
    Map<String, Unit> units = new HashMap<>();
    Map<String, String> rules = new HashMap<>();
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < e.items().size(); i++) {
      ItemMaster m = e.items().get(i);
      Unit unit = Unit.parse(m.unit());
      units.put(m.item(), unit);
      int lead = m.leadTimeDays() == null ? 0 : m.leadTimeDays();
      maxLead = Math.max(maxLead, lead);
      try {
        PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of(m.item())).unit(unit).makeOrBuy(m.makeOrBuy())
            .leadTimePeriods(lead).phantom(Boolean.TRUE.equals(m.phantom()));
        if (m.lotRule() != null) {
          b.lotSizing(rule(c, "$.items[" + i + "].lotRule", m.lotRule()));
        }
        Optional.ofNullable(m.minOrderQty()).ifPresent(q -> b.orderMinimum(Quantity.of(q, unit)));
        Optional.ofNullable(m.orderMultiple()).ifPresent(q -> b.orderMultiple(Quantity.of(q, unit)));
        Optional.ofNullable(m.safetyStock()).ifPresent(q -> b.safetyStock(Quantity.of(q, unit)));
        if (m.orderCost() != null || m.unitCost() != null) {
          String cur = c.required("$.currency", e.currency());
          Optional.ofNullable(m.orderCost()).ifPresent(k -> b.orderingCostPerOrder(Money.of(k.toPlainString(), cur)));
          if (m.unitCost() != null) {
            b.orderingCostPerUnit(Money.of(m.unitCost().toPlainString(), cur));
            BigDecimal yearly = c.required("$.holdingRatePerYear", e.holdingRatePerYear());
            b.holdingCostRate(yearly.divide(BigDecimal.valueOf(365), 12, RoundingMode.HALF_UP));
          }
        }
        PlanningItem item = b.build();
        rules.put(m.item(), MrpExample.describeLotSizing(item));
        items.add(item);
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException ex) {
        throw c.bad("$.items[" + i + "]", ex.getMessage());
      }
    }
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < list(e.bom()).size(); i++) {
      BomRow r = e.bom().get(i);
      try {
        BomLine line = BomLine.of(Sku.of(r.parent()), Sku.of(r.component()), r.qtyPer());
        lines.add(r.scrapPct() == null ? line : line.withScrapPercent(r.scrapPct()));
      } catch (IllegalArgumentException ex) {
        throw c.bad("$.bom[" + i + "]", ex.getMessage());
      }
    }
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(lines);
    if (bom.isLeft()) {
      return Either.left(bom.getLeft());
    }
    MrpProblem.Builder p = MrpProblem.builder().items(items).bom(bom.get());
    for (StockRow s : list(e.stock())) {
      Unit u = units.get(s.item());
      p.addInventory(new InventoryPosition(Sku.of(s.item()), Quantity.of(s.onHand(), u),
          Quantity.of(s.allocated() == null ? BigDecimal.ZERO : s.allocated(), u)));
    }
    for (OpenPurchaseOrder o : list(e.openPurchaseOrders())) {
      p.addScheduledReceipts(ScheduledReceipt.purchase(o.poNo() + "/" + o.poLine(), Sku.of(o.item()),
          Quantity.of(o.openQty(), units.get(o.item())), o.dueDate()));
      last = o.dueDate().isAfter(last) ? o.dueDate() : last;
    }
    Map<String, SalesOrderLine> byDemand = new HashMap<>();
    for (int i = 0; i < e.salesOrderLines().size(); i++) {
      SalesOrderLine l = e.salesOrderLines().get(i);
      LocalDate due = l.deliveryDate().isBefore(today) ? today : l.deliveryDate();
      last = due.isAfter(last) ? due : last;
      try {
        Quantity qty = Quantity.of(l.qty(), Unit.parse(l.unit())).to(units.get(l.item()));
        Demand d = Demand.ofOrderLine(OrderId.of(l.lineId()), 1, Sku.of(l.item()), qty, due,
            l.customerTier() == null ? CustomerTier.B : l.customerTier());
        byDemand.put(d.id().value(), l);
        p.addDemands(d);
      } catch (IllegalArgumentException ex) {
        throw c.bad("$.salesOrderLines[" + i + "]", ex.getMessage());
      }
    }
    int periods = (int) Math.min(PlanningCalendar.MAX_PERIODS,
        ChronoUnit.DAYS.between(today, last) + 1 + HORIZON_MARGIN_DAYS + maxLead);
    MrpProblem problem = p.calendar(PlanningCalendar.daily(today, periods, EnumSet.allOf(DayOfWeek.class), Set.of())).build();
    return Mrp.run(problem).map(r -> toImport(e, problem, r, byDemand, rules));
  }

  private static ErpImport toImport(ErpExport e, MrpProblem problem, MrpResult r, Map<String, SalesOrderLine> byDemand,
      Map<String, String> rules) {
    List<PlannedOrderRow> buy = new ArrayList<>();
    List<PlannedOrderRow> make = new ArrayList<>();
    for (PlannedOrder o : r.plannedOrders()) {
      List<PegRow> pegs = new ArrayList<>();
      for (Peg peg : r.demandPegsOf(o)) {
        pegs.add(new PegRow(peg.demand().map(d -> byDemand.get(d.value()).lineId()).orElse(null), peg.quantity().value()));
      }
      PlannedOrderRow row = new PlannedOrderRow(o.id(), o.sku().value(), o.makeOrBuy().name(), rules.get(o.sku().value()),
          o.releaseDate(), o.receiptDate(), o.quantity().value(), o.releaseQuantity().value(), o.quantity().unit().name(),
          o.isPastDue(), e.today().plusDays(o.idealReleasePeriod() - 1L), List.copyOf(pegs));
      (o.makeOrBuy() == MakeOrBuy.MAKE ? make : buy).add(row);
    }
    Map<String, Long> riskDays = new HashMap<>();
    List<ActionRow> actions = new ArrayList<>();
    for (ActionMessage m : r.actionMessages()) {
      List<String> lines = new ArrayList<>();
      List<AtRisk> atRisk = new ArrayList<>(m.atRisk());
      if (m.type() == ActionType.PAST_DUE_RELEASE) {
        r.plannedOrders().stream().filter(o -> o.id().equals(m.reference())).findFirst()
            .ifPresent(o -> atRisk.addAll(r.customerOrdersAtRisk(o)));
      }
      for (AtRisk a : atRisk) {
        String id = lineIdOf(a.demand().value(), byDemand);
        if (!lines.contains(id)) {
          lines.add(id);
        }
        riskDays.merge(id, a.daysLate(), Math::max);
      }
      String reference = byDemand.containsKey(m.reference()) ? byDemand.get(m.reference()).lineId() : m.reference();
      actions.add(new ActionRow(m.type().name(), m.sku().value(), reference, m.quantity().value(), m.currentDate(),
          m.suggestedDate().orElse(null), List.copyOf(lines), m.message()));
    }
    List<OrderLineStatus> statuses = new ArrayList<>();
    for (SalesOrderLine l : e.salesOrderLines()) {
      OrderReadiness ready = OrderReadiness.of(problem, r, OrderId.of(l.lineId()));
      long days = Math.max(ready.worstDaysLate(), riskDays.getOrDefault(l.lineId(), 0L));
      List<MaterialRow> short_ = new ArrayList<>();
      ready.shortMaterials().forEach(m -> short_.add(new MaterialRow(m.sku().value(), m.quantity().value(),
          m.quantity().unit().name(), m.supplyId(), m.needDate(), m.expectedDate())));
      List<LatePoRow> late = new ArrayList<>();
      ready.latePurchaseOrders().forEach(p -> late.add(new LatePoRow(p.purchaseOrderId(), p.sku().value(), p.dueDate(),
          p.needDate(), p.daysLate())));
      statuses.add(new OrderLineStatus(l.lineId(), l.orderNo(), l.lineNo(), l.item(), l.deliveryDate(),
          ready.materialReadyDate(), days > 0 ? "AT_RISK" : "ON_TRACK", days, List.copyOf(short_), List.copyOf(late)));
    }
    buy.sort(Comparator.comparing(PlannedOrderRow::releaseDate).thenComparing(PlannedOrderRow::plannedOrderId));
    make.sort(Comparator.comparing(PlannedOrderRow::releaseDate).thenComparing(PlannedOrderRow::plannedOrderId));
    return new ErpImport(e.today(), List.copyOf(buy), List.copyOf(make), List.copyOf(actions), List.copyOf(statuses));
  }

  private static String lineIdOf(String demandId, Map<String, SalesOrderLine> byDemand) {
    SalesOrderLine l = byDemand.get(demandId);
    return l == null ? demandId : l.lineId();
  }

  private static LotSizingRule rule(Check c, String at, LotRule r) {
    String name = c.required(at + ".rule", r.rule());
    switch (name) {
      case "LOT_FOR_LOT":
        return LotSizingRules.lotForLot();
      case "FIXED_ORDER_QUANTITY":
        return LotSizingRules.fixedOrderQuantity(c.positive(at + ".quantity", r.quantity()));
      case "PERIOD_ORDER_QUANTITY":
        return LotSizingRules.periodOrderQuantity(c.required(at + ".days", r.days()));
      case "EOQ":
        return LotSizingRules.economicOrderQuantity();
      case "WAGNER_WHITIN":
        return LotSizingRules.wagnerWhitin();
      case "SILVER_MEAL":
        return LotSizingRules.silverMeal();
      default:
        throw c.bad(at + ".rule", "unknown lot rule " + name
            + " (LOT_FOR_LOT, FIXED_ORDER_QUANTITY, PERIOD_ORDER_QUANTITY, EOQ, WAGNER_WHITIN, SILVER_MEAL)");
    }
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** Checks of one file's values; every failure names the file and the JSON path. */
  private static final class Check {
    private final String file;

    Check(String file) {
      this.file = file;
    }

    BadInputException bad(String path, String what) {
      return new BadInputException(file + ": " + path + ": " + what);
    }

    <T> T required(String path, T value) {
      if (value == null) {
        throw bad(path, "missing");
      }
      return value;
    }

    void known(String path, String item, Map<String, ItemMaster> items) {
      if (!items.containsKey(required(path, item))) {
        throw bad(path, "unknown item " + item + ": it is not in $.items");
      }
    }

    Unit unit(String path, String unit) {
      try {
        return Unit.parse(required(path, unit));
      } catch (IllegalArgumentException ex) {
        throw bad(path, ex.getMessage());
      }
    }

    BigDecimal positive(String path, BigDecimal v) {
      if (required(path, v).signum() <= 0) {
        throw bad(path, "must be positive, was " + v.toPlainString());
      }
      return v;
    }

    void positiveIfGiven(String path, BigDecimal v) {
      if (v != null) {
        positive(path, v);
      }
    }

    void notNegative(String path, BigDecimal v) {
      if (v != null && v.signum() < 0) {
        throw bad(path, "must not be negative, was " + v.toPlainString());
      }
    }
  }
}

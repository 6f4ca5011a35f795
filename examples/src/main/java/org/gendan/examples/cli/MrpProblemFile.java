package org.gendan.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ReceiptKind;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.DemandId;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;

/**
 * The JSON problem file of {@code gendan mrp} (format: {@code gendan-scheduling/MRP.md}, section "Problem
 * file format"; schema: {@code examples/mrp/mrp-problem.schema.json}) and its conversion to an
 * {@link MrpProblem}. Every value that the planning API would refuse is reported as a
 * {@link BadInputException} naming the file and the JSON path of the value; a BOM cycle or duplicate BOM
 * line is returned as the bill's rejection.
 */
final class MrpProblemFile {

  private MrpProblemFile() {}

  /** The lot-sizing rule names of the file format, in the order the documentation lists them. */
  static final List<String> RULES = List.of("LOT_FOR_LOT", "FIXED_ORDER_QUANTITY", "MINIMUM", "MULTIPLE",
      "PERIOD_ORDER_QUANTITY", "EOQ", "WAGNER_WHITIN", "SILVER_MEAL", "LEAST_UNIT_COST", "PART_PERIOD_BALANCING");

  /** The bucket names of the file format. */
  static final List<String> BUCKETS = List.of("DAY", "WEEK", "MONTH");

  /** What a demand line is: a customer-order line (按订单) or a forecast (预测). */
  enum DemandKind { ORDER, FORECAST }

  /**
   * Reads a date written as ISO text ({@code "2026-01-05"}); a JSON number is refused instead of being
   * taken as a count of days since 1970, which is what the default date reader does.
   */
  static final class TextDate extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    TextDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(p, LocalDate.class,
            "a date is written as text in ISO form, e.g. \"2026-01-05\"");
      }
      String text = p.getText();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw ctxt.weirdStringException(text, LocalDate.class, "not an ISO date (e.g. 2026-01-05)");
      }
    }
  }

  /** The problem file. */
  record ProblemJson(@JsonDeserialize(using = TextDate.class) LocalDate today, String bucket, Integer periods,
      List<DayOfWeek> workingDays, @JsonDeserialize(contentUsing = TextDate.class) List<LocalDate> holidays,
      List<ItemJson> items, List<BomLineJson> bom, List<StockJson> inventory, List<ReceiptJson> receipts,
      List<DemandJson> demands) {}

  /** An item's planning parameters; money amounts are in {@code currency}. */
  record ItemJson(String sku, String unit, MakeOrBuy makeOrBuy, Integer leadTime, BigDecimal leadTimePerUnit,
      BigDecimal safetyStock, LotSizingJson lotSizing, BigDecimal orderMinimum, BigDecimal orderMultiple,
      BigDecimal orderMaximum, BigDecimal yieldPercent, Boolean phantom, String currency,
      BigDecimal orderingCostPerOrder, BigDecimal orderingCostPerUnit, BigDecimal holdingCostPerUnitPeriod,
      BigDecimal holdingCostRate) {}

  /** A lot-sizing rule and its parameter: {@code quantity} for FOQ, MINIMUM, MULTIPLE; {@code periods} for POQ. */
  record LotSizingJson(String rule, BigDecimal quantity, Integer periods) {}

  /** A BOM line. */
  record BomLineJson(String parent, String component, BigDecimal quantityPer, BigDecimal scrapPercent,
      Boolean phantom, @JsonDeserialize(using = TextDate.class) LocalDate effectiveFrom,
      @JsonDeserialize(using = TextDate.class) LocalDate effectiveTo) {}

  /** Stock of an item. */
  record StockJson(String sku, BigDecimal onHand, BigDecimal allocated) {}

  /** An open purchase, production or subcontract order. */
  record ReceiptJson(String id, String sku, BigDecimal quantity, @JsonDeserialize(using = TextDate.class) LocalDate due,
      ReceiptKind kind, String supplier) {}

  /** A customer-order line or a forecast. */
  record DemandJson(DemandKind kind, String id, String order, Integer line, String sku, BigDecimal quantity,
      @JsonDeserialize(using = TextDate.class) LocalDate due, CustomerTier tier) {}

  /** Reads and parses {@code file}; malformed JSON, wrong types and unknown properties are bad input. */
  static ProblemJson read(Path file) {
    return JsonInput.read(file, ProblemJson.class);
  }

  /**
   * Converts the file to a problem.
   *
   * @param file          the file, for messages
   * @param p             the parsed file
   * @param todayOverride the planning start from the command line, replacing {@code today}
   * @return the problem, or the bill of materials' rejection (a cycle or a duplicate line)
   * @throws BadInputException naming the file and the JSON path of the first bad value
   */
  static Either<Rejection, MrpProblem> toProblem(Path file, ProblemJson p, Optional<LocalDate> todayOverride) {
    Reader r = new Reader(file);
    PlanningCalendar cal = r.calendar(p, todayOverride);
    if (list(p.items()).isEmpty()) {
      throw r.bad("$.items", "at least one item is needed");
    }
    Map<String, Unit> units = new LinkedHashMap<>();
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < p.items().size(); i++) {
      String at = "$.items[" + i + "]";
      items.add(r.item(at, r.required(at, p.items().get(i)), units));
    }
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < list(p.bom()).size(); i++) {
      String at = "$.bom[" + i + "]";
      lines.add(r.bomLine(at, r.required(at, p.bom().get(i)), units));
    }
    Either<Rejection, BillOfMaterials> bom = BillOfMaterials.of(lines);
    if (bom.isLeft()) {
      return Either.left(bom.getLeft());
    }
    MrpProblem.Builder b = MrpProblem.builder().items(items).bom(bom.get()).calendar(cal);
    for (int i = 0; i < list(p.inventory()).size(); i++) {
      String at = "$.inventory[" + i + "]";
      b.addInventory(r.stock(at, r.required(at, p.inventory().get(i)), units));
    }
    for (int i = 0; i < list(p.receipts()).size(); i++) {
      String at = "$.receipts[" + i + "]";
      b.addScheduledReceipts(r.receipt(at, r.required(at, p.receipts().get(i)), units));
    }
    for (int i = 0; i < list(p.demands()).size(); i++) {
      String at = "$.demands[" + i + "]";
      b.addDemands(r.demand(at, r.required(at, p.demands().get(i)), units));
    }
    return Either.right(b.build());
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }

  /** The conversion of one file, carrying the file name for messages. */
  private static final class Reader {
    private final Path file;

    Reader(Path file) {
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

    void absent(String path, Object value, String why) {
      if (value != null) {
        throw bad(path, why);
      }
    }

    BigDecimal positive(String path, BigDecimal v) {
      if (v != null && v.signum() <= 0) {
        throw bad(path, "must be positive, was " + v.toPlainString());
      }
      return v;
    }

    BigDecimal notNegative(String path, BigDecimal v) {
      if (v != null && v.signum() < 0) {
        throw bad(path, "must not be negative, was " + v.toPlainString());
      }
      return v;
    }

    Quantity quantity(String path, BigDecimal v, Unit unit) {
      try {
        return Quantity.of(v, unit);
      } catch (IllegalArgumentException e) {
        throw bad(path, e.getMessage());
      }
    }

    Unit known(String path, String sku, Map<String, Unit> units) {
      Unit u = units.get(required(path, sku));
      if (u == null) {
        throw bad(path, "unknown item " + sku + ": it is not in $.items");
      }
      return u;
    }

    PlanningCalendar calendar(ProblemJson p, Optional<LocalDate> todayOverride) {
      LocalDate start = todayOverride.orElse(p.today());
      if (start == null) {
        throw bad("$.today", "missing: give the planning start date or --today");
      }
      int periods = required("$.periods", p.periods());
      if (periods < 1 || periods > PlanningCalendar.MAX_PERIODS) {
        throw bad("$.periods", "must be 1.." + PlanningCalendar.MAX_PERIODS + ", was " + periods);
      }
      String bucket = p.bucket() == null ? "WEEK" : p.bucket();
      if (!BUCKETS.contains(bucket)) {
        throw bad("$.bucket", "must be DAY, WEEK or MONTH, was " + bucket);
      }
      if (!bucket.equals("DAY")) {
        absent("$.workingDays", p.workingDays(), "only a DAY bucket has working days; weeks and months count every day");
        absent("$.holidays", p.holidays(), "only a DAY bucket has holidays; weeks and months count every day");
      }
      try {
        switch (bucket) {
          case "DAY":
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (p.workingDays() == null) {
              days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            } else {
              for (int i = 0; i < p.workingDays().size(); i++) {
                days.add(required("$.workingDays[" + i + "]", p.workingDays().get(i)));
              }
              if (days.isEmpty()) {
                throw bad("$.workingDays", "at least one working weekday is needed");
              }
            }
            Set<LocalDate> holidays = new HashSet<>();
            for (int i = 0; i < list(p.holidays()).size(); i++) {
              holidays.add(required("$.holidays[" + i + "]", p.holidays().get(i)));
            }
            return PlanningCalendar.daily(start, periods, days, holidays);
          case "WEEK":
            return PlanningCalendar.weekly(start, periods);
          default:
            return PlanningCalendar.monthly(start, periods);
        }
      } catch (IllegalArgumentException e) {
        throw bad(todayOverride.isPresent() ? "--today" : "$.today", e.getMessage());
      }
    }

    PlanningItem item(String at, ItemJson j, Map<String, Unit> units) {
      String sku = required(at + ".sku", j.sku());
      try {
        Sku.of(sku);
      } catch (IllegalArgumentException e) {
        throw bad(at + ".sku", e.getMessage());
      }
      Unit unit;
      try {
        unit = j.unit() == null ? Unit.PCS : Unit.parse(j.unit());
      } catch (IllegalArgumentException e) {
        throw bad(at + ".unit", e.getMessage());
      }
      if (units.put(sku, unit) != null) {
        throw bad(at + ".sku", "item " + sku + " is listed twice");
      }
      PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of(sku)).unit(unit);
      set(j.makeOrBuy(), b::makeOrBuy);
      if (j.leadTime() != null) {
        if (j.leadTime() < 0 || j.leadTime() > PlanningCalendar.MAX_PERIODS) {
          throw bad(at + ".leadTime", "must be 0.." + PlanningCalendar.MAX_PERIODS + " periods, was " + j.leadTime());
        }
        b.leadTimePeriods(j.leadTime());
      }
      set(notNegative(at + ".leadTimePerUnit", j.leadTimePerUnit()), b::leadTimePerUnit);
      if (notNegative(at + ".safetyStock", j.safetyStock()) != null) {
        b.safetyStock(quantity(at + ".safetyStock", j.safetyStock(), unit));
      }
      if (j.lotSizing() != null) {
        b.lotSizing(rule(at + ".lotSizing", j.lotSizing()));
      }
      if (positive(at + ".orderMinimum", j.orderMinimum()) != null) {
        b.orderMinimum(quantity(at + ".orderMinimum", j.orderMinimum(), unit));
      }
      if (positive(at + ".orderMultiple", j.orderMultiple()) != null) {
        b.orderMultiple(quantity(at + ".orderMultiple", j.orderMultiple(), unit));
      }
      if (positive(at + ".orderMaximum", j.orderMaximum()) != null) {
        b.orderMaximum(quantity(at + ".orderMaximum", j.orderMaximum(), unit));
      }
      if (j.yieldPercent() != null) {
        if (j.yieldPercent().signum() <= 0 || j.yieldPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
          throw bad(at + ".yieldPercent", "must be above 0 and at most 100, was " + j.yieldPercent().toPlainString());
        }
        b.yieldPercent(j.yieldPercent());
      }
      set(j.phantom(), b::phantom);
      costs(at, j, b);
      set(notNegative(at + ".holdingCostRate", j.holdingCostRate()), b::holdingCostRate);
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw bad(at, e.getMessage());
      }
    }

    private void costs(String at, ItemJson j, PlanningItem.Builder b) {
      boolean anyMoney = j.orderingCostPerOrder() != null || j.orderingCostPerUnit() != null
          || j.holdingCostPerUnitPeriod() != null;
      if (!anyMoney) {
        if (j.currency() != null) {
          currency(at + ".currency", j.currency());
        }
        return;
      }
      if (j.currency() == null) {
        throw bad(at + ".currency", "missing: ordering and holding costs need a currency (ISO 4217, e.g. USD, CNY)");
      }
      Currency c = currency(at + ".currency", j.currency());
      set(money(at + ".orderingCostPerOrder", j.orderingCostPerOrder(), c), b::orderingCostPerOrder);
      set(money(at + ".orderingCostPerUnit", j.orderingCostPerUnit(), c), b::orderingCostPerUnit);
      set(money(at + ".holdingCostPerUnitPeriod", j.holdingCostPerUnitPeriod(), c), b::holdingCostPerUnitPeriod);
    }

    private Currency currency(String path, String code) {
      try {
        return Money.currency(code);
      } catch (IllegalArgumentException e) {
        throw bad(path, e.getMessage());
      }
    }

    private Money money(String path, BigDecimal amount, Currency c) {
      if (notNegative(path, amount) == null) {
        return null;
      }
      if (amount.stripTrailingZeros().scale() > Money.scaleOf(c)) {
        throw bad(path, c.getCurrencyCode() + " amounts have at most " + Money.scaleOf(c) + " decimals, was "
            + amount.toPlainString());
      }
      try {
        return Money.of(amount, c);
      } catch (ArithmeticException | IllegalArgumentException e) {
        throw bad(path, e.getMessage());
      }
    }

    private static <T> void set(T value, Consumer<T> setter) {
      if (value != null) {
        setter.accept(value);
      }
    }

    LotSizingRule rule(String at, LotSizingJson l) {
      String name = required(at + ".rule", l.rule());
      if (!RULES.contains(name)) {
        throw bad(at + ".rule", "unknown lot-sizing rule " + name + " (known: " + String.join(", ", RULES) + ")");
      }
      boolean takesQuantity = name.equals("FIXED_ORDER_QUANTITY") || name.equals("MINIMUM") || name.equals("MULTIPLE");
      boolean takesPeriods = name.equals("PERIOD_ORDER_QUANTITY");
      if (!takesQuantity) {
        absent(at + ".quantity", l.quantity(), "only FIXED_ORDER_QUANTITY, MINIMUM and MULTIPLE take a quantity, not " + name);
      }
      if (!takesPeriods) {
        absent(at + ".periods", l.periods(), "only PERIOD_ORDER_QUANTITY takes periods, not " + name);
      }
      BigDecimal q = takesQuantity ? positive(at + ".quantity", required(at + ".quantity", l.quantity())) : null;
      switch (name) {
        case "LOT_FOR_LOT":
          return LotSizingRules.lotForLot();
        case "FIXED_ORDER_QUANTITY":
          return LotSizingRules.fixedOrderQuantity(q);
        case "MINIMUM":
          return LotSizingRules.minimum(q);
        case "MULTIPLE":
          return LotSizingRules.multiple(q);
        case "PERIOD_ORDER_QUANTITY":
          int periods = required(at + ".periods", l.periods());
          if (periods < 1 || periods > PlanningCalendar.MAX_PERIODS) {
            throw bad(at + ".periods", "must be 1.." + PlanningCalendar.MAX_PERIODS + ", was " + periods);
          }
          return LotSizingRules.periodOrderQuantity(periods);
        case "EOQ":
          return LotSizingRules.economicOrderQuantity();
        case "WAGNER_WHITIN":
          return LotSizingRules.wagnerWhitin();
        case "SILVER_MEAL":
          return LotSizingRules.silverMeal();
        case "LEAST_UNIT_COST":
          return LotSizingRules.leastUnitCost();
        default:
          return LotSizingRules.partPeriodBalancing();
      }
    }

    BomLine bomLine(String at, BomLineJson l, Map<String, Unit> units) {
      known(at + ".parent", l.parent(), units);
      known(at + ".component", l.component(), units);
      BigDecimal per = positive(at + ".quantityPer", required(at + ".quantityPer", l.quantityPer()));
      BigDecimal scrap = notNegative(at + ".scrapPercent", l.scrapPercent());
      if (scrap != null && scrap.compareTo(BigDecimal.valueOf(100)) >= 0) {
        throw bad(at + ".scrapPercent", "must be below 100, was " + scrap.toPlainString());
      }
      if (l.effectiveFrom() != null && l.effectiveTo() != null && !l.effectiveFrom().isBefore(l.effectiveTo())) {
        throw bad(at + ".effectiveTo", l.effectiveTo() + " must be after effectiveFrom " + l.effectiveFrom()
            + " (effectiveTo is the first release date the line no longer applies to)");
      }
      try {
        return new BomLine(Sku.of(l.parent()), Sku.of(l.component()), per, scrap == null ? BigDecimal.ZERO : scrap,
            Boolean.TRUE.equals(l.phantom()), Optional.ofNullable(l.effectiveFrom()), Optional.ofNullable(l.effectiveTo()));
      } catch (IllegalArgumentException e) {
        throw bad(at, e.getMessage());
      }
    }

    InventoryPosition stock(String at, StockJson s, Map<String, Unit> units) {
      Unit u = known(at + ".sku", s.sku(), units);
      BigDecimal onHand = notNegative(at + ".onHand", required(at + ".onHand", s.onHand()));
      BigDecimal allocated = notNegative(at + ".allocated", s.allocated());
      return new InventoryPosition(Sku.of(s.sku()), quantity(at + ".onHand", onHand, u),
          quantity(at + ".allocated", allocated == null ? BigDecimal.ZERO : allocated, u));
    }

    ScheduledReceipt receipt(String at, ReceiptJson r, Map<String, Unit> units) {
      String id = required(at + ".id", r.id());
      Unit u = known(at + ".sku", r.sku(), units);
      BigDecimal q = positive(at + ".quantity", required(at + ".quantity", r.quantity()));
      LocalDate due = required(at + ".due", r.due());
      Optional<SupplierId> supplier;
      try {
        supplier = Optional.ofNullable(r.supplier()).map(SupplierId::of);
      } catch (IllegalArgumentException e) {
        throw bad(at + ".supplier", e.getMessage());
      }
      try {
        return new ScheduledReceipt(id, Sku.of(r.sku()), quantity(at + ".quantity", q, u), due,
            r.kind() == null ? ReceiptKind.PURCHASE : r.kind(), supplier);
      } catch (IllegalArgumentException e) {
        throw bad(at + ".id", e.getMessage());
      }
    }

    Demand demand(String at, DemandJson d, Map<String, Unit> units) {
      DemandKind kind = d.kind() == null ? DemandKind.ORDER : d.kind();
      Unit u = known(at + ".sku", d.sku(), units);
      Quantity q = quantity(at + ".quantity", positive(at + ".quantity", required(at + ".quantity", d.quantity())), u);
      LocalDate due = required(at + ".due", d.due());
      Sku sku = Sku.of(d.sku());
      if (kind == DemandKind.FORECAST) {
        absent(at + ".order", d.order(), "a forecast belongs to no customer order; give kind ORDER for an order line");
        absent(at + ".line", d.line(), "a forecast has no order line; give kind ORDER for an order line");
        DemandId id = demandId(at + ".id", required(at + ".id", d.id()));
        return new Demand(id, sku, q, due, Optional.empty(), Optional.empty(), d.tier() == null ? CustomerTier.C : d.tier());
      }
      String order = required(at + ".order", d.order());
      int line = required(at + ".line", d.line());
      if (line < 1) {
        throw bad(at + ".line", "must be 1 or more, was " + line);
      }
      OrderId orderId;
      try {
        orderId = OrderId.of(order);
      } catch (IllegalArgumentException e) {
        throw bad(at + ".order", e.getMessage());
      }
      DemandId id = demandId(at + ".id", d.id() == null ? order + "#" + line : d.id());
      return new Demand(id, sku, q, due, Optional.of(orderId), Optional.of(line), d.tier() == null ? CustomerTier.B : d.tier());
    }

    private DemandId demandId(String path, String id) {
      try {
        return DemandId.of(id);
      } catch (IllegalArgumentException e) {
        throw bad(path, e.getMessage());
      }
    }
  }
}

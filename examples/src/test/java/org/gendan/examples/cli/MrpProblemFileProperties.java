package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gendan.core.json.GendanJson;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * JSON round trip of the MRP problem file: a random {@link MrpProblem} built with the Java API, written
 * as a problem file, read back by {@code gendan mrp}'s reader, is the same problem. Problems use every
 * field of the format: all lot-sizing rules, costs in currencies with 0 and 2 decimals, per-unit lead
 * times, yields, phantom and dated BOM lines, stock with allocations, purchase, production and
 * subcontract orders with and without suppliers, order lines with and without their own ids, forecasts,
 * and daily (with working days and holidays), weekly and monthly calendars.
 */
class MrpProblemFileProperties {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 5);
  private static final List<Unit> UNITS = List.of(Unit.PCS, Unit.KG, Unit.SET, Unit.M, Unit.DOZ);
  private static final List<String> CURRENCIES = List.of("USD", "CNY", "JPY", "EUR");

  @TempDir
  Path dir;

  // ------------------------------------------------------------------ generators

  private static int pick(RandomnessSource in, int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return pick(in, 1, 100) <= percent;
  }

  private static <T> T oneOf(RandomnessSource in, List<T> values) {
    return values.get(pick(in, 0, values.size() - 1));
  }

  private static <T> T oneOf(RandomnessSource in, T[] values) {
    return values[pick(in, 0, values.length - 1)];
  }

  static PlanningCalendar calendar(RandomnessSource in) {
    LocalDate start = BASE.plusDays(pick(in, 0, 400));
    int periods = pick(in, 1, 40);
    switch (pick(in, 0, 2)) {
      case 0: {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
          if (chance(in, 70)) {
            days.add(d);
          }
        }
        days.add(start.getDayOfWeek());
        Set<LocalDate> holidays = new TreeSet<>();
        for (int i = pick(in, 0, 3); i > 0; i--) {
          holidays.add(start.plusDays(pick(in, 1, 90)));
        }
        return PlanningCalendar.daily(start, periods, days, holidays);
      }
      case 1:
        return PlanningCalendar.weekly(start, periods);
      default:
        return PlanningCalendar.monthly(start, periods);
    }
  }

  static LotSizingRule rule(RandomnessSource in) {
    switch (pick(in, 0, 9)) {
      case 0: return LotSizingRules.lotForLot();
      case 1: return LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(pick(in, 1, 5000), pick(in, 0, 2)));
      case 2: return LotSizingRules.minimum(BigDecimal.valueOf(pick(in, 1, 5000), pick(in, 0, 2)));
      case 3: return LotSizingRules.multiple(BigDecimal.valueOf(pick(in, 1, 5000), pick(in, 0, 2)));
      case 4: return LotSizingRules.periodOrderQuantity(pick(in, 1, 12));
      case 5: return LotSizingRules.economicOrderQuantity();
      case 6: return LotSizingRules.wagnerWhitin();
      case 7: return LotSizingRules.silverMeal();
      case 8: return LotSizingRules.leastUnitCost();
      default: return LotSizingRules.partPeriodBalancing();
    }
  }

  private static Money money(RandomnessSource in, Currency c) {
    return Money.of(BigDecimal.valueOf(pick(in, 0, 1_000_000), Money.scaleOf(c)), c);
  }

  static PlanningItem item(RandomnessSource in, String sku, Unit unit) {
    PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of(sku)).unit(unit);
    if (chance(in, 70)) {
      b.makeOrBuy(oneOf(in, MakeOrBuy.values()));
    }
    if (chance(in, 70)) {
      b.leadTimePeriods(pick(in, 0, 6));
    }
    if (chance(in, 30)) {
      b.leadTimePerUnit(BigDecimal.valueOf(pick(in, 0, 500), pick(in, 0, 4)));
    }
    if (chance(in, 30)) {
      b.safetyStock(Quantity.of(BigDecimal.valueOf(pick(in, 0, 10_000), pick(in, 0, 3)), unit));
    }
    if (chance(in, 80)) {
      b.lotSizing(rule(in));
    }
    if (chance(in, 30)) {
      b.orderMinimum(Quantity.of(pick(in, 1, 50), unit));
    }
    if (chance(in, 30)) {
      b.orderMultiple(Quantity.of(BigDecimal.valueOf(pick(in, 1, 100), 1), unit));
    }
    if (chance(in, 20)) {
      b.orderMaximum(Quantity.of(pick(in, 60, 500), unit));
    }
    if (chance(in, 30)) {
      b.yieldPercent(BigDecimal.valueOf(pick(in, 1, 1000), 1));
    }
    if (chance(in, 10)) {
      b.phantom(true);
    }
    Currency c = Money.currency(oneOf(in, CURRENCIES));
    if (chance(in, 50)) {
      b.orderingCostPerOrder(money(in, c));
    }
    if (chance(in, 40)) {
      b.orderingCostPerUnit(money(in, c));
    }
    if (chance(in, 30)) {
      b.holdingCostPerUnitPeriod(money(in, c));
    }
    if (chance(in, 30)) {
      b.holdingCostRate(BigDecimal.valueOf(pick(in, 0, 1000), pick(in, 0, 4)));
    }
    return b.build();
  }

  static MrpProblem problem(RandomnessSource in) {
    PlanningCalendar cal = calendar(in);
    int n = pick(in, 1, 6);
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(item(in, "I-" + i, oneOf(in, UNITS)));
    }
    List<BomLine> lines = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      for (int c = p + 1; c < n; c++) {
        if (chance(in, 35)) {
          BomLine l = new BomLine(Sku.of("I-" + p), Sku.of("I-" + c), BigDecimal.valueOf(pick(in, 1, 5000), pick(in, 0, 3)),
              BigDecimal.valueOf(pick(in, 0, 300), 1), chance(in, 15), Optional.empty(), Optional.empty());
          if (chance(in, 30)) {
            LocalDate from = cal.start().plusDays(pick(in, -30, 60));
            l = l.withEffectivity(chance(in, 50) ? from : null, chance(in, 50) ? from.plusDays(pick(in, 1, 90)) : null);
          }
          lines.add(l);
        }
      }
    }
    MrpProblem.Builder b = MrpProblem.builder().items(items).calendar(cal)
        .bom(BillOfMaterials.of(lines).getOrElseThrow(r -> new IllegalStateException(r.toString())));
    for (PlanningItem it : items) {
      if (chance(in, 50)) {
        b.addInventory(new InventoryPosition(it.sku(), Quantity.of(pick(in, 0, 500), it.unit()),
            Quantity.of(chance(in, 50) ? 0 : pick(in, 0, 50), it.unit())));
      }
    }
    for (int r = pick(in, 0, 4); r > 0; r--) {
      PlanningItem it = oneOf(in, items);
      Optional<SupplierId> supplier = chance(in, 50) ? Optional.of(SupplierId.of("SUP-" + pick(in, 1, 9))) : Optional.empty();
      b.addScheduledReceipts(new ScheduledReceipt("R-" + r, it.sku(), Quantity.of(pick(in, 1, 900), it.unit()),
          cal.start().plusDays(pick(in, -20, 120)), oneOf(in, ReceiptKind.values()), supplier));
    }
    for (int d = pick(in, 0, 5); d > 0; d--) {
      PlanningItem it = oneOf(in, items);
      Quantity q = Quantity.of(BigDecimal.valueOf(pick(in, 1, 100_000), pick(in, 0, 2)), it.unit());
      LocalDate due = cal.start().plusDays(pick(in, 0, 120));
      CustomerTier tier = oneOf(in, CustomerTier.values());
      if (chance(in, 30)) {
        b.addDemands(new Demand(DemandId.of("FC-" + d), it.sku(), q, due, Optional.empty(), Optional.empty(), tier));
      } else {
        OrderId order = OrderId.of("SO-" + pick(in, 1, 3));
        DemandId id = chance(in, 70) ? DemandId.of(order.value() + "#" + d) : DemandId.of("D-" + d);
        b.addDemands(new Demand(id, it.sku(), q, due, Optional.of(order), Optional.of(d), tier));
      }
    }
    return b.build();
  }

  static Gen<MrpProblem> problems() {
    return MrpProblemFileProperties::problem;
  }

  // ------------------------------------------------------------------ writer (the inverse of the reader)

  static MrpProblemFile.LotSizingJson ruleJson(LotSizingRule rule) {
    String[] parts = rule.name().split(" ");
    BigDecimal q = parts.length > 1 ? new BigDecimal(parts[1]) : null;
    switch (parts[0]) {
      case "L4L": return new MrpProblemFile.LotSizingJson("LOT_FOR_LOT", null, null);
      case "FOQ": return new MrpProblemFile.LotSizingJson("FIXED_ORDER_QUANTITY", q, null);
      case "MIN": return new MrpProblemFile.LotSizingJson("MINIMUM", q, null);
      case "MULTIPLE": return new MrpProblemFile.LotSizingJson("MULTIPLE", q, null);
      case "POQ": return new MrpProblemFile.LotSizingJson("PERIOD_ORDER_QUANTITY", null, Integer.valueOf(parts[1]));
      case "EOQ": return new MrpProblemFile.LotSizingJson("EOQ", null, null);
      case "Wagner-Whitin": return new MrpProblemFile.LotSizingJson("WAGNER_WHITIN", null, null);
      case "Silver-Meal": return new MrpProblemFile.LotSizingJson("SILVER_MEAL", null, null);
      case "LUC": return new MrpProblemFile.LotSizingJson("LEAST_UNIT_COST", null, null);
      case "PPB": return new MrpProblemFile.LotSizingJson("PART_PERIOD_BALANCING", null, null);
      default: throw new IllegalArgumentException("no file name for rule " + rule.name());
    }
  }

  private static BigDecimal value(Optional<Quantity> q) {
    return q.map(Quantity::value).orElse(null);
  }

  private static BigDecimal amount(Optional<Money> m) {
    return m.map(Money::amount).orElse(null);
  }

  static MrpProblemFile.ItemJson itemJson(PlanningItem i) {
    String currency = i.orderingCostPerOrder().or(i::orderingCostPerUnit).or(i::holdingCostPerUnitPeriod)
        .map(m -> m.currency().getCurrencyCode()).orElse(null);
    return new MrpProblemFile.ItemJson(i.sku().value(), i.unit().name(), i.makeOrBuy(), i.leadTimePeriods(),
        i.leadTimePerUnit(), i.safetyStock().value(), ruleJson(i.lotSizing()), value(i.orderMinimum()),
        value(i.orderMultiple()), value(i.orderMaximum()), i.yieldPercent(), i.phantom(), currency,
        amount(i.orderingCostPerOrder()), amount(i.orderingCostPerUnit()), amount(i.holdingCostPerUnitPeriod()),
        i.holdingCostRate().orElse(null));
  }

  static MrpProblemFile.ProblemJson write(MrpProblem p) {
    PlanningCalendar cal = p.calendar();
    boolean daily = cal.bucket() == PlanningCalendar.Bucket.DAY;
    List<MrpProblemFile.BomLineJson> bom = new ArrayList<>();
    for (BomLine l : p.bom().lines()) {
      bom.add(new MrpProblemFile.BomLineJson(l.parent().value(), l.component().value(), l.quantityPer(),
          l.scrapPercent(), l.phantom(), l.effectiveFrom().orElse(null), l.effectiveTo().orElse(null)));
    }
    List<MrpProblemFile.StockJson> stock = new ArrayList<>();
    for (InventoryPosition s : p.inventory()) {
      stock.add(new MrpProblemFile.StockJson(s.sku().value(), s.onHand().value(), s.allocated().value()));
    }
    List<MrpProblemFile.ReceiptJson> receipts = new ArrayList<>();
    for (ScheduledReceipt r : p.scheduledReceipts()) {
      receipts.add(new MrpProblemFile.ReceiptJson(r.id(), r.sku().value(), r.quantity().value(), r.due(), r.kind(),
          r.supplier().map(SupplierId::value).orElse(null)));
    }
    List<MrpProblemFile.DemandJson> demands = new ArrayList<>();
    for (Demand d : p.demands()) {
      demands.add(new MrpProblemFile.DemandJson(
          d.isCustomerOrder() ? MrpProblemFile.DemandKind.ORDER : MrpProblemFile.DemandKind.FORECAST, d.id().value(),
          d.orderId().map(OrderId::value).orElse(null), d.lineNo().orElse(null), d.sku().value(), d.quantity().value(),
          d.due(), d.tier()));
    }
    return new MrpProblemFile.ProblemJson(cal.start(), cal.bucket().name(), cal.periods(),
        daily ? List.copyOf(new TreeSet<>(cal.workingDays())) : null,
        daily ? List.copyOf(new TreeSet<>(cal.holidays())) : null,
        p.items().stream().map(MrpProblemFileProperties::itemJson).toList(), bom, stock, receipts, demands);
  }

  private Path file(MrpProblem p) {
    try {
      Path f = Files.createTempFile(dir, "problem", ".json");
      Files.writeString(f, GendanJson.write(write(p)));
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ properties

  @Test
  void a_problem_written_as_a_file_reads_back_as_the_same_problem() {
    qt().withExamples(200).forAll(problems()).checkAssert(p -> {
      Path f = file(p);
      assertThat(MrpProblemFile.toProblem(f, MrpProblemFile.read(f), Optional.empty()).get()).isEqualTo(p);
    });
  }

  @Test
  void the_command_line_today_replaces_only_the_start_of_the_calendar_and_must_be_a_working_day() {
    qt().withExamples(100).forAll(problems(), integers().between(1, 60)).checkAssert((p, shift) -> {
      Path f = file(p);
      LocalDate today = p.calendar().start().plusDays(shift);
      if (p.calendar().bucket() == PlanningCalendar.Bucket.DAY && !p.calendar().isWorkingDay(today)) {
        assertThatThrownBy(() -> MrpProblemFile.toProblem(f, MrpProblemFile.read(f), Optional.of(today)))
            .isInstanceOf(BadInputException.class).hasMessageContaining("--today: ")
            .hasMessageContaining("must start on a working day");
        return;
      }
      MrpProblem moved = MrpProblemFile.toProblem(f, MrpProblemFile.read(f), Optional.of(today)).get();
      assertThat(moved.calendar()).isEqualTo(p.calendar().startingOn(today));
      assertThat(MrpProblem.builder().from(moved).calendar(p.calendar()).build()).isEqualTo(p);
    });
  }
}

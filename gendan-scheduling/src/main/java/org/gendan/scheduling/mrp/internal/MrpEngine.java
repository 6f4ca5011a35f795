package org.gendan.scheduling.mrp.internal;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.ActionType;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.AtRisk;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.DemandId;
import org.gendan.scheduling.mrp.ItemRecord;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.SupplyKind;
import org.gendan.scheduling.mrp.lotsizing.LotSizingContext;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;

/**
 * The MRP engine. One instance per run; not thread-safe, not reused. See the package documentation of
 * {@code org.gendan.scheduling.mrp} for the conventions it implements.
 */
public final class MrpEngine {

  private static final int SCALE = Quantity.MAX_SCALE;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** What a requirement serves: a demand, or stock (the {@link #STOCK} target). */
  private static final class Target {
    final Optional<DemandId> id;
    final Optional<OrderId> order;
    final Optional<Integer> line;
    final int rank;
    final LocalDate due;

    Target(Optional<DemandId> id, Optional<OrderId> order, Optional<Integer> line, int rank, LocalDate due) {
      this.id = id;
      this.order = order;
      this.line = line;
      this.rank = rank;
      this.due = due;
    }
  }

  private static final Target STOCK = new Target(Optional.empty(), Optional.empty(), Optional.empty(),
      Integer.MAX_VALUE, LocalDate.MAX);

  /** Key customers first, customer orders before forecasts, then earlier due dates, then demand id. */
  private static final Comparator<Target> PRIORITY = Comparator.<Target>comparingInt(t -> t.rank)
      .thenComparing(t -> t.due)
      .thenComparing(t -> t.id.map(DemandId::value).orElse(""));

  /** A supply of one item: on hand, a scheduled receipt, a planned order or a phantom pass-through. */
  private static final class Supply {
    final SupplyKind kind;
    final String id;
    final int period;
    final BigDecimal quantity;
    BigDecimal remaining;
    // planned orders only
    int idealRelease;
    int release;
    BigDecimal releaseQuantity;
    int leadTime;
    final List<Allocation> allocations = new ArrayList<>();

    Supply(SupplyKind kind, String id, int period, BigDecimal quantity) {
      this.kind = kind;
      this.id = id;
      this.period = period;
      this.quantity = quantity;
      this.remaining = quantity;
    }
  }

  /** An open order of one item inside the horizon or overdue. */
  private static final class Receipt {
    final ScheduledReceipt source;
    final int period;
    final BigDecimal quantity;

    Receipt(ScheduledReceipt source, int period, BigDecimal quantity) {
      this.source = source;
      this.period = period;
      this.quantity = quantity;
    }
  }

  /** The most planned orders one period's lot may be split into by the order maximum. */
  private static final int MAX_SPLIT = 10_000;

  /** A business failure found while planning; turned into the run's rejection. */
  private static final class PlanningFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Rejection rejection;

    PlanningFailure(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }
  }

  private final MrpProblem problem;
  private final PlanningCalendar cal;
  private final int n;
  private final BillOfMaterials bom;
  private final Map<Sku, PlanningItem> items = new TreeMap<>();
  private final Map<Sku, BigDecimal> onHand = new HashMap<>();
  private final Map<Sku, List<Receipt>> receipts = new HashMap<>();
  /** Per item: period -> target -> quantity. */
  private final Map<Sku, TreeMap<Integer, Map<Target, BigDecimal>>> requirements = new HashMap<>();
  private final Map<Sku, Boolean> phantom = new HashMap<>();
  private final Map<DemandId, Target> targetById = new HashMap<>();

  private final List<ItemRecord> records = new ArrayList<>();
  private final List<PlannedOrder> plannedOrders = new ArrayList<>();
  private final List<Allocation> allocations = new ArrayList<>();
  private final List<ActionMessage> messages = new ArrayList<>();

  private MrpEngine(MrpProblem problem) {
    this.problem = problem;
    this.cal = problem.calendar();
    this.n = cal.periods();
    this.bom = problem.bom();
  }

  /** Runs MRP on the problem. */
  public static Either<Rejection, MrpResult> run(MrpProblem problem) {
    MrpEngine e = new MrpEngine(problem);
    Optional<Rejection> bad = e.load();
    if (bad.isPresent()) {
      return Either.left(bad.get());
    }
    try {
      e.plan();
    } catch (PlanningFailure f) {
      return Either.left(f.rejection);
    }
    return Either.right(new MrpResult(e.cal, e.records, e.plannedOrders, e.allocations, e.messages));
  }

  // ---------------------------------------------------------------- loading and checks

  private static Optional<Rejection> reject(String code, String message) {
    return Optional.of(Rejection.of(code, message));
  }

  private Optional<Rejection> load() {
    for (PlanningItem it : problem.items()) {
      if (items.put(it.sku(), it) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + it.sku() + " has planning parameters twice (物料重复)");
      }
    }
    for (PlanningItem it : items.values()) {
      if (it.leadTimePeriods() > n) {
        return reject(Mrp.LEAD_TIME_BEYOND_HORIZON, "item " + it.sku() + ": lead time of " + it.leadTimePeriods()
            + " periods is longer than the " + n + "-period horizon (计划期); extend the horizon");
      }
      LotSizingRule rule = it.lotSizing();
      if (rule.requiresCosts() && !it.phantom()
          && (it.orderingCostPerOrder().isEmpty() || it.effectiveHoldingCost().isEmpty())) {
        return reject(Mrp.MISSING_LOT_SIZING_COSTS, "item " + it.sku() + ": lot-sizing rule " + rule.name()
            + " needs an ordering cost per order and a holding cost (订货成本 / 持有成本)");
      }
    }
    for (BomLine l : bom.lines()) {
      for (Sku s : List.of(l.parent(), l.component())) {
        if (!items.containsKey(s)) {
          return unknown(s, "BOM line " + l.parent() + " -> " + l.component());
        }
      }
    }
    for (Sku s : items.keySet()) {
      boolean itemPhantom = items.get(s).phantom();
      List<BomLine> uses = bom.whereUsed(s);
      boolean anyLine = uses.stream().anyMatch(BomLine::phantom);
      boolean allLines = !uses.isEmpty() && uses.stream().allMatch(BomLine::phantom);
      if (anyLine && !allLines && !itemPhantom) {
        return reject(Mrp.PHANTOM_MISMATCH, "item " + s + " is a phantom (虚拟件) in some BOM lines but not in others;"
            + " mark it phantom in its planning parameters or in every line");
      }
      phantom.put(s, itemPhantom || allLines);
      if ((itemPhantom || allLines) && bom.componentsOf(s).isEmpty()) {
        return reject(Mrp.PHANTOM_WITHOUT_COMPONENTS, "item " + s + " is a phantom (虚拟件) but has no components;"
            + " its requirements would be lost — plan it as a normal item or give it a bill of materials");
      }
    }
    for (InventoryPosition p : problem.inventory()) {
      PlanningItem it = items.get(p.sku());
      if (it == null) {
        return unknown(p.sku(), "inventory position");
      }
      if (!p.onHand().unit().isConvertibleTo(it.unit())) {
        return unitMismatch(p.sku(), "stock", p.onHand().unit(), it.unit());
      }
      if (onHand.put(p.sku(), p.available().to(it.unit()).value()) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + p.sku() + " has two inventory positions; give one per item");
      }
    }
    Map<String, Boolean> receiptIds = new HashMap<>();
    List<ScheduledReceipt> sortedReceipts = new ArrayList<>(problem.scheduledReceipts());
    sortedReceipts.sort(Comparator.comparing(ScheduledReceipt::due).thenComparing(ScheduledReceipt::id));
    for (ScheduledReceipt r : sortedReceipts) {
      PlanningItem it = items.get(r.sku());
      if (it == null) {
        return unknown(r.sku(), "scheduled receipt " + r.id());
      }
      if (receiptIds.put(r.id(), Boolean.TRUE) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "scheduled receipt id " + r.id() + " is used twice");
      }
      if (!r.quantity().unit().isConvertibleTo(it.unit())) {
        return unitMismatch(r.sku(), "scheduled receipt " + r.id(), r.quantity().unit(), it.unit());
      }
      if (r.due().isAfter(cal.end())) {
        continue;
      }
      int period = Math.max(1, cal.periodOf(r.due()));
      receipts.computeIfAbsent(r.sku(), k -> new ArrayList<>())
          .add(new Receipt(r, period, r.quantity().to(it.unit()).value()));
    }
    Map<DemandId, Boolean> demandIds = new HashMap<>();
    for (Demand d : problem.demands()) {
      PlanningItem it = items.get(d.sku());
      if (it == null) {
        return unknown(d.sku(), "demand " + d.id());
      }
      if (demandIds.put(d.id(), Boolean.TRUE) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "demand id " + d.id() + " is used twice");
      }
      if (!d.quantity().unit().isConvertibleTo(it.unit())) {
        return unitMismatch(d.sku(), "demand " + d.id(), d.quantity().unit(), it.unit());
      }
      if (d.due().isBefore(cal.start())) {
        return reject(Mrp.DEMAND_BEFORE_HORIZON, "demand " + d.id() + " is due " + d.due()
            + ", before the planning start " + cal.start() + "; agree a new delivery date (交期) first");
      }
      if (d.due().isAfter(cal.end())) {
        return reject(Mrp.DEMAND_AFTER_HORIZON, "demand " + d.id() + " is due " + d.due()
            + ", after the horizon ends " + cal.end() + "; extend the planning horizon (计划期)");
      }
      int rank = d.tier().ordinal() * 2 + (d.isCustomerOrder() ? 0 : 1);
      Target t = new Target(Optional.of(d.id()), d.orderId(), d.lineNo(), rank, d.due());
      targetById.put(d.id(), t);
      addRequirement(d.sku(), cal.periodOf(d.due()), t, d.quantity().to(it.unit()).value());
    }
    return Optional.empty();
  }

  private static Optional<Rejection> unknown(Sku s, String where) {
    return reject(Mrp.UNKNOWN_ITEM, where + " refers to item " + s
        + ", which has no planning parameters (物料主数据缺失)");
  }

  private static Optional<Rejection> unitMismatch(Sku s, String where, Unit given, Unit planned) {
    return reject(Mrp.UNIT_MISMATCH, where + " of item " + s + " is in " + given
        + " but the item is planned in " + planned + " (单位不一致)");
  }

  private void addRequirement(Sku sku, int period, Target target, BigDecimal qty) {
    if (qty.signum() == 0) {
      return;
    }
    requirements.computeIfAbsent(sku, k -> new TreeMap<>())
        .computeIfAbsent(period, k -> new HashMap<>())
        .merge(target, qty, BigDecimal::add);
  }

  // ---------------------------------------------------------------- planning

  private void plan() {
    List<Sku> order = new ArrayList<>(items.keySet());
    order.sort(Comparator.comparingInt(bom::lowLevelCode).thenComparing(Comparator.naturalOrder()));
    for (Sku sku : order) {
      planItem(items.get(sku));
    }
  }

  private void planItem(PlanningItem it) {
    Sku sku = it.sku();
    boolean isPhantom = phantom.get(sku);
    boolean counted = it.unit().isCounted();
    BigDecimal[] gr = zeros(n + 2);
    BigDecimal[] sr = zeros(n + 2);
    BigDecimal[] poh = zeros(n + 2);
    BigDecimal[] nr = zeros(n + 2);
    BigDecimal[] porec = zeros(n + 2);
    BigDecimal[] porel = zeros(n + 2);
    TreeMap<Integer, Map<Target, BigDecimal>> reqs = requirements.getOrDefault(sku, new TreeMap<>());
    BigDecimal totalGross = BigDecimal.ZERO;
    for (Map.Entry<Integer, Map<Target, BigDecimal>> e : reqs.entrySet()) {
      for (BigDecimal q : e.getValue().values()) {
        gr[e.getKey()] = gr[e.getKey()].add(q);
        totalGross = totalGross.add(q);
      }
    }
    List<Receipt> rs = receipts.getOrDefault(sku, List.of());
    for (Receipt r : rs) {
      sr[r.period] = sr[r.period].add(r.quantity);
    }
    BigDecimal start = onHand.getOrDefault(sku, BigDecimal.ZERO);
    BigDecimal ss = isPhantom ? BigDecimal.ZERO : it.safetyStockValue();
    BigDecimal avgDemand = totalGross.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
    BigDecimal setup = it.orderingCostPerOrder().map(m -> m.amount()).orElse(BigDecimal.ZERO);
    BigDecimal holding = it.effectiveHoldingCost().orElse(BigDecimal.ZERO);

    List<Supply> supplies = new ArrayList<>();
    if (start.signum() > 0) {
      supplies.add(new Supply(SupplyKind.ON_HAND, "ON_HAND", 0, start));
    }
    List<List<Supply>> plannedByPeriod = new ArrayList<>();
    for (int t = 0; t <= n + 1; t++) {
      plannedByPeriod.add(new ArrayList<>());
    }
    int seq = 0;
    BigDecimal level = start;
    for (int t = 1; t <= n; t++) {
      BigDecimal available = level.add(sr[t]);
      BigDecimal end = available.subtract(gr[t]);
      if (end.compareTo(ss) < 0) {
        BigDecimal need = ss.subtract(end);
        nr[t] = need;
        List<BigDecimal> lots = isPhantom ? List.of(need) : lots(it, t, need, gr, sr, ss, avgDemand, setup, holding, counted);
        for (BigDecimal q : lots) {
          seq++;
          Supply s = new Supply(isPhantom ? SupplyKind.PHANTOM : SupplyKind.PLANNED_ORDER, sku.value() + "/" + seq, t, q);
          s.leadTime = isPhantom ? 0 : leadTime(it, q);
          s.idealRelease = t - s.leadTime;
          s.release = Math.max(1, s.idealRelease);
          s.releaseQuantity = isPhantom ? q : releaseQuantity(it, q, counted);
          porec[t] = porec[t].add(q);
          porel[s.release] = porel[s.release].add(s.releaseQuantity);
          end = end.add(q);
          plannedByPeriod.get(t).add(s);
        }
      }
      poh[t] = end;
      level = end;
    }
    int rsIdx = 0;
    List<Supply> receiptSupplies = new ArrayList<>();
    for (int t = 1; t <= n; t++) {
      while (rsIdx < rs.size() && rs.get(rsIdx).period == t) {
        Receipt r = rs.get(rsIdx++);
        Supply s = new Supply(SupplyKind.SCHEDULED_RECEIPT, r.source.id(), t, r.quantity);
        supplies.add(s);
        receiptSupplies.add(s);
      }
      supplies.addAll(plannedByPeriod.get(t));
    }
    peg(sku, start, reqs, supplies);

    List<Supply> planned = new ArrayList<>();
    for (int t = 1; t <= n; t++) {
      planned.addAll(plannedByPeriod.get(t));
    }
    for (Supply s : planned) {
      List<Peg> pegs = pegsOf(s, it.unit());
      if (s.kind == SupplyKind.PLANNED_ORDER) {
        plannedOrders.add(new PlannedOrder(s.id, sku, it.makeOrBuy(), s.period, s.release, s.idealRelease,
            cal.startOf(s.period), cal.startOf(s.release), qty(s.quantity, it.unit()),
            qty(s.releaseQuantity, it.unit()), pegs));
      }
      explode(sku, s, pegs);
    }
    records.add(new ItemRecord(sku, it.unit(), bom.lowLevelCode(sku), isPhantom, clean(start), clean(ss),
        row(gr), row(sr), row(poh), row(nr), row(porec), row(porel)));
    messages(it, planned, rs, receiptSupplies, poh, ss);
  }

  private List<BigDecimal> lots(PlanningItem it, int t, BigDecimal need, BigDecimal[] gr, BigDecimal[] sr,
      BigDecimal ss, BigDecimal avgDemand, BigDecimal setup, BigDecimal holding, boolean counted) {
    LotSizingRule rule = it.lotSizing();
    List<BigDecimal> profile = new ArrayList<>();
    profile.add(need);
    if (rule.looksAhead()) {
      BigDecimal level = ss;
      for (int k = t + 1; k <= n; k++) {
        BigDecimal end = level.add(sr[k]).subtract(gr[k]);
        if (end.compareTo(ss) < 0) {
          profile.add(ss.subtract(end));
          level = ss;
        } else {
          profile.add(BigDecimal.ZERO);
          level = end;
        }
      }
    }
    BigDecimal lot = rule.lotSize(new LotSizingContext(profile, avgDemand, setup, holding));
    if (lot.compareTo(need) < 0) {
      throw new IllegalStateException("lot-sizing rule " + rule.name() + " returned " + lot.toPlainString()
          + " for " + it.sku() + ", below the net requirement " + need.toPlainString());
    }
    lot = roundUp(lot, counted);
    BigDecimal min = it.orderMinimumValue();
    Optional<BigDecimal> multiple = it.orderMultipleValue();
    lot = modify(lot, min, multiple);
    List<BigDecimal> out = new ArrayList<>();
    Optional<BigDecimal> max = it.effectiveOrderMaximum();
    if (max.isPresent()) {
      BigDecimal m = max.get();
      if (lot.divide(m, 0, RoundingMode.CEILING).compareTo(BigDecimal.valueOf(MAX_SPLIT)) > 0) {
        throw new PlanningFailure(Rejection.of(Mrp.ORDER_MAXIMUM_TOO_SMALL, "item " + it.sku() + ": a lot of "
            + lot.toPlainString() + " " + it.unit() + " in " + cal.startOf(t) + " would be split into more than "
            + MAX_SPLIT + " orders by the order maximum " + m.toPlainString() + "; raise the maximum (最大订货量)"));
      }
      while (lot.compareTo(m) > 0) {
        out.add(m);
        lot = lot.subtract(m);
      }
      lot = roundUp(modify(lot, min, multiple), counted);
    }
    out.add(lot);
    List<BigDecimal> cleaned = new ArrayList<>(out.size());
    for (BigDecimal q : out) {
      cleaned.add(clean(q));
    }
    return cleaned;
  }

  private static BigDecimal modify(BigDecimal lot, BigDecimal min, Optional<BigDecimal> multiple) {
    BigDecimal q = lot.max(min);
    if (multiple.isPresent()) {
      q = q.divide(multiple.get(), 0, RoundingMode.CEILING).multiply(multiple.get());
    }
    return q;
  }

  private static BigDecimal roundUp(BigDecimal q, boolean counted) {
    return q.setScale(counted ? 0 : SCALE, RoundingMode.CEILING);
  }

  private static int leadTime(PlanningItem it, BigDecimal q) {
    if (it.leadTimePerUnit().signum() == 0) {
      return it.leadTimePeriods();
    }
    BigDecimal extra = q.multiply(it.leadTimePerUnit()).setScale(0, RoundingMode.CEILING);
    return it.leadTimePeriods() + extra.min(BigDecimal.valueOf(PlanningCalendar.MAX_PERIODS)).intValueExact();
  }

  private static BigDecimal releaseQuantity(PlanningItem it, BigDecimal q, boolean counted) {
    if (it.yieldPercent().compareTo(HUNDRED) == 0) {
      return q;
    }
    return clean(q.multiply(HUNDRED).divide(it.yieldPercent(), counted ? 0 : SCALE, RoundingMode.CEILING));
  }

  // ---------------------------------------------------------------- pegging

  private void peg(Sku sku, BigDecimal start, TreeMap<Integer, Map<Target, BigDecimal>> reqs, List<Supply> supplies) {
    List<Object[]> ordered = new ArrayList<>();
    if (start.signum() < 0) {
      ordered.add(new Object[] {1, STOCK, start.negate()});
    }
    for (Map.Entry<Integer, Map<Target, BigDecimal>> e : reqs.entrySet()) {
      List<Map.Entry<Target, BigDecimal>> inPeriod = new ArrayList<>(e.getValue().entrySet());
      inPeriod.sort(Map.Entry.comparingByKey(PRIORITY));
      for (Map.Entry<Target, BigDecimal> te : inPeriod) {
        ordered.add(new Object[] {e.getKey(), te.getKey(), te.getValue()});
      }
    }
    int si = 0;
    for (Object[] req : ordered) {
      int period = (Integer) req[0];
      Target target = (Target) req[1];
      BigDecimal need = (BigDecimal) req[2];
      while (need.signum() > 0) {
        while (si < supplies.size() && supplies.get(si).remaining.signum() == 0) {
          si++;
        }
        if (si >= supplies.size() || supplies.get(si).period > period) {
          throw new IllegalStateException("pegging found no supply for " + sku + " in period " + period);
        }
        Supply s = supplies.get(si);
        BigDecimal take = s.remaining.min(need);
        allocate(sku, s, period, target, take);
        s.remaining = s.remaining.subtract(take);
        need = need.subtract(take);
      }
    }
    for (Supply s : supplies) {
      if (s.remaining.signum() > 0) {
        allocate(sku, s, Math.max(1, s.period), STOCK, s.remaining);
        s.remaining = BigDecimal.ZERO;
      }
    }
  }

  private void allocate(Sku sku, Supply s, int needPeriod, Target target, BigDecimal qty) {
    Unit unit = items.get(sku).unit();
    Peg peg = new Peg(target.id, target.order, target.line, qty(qty, unit));
    Allocation a = new Allocation(sku, s.kind, s.id, s.period, needPeriod, cal.startOf(needPeriod), peg);
    s.allocations.add(a);
    allocations.add(a);
  }

  private static List<Peg> pegsOf(Supply s, Unit unit) {
    Map<Optional<DemandId>, Peg> merged = new LinkedHashMap<>();
    for (Allocation a : s.allocations) {
      Peg p = a.peg();
      merged.merge(p.demand(), p, (x, y) -> new Peg(x.demand(), x.orderId(), x.lineNo(), x.quantity().plus(y.quantity())));
    }
    return List.copyOf(merged.values());
  }

  /** Passes a planned order's (or phantom's) release to its components, keeping its pegs. */
  private void explode(Sku sku, Supply s, List<Peg> pegs) {
    List<BomLine> lines = bom.componentsOf(sku);
    if (lines.isEmpty()) {
      return;
    }
    LocalDate releaseDate = cal.startOf(s.release);
    for (BomLine l : lines) {
      if (!l.isEffectiveOn(releaseDate)) {
        continue;
      }
      BigDecimal gross = s.releaseQuantity.multiply(l.quantityPerIncludingScrap()).setScale(SCALE, RoundingMode.CEILING);
      BigDecimal given = BigDecimal.ZERO;
      for (int i = 0; i < pegs.size(); i++) {
        Peg p = pegs.get(i);
        BigDecimal share = i == pegs.size() - 1 ? gross.subtract(given)
            : gross.multiply(p.quantity().value()).divide(s.quantity, SCALE, RoundingMode.DOWN);
        given = given.add(share);
        Target t = p.demand().map(targetById::get).orElse(STOCK);
        addRequirement(l.component(), s.release, t, clean(share));
      }
    }
  }

  // ---------------------------------------------------------------- messages

  private void messages(PlanningItem it, List<Supply> planned, List<Receipt> rs, List<Supply> receiptSupplies,
      BigDecimal[] poh, BigDecimal ss) {
    Sku sku = it.sku();
    Unit unit = it.unit();
    List<ActionMessage> out = new ArrayList<>();
    for (Supply s : planned) {
      if (s.kind != SupplyKind.PLANNED_ORDER) {
        continue;
      }
      if (s.idealRelease < 1) {
        int arrival = 1 + s.leadTime;
        long days = cal.daysBetween(s.period, arrival);
        List<AtRisk> risk = atRisk(s, arrival, unit);
        LocalDate arrivalDate = cal.startOf(arrival);
        out.add(new ActionMessage(ActionType.PAST_DUE_RELEASE, sku, s.id, qty(s.releaseQuantity, unit),
            cal.startOf(s.idealRelease), Optional.of(arrivalDate), risk,
            "release " + s.id + " (" + qty(s.releaseQuantity, unit) + " of " + sku + ") today: it should have been "
                + "released on " + cal.startOf(s.idealRelease) + " to arrive on " + cal.startOf(s.period)
                + "; released today it arrives about " + arrivalDate + ", " + days + " days late"
                + (risk.isEmpty() ? "" : "; customer orders at risk (交期风险): " + describe(risk))));
        for (AtRisk r : risk) {
          out.add(new ActionMessage(ActionType.SHORTAGE, sku, r.demand().value(), r.quantity(),
              cal.startOf(s.period), Optional.of(arrivalDate), List.of(r),
              r.demand() + " will be short of " + r.quantity() + " of " + sku + " (缺料) when it is needed"
                  + "; the material can arrive about " + arrivalDate
                  + ", " + r.daysLate() + " days late"));
        }
      } else if (s.idealRelease == 1) {
        out.add(new ActionMessage(ActionType.RELEASE, sku, s.id, qty(s.releaseQuantity, unit), cal.startOf(1),
            Optional.empty(), List.of(), "release " + s.id + " (" + qty(s.releaseQuantity, unit) + " of " + sku
                + ") today (下达) to receive it on " + cal.startOf(s.period)));
      }
    }
    int firstPlanned = Integer.MAX_VALUE;
    for (Supply s : planned) {
      firstPlanned = Math.min(firstPlanned, s.period);
    }
    for (int i = 0; i < rs.size(); i++) {
      Receipt r = rs.get(i);
      Supply s = receiptSupplies.get(i);
      Quantity q = qty(r.quantity, unit);
      String id = r.source.id();
      if (r.source.due().isBefore(cal.start())) {
        out.add(new ActionMessage(ActionType.EXPEDITE, sku, id, q, r.source.due(), Optional.of(cal.start()),
            List.of(), "open order " + id + " (" + q + " of " + sku + ") was due " + r.source.due()
                + " and has not arrived; it is counted as arriving today — chase the supplier (催货)"));
        continue;
      }
      int firstNeed = Integer.MAX_VALUE;
      for (Allocation a : s.allocations) {
        if (!a.peg().isStock()) {
          firstNeed = Math.min(firstNeed, a.needPeriod());
        }
      }
      if (firstPlanned < r.period) {
        out.add(new ActionMessage(ActionType.EXPEDITE, sku, id, q, r.source.due(),
            Optional.of(cal.startOf(firstPlanned)), List.of(),
            "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due() + ") is needed earlier: expedite it to "
                + cal.startOf(firstPlanned) + " (提前) and the planned order for that date can be reduced"));
      } else if (firstNeed == Integer.MAX_VALUE) {
        boolean excess = true;
        for (int t = r.period; t <= n; t++) {
          if (poh[t].subtract(r.quantity).compareTo(ss) < 0) {
            excess = false;
            break;
          }
        }
        if (excess) {
          out.add(new ActionMessage(ActionType.CANCEL, sku, id, q, r.source.due(), Optional.empty(), List.of(),
              "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due()
                  + ") is not needed by any order in the horizon: cancel it (取消)"));
        }
      } else if (firstNeed > r.period) {
        out.add(new ActionMessage(ActionType.DEFER, sku, id, q, r.source.due(), Optional.of(cal.startOf(firstNeed)),
            List.of(), "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due()
                + ") is first needed on " + cal.startOf(firstNeed) + ": it can be deferred (推迟)"));
      }
    }
    out.sort(Comparator.comparing(ActionMessage::type).thenComparing(ActionMessage::reference));
    messages.addAll(out);
  }

  /**
   * The demands a past-due supply makes late: each allocation whose need period starts before the supply
   * can arrive, with the calendar days between the need date and the arrival (the worst per demand).
   */
  private List<AtRisk> atRisk(Supply s, int arrival, Unit unit) {
    Map<DemandId, AtRisk> out = new TreeMap<>();
    for (Allocation a : s.allocations) {
      Peg p = a.peg();
      long days = cal.daysBetween(a.needPeriod(), arrival);
      if (p.demand().isPresent() && days > 0) {
        out.merge(p.demand().get(), new AtRisk(p.demand().get(), p.orderId(), p.lineNo(), p.quantity(), days),
            (x, y) -> new AtRisk(x.demand(), x.orderId(), x.lineNo(), x.quantity().plus(y.quantity()),
                Math.max(x.daysLate(), y.daysLate())));
      }
    }
    return List.copyOf(out.values());
  }

  private static String describe(List<AtRisk> risk) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (AtRisk r : risk) {
      if (shown == 10) {
        b.append(" and ").append(risk.size() - shown).append(" more");
        break;
      }
      shown++;
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(r.orderId().map(o -> "order " + o + r.lineNo().map(l -> " line " + l).orElse(""))
          .orElse("forecast " + r.demand()));
      b.append(" (").append(r.quantity()).append(')');
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- helpers

  private static BigDecimal[] zeros(int size) {
    BigDecimal[] a = new BigDecimal[size];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  private List<BigDecimal> row(BigDecimal[] a) {
    List<BigDecimal> out = new ArrayList<>(n);
    for (int t = 1; t <= n; t++) {
      out.add(clean(a[t]));
    }
    return out;
  }

  private static BigDecimal clean(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }

  private static Quantity qty(BigDecimal v, Unit unit) {
    return Quantity.of(v, unit);
  }
}

package org.gendan.scheduling.mrp.internal;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.gendan.scheduling.mrp.ParentOrder;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PeriodValues;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.SupplyKind;
import org.gendan.scheduling.mrp.lotsizing.LotSizingContext;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;

/**
 * The BigDecimal MRP engine that gendan shipped before the fixed-point engine: kept in the tests as an
 * oracle, so the property tests can check the fast engine against it number for number.
 *
 * <p>One instance per run; not thread-safe, not reused. See the package documentation of
 * {@code org.gendan.scheduling.mrp} for the conventions it implements.
 *
 * <p>Work is proportional to the size of the plan, not to items × periods: items are indexed by int,
 * each item's requirements are kept in primitive arrays, the netting loop visits only the periods in
 * which something happens (period 1, requirements, receipts), and pegging is single-level: a supply is
 * allocated to the requirements one level up (a demand, a parent's planned order, or stock), so the
 * number of pegs grows with the number of planned orders and BOM lines, never with the number of
 * customer orders a deep component ultimately serves.
 */
public final class ReferenceMrpEngine {

  /** The reference engine's outcome, as the public lists of a result. */
  public record Outcome(List<ItemRecord> records, List<PlannedOrder> plannedOrders, List<Allocation> allocations,
      List<ActionMessage> actionMessages) {}


  private static final int SCALE = Quantity.MAX_SCALE;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Target code of stock kept; demands are 0.., parent supplies are -2 - supply index. */
  private static final int STOCK = -1;

  /** A supply of one item: on hand, a scheduled receipt, a planned order or a phantom pass-through. */
  private static final class Supply {
    final int item;
    final SupplyKind kind;
    final String id;
    final int period;
    final BigDecimal quantity;
    BigDecimal remaining;
    int idealRelease;
    int release;
    BigDecimal releaseQuantity;
    int leadTime;
    int index;
    int allocStart;
    int allocEnd;
    /** The most urgent thing this supply serves, through all levels: rank, due day, demand id. */
    int prioRank = Integer.MAX_VALUE;
    long prioDue = Long.MAX_VALUE;
    String prioId = "";
    ParentOrder ref;

    Supply(int item, SupplyKind kind, String id, int period, BigDecimal quantity) {
      this.item = item;
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

  /** The requirements of one item: period, target code and quantity in parallel arrays. */
  private static final class Reqs {
    int size;
    int[] period = new int[4];
    int[] target = new int[4];
    BigDecimal[] qty = new BigDecimal[4];

    void add(int p, int t, BigDecimal q) {
      if (size == period.length) {
        int cap = size * 2;
        period = Arrays.copyOf(period, cap);
        target = Arrays.copyOf(target, cap);
        qty = Arrays.copyOf(qty, cap);
      }
      period[size] = p;
      target[size] = t;
      qty[size] = q;
      size++;
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
  private final LocalDate[] periodStart;

  private Sku[] skus;
  private PlanningItem[] its;
  private final Map<Sku, Integer> index = new HashMap<>();
  private boolean[] phantom;
  private BigDecimal[] onHand;
  private List<List<Receipt>> receipts;
  private Reqs[] reqs;
  private int[][] children;
  private BomLine[][] childLines;

  private Demand[] demands;
  private int[] demandRank;
  private long[] demandDue;
  private Optional<DemandId>[] demandIds;

  private final List<Supply> supplies = new ArrayList<>();
  private int allocCount;
  private int[] allocSupply = new int[1024];
  private int[] allocTarget = new int[1024];
  private int[] allocNeed = new int[1024];
  private BigDecimal[] allocQty = new BigDecimal[1024];

  private final List<ItemRecord> records = new ArrayList<>();
  private final List<PlannedOrder> plannedOrders = new ArrayList<>();
  private final List<ActionMessage> messages = new ArrayList<>();

  // scratch rows reused across items (null means zero)
  private final BigDecimal[] gr;
  private final BigDecimal[] sr;

  private ReferenceMrpEngine(MrpProblem problem) {
    this.problem = problem;
    this.cal = problem.calendar();
    this.n = cal.periods();
    this.bom = problem.bom();
    this.periodStart = new LocalDate[n + 2];
    for (int t = 1; t <= n + 1; t++) {
      periodStart[t] = cal.startOf(t);
    }
    this.gr = new BigDecimal[n + 2];
    this.sr = new BigDecimal[n + 2];
  }

  private LocalDate startOf(int period) {
    return period >= 1 && period <= n + 1 ? periodStart[period] : cal.startOf(period);
  }

  /** Runs MRP on the problem. */
  public static Either<Rejection, Outcome> run(MrpProblem problem) {
    ReferenceMrpEngine e = new ReferenceMrpEngine(problem);
    Optional<Rejection> bad = e.load();
    if (bad.isPresent()) {
      return Either.left(bad.get());
    }
    try {
      e.plan();
    } catch (PlanningFailure f) {
      return Either.left(f.rejection);
    }
    return Either.right(new Outcome(List.copyOf(e.records), List.copyOf(e.plannedOrders), List.copyOf(e.allocations()),
        List.copyOf(e.messages)));
  }

  // ---------------------------------------------------------------- loading and checks

  private static Optional<Rejection> reject(String code, String message) {
    return Optional.of(Rejection.of(code, message));
  }

  @SuppressWarnings("unchecked")
  private Optional<Rejection> load() {
    TreeMap<Sku, PlanningItem> sorted = new TreeMap<>();
    for (PlanningItem it : problem.items()) {
      if (sorted.put(it.sku(), it) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + it.sku() + " has planning parameters twice (物料重复)");
      }
    }
    int m = sorted.size();
    skus = new Sku[m];
    its = new PlanningItem[m];
    int k = 0;
    for (PlanningItem it : sorted.values()) {
      skus[k] = it.sku();
      its[k] = it;
      index.put(it.sku(), k);
      k++;
    }
    phantom = new boolean[m];
    onHand = new BigDecimal[m];
    reqs = new Reqs[m];
    receipts = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      receipts.add(null);
    }
    for (PlanningItem it : its) {
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
      if (!index.containsKey(l.parent())) {
        return unknown(l.parent(), "BOM line " + l.parent() + " -> " + l.component());
      }
      if (!index.containsKey(l.component())) {
        return unknown(l.component(), "BOM line " + l.parent() + " -> " + l.component());
      }
    }
    children = new int[m][];
    childLines = new BomLine[m][];
    for (int i = 0; i < m; i++) {
      Sku s = skus[i];
      boolean itemPhantom = its[i].phantom();
      List<BomLine> uses = bom.whereUsed(s);
      boolean anyLine = false;
      boolean allLines = !uses.isEmpty();
      for (BomLine l : uses) {
        anyLine |= l.phantom();
        allLines &= l.phantom();
      }
      if (anyLine && !allLines && !itemPhantom) {
        return reject(Mrp.PHANTOM_MISMATCH, "item " + s + " is a phantom (虚拟件) in some BOM lines but not in others;"
            + " mark it phantom in its planning parameters or in every line");
      }
      phantom[i] = itemPhantom || allLines;
      List<BomLine> comps = bom.componentsOf(s);
      if (phantom[i] && comps.isEmpty()) {
        return reject(Mrp.PHANTOM_WITHOUT_COMPONENTS, "item " + s + " is a phantom (虚拟件) but has no components;"
            + " its requirements would be lost — plan it as a normal item or give it a bill of materials");
      }
      childLines[i] = comps.toArray(new BomLine[0]);
      children[i] = new int[childLines[i].length];
      for (int c = 0; c < childLines[i].length; c++) {
        children[i][c] = index.get(childLines[i][c].component());
      }
    }
    for (InventoryPosition p : problem.inventory()) {
      Integer i = index.get(p.sku());
      if (i == null) {
        return unknown(p.sku(), "inventory position");
      }
      PlanningItem it = its[i];
      if (!p.onHand().unit().isConvertibleTo(it.unit())) {
        return unitMismatch(p.sku(), "stock", p.onHand().unit(), it.unit());
      }
      if (onHand[i] != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + p.sku() + " has two inventory positions; give one per item");
      }
      onHand[i] = p.available().to(it.unit()).value();
    }
    Map<String, Boolean> receiptIds = new HashMap<>();
    List<ScheduledReceipt> sortedReceipts = new ArrayList<>(problem.scheduledReceipts());
    sortedReceipts.sort(Comparator.comparing(ScheduledReceipt::due).thenComparing(ScheduledReceipt::id));
    for (ScheduledReceipt r : sortedReceipts) {
      Integer i = index.get(r.sku());
      if (i == null) {
        return unknown(r.sku(), "scheduled receipt " + r.id());
      }
      PlanningItem it = its[i];
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
      if (receipts.get(i) == null) {
        receipts.set(i, new ArrayList<>());
      }
      receipts.get(i).add(new Receipt(r, period, r.quantity().to(it.unit()).value()));
    }
    List<Demand> ds = problem.demands();
    demands = new Demand[ds.size()];
    demandRank = new int[ds.size()];
    demandDue = new long[ds.size()];
    demandIds = new Optional[ds.size()];
    Map<DemandId, Boolean> seen = new HashMap<>();
    for (int d = 0; d < ds.size(); d++) {
      Demand dm = ds.get(d);
      Integer i = index.get(dm.sku());
      if (i == null) {
        return unknown(dm.sku(), "demand " + dm.id());
      }
      PlanningItem it = its[i];
      if (seen.put(dm.id(), Boolean.TRUE) != null) {
        return reject(Mrp.DUPLICATE_ENTRY, "demand id " + dm.id() + " is used twice");
      }
      if (!dm.quantity().unit().isConvertibleTo(it.unit())) {
        return unitMismatch(dm.sku(), "demand " + dm.id(), dm.quantity().unit(), it.unit());
      }
      if (dm.due().isBefore(cal.start())) {
        return reject(Mrp.DEMAND_BEFORE_HORIZON, "demand " + dm.id() + " is due " + dm.due()
            + ", before the planning start " + cal.start() + "; agree a new delivery date (交期) first");
      }
      if (dm.due().isAfter(cal.end())) {
        return reject(Mrp.DEMAND_AFTER_HORIZON, "demand " + dm.id() + " is due " + dm.due()
            + ", after the horizon ends " + cal.end() + "; extend the planning horizon (计划期)");
      }
      demands[d] = dm;
      demandRank[d] = dm.tier().ordinal() * 2 + (dm.isCustomerOrder() ? 0 : 1);
      demandDue[d] = dm.due().toEpochDay();
      demandIds[d] = Optional.of(dm.id());
      addRequirement(i, cal.periodOf(dm.due()), d, dm.quantity().to(it.unit()).value());
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

  private void addRequirement(int item, int period, int target, BigDecimal qty) {
    if (qty.signum() == 0) {
      return;
    }
    Reqs r = reqs[item];
    if (r == null) {
      r = new Reqs();
      reqs[item] = r;
    }
    r.add(period, target, qty);
  }

  private void allocate(int supply, int needPeriod, int target, BigDecimal qty) {
    if (allocCount == allocSupply.length) {
      int cap = allocCount * 2;
      allocSupply = Arrays.copyOf(allocSupply, cap);
      allocTarget = Arrays.copyOf(allocTarget, cap);
      allocNeed = Arrays.copyOf(allocNeed, cap);
      allocQty = Arrays.copyOf(allocQty, cap);
    }
    allocSupply[allocCount] = supply;
    allocTarget[allocCount] = target;
    allocNeed[allocCount] = needPeriod;
    allocQty[allocCount] = qty;
    allocCount++;
  }

  // ---------------------------------------------------------------- planning

  private void plan() {
    Integer[] order = new Integer[skus.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int[] llc = new int[skus.length];
    for (int i = 0; i < llc.length; i++) {
      llc[i] = bom.lowLevelCode(skus[i]);
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> llc[i]).thenComparingInt(i -> i));
    for (Integer i : order) {
      planItem(i, llc[i]);
    }
  }

  /** The requirement order inside one period: the most urgent first (see the package documentation). */
  private int compareTargets(int a, int b) {
    int ra = rankOf(a);
    int rb = rankOf(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    int c = Long.compare(dueOf(a), dueOf(b));
    if (c != 0) {
      return c;
    }
    c = idOf(a).compareTo(idOf(b));
    if (c != 0) {
      return c;
    }
    int ka = a >= 0 ? 0 : a == STOCK ? 2 : 1;
    int kb = b >= 0 ? 0 : b == STOCK ? 2 : 1;
    if (ka != kb) {
      return Integer.compare(ka, kb);
    }
    return Integer.compare(-a, -b);
  }

  private int rankOf(int target) {
    return target >= 0 ? demandRank[target] : target == STOCK ? Integer.MAX_VALUE : supplies.get(-2 - target).prioRank;
  }

  private long dueOf(int target) {
    return target >= 0 ? demandDue[target] : target == STOCK ? Long.MAX_VALUE : supplies.get(-2 - target).prioDue;
  }

  private String idOf(int target) {
    return target >= 0 ? demands[target].id().value() : target == STOCK ? "" : supplies.get(-2 - target).prioId;
  }

  private static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  private void planItem(int i, int llc) {
    PlanningItem it = its[i];
    boolean isPhantom = phantom[i];
    boolean counted = it.unit().isCounted();
    Reqs rq = reqs[i];
    int rc = rq == null ? 0 : rq.size;
    reqs[i] = null;
    Integer[] reqOrder = new Integer[rc];
    for (int j = 0; j < rc; j++) {
      reqOrder[j] = j;
    }
    if (rc > 1) {
      Arrays.sort(reqOrder, (x, y) -> {
        int c = Integer.compare(rq.period[x], rq.period[y]);
        return c != 0 ? c : compareTargets(rq.target[x], rq.target[y]);
      });
    }
    List<Receipt> rs = receipts.get(i) == null ? List.of() : receipts.get(i);
    int[] events = new int[rc + rs.size() + 1];
    int ec = 0;
    events[ec++] = 1;
    BigDecimal totalGross = BigDecimal.ZERO;
    for (int j = 0; j < rc; j++) {
      int t = rq.period[reqOrder[j]];
      BigDecimal q = rq.qty[reqOrder[j]];
      gr[t] = gr[t] == null ? q : gr[t].add(q);
      totalGross = totalGross.add(q);
      if (events[ec - 1] != t) {
        events[ec++] = t;
      }
    }
    for (Receipt r : rs) {
      sr[r.period] = sr[r.period] == null ? r.quantity : sr[r.period].add(r.quantity);
      events[ec++] = r.period;
    }
    Arrays.sort(events, 0, ec);
    int distinct = 0;
    for (int e = 0; e < ec; e++) {
      if (distinct == 0 || events[distinct - 1] != events[e]) {
        events[distinct++] = events[e];
      }
    }
    ec = distinct;

    BigDecimal start = onHand[i] == null ? BigDecimal.ZERO : onHand[i];
    BigDecimal ss = isPhantom ? BigDecimal.ZERO : it.safetyStockValue();
    BigDecimal avgDemand = totalGross.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
    BigDecimal setup = it.orderingCostPerOrder().map(m -> m.amount()).orElse(BigDecimal.ZERO);
    BigDecimal holding = it.effectiveHoldingCost().orElse(BigDecimal.ZERO);

    BigDecimal[] grAt = new BigDecimal[ec];
    BigDecimal[] srAt = new BigDecimal[ec];
    BigDecimal[] nrAt = new BigDecimal[ec];
    BigDecimal[] porecAt = new BigDecimal[ec];
    BigDecimal[] pohAt = new BigDecimal[ec];
    TreeMap<Integer, BigDecimal> porel = new TreeMap<>();
    List<Supply> planned = new ArrayList<>();
    int[] plannedFrom = new int[ec + 1];
    int seq = 0;
    BigDecimal level = start;
    String prefix = skus[i].value() + "/";
    for (int e = 0; e < ec; e++) {
      int t = events[e];
      plannedFrom[e] = planned.size();
      grAt[e] = nz(gr[t]);
      srAt[e] = nz(sr[t]);
      nrAt[e] = BigDecimal.ZERO;
      porecAt[e] = BigDecimal.ZERO;
      BigDecimal end = level.add(srAt[e]).subtract(grAt[e]);
      if (end.compareTo(ss) < 0) {
        BigDecimal need = ss.subtract(end);
        nrAt[e] = need;
        List<BigDecimal> lots = isPhantom ? List.of(need) : lots(it, t, need, ss, avgDemand, setup, holding, counted);
        for (BigDecimal q : lots) {
          seq++;
          Supply s = new Supply(i, isPhantom ? SupplyKind.PHANTOM : SupplyKind.PLANNED_ORDER, prefix + seq, t, q);
          s.leadTime = isPhantom ? 0 : leadTime(it, q);
          s.idealRelease = t - s.leadTime;
          s.release = Math.max(1, s.idealRelease);
          s.releaseQuantity = isPhantom ? q : releaseQuantity(it, q, counted);
          porecAt[e] = porecAt[e].add(q);
          porel.merge(s.release, s.releaseQuantity, BigDecimal::add);
          end = end.add(q);
          planned.add(s);
        }
      }
      pohAt[e] = end;
      level = end;
    }
    plannedFrom[ec] = planned.size();
    for (int e = 0; e < ec; e++) {
      gr[events[e]] = null;
      sr[events[e]] = null;
    }

    // supplies in pegging order: on hand, then per period its receipts and its planned orders
    List<Integer> order = new ArrayList<>();
    if (start.signum() > 0) {
      order.add(addSupply(new Supply(i, SupplyKind.ON_HAND, "ON_HAND", 0, start)));
    }
    int[] receiptSupply = new int[rs.size()];
    int rsIdx = 0;
    for (int e = 0; e < ec; e++) {
      int t = events[e];
      while (rsIdx < rs.size() && rs.get(rsIdx).period == t) {
        Receipt r = rs.get(rsIdx);
        receiptSupply[rsIdx] = addSupply(new Supply(i, SupplyKind.SCHEDULED_RECEIPT, r.source.id(), t, r.quantity));
        order.add(receiptSupply[rsIdx]);
        rsIdx++;
      }
      for (int p = plannedFrom[e]; p < plannedFrom[e + 1]; p++) {
        order.add(addSupply(planned.get(p)));
      }
    }
    int firstAlloc = allocCount;
    peg(i, start, rq, reqOrder, order);
    for (int a = firstAlloc; a < allocCount; a++) {
      Supply s = supplies.get(allocSupply[a]);
      if (s.allocEnd == 0) {
        s.allocStart = a;
      }
      s.allocEnd = a + 1;
    }
    Unit unit = it.unit();
    for (Supply s : planned) {
      inheritPriority(s);
      s.ref = new ParentOrder(skus[i], s.kind, s.id);
      if (s.kind == SupplyKind.PLANNED_ORDER) {
        plannedOrders.add(new PlannedOrder(s.id, skus[i], it.makeOrBuy(), s.period, s.release, s.idealRelease,
            startOf(s.period), startOf(s.release), qty(s.quantity, unit), qty(s.releaseQuantity, unit), pegsOf(s, unit)));
      }
    }
    explode(i, planned);
    records.add(new ItemRecord(skus[i], unit, llc, isPhantom, clean(start), clean(ss),
        row(events, grAt, ec), row(events, srAt, ec), row(events, nrAt, ec), row(events, porecAt, ec), row(porel)));
    messages(i, it, planned, rs, receiptSupply, events, pohAt, ec, ss);
  }

  private int addSupply(Supply s) {
    s.index = supplies.size();
    supplies.add(s);
    return supplies.size() - 1;
  }

  private void inheritPriority(Supply s) {
    for (int a = s.allocStart; a < s.allocEnd; a++) {
      int t = allocTarget[a];
      int r = rankOf(t);
      long d = dueOf(t);
      String id = idOf(t);
      if (r < s.prioRank || r == s.prioRank && (d < s.prioDue || d == s.prioDue && id.compareTo(s.prioId) < 0)) {
        s.prioRank = r;
        s.prioDue = d;
        s.prioId = id;
      }
    }
  }

  private PeriodValues row(int[] at, BigDecimal[] values, int count) {
    return PeriodValues.of(n, at, values, count);
  }

  private PeriodValues row(TreeMap<Integer, BigDecimal> values) {
    int[] at = new int[values.size()];
    BigDecimal[] v = new BigDecimal[values.size()];
    int k = 0;
    for (Map.Entry<Integer, BigDecimal> e : values.entrySet()) {
      at[k] = e.getKey();
      v[k] = e.getValue();
      k++;
    }
    return PeriodValues.of(n, at, v, k);
  }
  private List<BigDecimal> lots(PlanningItem it, int t, BigDecimal need, BigDecimal ss, BigDecimal avgDemand, BigDecimal setup, BigDecimal holding, boolean counted) {
    LotSizingRule rule = it.lotSizing();
    List<BigDecimal> profile = new ArrayList<>();
    profile.add(need);
    if (rule.looksAhead()) {
      BigDecimal level = ss;
      int last = (int) Math.min(n, (long) t + rule.lookAheadPeriods() - 1);
      for (int k = t + 1; k <= last; k++) {
        if (sr[k] == null && gr[k] == null && level.compareTo(ss) >= 0) {
          profile.add(BigDecimal.ZERO);
          continue;
        }
        BigDecimal end = level.add(nz(sr[k])).subtract(nz(gr[k]));
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
            + lot.toPlainString() + " " + it.unit() + " in " + startOf(t) + " would be split into more than "
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

  /** First-in-first-out allocation of the item's supplies (in pegging order) to its sorted requirements. */
  private void peg(int item, BigDecimal start, Reqs rq, Integer[] reqOrder, List<Integer> order) {
    int si = 0;
    if (start.signum() < 0) {
      si = pegOne(item, order, si, 1, STOCK, start.negate());
    }
    for (Integer j : reqOrder) {
      si = pegOne(item, order, si, rq.period[j], rq.target[j], rq.qty[j]);
    }
    for (int k = si; k < order.size(); k++) {
      Supply s = supplies.get(order.get(k));
      if (s.remaining.signum() > 0) {
        allocate(order.get(k), Math.max(1, s.period), STOCK, s.remaining);
        s.remaining = BigDecimal.ZERO;
      }
    }
  }

  private int pegOne(int item, List<Integer> order, int si, int period, int target, BigDecimal need) {
    while (need.signum() > 0) {
      while (si < order.size() && supplies.get(order.get(si)).remaining.signum() == 0) {
        si++;
      }
      if (si >= order.size() || supplies.get(order.get(si)).period > period) {
        throw new IllegalStateException("pegging found no supply for " + skus[item] + " in period " + period);
      }
      Supply s = supplies.get(order.get(si));
      BigDecimal take = s.remaining.min(need);
      allocate(order.get(si), period, target, take);
      s.remaining = s.remaining.subtract(take);
      need = need.subtract(take);
    }
    return si;
  }

  private Peg pegTo(int target, Quantity q) {
    if (target >= 0) {
      Demand d = demands[target];
      return Peg.toDemand(demandIds[target], d.orderId(), d.lineNo(), q);
    }
    if (target == STOCK) {
      return Peg.toDemand(Optional.empty(), Optional.empty(), Optional.empty(), q);
    }
    return new Peg(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(supplies.get(-2 - target).ref), q);
  }

  /** The single-level pegs of a supply, merged per target in order of first allocation. */
  private List<Peg> pegsOf(Supply s, Unit unit) {
    if (s.allocEnd - s.allocStart == 1) {
      return List.of(pegTo(allocTarget[s.allocStart], qty(allocQty[s.allocStart], unit)));
    }
    Map<Integer, BigDecimal> merged = new LinkedHashMap<>();
    for (int a = s.allocStart; a < s.allocEnd; a++) {
      merged.merge(allocTarget[a], allocQty[a], BigDecimal::add);
    }
    List<Peg> out = new ArrayList<>(merged.size());
    for (Map.Entry<Integer, BigDecimal> e : merged.entrySet()) {
      out.add(pegTo(e.getKey(), qty(e.getValue(), unit)));
    }
    return List.copyOf(out);
  }

  /** Passes each planned order's (or phantom's) release to its components as one dependent requirement per BOM line. */
  private void explode(int item, List<Supply> planned) {
    BomLine[] lines = childLines[item];
    if (lines.length == 0 || planned.isEmpty()) {
      return;
    }
    BigDecimal[] per = new BigDecimal[lines.length];
    for (int c = 0; c < lines.length; c++) {
      per[c] = lines[c].quantityPerIncludingScrap();
    }
    for (Supply s : planned) {
      int sIndex = s.index;
      LocalDate releaseDate = startOf(s.release);
      for (int c = 0; c < lines.length; c++) {
        if (!lines[c].isEffectiveOn(releaseDate)) {
          continue;
        }
        BigDecimal product = s.releaseQuantity.multiply(per[c]);
        // within SCALE decimals the rounding is exact, and the canonical form is the same without it
        BigDecimal gross = clean(product.scale() <= SCALE ? product : product.setScale(SCALE, RoundingMode.CEILING));
        addRequirement(children[item][c], s.release, -2 - sIndex, gross);
      }
    }
  }

  /**
   * The allocations as public values, in the order pegging found them (item by item in planning order):
   * a read-only list over the engine's compact arrays that builds each {@link Allocation} when read.
   */
  private List<Allocation> allocations() {
    Unit[] units = new Unit[skus.length];
    for (int i = 0; i < skus.length; i++) {
      units[i] = its[i].unit();
    }
    return new CompactAllocations(this, units, allocCount);
  }

  /** Immutable view of the allocations; holds the engine's arrays, never changes after the run. */
  private static final class CompactAllocations extends java.util.AbstractList<Allocation>
      implements java.util.RandomAccess {
    private final ReferenceMrpEngine e;
    private final Unit[] units;
    private final int size;

    CompactAllocations(ReferenceMrpEngine e, Unit[] units, int size) {
      this.e = e;
      this.units = units;
      this.size = size;
    }

    @Override
    public Allocation get(int a) {
      java.util.Objects.checkIndex(a, size);
      Supply s = e.supplies.get(e.allocSupply[a]);
      int need = e.allocNeed[a];
      return new Allocation(e.skus[s.item], s.kind, s.id, s.period, need, e.startOf(need),
          e.pegTo(e.allocTarget[a], qty(e.allocQty[a], units[s.item])));
    }

    @Override
    public int size() {
      return size;
    }
  }

  // ---------------------------------------------------------------- messages

  private void messages(int item, PlanningItem it, List<Supply> planned, List<Receipt> rs, int[] receiptSupply,
      int[] events, BigDecimal[] pohAt, int ec, BigDecimal ss) {
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
        LocalDate arrivalDate = startOf(arrival);
        out.add(new ActionMessage(ActionType.PAST_DUE_RELEASE, sku, s.id, qty(s.releaseQuantity, unit),
            startOf(s.idealRelease), Optional.of(arrivalDate), risk,
            "release " + s.id + " (" + qty(s.releaseQuantity, unit) + " of " + sku + ") today: it should have been "
                + "released on " + startOf(s.idealRelease) + " to arrive on " + startOf(s.period)
                + "; released today it arrives about " + arrivalDate + ", " + days + " days late"
                + (risk.isEmpty() ? "" : "; customer orders at risk (交期风险): " + describe(risk))
                + delayedParents(s, arrival)));
        for (AtRisk r : risk) {
          out.add(new ActionMessage(ActionType.SHORTAGE, sku, r.demand().value(), r.quantity(),
              startOf(s.period), Optional.of(arrivalDate), List.of(r),
              r.demand() + " will be short of " + r.quantity() + " of " + sku + " (缺料) when it is needed"
                  + "; the material can arrive about " + arrivalDate
                  + ", " + r.daysLate() + " days late"));
        }
      } else if (s.idealRelease == 1) {
        out.add(new ActionMessage(ActionType.RELEASE, sku, s.id, qty(s.releaseQuantity, unit), startOf(1),
            Optional.empty(), List.of(), "release " + s.id + " (" + qty(s.releaseQuantity, unit) + " of " + sku
                + ") today (下达) to receive it on " + startOf(s.period)));
      }
    }
    int firstPlanned = Integer.MAX_VALUE;
    for (Supply s : planned) {
      firstPlanned = Math.min(firstPlanned, s.period);
    }
    for (int i = 0; i < rs.size(); i++) {
      Receipt r = rs.get(i);
      Supply s = supplies.get(receiptSupply[i]);
      Quantity q = qty(r.quantity, unit);
      String id = r.source.id();
      if (r.source.due().isBefore(cal.start())) {
        out.add(new ActionMessage(ActionType.EXPEDITE, sku, id, q, r.source.due(), Optional.of(cal.start()),
            List.of(), "open order " + id + " (" + q + " of " + sku + ") was due " + r.source.due()
                + " and has not arrived; it is counted as arriving today — chase the supplier (催货)"));
        continue;
      }
      int firstNeed = Integer.MAX_VALUE;
      for (int a = s.allocStart; a < s.allocEnd; a++) {
        if (allocTarget[a] != STOCK) {
          firstNeed = Math.min(firstNeed, allocNeed[a]);
        }
      }
      if (firstPlanned < r.period) {
        out.add(new ActionMessage(ActionType.EXPEDITE, sku, id, q, r.source.due(),
            Optional.of(startOf(firstPlanned)), List.of(),
            "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due() + ") is needed earlier: expedite it to "
                + startOf(firstPlanned) + " (提前) and the planned order for that date can be reduced"));
      } else if (firstNeed == Integer.MAX_VALUE) {
        boolean excess = true;
        for (int e = 0; e < ec && excess; e++) {
          boolean covers = events[e] >= r.period || e + 1 == ec || events[e + 1] > r.period;
          if (covers && pohAt[e].subtract(r.quantity).compareTo(ss) < 0) {
            excess = false;
          }
        }
        if (excess) {
          out.add(new ActionMessage(ActionType.CANCEL, sku, id, q, r.source.due(), Optional.empty(), List.of(),
              "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due()
                  + ") is not needed by any order in the horizon: cancel it (取消)"));
        }
      } else if (firstNeed > r.period) {
        out.add(new ActionMessage(ActionType.DEFER, sku, id, q, r.source.due(), Optional.of(startOf(firstNeed)),
            List.of(), "open order " + id + " (" + q + " of " + sku + ", due " + r.source.due()
                + ") is first needed on " + startOf(firstNeed) + ": it can be deferred (推迟)"));
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
    for (int a = s.allocStart; a < s.allocEnd; a++) {
      long days = cal.daysBetween(allocNeed[a], arrival);
      int t = allocTarget[a];
      if (days <= 0 || t < 0) {
        continue;
      }
      Demand dm = demands[t];
      out.merge(dm.id(), new AtRisk(dm.id(), dm.orderId(), dm.lineNo(), qty(allocQty[a], unit), days),
          (x, y) -> new AtRisk(x.demand(), x.orderId(), x.lineNo(), x.quantity().plus(y.quantity()),
              Math.max(x.daysLate(), y.daysLate())));
    }
    return List.copyOf(out.values());
  }

  /** The parent orders a past-due supply delays (their own need comes before it can arrive), by id. */
  private String delayedParents(Supply s, int arrival) {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (int a = s.allocStart; a < s.allocEnd; a++) {
      if (allocTarget[a] <= -2 && cal.daysBetween(allocNeed[a], arrival) > 0) {
        ids.add(supplies.get(-2 - allocTarget[a]).id);
      }
    }
    if (ids.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("; it delays parent orders (上层订单) ");
    int shown = 0;
    for (String id : ids) {
      if (shown == 10) {
        b.append(" and ").append(ids.size() - shown).append(" more");
        break;
      }
      b.append(shown++ == 0 ? "" : ", ").append(id);
    }
    return b.append(" and the customer orders they serve").toString();
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

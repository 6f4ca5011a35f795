package org.gendan.scheduling.mrp.internal;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.gendan.scheduling.mrp.AtRisk;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.DemandId;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.SupplyKind;
import org.gendan.scheduling.mrp.lotsizing.LotSizingContext;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;

/**
 * The MRP engine. One instance per run; not thread-safe, not reused. See the package documentation of
 * {@code org.gendan.scheduling.mrp} for the conventions it implements.
 *
 * <p>Work is proportional to the size of the plan, not to items × periods, and the planning loop
 * allocates almost nothing per planned order:
 * <ul>
 *   <li>items, supplies (stock, open orders, planned orders, phantom pass-throughs) and allocations are
 *       numbered and kept in parallel primitive arrays;
 *   <li>quantities are exact fixed-point numbers: a {@code long} counting millionths of the planning
 *       unit ({@value Quantity#MAX_SCALE} decimals, the scale of every {@link Quantity}); every sum and
 *       product is overflow-checked, and a plan whose numbers leave that range (about 9.2 × 10<sup>12</sup>
 *       of a unit) is rejected with {@link Mrp#QUANTITY_OUT_OF_RANGE} rather than rounded;
 *   <li>the netting loop visits only the periods in which something happens (period 1, requirements,
 *       receipts);
 *   <li>pegging is single-level: a supply is allocated to the requirements one level up (a demand, a
 *       parent's planned order, or stock), so the number of pegs grows with the number of planned orders
 *       and BOM lines, never with the number of customer orders a deep component ultimately serves;
 *   <li>the public values ({@code ItemRecord}, {@code PlannedOrder}, {@code Allocation}) are built when
 *       read, by {@link MrpPlan}.
 * </ul>
 * Custom lot-sizing rules and the cost-based ones see {@link BigDecimal} quantities, exactly as before.
 */
public final class MrpEngine {

  /** Fixed-point scale: quantities are counted in 10<sup>-6</sup> of the unit. */
  static final int SCALE = Quantity.MAX_SCALE;
  /** One unit in fixed point. */
  static final long ONE = 1_000_000L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Target code of stock kept; demands are 0.., parent supplies are -2 - supply index. */
  static final int STOCK = -1;
  /** Priority key of stock, and of a supply that serves nothing but stock. */
  private static final long NO_PRIORITY = Long.MAX_VALUE;

  static final byte ON_HAND = 0;
  static final byte RECEIPT = 1;
  static final byte PLANNED = 2;
  static final byte PHANTOM = 3;
  static final SupplyKind[] KINDS = {SupplyKind.ON_HAND, SupplyKind.SCHEDULED_RECEIPT, SupplyKind.PLANNED_ORDER,
      SupplyKind.PHANTOM};

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

  /** An open order of one item inside the horizon or overdue. */
  static final class Receipt {
    final ScheduledReceipt source;
    final int period;
    final long quantity;

    Receipt(ScheduledReceipt source, int period, long quantity) {
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
    long[] qty = new long[4];

    void add(int p, int t, long q) {
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

  /** A BOM line's quantity per parent, including scrap, as {@code unscaled × 10^-scale}. */
  private static final class Per {
    final BigDecimal value;
    final long unscaled;
    final long divisor;
    final boolean fast;

    Per(BigDecimal quantityPer) {
      BigDecimal v = quantityPer;
      if (v.scale() < 0) {
        v = v.setScale(0);
      }
      this.value = v;
      boolean ok = v.scale() <= 12 && v.unscaledValue().bitLength() < 63;
      this.fast = ok;
      this.unscaled = ok ? v.unscaledValue().longValue() : 0;
      this.divisor = ok ? pow10(v.scale()) : 0;
    }
  }

  final MrpProblem problem;
  final PlanningCalendar cal;
  final int n;
  private final BillOfMaterials bom;
  final LocalDate[] periodStart;

  // items
  Sku[] skus;
  PlanningItem[] its;
  final Map<Sku, Integer> index;
  boolean[] phantom;
  long[] onHand;
  private boolean[] hasStock;
  long[] safety;
  int[] llc;
  List<List<Receipt>> receipts;
  /** The demands' requirements per item (dependent requirements are gathered from the parents' supplies). */
  private Reqs[] reqs;
  /** Where-used lists of all items (CSR by component, in line order): parent item, line, quantity per. */
  private int[] useStart;
  private int[] useParent;
  private BomLine[] useLine;
  private Per[] usePer;
  /** The requirements of the item being planned (reused). */
  private final Reqs scratch = new Reqs();

  // demands
  Demand[] demands;
  private long[] demandKey;

  // supplies, numbered in pegging order item by item
  int supCount;
  int[] supItem = new int[1024];
  byte[] supKind = new byte[1024];
  /** Planned order / phantom sequence number within the item (1..), receipt number within the item, 0 for stock. */
  int[] supSeq = new int[1024];
  int[] supPeriod = new int[1024];
  long[] supQty = new long[1024];
  int[] supRelease = new int[1024];
  int[] supIdealRelease = new int[1024];
  long[] supReleaseQty = new long[1024];
  int[] supLead = new int[1024];
  int[] supAllocStart = new int[1024];
  int[] supAllocEnd = new int[1024];
  private long[] supPrio = new long[1024];
  private long[] supRemaining = new long[1024];

  // allocations
  int allocCount;
  int[] allocSupply = new int[4096];
  int[] allocTarget = new int[4096];
  int[] allocNeed = new int[4096];
  long[] allocQty = new long[4096];

  // records, in planning order: position -> item; rows in shared arrays
  int[] planOrder;
  int[] positionOf;
  int[] recEventStart;
  int eventCount;
  int[] evPeriod = new int[4096];
  long[] evGross = new long[4096];
  long[] evReceipts = new long[4096];
  long[] evNet = new long[4096];
  long[] evPlanned = new long[4096];
  int[] recReleaseStart;
  int releaseCount;
  int[] relPeriod = new int[1024];
  long[] relQty = new long[1024];
  /** Supply range of each item. */
  int[] itemSupStart;
  int[] itemSupEnd;

  final List<ActionMessage> messages = new ArrayList<>();

  // scratch rows reused across items (zero where nothing happens)
  private final long[] gr;
  private final long[] sr;
  private final long[] porelScratch;

  private MrpEngine(MrpProblem problem) {
    this.problem = problem;
    this.cal = problem.calendar();
    this.n = cal.periods();
    this.bom = problem.bom();
    this.periodStart = new LocalDate[n + 2];
    for (int t = 1; t <= n + 1; t++) {
      periodStart[t] = cal.startOf(t);
    }
    this.gr = new long[n + 2];
    this.sr = new long[n + 2];
    this.porelScratch = new long[n + 2];
    this.index = new HashMap<>(Math.max(16, problem.items().size() * 2));
  }

  LocalDate startOf(int period) {
    return period >= 1 && period <= n + 1 ? periodStart[period] : cal.startOf(period);
  }

  /** Runs MRP on the problem. */
  public static Either<Rejection, MrpPlan> run(MrpProblem problem) {
    MrpEngine e = new MrpEngine(problem);
    try {
      Optional<Rejection> bad = e.load();
      if (bad.isPresent()) {
        return Either.left(bad.get());
      }
      e.plan();
    } catch (PlanningFailure f) {
      return Either.left(f.rejection);
    } catch (ArithmeticException overflow) {
      return Either.left(Rejection.of(Mrp.QUANTITY_OUT_OF_RANGE, "a quantity in this plan goes beyond "
          + "9,223,372,036,854 of its unit (about 9.2 × 10^12), the range MRP computes exactly at "
          + SCALE + " decimals; check the quantities, BOM quantities per and order sizes for a typing error"));
    }
    return Either.right(new MrpPlan(e));
  }

  // ---------------------------------------------------------------- fixed point

  static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }

  /** The fixed-point value of a decimal with at most {@value #SCALE} decimals; ArithmeticException beyond the range. */
  static long fix(BigDecimal v) {
    return v.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
  }

  /** The decimal of a fixed-point value, in canonical form (no trailing zeros). */
  static BigDecimal dec(long v) {
    if (v == 0) {
      return BigDecimal.ZERO;
    }
    if (v % ONE == 0) {
      return BigDecimal.valueOf(v / ONE).stripTrailingZeros();
    }
    return BigDecimal.valueOf(v, SCALE).stripTrailingZeros();
  }

  static Quantity qty(long v, Unit unit) {
    return Quantity.of(dec(v), unit);
  }

  private static long ceilToWhole(long v) {
    return Math.multiplyExact(Math.floorDiv(v, ONE) + (Math.floorMod(v, ONE) == 0 ? 0 : 1), ONE);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  // ---------------------------------------------------------------- loading and checks

  private static Optional<Rejection> reject(String code, String message) {
    return Optional.of(Rejection.of(code, message));
  }

  private Optional<Rejection> load() {
    PlanningItem[] sorted = problem.items().toArray(new PlanningItem[0]);
    Arrays.sort(sorted, Comparator.comparing(PlanningItem::sku));
    for (int k = 1; k < sorted.length; k++) {
      if (sorted[k].sku().equals(sorted[k - 1].sku())) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + sorted[k].sku() + " has planning parameters twice (物料重复)");
      }
    }
    int m = sorted.length;
    skus = new Sku[m];
    its = sorted;
    for (int k = 0; k < m; k++) {
      skus[k] = sorted[k].sku();
      index.put(skus[k], k);
    }
    phantom = new boolean[m];
    onHand = new long[m];
    hasStock = new boolean[m];
    safety = new long[m];
    llc = new int[m];
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
    // one pass over the lines: item numbers, where-used lists (in line order), phantom flags per line
    List<BomLine> lines = bom.lines();
    int lc = lines.size();
    int[] lineParent = new int[lc];
    int[] lineChild = new int[lc];
    useStart = new int[m + 1];
    boolean[] anyPhantomLine = new boolean[m];
    boolean[] allPhantomLines = new boolean[m];
    boolean[] hasComponents = new boolean[m];
    Arrays.fill(allPhantomLines, true);
    for (int x = 0; x < lc; x++) {
      BomLine l = lines.get(x);
      Integer pi = index.get(l.parent());
      if (pi == null) {
        return unknown(l.parent(), "BOM line " + l.parent() + " -> " + l.component());
      }
      Integer ci = index.get(l.component());
      if (ci == null) {
        return unknown(l.component(), "BOM line " + l.parent() + " -> " + l.component());
      }
      lineParent[x] = pi;
      lineChild[x] = ci;
      useStart[ci + 1]++;
      hasComponents[pi] = true;
      boolean ph = l.phantom();
      anyPhantomLine[ci] |= ph;
      allPhantomLines[ci] &= ph;
    }
    for (int i = 0; i < m; i++) {
      useStart[i + 1] += useStart[i];
    }
    useParent = new int[lc];
    useLine = new BomLine[lc];
    usePer = new Per[lc];
    int[] fill = Arrays.copyOf(useStart, m);
    Map<BigDecimal, Per> perCache = new HashMap<>();
    for (int x = 0; x < lc; x++) {
      BomLine l = lines.get(x);
      int at = fill[lineChild[x]]++;
      useParent[at] = lineParent[x];
      useLine[at] = l;
      BigDecimal per = l.scrapPercent().signum() == 0 ? l.quantityPer() : l.quantityPerIncludingScrap();
      usePer[at] = perCache.computeIfAbsent(per, Per::new);
    }
    for (int i = 0; i < m; i++) {
      Sku s = skus[i];
      llc[i] = bom.lowLevelCode(s);
      boolean itemPhantom = its[i].phantom();
      boolean used = useStart[i + 1] > useStart[i];
      boolean anyLine = anyPhantomLine[i];
      boolean allLines = used && allPhantomLines[i];
      if (anyLine && !allLines && !itemPhantom) {
        return reject(Mrp.PHANTOM_MISMATCH, "item " + s + " is a phantom (虚拟件) in some BOM lines but not in others;"
            + " mark it phantom in its planning parameters or in every line");
      }
      phantom[i] = itemPhantom || allLines;
      if (phantom[i] && !hasComponents[i]) {
        return reject(Mrp.PHANTOM_WITHOUT_COMPONENTS, "item " + s + " is a phantom (虚拟件) but has no components;"
            + " its requirements would be lost — plan it as a normal item or give it a bill of materials");
      }
      safety[i] = phantom[i] ? 0 : fix(its[i].safetyStockValue());
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
      if (hasStock[i]) {
        return reject(Mrp.DUPLICATE_ENTRY, "item " + p.sku() + " has two inventory positions; give one per item");
      }
      hasStock[i] = true;
      onHand[i] = fix(p.available().to(it.unit()).value());
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
      receipts.get(i).add(new Receipt(r, period, fix(r.quantity().to(it.unit()).value())));
    }
    List<Demand> ds = problem.demands();
    int dc = ds.size();
    demands = new Demand[dc];
    demandKey = new long[dc];
    Map<DemandId, Boolean> seen = new HashMap<>();
    for (int d = 0; d < dc; d++) {
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
    }
    // the priority of a demand as one number: rank (tier, order before forecast), due date, id
    Integer[] byId = new Integer[dc];
    for (int d = 0; d < dc; d++) {
      byId[d] = d;
    }
    Arrays.sort(byId, Comparator.comparing(d -> demands[d].id().value()));
    long firstDay = cal.start().toEpochDay();
    for (int r = 0; r < dc; r++) {
      int d = byId[r];
      Demand dm = demands[d];
      long rank = dm.tier().ordinal() * 2L + (dm.isCustomerOrder() ? 0 : 1);
      long due = dm.due().toEpochDay() - firstDay;
      if (rank > 120 || due < 0 || due >= (1L << 24)) {
        throw new IllegalStateException("demand priority out of range: " + dm);
      }
      demandKey[d] = rank << 56 | due << 32 | r;
    }
    for (int d = 0; d < dc; d++) {
      Demand dm = demands[d];
      int i = index.get(dm.sku());
      addRequirement(i, cal.periodOf(dm.due()), d, fix(dm.quantity().to(its[i].unit()).value()));
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

  private void addRequirement(int item, int period, int target, long qty) {
    if (qty == 0) {
      return;
    }
    Reqs r = reqs[item];
    if (r == null) {
      r = new Reqs();
      reqs[item] = r;
    }
    r.add(period, target, qty);
  }

  private void allocate(int supply, int needPeriod, int target, long qty) {
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

  private int addSupply(int item, byte kind, int seq, int period, long quantity) {
    if (supCount == supItem.length) {
      int cap = supCount * 2;
      supItem = Arrays.copyOf(supItem, cap);
      supKind = Arrays.copyOf(supKind, cap);
      supSeq = Arrays.copyOf(supSeq, cap);
      supPeriod = Arrays.copyOf(supPeriod, cap);
      supQty = Arrays.copyOf(supQty, cap);
      supRelease = Arrays.copyOf(supRelease, cap);
      supIdealRelease = Arrays.copyOf(supIdealRelease, cap);
      supReleaseQty = Arrays.copyOf(supReleaseQty, cap);
      supLead = Arrays.copyOf(supLead, cap);
      supAllocStart = Arrays.copyOf(supAllocStart, cap);
      supAllocEnd = Arrays.copyOf(supAllocEnd, cap);
      supPrio = Arrays.copyOf(supPrio, cap);
      supRemaining = Arrays.copyOf(supRemaining, cap);
    }
    int s = supCount++;
    supItem[s] = item;
    supKind[s] = kind;
    supSeq[s] = seq;
    supPeriod[s] = period;
    supQty[s] = quantity;
    supRemaining[s] = quantity;
    supPrio[s] = NO_PRIORITY;
    return s;
  }

  private void addEvent(int period, long gross, long receipts, long net, long planned) {
    if (eventCount == evPeriod.length) {
      int cap = eventCount * 2;
      evPeriod = Arrays.copyOf(evPeriod, cap);
      evGross = Arrays.copyOf(evGross, cap);
      evReceipts = Arrays.copyOf(evReceipts, cap);
      evNet = Arrays.copyOf(evNet, cap);
      evPlanned = Arrays.copyOf(evPlanned, cap);
    }
    evPeriod[eventCount] = period;
    evGross[eventCount] = gross;
    evReceipts[eventCount] = receipts;
    evNet[eventCount] = net;
    evPlanned[eventCount] = planned;
    eventCount++;
  }

  private void addRelease(int period, long quantity) {
    if (releaseCount == relPeriod.length) {
      int cap = releaseCount * 2;
      relPeriod = Arrays.copyOf(relPeriod, cap);
      relQty = Arrays.copyOf(relQty, cap);
    }
    relPeriod[releaseCount] = period;
    relQty[releaseCount] = quantity;
    releaseCount++;
  }

  // ---------------------------------------------------------------- planning

  private void plan() {
    int m = skus.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> llc[i]).thenComparingInt(i -> i));
    planOrder = new int[m];
    positionOf = new int[m];
    recEventStart = new int[m + 1];
    recReleaseStart = new int[m + 1];
    itemSupStart = new int[m];
    itemSupEnd = new int[m];
    for (int p = 0; p < m; p++) {
      int i = order[p];
      planOrder[p] = i;
      positionOf[i] = p;
      recEventStart[p] = eventCount;
      recReleaseStart[p] = releaseCount;
      planItem(i);
    }
    recEventStart[m] = eventCount;
    recReleaseStart[m] = releaseCount;
  }

  private long keyOf(int target) {
    return target >= 0 ? demandKey[target] : target == STOCK ? NO_PRIORITY : supPrio[-2 - target];
  }

  /** The requirement order inside one period: the most urgent first (see the package documentation). */
  private int compareTargets(int a, int b) {
    int c = Long.compare(keyOf(a), keyOf(b));
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

  private int compareReqs(Reqs rq, int x, int y) {
    int c = Integer.compare(rq.period[x], rq.period[y]);
    return c != 0 ? c : compareTargets(rq.target[x], rq.target[y]);
  }

  /** Sorts positions {@code 0..size-1} of the requirements (stable merge sort, no boxing). */
  private int[] eventScratch = new int[64];
  private long[] pohScratch = new long[64];
  private int[] orderScratch = new int[64];
  private int[] tmpScratch = new int[64];

  private int[] sortedRequirements(Reqs rq) {
    int size = rq.size;
    if (orderScratch.length < size) {
      orderScratch = new int[Math.max(size, orderScratch.length * 2)];
      tmpScratch = new int[orderScratch.length];
    }
    int[] a = orderScratch;
    for (int j = 0; j < size; j++) {
      a[j] = j;
    }
    if (size < 2) {
      return a;
    }
    boolean sorted = true;
    for (int j = 1; j < size && sorted; j++) {
      sorted = compareReqs(rq, a[j - 1], a[j]) <= 0;
    }
    if (!sorted) {
      mergeSort(rq, a, tmpScratch, 0, size);
    }
    return a;
  }

  private void mergeSort(Reqs rq, int[] a, int[] tmp, int from, int to) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && compareReqs(rq, a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(rq, a, tmp, from, mid);
    mergeSort(rq, a, tmp, mid, to);
    if (compareReqs(rq, a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || i < mid && compareReqs(rq, tmp[i], tmp[j]) <= 0) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** Per-item scratch for the planned orders found by netting, before they are numbered. */
  private int plCount;
  private int[] plPeriod = new int[64];
  private int[] plEvent = new int[64];
  private long[] plQty = new long[64];
  private long[] plRelQty = new long[64];
  private int[] plLead = new int[64];

  private void addPlanned(int period, int event, long q, long relQ, int lead) {
    if (plCount == plPeriod.length) {
      int cap = plCount * 2;
      plPeriod = Arrays.copyOf(plPeriod, cap);
      plEvent = Arrays.copyOf(plEvent, cap);
      plQty = Arrays.copyOf(plQty, cap);
      plRelQty = Arrays.copyOf(plRelQty, cap);
      plLead = Arrays.copyOf(plLead, cap);
    }
    plPeriod[plCount] = period;
    plEvent[plCount] = event;
    plQty[plCount] = q;
    plRelQty[plCount] = relQ;
    plLead[plCount] = lead;
    plCount++;
  }

  private void planItem(int i) {
    PlanningItem it = its[i];
    boolean isPhantom = phantom[i];
    boolean counted = it.unit().isCounted();
    Reqs rq = gather(i);
    int rc = rq.size;
    int[] reqOrder = sortedRequirements(rq);
    List<Receipt> rs = receipts.get(i) == null ? List.of() : receipts.get(i);
    if (eventScratch.length < rc + rs.size() + 1) {
      eventScratch = new int[Math.max(rc + rs.size() + 1, eventScratch.length * 2)];
      pohScratch = new long[eventScratch.length];
    }
    int[] events = eventScratch;
    int ec = 0;
    events[ec++] = 1;
    long totalGross = 0;
    for (int j = 0; j < rc; j++) {
      int t = rq.period[reqOrder[j]];
      long q = rq.qty[reqOrder[j]];
      gr[t] = Math.addExact(gr[t], q);
      totalGross = Math.addExact(totalGross, q);
      if (events[ec - 1] != t) {
        events[ec++] = t;
      }
    }
    for (Receipt r : rs) {
      sr[r.period] = Math.addExact(sr[r.period], r.quantity);
      events[ec++] = r.period;
    }
    if (!rs.isEmpty()) {
      Arrays.sort(events, 0, ec);
    }
    int distinct = 0;
    for (int e = 0; e < ec; e++) {
      if (distinct == 0 || events[distinct - 1] != events[e]) {
        events[distinct++] = events[e];
      }
    }
    ec = distinct;

    long start = onHand[i];
    long ss = safety[i];
    LotSizer sizer = isPhantom ? null : new LotSizer(it, totalGross, counted);

    long[] pohAt = pohScratch;
    plCount = 0;
    long level = start;
    for (int e = 0; e < ec; e++) {
      int t = events[e];
      long g = gr[t];
      long s = sr[t];
      long net = 0;
      long porec = 0;
      long end = Math.subtractExact(Math.addExact(level, s), g);
      if (end < ss) {
        long need = ss - end;
        net = need;
        if (isPhantom) {
          addPlanned(t, e, need, need, 0);
          porec = need;
          end = Math.addExact(end, need);
        } else {
          int from = plCount;
          sizer.lots(t, need, ss);
          for (int p = from; p < plCount; p++) {
            plEvent[p] = e;
            porec = Math.addExact(porec, plQty[p]);
            end = Math.addExact(end, plQty[p]);
          }
        }
      }
      addEvent(t, g, s, net, porec);
      pohAt[e] = end;
      level = end;
    }
    for (int e = 0; e < ec; e++) {
      gr[events[e]] = 0;
      sr[events[e]] = 0;
    }
    // planned releases per period, merged and in period order
    if (plCount > 0) {
      int[] touched = new int[plCount];
      int tc = 0;
      for (int p = 0; p < plCount; p++) {
        int rel = Math.max(1, plPeriod[p] - plLead[p]);
        if (porelScratch[rel] == 0) {
          touched[tc++] = rel;
        }
        porelScratch[rel] = Math.addExact(porelScratch[rel], plRelQty[p]);
      }
      Arrays.sort(touched, 0, tc);
      for (int x = 0; x < tc; x++) {
        addRelease(touched[x], porelScratch[touched[x]]);
        porelScratch[touched[x]] = 0;
      }
    }

    // supplies in pegging order: on hand, then per period its receipts and its planned orders
    int s0 = supCount;
    itemSupStart[i] = s0;
    if (start > 0) {
      addSupply(i, ON_HAND, 0, 0, start);
    }
    int[] receiptSupply = new int[rs.size()];
    int rsIdx = 0;
    int p = 0;
    byte kind = isPhantom ? PHANTOM : PLANNED;
    for (int e = 0; e < ec; e++) {
      int t = events[e];
      while (rsIdx < rs.size() && rs.get(rsIdx).period == t) {
        Receipt r = rs.get(rsIdx);
        receiptSupply[rsIdx] = addSupply(i, RECEIPT, rsIdx, t, r.quantity);
        rsIdx++;
      }
      while (p < plCount && plEvent[p] == e) {
        int s = addSupply(i, kind, p + 1, plPeriod[p], plQty[p]);
        supLead[s] = plLead[p];
        supIdealRelease[s] = plPeriod[p] - plLead[p];
        supRelease[s] = Math.max(1, supIdealRelease[s]);
        supReleaseQty[s] = plRelQty[p];
        p++;
      }
    }
    int s1 = supCount;
    itemSupEnd[i] = s1;
    int firstAlloc = allocCount;
    peg(i, start, rq, reqOrder, s0, s1);
    for (int a = firstAlloc; a < allocCount; a++) {
      int s = allocSupply[a];
      if (supAllocEnd[s] == 0) {
        supAllocStart[s] = a;
      }
      supAllocEnd[s] = a + 1;
    }
    for (int s = s0; s < s1; s++) {
      if (supKind[s] >= PLANNED) {
        inheritPriority(s);
      }
    }
    messages(it, rs, receiptSupply, s0, s1, events, pohAt, ec, ss);
  }

  private void inheritPriority(int s) {
    long best = NO_PRIORITY;
    for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
      best = Math.min(best, keyOf(allocTarget[a]));
    }
    supPrio[s] = best;
  }

  /** Lot sizing of one item, on fixed-point quantities; cost-based and custom rules see decimals. */
  private final class LotSizer {
    private final PlanningItem it;
    private final LotSizingRule rule;
    private final OptionalInt covers;
    private final long totalGross;
    private final boolean counted;
    private final long min;
    private final long multiple;
    private final long max;
    private BigDecimal avgDemand;
    private BigDecimal setup;
    private BigDecimal holding;

    LotSizer(PlanningItem it, long totalGross, boolean counted) {
      this.it = it;
      this.rule = it.lotSizing();
      this.covers = rule.coversPeriods();
      this.totalGross = totalGross;
      this.counted = counted;
      this.min = fix(it.orderMinimumValue());
      this.multiple = it.orderMultipleValue().map(MrpEngine::fix).orElse(0L);
      this.max = it.effectiveOrderMaximum().map(MrpEngine::fix).orElse(0L);
    }

    /** Adds the planned orders for a net requirement {@code need} in period {@code t}. */
    void lots(int t, long need, long ss) {
      long lot;
      if (covers.isPresent()) {
        lot = need;
        long level = ss;
        int last = (int) Math.min(n, (long) t + covers.getAsInt() - 1);
        for (int k = t + 1; k <= last; k++) {
          if (sr[k] == 0 && gr[k] == 0 && level >= ss) {
            continue;
          }
          long end = Math.subtractExact(Math.addExact(level, sr[k]), gr[k]);
          if (end < ss) {
            lot = Math.addExact(lot, ss - end);
            level = ss;
          } else {
            level = end;
          }
        }
      } else {
        lot = decimalLot(t, need, ss);
      }
      lot = roundUp(lot);
      lot = modify(lot);
      if (max > 0) {
        if (ceilDiv(lot, max) > MAX_SPLIT) {
          throw new PlanningFailure(Rejection.of(Mrp.ORDER_MAXIMUM_TOO_SMALL, "item " + it.sku() + ": a lot of "
              + dec(lot).toPlainString() + " " + it.unit() + " in " + startOf(t) + " would be split into more than "
              + MAX_SPLIT + " orders by the order maximum " + dec(max).toPlainString() + "; raise the maximum (最大订货量)"));
        }
        while (lot > max) {
          add(t, max);
          lot -= max;
        }
        lot = roundUp(modify(lot));
      }
      add(t, lot);
    }

    private void add(int t, long q) {
      int lead = leadTime(it, q);
      addPlanned(t, -1, q, releaseQuantity(it, q, counted), lead);
    }

    private long roundUp(long q) {
      return counted ? ceilToWhole(q) : q;
    }

    private long modify(long lot) {
      long q = Math.max(lot, min);
      if (multiple > 0) {
        q = Math.multiplyExact(ceilDiv(q, multiple), multiple);
      }
      return q;
    }

    /** The rule's lot from the decimal look-ahead profile, rounded up to the fixed-point scale. */
    private long decimalLot(int t, long need, long ss) {
      List<BigDecimal> profile = new ArrayList<>();
      profile.add(dec(need));
      if (rule.looksAhead()) {
        long level = ss;
        int last = (int) Math.min(n, (long) t + rule.lookAheadPeriods() - 1);
        for (int k = t + 1; k <= last; k++) {
          if (sr[k] == 0 && gr[k] == 0 && level >= ss) {
            profile.add(BigDecimal.ZERO);
            continue;
          }
          long end = Math.subtractExact(Math.addExact(level, sr[k]), gr[k]);
          if (end < ss) {
            profile.add(dec(ss - end));
            level = ss;
          } else {
            profile.add(BigDecimal.ZERO);
            level = end;
          }
        }
      }
      if (avgDemand == null) {
        avgDemand = dec(totalGross).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
        setup = it.orderingCostPerOrder().map(m -> m.amount()).orElse(BigDecimal.ZERO);
        holding = it.effectiveHoldingCost().orElse(BigDecimal.ZERO);
      }
      BigDecimal lot = rule.lotSize(new LotSizingContext(profile, avgDemand, setup, holding));
      if (lot.compareTo(dec(need)) < 0) {
        throw new IllegalStateException("lot-sizing rule " + rule.name() + " returned " + lot.toPlainString()
            + " for " + it.sku() + ", below the net requirement " + dec(need).toPlainString());
      }
      return fix(lot.setScale(counted ? 0 : SCALE, RoundingMode.CEILING));
    }
  }

  private static int leadTime(PlanningItem it, long q) {
    if (it.leadTimePerUnit().signum() == 0) {
      return it.leadTimePeriods();
    }
    BigDecimal extra = dec(q).multiply(it.leadTimePerUnit()).setScale(0, RoundingMode.CEILING);
    return it.leadTimePeriods() + extra.min(BigDecimal.valueOf(PlanningCalendar.MAX_PERIODS)).intValueExact();
  }

  private static long releaseQuantity(PlanningItem it, long q, boolean counted) {
    if (it.yieldPercent().compareTo(HUNDRED) == 0) {
      return q;
    }
    return fix(dec(q).multiply(HUNDRED).divide(it.yieldPercent(), counted ? 0 : SCALE, RoundingMode.CEILING));
  }

  // ---------------------------------------------------------------- pegging

  /** First-in-first-out allocation of the item's supplies (in pegging order) to its sorted requirements. */
  private void peg(int item, long start, Reqs rq, int[] reqOrder, int s0, int s1) {
    int si = s0;
    if (start < 0) {
      si = pegOne(item, s0, s1, si, 1, STOCK, -start);
    }
    for (int x = 0; x < rq.size; x++) {
      int j = reqOrder[x];
      si = pegOne(item, s0, s1, si, rq.period[j], rq.target[j], rq.qty[j]);
    }
    for (int k = si; k < s1; k++) {
      if (supRemaining[k] > 0) {
        allocate(k, Math.max(1, supPeriod[k]), STOCK, supRemaining[k]);
        supRemaining[k] = 0;
      }
    }
  }

  private int pegOne(int item, int s0, int s1, int si, int period, int target, long need) {
    while (need > 0) {
      while (si < s1 && supRemaining[si] == 0) {
        si++;
      }
      if (si >= s1 || supPeriod[si] > period) {
        throw new IllegalStateException("pegging found no supply for " + skus[item] + " in period " + period);
      }
      long take = Math.min(supRemaining[si], need);
      allocate(si, period, target, take);
      supRemaining[si] -= take;
      need -= take;
    }
    return si;
  }

  /**
   * The requirements of an item: its demands, then one dependent requirement per where-used line for each
   * planned order (or phantom pass-through) of the parent, on the parent's release period, for the
   * parent's release quantity times the quantity per (with scrap) rounded up to the fixed-point scale.
   * Parents have lower low-level codes, so they are planned (and numbered) before the item.
   */
  private Reqs gather(int item) {
    Reqs rq = scratch;
    rq.size = 0;
    Reqs own = reqs[item];
    if (own != null) {
      for (int j = 0; j < own.size; j++) {
        rq.add(own.period[j], own.target[j], own.qty[j]);
      }
      reqs[item] = null;
    }
    for (int k = useStart[item]; k < useStart[item + 1]; k++) {
      int p = useParent[k];
      Per pc = usePer[k];
      BomLine line = useLine[k];
      boolean dated = line.effectiveFrom().isPresent() || line.effectiveTo().isPresent();
      for (int s = itemSupStart[p]; s < itemSupEnd[p]; s++) {
        if (supKind[s] < PLANNED) {
          continue;
        }
        int release = supRelease[s];
        if (dated && !line.isEffectiveOn(startOf(release))) {
          continue;
        }
        long relQ = supReleaseQty[s];
        long gross = -1;
        if (pc.fast) {
          long hi = Math.multiplyHigh(relQ, pc.unscaled);
          long lo = relQ * pc.unscaled;
          if (hi == 0 && lo >= 0) {
            gross = ceilDiv(lo, pc.divisor);
          }
        }
        if (gross < 0) {
          gross = fix(BigDecimal.valueOf(relQ, SCALE).multiply(pc.value).setScale(SCALE, RoundingMode.CEILING));
        }
        if (gross != 0) {
          rq.add(release, -2 - s, gross);
        }
      }
    }
    return rq;
  }

  // ---------------------------------------------------------------- messages

  String supplyId(int s) {
    switch (supKind[s]) {
      case ON_HAND:
        return "ON_HAND";
      case RECEIPT:
        return receipts.get(supItem[s]).get(supSeq[s]).source.id();
      default:
        return skus[supItem[s]].value() + "/" + supSeq[s];
    }
  }

  private void messages(PlanningItem it, List<Receipt> rs, int[] receiptSupply, int s0, int s1,
      int[] events, long[] pohAt, int ec, long ss) {
    Sku sku = it.sku();
    Unit unit = it.unit();
    List<ActionMessage> out = new ArrayList<>();
    int firstPlanned = Integer.MAX_VALUE;
    for (int s = s0; s < s1; s++) {
      if (supKind[s] < PLANNED) {
        continue;
      }
      firstPlanned = Math.min(firstPlanned, supPeriod[s]);
      if (supKind[s] != PLANNED) {
        continue;
      }
      int ideal = supIdealRelease[s];
      if (ideal < 1) {
        String id = supplyId(s);
        Quantity relQ = qty(supReleaseQty[s], unit);
        int arrival = 1 + supLead[s];
        long days = cal.daysBetween(supPeriod[s], arrival);
        List<AtRisk> risk = atRisk(s, arrival, unit);
        LocalDate arrivalDate = startOf(arrival);
        out.add(new ActionMessage(ActionType.PAST_DUE_RELEASE, sku, id, relQ,
            startOf(ideal), Optional.of(arrivalDate), risk,
            "release " + id + " (" + relQ + " of " + sku + ") today: it should have been "
                + "released on " + startOf(ideal) + " to arrive on " + startOf(supPeriod[s])
                + "; released today it arrives about " + arrivalDate + ", " + days + " days late"
                + (risk.isEmpty() ? "" : "; customer orders at risk (交期风险): " + describe(risk))
                + delayedParents(s, arrival)));
        for (AtRisk r : risk) {
          out.add(new ActionMessage(ActionType.SHORTAGE, sku, r.demand().value(), r.quantity(),
              startOf(supPeriod[s]), Optional.of(arrivalDate), List.of(r),
              r.demand() + " will be short of " + r.quantity() + " of " + sku + " (缺料) when it is needed"
                  + "; the material can arrive about " + arrivalDate
                  + ", " + r.daysLate() + " days late"));
        }
      } else if (ideal == 1) {
        String id = supplyId(s);
        Quantity relQ = qty(supReleaseQty[s], unit);
        out.add(new ActionMessage(ActionType.RELEASE, sku, id, relQ, startOf(1),
            Optional.empty(), List.of(), "release " + id + " (" + relQ + " of " + sku
                + ") today (下达) to receive it on " + startOf(supPeriod[s])));
      }
    }
    for (int i = 0; i < rs.size(); i++) {
      Receipt r = rs.get(i);
      int s = receiptSupply[i];
      Quantity q = qty(r.quantity, unit);
      String id = r.source.id();
      if (r.source.due().isBefore(cal.start())) {
        out.add(new ActionMessage(ActionType.EXPEDITE, sku, id, q, r.source.due(), Optional.of(cal.start()),
            List.of(), "open order " + id + " (" + q + " of " + sku + ") was due " + r.source.due()
                + " and has not arrived; it is counted as arriving today — chase the supplier (催货)"));
        continue;
      }
      int firstNeed = Integer.MAX_VALUE;
      for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
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
          if (covers && pohAt[e] - r.quantity < ss) {
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
    if (out.size() > 1) {
      out.sort(Comparator.comparing(ActionMessage::type).thenComparing(ActionMessage::reference));
    }
    messages.addAll(out);
  }

  /**
   * The demands a past-due supply makes late: each allocation whose need period starts before the supply
   * can arrive, with the calendar days between the need date and the arrival (the worst per demand).
   */
  private List<AtRisk> atRisk(int s, int arrival, Unit unit) {
    TreeMap<DemandId, long[]> out = new TreeMap<>();
    for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
      int t = allocTarget[a];
      if (t < 0) {
        continue;
      }
      long days = cal.daysBetween(allocNeed[a], arrival);
      if (days <= 0) {
        continue;
      }
      long[] had = out.get(demands[t].id());
      if (had == null) {
        out.put(demands[t].id(), new long[] {t, allocQty[a], days});
      } else {
        had[1] = Math.addExact(had[1], allocQty[a]);
        had[2] = Math.max(had[2], days);
      }
    }
    List<AtRisk> list = new ArrayList<>(out.size());
    for (long[] v : out.values()) {
      Demand dm = demands[(int) v[0]];
      list.add(new AtRisk(dm.id(), dm.orderId(), dm.lineNo(), qty(v[1], unit), v[2]));
    }
    return List.copyOf(list);
  }

  /** The parent orders a past-due supply delays (their own need comes before it can arrive), by id. */
  private String delayedParents(int s, int arrival) {
    int[] parentSupplies = new int[supAllocEnd[s] - supAllocStart[s]];
    int count = 0;
    for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
      if (allocTarget[a] <= -2 && cal.daysBetween(allocNeed[a], arrival) > 0) {
        parentSupplies[count++] = -2 - allocTarget[a];
      }
    }
    if (count == 0) {
      return "";
    }
    Arrays.sort(parentSupplies, 0, count);
    TreeSet<String> ids = new TreeSet<>();
    for (int k = 0; k < count; k++) {
      if (k == 0 || parentSupplies[k] != parentSupplies[k - 1]) {
        ids.add(supplyId(parentSupplies[k]));
      }
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
}

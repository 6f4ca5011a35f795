package org.gendan.scheduling.mrp.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.AtRisk;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.DemandId;
import org.gendan.scheduling.mrp.ItemRecord;
import org.gendan.scheduling.mrp.ParentOrder;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PeriodValues;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;

/**
 * The outcome of one MRP run in the engine's compact form — numbered items, supplies and allocations
 * in primitive arrays, quantities in fixed point — with the public values built when read and the
 * multi-level pegging queries answered on the arrays. Read it through {@code MrpResult}; this type is
 * internal and may change.
 *
 * <p>Immutable after the run (the arrays are never written again); the pegging index is built once,
 * on the first query, and published safely, so a plan is thread-safe.
 */
public final class MrpPlan {

  private static final MathContext SHARE = MathContext.DECIMAL64;

  private final PlanningCalendar cal;
  private final int n;
  private final LocalDateRow dates;
  private final Sku[] skus;
  private final Unit[] units;
  private final boolean[] phantom;
  private final long[] onHand;
  private final long[] safety;
  private final int[] llc;
  private final org.gendan.core.product.MakeOrBuy[] makeOrBuy;
  private final Map<Sku, Integer> index;
  private final List<List<MrpEngine.Receipt>> receipts;
  private final Demand[] demands;

  private final int[] supItem;
  private final byte[] supKind;
  private final int[] supSeq;
  private final int[] supPeriod;
  private final long[] supQty;
  private final int[] supRelease;
  private final int[] supIdealRelease;
  private final long[] supReleaseQty;
  private final int[] supLead;
  private final int[] supAllocStart;
  private final int[] supAllocEnd;
  private final int[] itemSupStart;
  private final int[] itemSupEnd;

  private final int supCount;
  private final int allocCount;
  private final int[] allocSupply;
  private final int[] allocTarget;
  private final int[] allocNeed;
  private final long[] allocQty;

  private final int[] planOrder;
  private final int[] positionOf;
  private final int[] recEventStart;
  private final int[] evPeriod;
  private final long[] evGross;
  private final long[] evReceipts;
  private final long[] evNet;
  private final long[] evPlanned;
  private final int[] recReleaseStart;
  private final int[] relPeriod;
  private final long[] relQty;

  /** Supply numbers of the planned orders (not phantoms), in planning order. */
  private final int[] planned;

  private final List<ItemRecord> records;
  private final List<PlannedOrder> plannedOrders;
  private final List<Allocation> allocations;
  private final List<ActionMessage> messages;

  private volatile Index index2;

  /** Period start dates, with the calendar beyond the horizon. */
  private static final class LocalDateRow {
    private final java.time.LocalDate[] start;
    private final PlanningCalendar cal;
    private final int n;

    LocalDateRow(MrpEngine e) {
      this.start = e.periodStart;
      this.cal = e.cal;
      this.n = e.n;
    }

    java.time.LocalDate of(int period) {
      return period >= 1 && period <= n + 1 ? start[period] : cal.startOf(period);
    }
  }

  MrpPlan(MrpEngine e) {
    this.cal = e.cal;
    this.n = e.n;
    this.dates = new LocalDateRow(e);
    this.skus = e.skus;
    this.units = new Unit[skus.length];
    this.makeOrBuy = new org.gendan.core.product.MakeOrBuy[skus.length];
    for (int i = 0; i < skus.length; i++) {
      units[i] = e.its[i].unit();
      makeOrBuy[i] = e.its[i].makeOrBuy();
    }
    this.phantom = e.phantom;
    this.onHand = e.onHand;
    this.safety = e.safety;
    this.llc = e.llc;
    this.index = e.index;
    this.receipts = e.receipts;
    this.demands = e.demands;
    this.supItem = e.supItem;
    this.supKind = e.supKind;
    this.supSeq = e.supSeq;
    this.supPeriod = e.supPeriod;
    this.supQty = e.supQty;
    this.supRelease = e.supRelease;
    this.supIdealRelease = e.supIdealRelease;
    this.supReleaseQty = e.supReleaseQty;
    this.supLead = e.supLead;
    this.supAllocStart = e.supAllocStart;
    this.supAllocEnd = e.supAllocEnd;
    this.itemSupStart = e.itemSupStart;
    this.itemSupEnd = e.itemSupEnd;
    this.supCount = e.supCount;
    this.allocCount = e.allocCount;
    this.allocSupply = e.allocSupply;
    this.allocTarget = e.allocTarget;
    this.allocNeed = e.allocNeed;
    this.allocQty = e.allocQty;
    this.planOrder = e.planOrder;
    this.positionOf = e.positionOf;
    this.recEventStart = e.recEventStart;
    this.evPeriod = e.evPeriod;
    this.evGross = e.evGross;
    this.evReceipts = e.evReceipts;
    this.evNet = e.evNet;
    this.evPlanned = e.evPlanned;
    this.recReleaseStart = e.recReleaseStart;
    this.relPeriod = e.relPeriod;
    this.relQty = e.relQty;
    int count = 0;
    for (int s = 0; s < e.supCount; s++) {
      if (supKind[s] == MrpEngine.PLANNED) {
        count++;
      }
    }
    this.planned = new int[count];
    int k = 0;
    for (int s = 0; s < e.supCount; s++) {
      if (supKind[s] == MrpEngine.PLANNED) {
        planned[k++] = s;
      }
    }
    this.records = new View<>(skus.length, this::record);
    this.plannedOrders = new View<>(planned.length, p -> plannedOrder(planned[p]));
    this.allocations = new View<>(allocCount, this::allocation);
    this.messages = List.copyOf(e.messages);
  }

  /** A read-only list that builds each element when read. */
  private static final class View<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final java.util.function.IntFunction<T> element;

    View(int size, java.util.function.IntFunction<T> element) {
      this.size = size;
      this.element = element;
    }

    @Override
    public T get(int i) {
      Objects.checkIndex(i, size);
      return element.apply(i);
    }

    @Override
    public int size() {
      return size;
    }
  }

  // ---------------------------------------------------------------- the public values

  /** The planning calendar. */
  public PlanningCalendar calendar() {
    return cal;
  }

  /** Every item's record in planning order (built when read). */
  public List<ItemRecord> records() {
    return records;
  }

  /** The record of one item. */
  public Optional<ItemRecord> record(Sku sku) {
    Integer i = index.get(sku);
    return i == null ? Optional.empty() : Optional.of(record(positionOf[i]));
  }

  /** The planned orders in planning order (built when read). */
  public List<PlannedOrder> plannedOrders() {
    return plannedOrders;
  }

  /** The planned orders of one item, by receipt period. */
  public List<PlannedOrder> plannedOrdersOf(Sku sku) {
    Integer i = index.get(sku);
    if (i == null) {
      return List.of();
    }
    List<PlannedOrder> out = new ArrayList<>();
    for (int s = itemSupStart[i]; s < itemSupEnd[i]; s++) {
      if (supKind[s] == MrpEngine.PLANNED) {
        out.add(plannedOrder(s));
      }
    }
    return List.copyOf(out);
  }

  /** All allocations, item by item in planning order (built when read). */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The action messages. */
  public List<ActionMessage> actionMessages() {
    return messages;
  }

  private ItemRecord record(int position) {
    int i = planOrder[position];
    int e0 = recEventStart[position];
    int ec = recEventStart[position + 1] - e0;
    int[] at = Arrays.copyOfRange(evPeriod, e0, e0 + ec);
    int r0 = recReleaseStart[position];
    int rc = recReleaseStart[position + 1] - r0;
    return new ItemRecord(skus[i], units[i], llc[i], phantom[i], MrpEngine.dec(onHand[i]), MrpEngine.dec(safety[i]),
        row(at, evGross, e0, ec), row(at, evReceipts, e0, ec), row(at, evNet, e0, ec), row(at, evPlanned, e0, ec),
        row(Arrays.copyOfRange(relPeriod, r0, r0 + rc), relQty, r0, rc));
  }

  private PeriodValues row(int[] at, long[] values, int from, int count) {
    BigDecimal[] v = new BigDecimal[count];
    for (int k = 0; k < count; k++) {
      v[k] = MrpEngine.dec(values[from + k]);
    }
    return PeriodValues.of(n, at, v, count);
  }

  private String supplyId(int s) {
    switch (supKind[s]) {
      case MrpEngine.ON_HAND:
        return "ON_HAND";
      case MrpEngine.RECEIPT:
        return receipts.get(supItem[s]).get(supSeq[s]).source.id();
      default:
        return skus[supItem[s]].value() + "/" + supSeq[s];
    }
  }

  private PlannedOrder plannedOrder(int s) {
    int i = supItem[s];
    Unit unit = units[i];
    return new PlannedOrder(supplyId(s), skus[i], makeOrBuy[i], supPeriod[s], supRelease[s], supIdealRelease[s],
        dates.of(supPeriod[s]), dates.of(supRelease[s]), MrpEngine.qty(supQty[s], unit),
        MrpEngine.qty(supReleaseQty[s], unit), pegsOf(s, unit));
  }

  private Peg pegTo(int target, Quantity q) {
    if (target >= 0) {
      Demand d = demands[target];
      return Peg.toDemand(Optional.of(d.id()), d.orderId(), d.lineNo(), q);
    }
    if (target == MrpEngine.STOCK) {
      return Peg.toDemand(Optional.empty(), Optional.empty(), Optional.empty(), q);
    }
    int parent = -2 - target;
    return new Peg(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(new ParentOrder(skus[supItem[parent]], MrpEngine.KINDS[supKind[parent]], supplyId(parent))), q);
  }

  /** The single-level pegs of a supply, merged per target in order of first allocation. */
  private List<Peg> pegsOf(int s, Unit unit) {
    int a0 = supAllocStart[s];
    int a1 = supAllocEnd[s];
    if (a1 - a0 == 1) {
      return List.of(pegTo(allocTarget[a0], MrpEngine.qty(allocQty[a0], unit)));
    }
    Map<Integer, long[]> merged = new LinkedHashMap<>();
    for (int a = a0; a < a1; a++) {
      long[] had = merged.get(allocTarget[a]);
      if (had == null) {
        merged.put(allocTarget[a], new long[] {allocQty[a]});
      } else {
        had[0] += allocQty[a];
      }
    }
    List<Peg> out = new ArrayList<>(merged.size());
    for (Map.Entry<Integer, long[]> e : merged.entrySet()) {
      out.add(pegTo(e.getKey(), MrpEngine.qty(e.getValue()[0], unit)));
    }
    return List.copyOf(out);
  }

  private Allocation allocation(int a) {
    int s = allocSupply[a];
    int i = supItem[s];
    int need = allocNeed[a];
    return new Allocation(skus[i], MrpEngine.KINDS[supKind[s]], supplyId(s), supPeriod[s], need, dates.of(need),
        pegTo(allocTarget[a], MrpEngine.qty(allocQty[a], units[i])));
  }

  // ---------------------------------------------------------------- multi-level pegging

  /** Lookups over the single-level pegging graph, built on the first multi-level query. */
  private static final class Index {
    /** Per supply: the component allocations that cover it (CSR over {@code kids}). */
    int[] kidStart;
    int[] kids;
    /** Per demand: the allocations that cover it directly (CSR). */
    int[] demandStart;
    int[] byDemand;
    Map<DemandId, Integer> demandNo;
    Map<OrderId, TreeSet<DemandId>> demandsOfOrder;
  }

  private Index index() {
    Index ix = index2;
    if (ix != null) {
      return ix;
    }
    synchronized (this) {
      if (index2 != null) {
        return index2;
      }
      Index built = new Index();
      int supplies = supCount;
      built.kidStart = new int[supplies + 1];
      built.demandStart = new int[demands.length + 1];
      for (int a = 0; a < allocCount; a++) {
        int t = allocTarget[a];
        if (t <= -2) {
          built.kidStart[-2 - t + 1]++;
        } else if (t >= 0) {
          built.demandStart[t + 1]++;
        }
      }
      for (int s = 0; s < supplies; s++) {
        built.kidStart[s + 1] += built.kidStart[s];
      }
      for (int d = 0; d < demands.length; d++) {
        built.demandStart[d + 1] += built.demandStart[d];
      }
      built.kids = new int[built.kidStart[supplies]];
      built.byDemand = new int[built.demandStart[demands.length]];
      int[] kidFill = Arrays.copyOf(built.kidStart, supplies);
      int[] demandFill = Arrays.copyOf(built.demandStart, demands.length);
      for (int a = 0; a < allocCount; a++) {
        int t = allocTarget[a];
        if (t <= -2) {
          built.kids[kidFill[-2 - t]++] = a;
        } else if (t >= 0) {
          built.byDemand[demandFill[t]++] = a;
        }
      }
      built.demandNo = new HashMap<>();
      built.demandsOfOrder = new HashMap<>();
      for (int d = 0; d < demands.length; d++) {
        built.demandNo.put(demands[d].id(), d);
        if (built.demandStart[d + 1] > built.demandStart[d] && demands[d].orderId().isPresent()) {
          built.demandsOfOrder.computeIfAbsent(demands[d].orderId().get(), x -> new TreeSet<>()).add(demands[d].id());
        }
      }
      index2 = built;
      return built;
    }
  }

  /** The supply number of an item's supply ({@code ON_HAND}, a receipt id or a planned order id), or -1. */
  private int supplyOf(Sku sku, String supplyId) {
    Integer i = index.get(sku);
    if (i == null) {
      return -1;
    }
    for (int s = itemSupStart[i]; s < itemSupEnd[i]; s++) {
      byte k = supKind[s];
      if (k == MrpEngine.ON_HAND && supplyId.equals("ON_HAND")
          || k == MrpEngine.RECEIPT && supplyId.equals(supplyId(s))) {
        return s;
      }
    }
    String prefix = sku.value() + "/";
    if (supplyId.startsWith(prefix)) {
      String rest = supplyId.substring(prefix.length());
      if (!rest.isEmpty() && rest.length() < 10 && rest.chars().allMatch(c -> c >= '0' && c <= '9') && rest.charAt(0) != '0') {
        int seq = Integer.parseInt(rest);
        for (int s = itemSupStart[i]; s < itemSupEnd[i]; s++) {
          if (supKind[s] >= MrpEngine.PLANNED && supSeq[s] == seq) {
            return s;
          }
        }
      }
    }
    return -1;
  }

  /** See {@code MrpResult#allocationsOf}. */
  public List<Allocation> allocationsOf(Sku sku, String supplyId) {
    int s = supplyOf(sku, supplyId);
    if (s < 0) {
      return List.of();
    }
    List<Allocation> out = new ArrayList<>(supAllocEnd[s] - supAllocStart[s]);
    for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
      out.add(allocation(a));
    }
    return List.copyOf(out);
  }

  private static BigDecimal bd(long v) {
    return BigDecimal.valueOf(v, MrpEngine.SCALE);
  }

  private static boolean explodes(byte kind) {
    return kind >= MrpEngine.PLANNED;
  }

  /** See {@code MrpResult#demandPegsOf(Sku, String)}. */
  public List<Peg> demandPegsOf(Sku sku, String supplyId) {
    int s = supplyOf(sku, supplyId);
    if (s < 0 || supAllocEnd[s] == supAllocStart[s]) {
      return List.of();
    }
    Index ix = index();
    Map<Integer, Map<Integer, BigDecimal>> memo = new HashMap<>();
    Map<Integer, BigDecimal> shares = shares(s, memo);
    TreeMap<DemandId, BigDecimal> byId = new TreeMap<>();
    for (Map.Entry<Integer, BigDecimal> e : shares.entrySet()) {
      byId.put(demands[e.getKey()].id(), e.getValue());
    }
    Unit unit = units[supItem[s]];
    List<Peg> out = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (Map.Entry<DemandId, BigDecimal> e : byId.entrySet()) {
      BigDecimal q = e.getValue().setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
      if (q.signum() > 0) {
        Demand d = demands[ix.demandNo.get(e.getKey())];
        out.add(Peg.toDemand(Optional.of(d.id()), d.orderId(), d.lineNo(), Quantity.of(clean(q), unit)));
        given = given.add(q);
      }
    }
    BigDecimal rest = bd(supQty[s]).subtract(given);
    if (rest.signum() > 0) {
      out.add(Peg.toDemand(Optional.empty(), Optional.empty(), Optional.empty(), Quantity.of(clean(rest), unit)));
    } else if (rest.signum() < 0 && !out.isEmpty()) {
      Peg last = out.remove(out.size() - 1);
      BigDecimal q = last.quantity().value().add(rest);
      if (q.signum() > 0) {
        out.add(last.withQuantity(Quantity.of(clean(q), unit)));
      }
    }
    return List.copyOf(out);
  }

  /** The demands (by number) a supply ultimately serves, with the quantity apportioned to each. */
  private Map<Integer, BigDecimal> shares(int supply, Map<Integer, Map<Integer, BigDecimal>> memo) {
    Map<Integer, BigDecimal> known = memo.get(supply);
    if (known != null) {
      return known;
    }
    Map<Integer, BigDecimal> out = new HashMap<>();
    for (int a = supAllocStart[supply]; a < supAllocEnd[supply]; a++) {
      int t = allocTarget[a];
      BigDecimal q = bd(allocQty[a]);
      if (t >= 0) {
        out.merge(t, q, BigDecimal::add);
      } else if (t <= -2) {
        int parent = -2 - t;
        BigDecimal parentQty = bd(supQty[parent]);
        for (Map.Entry<Integer, BigDecimal> e : shares(parent, memo).entrySet()) {
          out.merge(e.getKey(), q.multiply(e.getValue()).divide(parentQty, SHARE), BigDecimal::add);
        }
      }
    }
    memo.put(supply, out);
    return out;
  }

  /** See {@code MrpResult#customerOrdersAtRisk}. */
  public List<AtRisk> customerOrdersAtRisk(PlannedOrder order) {
    if (!order.isPastDue()) {
      return List.of();
    }
    int s = supplyOf(order.sku(), order.id());
    if (s < 0) {
      return List.of();
    }
    int arrival = 1 + order.receiptPeriod() - order.idealReleasePeriod();
    Map<Integer, Map<Integer, BigDecimal>> memo = new HashMap<>();
    Map<DemandId, AtRisk> out = new TreeMap<>();
    Unit unit = units[supItem[s]];
    for (int a = supAllocStart[s]; a < supAllocEnd[s]; a++) {
      long days = cal.daysBetween(allocNeed[a], arrival);
      int t = allocTarget[a];
      if (days <= 0 || t == MrpEngine.STOCK) {
        continue;
      }
      BigDecimal q0 = bd(allocQty[a]);
      Map<Integer, BigDecimal> shares = new HashMap<>();
      if (t >= 0) {
        shares.put(t, q0);
      } else {
        int parent = -2 - t;
        BigDecimal parentQty = bd(supQty[parent]);
        for (Map.Entry<Integer, BigDecimal> e : shares(parent, memo).entrySet()) {
          shares.put(e.getKey(), q0.multiply(e.getValue()).divide(parentQty, SHARE));
        }
      }
      for (Map.Entry<Integer, BigDecimal> e : shares.entrySet()) {
        BigDecimal q = e.getValue().setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
        if (q.signum() <= 0) {
          continue;
        }
        Demand d = demands[e.getKey()];
        out.merge(d.id(), new AtRisk(d.id(), d.orderId(), d.lineNo(), Quantity.of(clean(q), unit), days),
            (x, y) -> new AtRisk(x.demand(), x.orderId(), x.lineNo(), x.quantity().plus(y.quantity()),
                Math.max(x.daysLate(), y.daysLate())));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * One allocation reached by downward pegging, with the period in which the customer order itself
   * needs it: the order's own need date carried down the levels, each parent's lead time earlier
   * (never before the plan's need period). It differs from the allocation's need period when the order
   * takes a later part of a shared lot (a lot-size surplus, 批量余量) that was sized for an earlier order.
   *
   * @param allocation      the allocation, its quantity the order's share
   * @param orderNeedPeriod the period the order needs it by
   */
  public record Reached(Allocation allocation, int orderNeedPeriod) {}

  /** See {@code MrpResult#peggingOf(DemandId)}. */
  public List<Allocation> peggingOf(DemandId demand) {
    List<Reached> reached = reach(demand);
    List<Allocation> out = new ArrayList<>(reached.size());
    for (Reached r : reached) {
      out.add(r.allocation());
    }
    return List.copyOf(out);
  }

  /** The allocations of {@link #peggingOf(DemandId)} with the order's own need periods. */
  public List<Reached> reach(DemandId demand) {
    Index ix = index();
    Integer d = ix.demandNo.get(demand);
    if (d == null || ix.demandStart[d + 1] == ix.demandStart[d]) {
      return List.of();
    }
    // allocations are in planning order, so every component allocation comes after the parent
    // allocations that reach it: taking them in index order visits each one once, with its full amount
    Reach reach = new Reach();
    for (int k = ix.demandStart[d]; k < ix.demandStart[d + 1]; k++) {
      int a = ix.byDemand[k];
      reach.add(a, bd(allocQty[a]), allocNeed[a]);
    }
    int[] reached = new int[16];
    int reachedCount = 0;
    while (!reach.pending.isEmpty()) {
      // a supply's allocations are numbered consecutively and everything that reaches them comes earlier,
      // so the reached allocations of one supply come off the heap together: pass their sum down once
      int next = reach.pending.pop();
      int supply = allocSupply[next];
      int slot = reach.slotOf(next);
      BigDecimal sum = reach.amount[slot];
      int need = reach.need[slot];
      int last = next;
      if (reachedCount == reached.length) {
        reached = Arrays.copyOf(reached, reachedCount * 2);
      }
      reached[reachedCount++] = next;
      while (!reach.pending.isEmpty() && allocSupply[reach.pending.peek()] == supply) {
        int other = reach.pending.pop();
        int o = reach.slotOf(other);
        sum = sum.add(reach.amount[o]);
        need = Math.min(need, reach.need[o]);
        last = other;
        if (reachedCount == reached.length) {
          reached = Arrays.copyOf(reached, reachedCount * 2);
        }
        reached[reachedCount++] = other;
      }
      descend(ix, supply, last, sum, need, reach);
    }
    Demand dm = demands[d];
    // uses of one supply for one need period merge into the first of them. A supply's allocations are
    // consecutive and in need-period order, and the reached ones come in index order, so each group is a
    // run of consecutive reached allocations.
    List<Reached> out = new ArrayList<>();
    int r = 0;
    while (r < reachedCount) {
      int first = reached[r];
      int slot = reach.slotOf(first);
      BigDecimal sum = reach.amount[slot];
      int need = reach.need[slot];
      int next = r + 1;
      while (next < reachedCount && allocSupply[reached[next]] == allocSupply[first]
          && allocNeed[reached[next]] == allocNeed[first]) {
        int other = reach.slotOf(reached[next]);
        sum = sum.add(reach.amount[other]);
        need = Math.min(need, reach.need[other]);
        next++;
      }
      r = next;
      BigDecimal q = sum.setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
      if (q.signum() > 0) {
        int s = allocSupply[first];
        int i = supItem[s];
        int planNeed = allocNeed[first];
        out.add(new Reached(new Allocation(skus[i], MrpEngine.KINDS[supKind[s]], supplyId(s), supPeriod[s], planNeed,
            dates.of(planNeed), Peg.toDemand(Optional.of(dm.id()), dm.orderId(), dm.lineNo(), Quantity.of(clean(q), units[i]))),
            need));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Passes {@code amount} of a parent supply (reached by the order, needed by it in {@code need}) down
   * to the component allocations that cover the supply, in proportion to their quantities.
   */
  private void descend(Index ix, int s, int lastAllocation, BigDecimal amount, int need, Reach reach) {
    if (!explodes(supKind[s])) {
      return;
    }
    int k0 = ix.kidStart[s];
    int k1 = ix.kidStart[s + 1];
    if (k0 == k1) {
      return;
    }
    BigDecimal total = bd(supQty[s]);
    int parentNeed = need - (supKind[s] == MrpEngine.PHANTOM ? 0 : supLead[s]);
    for (int k = k0; k < k1; k++) {
      int c = ix.kids[k];
      if (c <= lastAllocation) {
        throw new IllegalStateException("allocations are not in planning order at " + c);
      }
      reach.add(c, bd(allocQty[c]).multiply(amount).divide(total, SHARE), Math.max(allocNeed[c], parentNeed));
    }
  }

  /**
   * What one downward pegging query has reached so far: per allocation its apportioned amount and the
   * order's need period, in an open-addressing table keyed by allocation number, and the allocations
   * still to visit.
   */
  private static final class Reach {
    private int[] keys = new int[64];
    private int[] slots = new int[64];
    BigDecimal[] amount = new BigDecimal[32];
    int[] need = new int[32];
    private int size;
    final IntHeap pending = new IntHeap();

    Reach() {
      Arrays.fill(keys, -1);
    }

    /** Adds an amount reaching allocation {@code a}, needed by the order in period {@code needPeriod}. */
    void add(int a, BigDecimal q, int needPeriod) {
      int mask = keys.length - 1;
      int h = mix(a) & mask;
      while (keys[h] != -1) {
        if (keys[h] == a) {
          int slot = slots[h];
          amount[slot] = amount[slot].add(q);
          need[slot] = Math.min(need[slot], needPeriod);
          return;
        }
        h = (h + 1) & mask;
      }
      if (size == amount.length) {
        amount = Arrays.copyOf(amount, size * 2);
        need = Arrays.copyOf(need, size * 2);
      }
      keys[h] = a;
      slots[h] = size;
      amount[size] = q;
      need[size] = needPeriod;
      size++;
      pending.push(a);
      if (size * 2 > keys.length) {
        rehash();
      }
    }

    int slotOf(int a) {
      int mask = keys.length - 1;
      int h = mix(a) & mask;
      while (keys[h] != a) {
        if (keys[h] == -1) {
          throw new IllegalStateException("allocation " + a + " was not reached");
        }
        h = (h + 1) & mask;
      }
      return slots[h];
    }

    private void rehash() {
      int[] oldKeys = keys;
      int[] oldSlots = slots;
      keys = new int[oldKeys.length * 2];
      slots = new int[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != -1) {
          int h = mix(oldKeys[k]) & mask;
          while (keys[h] != -1) {
            h = (h + 1) & mask;
          }
          keys[h] = oldKeys[k];
          slots[h] = oldSlots[k];
        }
      }
    }

    private static int mix(int x) {
      int h = x * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** {@link #reach(DemandId)} of each line of a customer order, by demand id. */
  public List<Reached> reach(OrderId order) {
    TreeSet<DemandId> ds = index().demandsOfOrder.get(order);
    if (ds == null) {
      return List.of();
    }
    List<Reached> out = new ArrayList<>();
    for (DemandId d : ds) {
      out.addAll(reach(d));
    }
    return List.copyOf(out);
  }

  /** See {@code MrpResult#peggingOf(OrderId)}. */
  public List<Allocation> peggingOf(OrderId order) {
    TreeSet<DemandId> ds = index().demandsOfOrder.get(order);
    if (ds == null) {
      return List.of();
    }
    List<Allocation> out = new ArrayList<>();
    for (DemandId d : ds) {
      out.addAll(peggingOf(d));
    }
    return List.copyOf(out);
  }

  private static BigDecimal clean(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }

  /** A binary min-heap of allocation positions. */
  private static final class IntHeap {
    private int[] heap = new int[16];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    int peek() {
      return heap[0];
    }

    void push(int v) {
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (heap[parent] <= v) {
          break;
        }
        heap[i] = heap[parent];
        i = parent;
      }
      heap[i] = v;
    }

    int pop() {
      int top = heap[0];
      int last = heap[--size];
      int i = 0;
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (heap[child] >= last) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
      return top;
    }
  }
}

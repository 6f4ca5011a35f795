package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.product.Sku;

/**
 * The outcome of an MRP run: the time-phased record of every item (in planning order: low-level code,
 * then SKU), the planned orders with their pegs, every allocation of supply to requirement found by
 * pegging, and the action messages.
 *
 * <p>Pegging is stored single-level: each allocation ties a supply (stock, an open order, a planned
 * order, a phantom pass-through) to the requirement it covers one level up — a demand, a parent's
 * planned order ({@link Peg#parent()}) or stock kept. Full multi-level pegging is answered on query by
 * walking that graph: {@link #demandPegsOf(Sku, String)} upwards from any supply to the customer-order
 * lines it ultimately serves, {@link #peggingOf(DemandId)} and {@link #peggingOf(OrderId)} downwards
 * from a customer order to every material and planned order it needs. Both apportion proportionally
 * through the parent orders (see the methods for the exact rule), so the stored size grows with the
 * plan, not with the number of customer orders a shared component serves.
 *
 * <p>Immutable and thread-safe; equal inputs give equal results.
 */
public final class MrpResult {

  private static final MathContext SHARE = MathContext.DECIMAL64;

  private final PlanningCalendar calendar;
  private final List<ItemRecord> records;
  private final List<PlannedOrder> plannedOrders;
  private final List<Allocation> allocations;
  private final List<ActionMessage> actionMessages;
  private final Map<Sku, ItemRecord> recordBySku;
  private volatile Index index;

  /**
   * Marks a list that is already immutable (a compact view built by the MRP engine), so the result keeps
   * it instead of copying it element by element. Implement it only on lists that never change.
   */
  public interface ImmutableView {}

  /** Lookups over the single-level pegging graph, built on the first multi-level query. */
  private static final class Index {
    /** Allocation positions per supply (sku + id), in allocation order. */
    final Map<String, int[]> bySupply = new HashMap<>();
    /** Allocation positions per parent supply (the component allocations that cover it). */
    final Map<String, int[]> byParent = new HashMap<>();
    /** Direct allocation positions per demand. */
    final Map<DemandId, int[]> byDemand = new HashMap<>();
    /** The demands of each customer order, sorted. */
    final Map<OrderId, TreeSet<DemandId>> demandsOfOrder = new HashMap<>();
    /** Total allocated per supply: its quantity. */
    final Map<String, BigDecimal> quantity = new HashMap<>();
    /** Per allocation position: its pegged quantity. */
    BigDecimal[] allocQty;
    /** Per allocation position: the number of its supply (in order of first allocation). */
    int[] allocSupply;
    /** Per allocation position: its need period. */
    int[] allocNeed;
    /** Per allocation position: whether it passes down to components (planned order or phantom). */
    boolean[] explodes;
    /** Per supply number: the component allocation positions that cover it, or null. */
    int[][] kidsOf;
    /** Per supply number: its total allocated quantity (null for a parent with no allocations of its own). */
    BigDecimal[] total;
    /** Per allocation position: the supply number of the parent order it covers, or -1. */
    int[] allocParent;
    /** Per allocation position: the demand it covers directly, or null. */
    DemandId[] allocDemand;
    /** Per supply number: its allocation positions, in allocation order. */
    int[][] allocsOf;
    /** Supply numbers by supply key. */
    Map<String, Integer> supplyNo;
  }

  /**
   * Creates the result; used by {@link Mrp}.
   *
   * @param calendar       the planning calendar
   * @param records        records in planning order
   * @param plannedOrders  planned orders (not phantom pass-throughs)
   * @param allocations    all single-level pegging allocations, item by item in planning order
   * @param actionMessages action messages
   */
  public MrpResult(PlanningCalendar calendar, List<ItemRecord> records, List<PlannedOrder> plannedOrders,
      List<Allocation> allocations, List<ActionMessage> actionMessages) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.records = List.copyOf(records);
    this.plannedOrders = List.copyOf(plannedOrders);
    this.allocations = allocations instanceof ImmutableView ? allocations : List.copyOf(allocations);
    this.actionMessages = List.copyOf(actionMessages);
    Map<Sku, ItemRecord> m = new HashMap<>();
    for (ItemRecord r : this.records) {
      m.put(r.sku(), r);
    }
    this.recordBySku = Map.copyOf(m);
  }

  private static String key(Sku sku, String supplyId) {
    return sku.value() + '\u0000' + supplyId;
  }

  private Index index() {
    Index ix = index;
    if (ix != null) {
      return ix;
    }
    Index built = new Index();
    Map<String, List<Integer>> bySupply = new HashMap<>();
    Map<String, List<Integer>> byParent = new HashMap<>();
    Map<DemandId, List<Integer>> byDemand = new HashMap<>();
    int n = allocations.size();
    built.allocQty = new BigDecimal[n];
    built.allocSupply = new int[n];
    built.allocNeed = new int[n];
    built.explodes = new boolean[n];
    built.allocParent = new int[n];
    built.allocDemand = new DemandId[n];
    String[] parentKey = new String[n];
    Map<String, Integer> supplyNo = new HashMap<>();
    List<String> supplyKeys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Allocation a = allocations.get(i);
      String k = key(a.sku(), a.supplyId());
      Integer no = supplyNo.get(k);
      if (no == null) {
        no = supplyKeys.size();
        supplyNo.put(k, no);
        supplyKeys.add(k);
      }
      built.explodes[i] = a.supplyKind() == SupplyKind.PLANNED_ORDER || a.supplyKind() == SupplyKind.PHANTOM;
      built.allocQty[i] = a.peg().quantity().value();
      built.allocSupply[i] = no;
      built.allocNeed[i] = a.needPeriod();
      bySupply.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      built.quantity.merge(k, a.peg().quantity().value(), BigDecimal::add);
      Peg p = a.peg();
      if (p.parent().isPresent()) {
        parentKey[i] = key(p.parent().get().sku(), p.parent().get().supplyId());
        byParent.computeIfAbsent(parentKey[i], x -> new ArrayList<>()).add(i);
      }
      if (p.demand().isPresent()) {
        built.allocDemand[i] = p.demand().get();
        byDemand.computeIfAbsent(p.demand().get(), x -> new ArrayList<>()).add(i);
        if (p.orderId().isPresent()) {
          built.demandsOfOrder.computeIfAbsent(p.orderId().get(), x -> new TreeSet<>()).add(p.demand().get());
        }
      }
    }
    bySupply.forEach((k, v) -> built.bySupply.put(k, toArray(v)));
    byParent.forEach((k, v) -> built.byParent.put(k, toArray(v)));
    byDemand.forEach((k, v) -> built.byDemand.put(k, toArray(v)));
    for (int i = 0; i < n; i++) {
      if (parentKey[i] == null) {
        built.allocParent[i] = -1;
      } else {
        Integer no = supplyNo.get(parentKey[i]);
        if (no == null) {
          no = supplyKeys.size();
          supplyNo.put(parentKey[i], no);
          supplyKeys.add(parentKey[i]);
        }
        built.allocParent[i] = no;
      }
    }
    built.supplyNo = supplyNo;
    int supplies = supplyKeys.size();
    built.allocsOf = new int[supplies][];
    built.kidsOf = new int[supplies][];
    built.total = new BigDecimal[supplies];
    for (int no = 0; no < supplies; no++) {
      String k = supplyKeys.get(no);
      built.kidsOf[no] = built.byParent.get(k);
      built.total[no] = built.quantity.get(k);
      built.allocsOf[no] = built.bySupply.getOrDefault(k, new int[0]);
    }
    index = built;
    return built;
  }

  private static int[] toArray(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** The planning calendar. */
  public PlanningCalendar calendar() {
    return calendar;
  }

  /** Every item's record, in planning order. */
  public List<ItemRecord> records() {
    return records;
  }

  /** The record of one item, if it was planned. */
  public Optional<ItemRecord> record(Sku sku) {
    return Optional.ofNullable(recordBySku.get(Objects.requireNonNull(sku, "sku")));
  }

  /** All planned orders, in planning order of their items, then by receipt period. */
  public List<PlannedOrder> plannedOrders() {
    return plannedOrders;
  }

  /** The planned orders of one item, by receipt period. */
  public List<PlannedOrder> plannedOrdersOf(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    List<PlannedOrder> out = new ArrayList<>();
    for (PlannedOrder o : plannedOrders) {
      if (o.sku().equals(sku)) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  /** Every allocation of supply to requirement, item by item in planning order. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The allocations of one supply of an item ({@code ON_HAND}, a receipt id or a planned order id). */
  public List<Allocation> allocationsOf(Sku sku, String supplyId) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyId, "supplyId");
    int[] at = index().bySupply.getOrDefault(key(sku, supplyId), new int[0]);
    List<Allocation> out = new ArrayList<>(at.length);
    for (int i : at) {
      out.add(allocations.get(i));
    }
    return List.copyOf(out);
  }

  /**
   * Full pegging upwards (多层追溯): the customer-order lines and forecasts one supply of an item ultimately
   * serves, through all parent levels, plus what is kept in stock (a peg with an empty demand, listed last).
   *
   * <p>Apportioning rule: a supply's quantity pegged to a parent order is divided among what that parent
   * order serves in proportion to the parent's own pegs (q × parent peg ÷ parent quantity), recursively up
   * to the demands; the part of a parent order kept in stock counts as stock. Quantities are rounded to
   * {@value Quantity#MAX_SCALE} decimals and the rounding remainder goes to the last peg, so the pegs add up
   * exactly to the supply's quantity. Demands are listed by demand id.
   *
   * @param sku      the item
   * @param supplyId {@code ON_HAND}, a scheduled receipt's id or a planned order's id
   * @return the pegs, empty if the supply is unknown
   */
  public List<Peg> demandPegsOf(Sku sku, String supplyId) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyId, "supplyId");
    Index ix = index();
    String k = key(sku, supplyId);
    BigDecimal total = ix.quantity.get(k);
    if (total == null) {
      return List.of();
    }
    Map<Integer, Map<DemandId, BigDecimal>> memo = new HashMap<>();
    int no = ix.supplyNo.get(k);
    Map<DemandId, BigDecimal> shares = shares(ix, no, memo);
    Map<DemandId, Peg> ids = new HashMap<>();
    collectDemandPegs(ix, no, ids, new java.util.HashSet<>());
    Unit unit = record(sku).map(ItemRecord::unit).orElse(allocations.get(ix.bySupply.get(k)[0]).peg().quantity().unit());
    List<Peg> out = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (Map.Entry<DemandId, BigDecimal> e : new TreeMap<>(shares).entrySet()) {
      BigDecimal q = e.getValue().setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
      if (q.signum() > 0) {
        Peg like = ids.get(e.getKey());
        out.add(Peg.toDemand(like.demand(), like.orderId(), like.lineNo(), Quantity.of(clean(q), unit)));
        given = given.add(q);
      }
    }
    BigDecimal rest = total.subtract(given);
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

  /**
   * The customer-order lines a past-due planned order puts at risk (交期风险), through all levels: for
   * each allocation whose need date comes before the order can arrive (released today, it arrives
   * {@code 1 + lead time} periods from now), the demands it ultimately serves, apportioned as in
   * {@link #demandPegsOf(Sku, String)}, with the calendar days between that need date and the arrival
   * (the worst per demand). Empty for an order that is not past due. By demand id.
   */
  public List<AtRisk> customerOrdersAtRisk(PlannedOrder order) {
    Objects.requireNonNull(order, "order");
    if (!order.isPastDue()) {
      return List.of();
    }
    int arrival = 1 + order.receiptPeriod() - order.idealReleasePeriod();
    Index ix = index();
    Map<Integer, Map<DemandId, BigDecimal>> memo = new HashMap<>();
    Map<DemandId, AtRisk> out = new TreeMap<>();
    for (int i : ix.bySupply.getOrDefault(key(order.sku(), order.id()), new int[0])) {
      Allocation a = allocations.get(i);
      long days = calendar.daysBetween(a.needPeriod(), arrival);
      Peg p = a.peg();
      if (days <= 0 || p.isStock()) {
        continue;
      }
      Map<DemandId, BigDecimal> shares = new HashMap<>();
      Map<DemandId, Peg> like = new HashMap<>();
      if (p.demand().isPresent()) {
        shares.put(p.demand().get(), p.quantity().value());
        like.put(p.demand().get(), p);
      } else {
        int parent = ix.allocParent[i];
        BigDecimal parentQty = ix.total[parent];
        for (Map.Entry<DemandId, BigDecimal> e : shares(ix, parent, memo).entrySet()) {
          shares.put(e.getKey(), p.quantity().value().multiply(e.getValue()).divide(parentQty, SHARE));
        }
        collectDemandPegs(ix, parent, like, new java.util.HashSet<>());
      }
      for (Map.Entry<DemandId, BigDecimal> e : shares.entrySet()) {
        BigDecimal q = e.getValue().setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
        if (q.signum() <= 0) {
          continue;
        }
        Peg l = like.get(e.getKey());
        out.merge(e.getKey(), new AtRisk(e.getKey(), l.orderId(), l.lineNo(),
            Quantity.of(clean(q), p.quantity().unit()), days),
            (x, y) -> new AtRisk(x.demand(), x.orderId(), x.lineNo(), x.quantity().plus(y.quantity()),
                Math.max(x.daysLate(), y.daysLate())));
      }
    }
    return List.copyOf(out.values());
  }

  /** The multi-level pegs of a planned order: see {@link #demandPegsOf(Sku, String)}. */
  public List<Peg> demandPegsOf(PlannedOrder order) {
    Objects.requireNonNull(order, "order");
    return demandPegsOf(order.sku(), order.id());
  }

  private Map<DemandId, BigDecimal> shares(Index ix, int supply, Map<Integer, Map<DemandId, BigDecimal>> memo) {
    Map<DemandId, BigDecimal> known = memo.get(supply);
    if (known != null) {
      return known;
    }
    Map<DemandId, BigDecimal> out = new HashMap<>();
    for (int i : ix.allocsOf[supply]) {
      BigDecimal q = ix.allocQty[i];
      if (ix.allocDemand[i] != null) {
        out.merge(ix.allocDemand[i], q, BigDecimal::add);
      } else if (ix.allocParent[i] >= 0) {
        int parent = ix.allocParent[i];
        BigDecimal parentQty = ix.total[parent];
        for (Map.Entry<DemandId, BigDecimal> e : shares(ix, parent, memo).entrySet()) {
          out.merge(e.getKey(), q.multiply(e.getValue()).divide(parentQty, SHARE), BigDecimal::add);
        }
      }
    }
    memo.put(supply, out);
    return out;
  }

  private void collectDemandPegs(Index ix, int supply, Map<DemandId, Peg> into, java.util.Set<Integer> seen) {
    if (!seen.add(supply)) {
      return;
    }
    for (int i : ix.allocsOf[supply]) {
      if (ix.allocDemand[i] != null) {
        if (!into.containsKey(ix.allocDemand[i])) {
          into.put(ix.allocDemand[i], allocations.get(i).peg());
        }
      } else if (ix.allocParent[i] >= 0) {
        collectDemandPegs(ix, ix.allocParent[i], into, seen);
      }
    }
  }

  /**
   * Full pegging downwards (单据追溯): everything one demand needs, through all levels — each use of
   * stock, each open order and each planned order of every item in its product structure, as allocations
   * whose peg names the demand. The quantities below the demand's own item are apportioned: a component
   * allocation covering a parent order counts for the demand in proportion to the part of the parent
   * order the demand takes (quantity × demand's share ÷ parent quantity, multiplied down the levels),
   * rounded to {@value Quantity#MAX_SCALE} decimals; shares that round to zero are left out. Uses of one
   * supply for one need period (for instance a component reached through two parents) are merged into one
   * allocation. Listed in the order of {@link #allocations()}.
   */
  public List<Allocation> peggingOf(DemandId demand) {
    Objects.requireNonNull(demand, "demand");
    Index ix = index();
    int[] direct = ix.byDemand.get(demand);
    if (direct == null) {
      return List.of();
    }
    // allocations are in planning order, so every component allocation comes after the parent
    // allocations that reach it: taking them in index order visits each one once, with its full amount
    Map<Integer, BigDecimal> amount = new HashMap<>();
    IntHeap pending = new IntHeap();
    for (int i : direct) {
      BigDecimal q = ix.allocQty[i];
      BigDecimal had = amount.put(i, q);
      if (had == null) {
        pending.push(i);
      } else {
        amount.put(i, had.add(q));
      }
    }
    int[] reached = new int[16];
    int reachedCount = 0;
    while (!pending.isEmpty()) {
      int next = pending.pop();
      if (reachedCount == reached.length) {
        reached = Arrays.copyOf(reached, reachedCount * 2);
      }
      reached[reachedCount++] = next;
      descend(ix, next, amount.get(next), amount, pending);
    }
    Peg like = allocations.get(direct[0]).peg();
    // uses of one supply for one need period merge into the first of them; firsts come in index order
    Map<Long, Integer> firstOf = new HashMap<>();
    Map<Integer, BigDecimal> merged = new HashMap<>();
    int[] firsts = new int[reachedCount];
    int firstCount = 0;
    for (int r = 0; r < reachedCount; r++) {
      int i = reached[r];
      long mergeKey = ((long) ix.allocSupply[i] << 32) | (ix.allocNeed[i] & 0xffffffffL);
      Integer first = firstOf.putIfAbsent(mergeKey, i);
      if (first == null) {
        firsts[firstCount++] = i;
        merged.put(i, amount.get(i));
      } else {
        merged.put(first, merged.get(first).add(amount.get(i)));
      }
    }
    List<Allocation> out = new ArrayList<>(firstCount);
    for (int f = 0; f < firstCount; f++) {
      int i = firsts[f];
      BigDecimal q = merged.get(i).setScale(Quantity.MAX_SCALE, RoundingMode.HALF_UP);
      if (q.signum() > 0) {
        Allocation a = allocations.get(i);
        out.add(new Allocation(a.sku(), a.supplyKind(), a.supplyId(), a.supplyPeriod(), a.needPeriod(), a.needDate(),
            Peg.toDemand(like.demand(), like.orderId(), like.lineNo(),
                Quantity.of(clean(q), a.peg().quantity().unit()))));
      }
    }
    return List.copyOf(out);
  }

  private void descend(Index ix, int allocation, BigDecimal amount, Map<Integer, BigDecimal> amounts,
      IntHeap pending) {
    if (!ix.explodes[allocation]) {
      return;
    }
    int no = ix.allocSupply[allocation];
    int[] kids = ix.kidsOf[no];
    if (kids == null) {
      return;
    }
    BigDecimal total = ix.total[no];
    for (int c : kids) {
      if (c <= allocation) {
        throw new IllegalStateException("allocations are not in planning order: " + allocations.get(c));
      }
      BigDecimal share = ix.allocQty[c].multiply(amount).divide(total, SHARE);
      BigDecimal had = amounts.put(c, share);
      if (had == null) {
        pending.push(c);
      } else {
        amounts.put(c, had.add(share));
      }
    }
  }

  /** A binary min-heap of allocation positions. */
  private static final class IntHeap {
    private int[] heap = new int[16];
    private int size;

    boolean isEmpty() {
      return size == 0;
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

  /**
   * Everything one customer order needs, through all levels and all its lines: {@link #peggingOf(DemandId)}
   * of each of its lines, by demand id.
   */
  public List<Allocation> peggingOf(OrderId order) {
    Objects.requireNonNull(order, "order");
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

  /** The action messages: by item in planning order, then by type and reference. */
  public List<ActionMessage> actionMessages() {
    return actionMessages;
  }

  /** The action messages of one type. */
  public List<ActionMessage> actionMessages(ActionType type) {
    Objects.requireNonNull(type, "type");
    List<ActionMessage> out = new ArrayList<>();
    for (ActionMessage m : actionMessages) {
      if (m.type() == type) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MrpResult)) {
      return false;
    }
    MrpResult r = (MrpResult) o;
    return calendar.equals(r.calendar) && records.equals(r.records) && plannedOrders.equals(r.plannedOrders)
        && allocations.equals(r.allocations) && actionMessages.equals(r.actionMessages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(records, plannedOrders, actionMessages);
  }

  @Override
  public String toString() {
    return "MrpResult[" + records.size() + " items, " + plannedOrders.size() + " planned orders, "
        + actionMessages.size() + " action messages]";
  }
}

package org.gendan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;

/**
 * Scale harness for MRP (issue 4): a seeded generator of the data set — 100,000 items in up to
 * 10 levels, 500,000 BOM lines with shared components, 50,000 customer-order lines over a one-year daily
 * horizon (365 working days) — planned with full pegging at 25 %, 50 % and 100 % of that size. Prints,
 * per size, the wall time of the first {@link Mrp#run} (after a full collection: it includes compiling and
 * growing the heap), then, after two more runs that let the heap settle, the median of five runs back to
 * back, as a planning service runs them (and the median CPU
 * time of the calling thread, of the whole process and of the collector, which stay meaningful on a
 * shared machine), the peak heap
 * during those runs and the heap still used by problem + result, then the time of 100 multi-level
 * pegging queries each way (random planned orders up to customer orders, random order lines down).
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar org.gendan.benchmarks.MrpScaleBenchmark [seed]}.
 *
 * <p>The generated plan: items are split evenly over 10 levels; every item above the last level gets 5
 * or 6 components (500,000 lines in all), 70 % from the next level and 30 % from any deeper level, so
 * components are shared by about five parents on average; quantity per is 1 (70 %), 2 (20 %) or 4. End
 * items (level 0) are planned lot-for-lot; below, 90 % use a period order quantity of 14 to 60 days
 * (typical for components planned in daily buckets) and 10 % a fixed order quantity of 5,000 to 50,000.
 * Lead times are 1–5 days for made and 3–15 days for bought items; 30 % of the
 * items have stock and 5 % an open order. Demands are spread evenly over the end items and the year.
 */
public final class MrpScaleBenchmark {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final int PERIODS = 365;
  private static final int LEVELS = 10;
  /** Runs after the first that let the heap settle, not measured. */
  private static final int WARMUPS = 2;
  /** Measured runs per size. */
  private static final int RUNS = 5;
  /** Pegging queries per direction after the runs; {@code -Dgendan.bench.queries=0} skips them. */
  private static final int QUERIES = Integer.getInteger("gendan.bench.queries", 100);
  private static final long[] QUANTITY_PER = {1, 1, 1, 1, 1, 1, 1, 2, 2, 4};

  private MrpScaleBenchmark() {}

  /**
   * Runs the harness.
   *
   * @param args optional seed (default 20260401), then optional size fractions (default 0.25 0.5 1)
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 20_260_401L;
    double[] fractions = {0.25, 0.5, 1.0};
    if (args.length > 1) {
      fractions = new double[args.length - 1];
      for (int i = 1; i < args.length; i++) {
        fractions[i - 1] = Double.parseDouble(args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "MRP scale benchmark, seed %d, max heap %d MB, %d processors%n", seed,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    System.out.println("size | items | BOM lines | demands | planned orders | allocations | first run (s) | median run (s) | runs (s)"
        + " | median thread CPU (s) | median process CPU (s) | median GC time (s) | peak heap (MB) | retained (MB)");
    for (double f : fractions) {
      MrpProblem p = generate(seed, f);
      measure(f, p);
    }
  }

  private static void measure(double fraction, MrpProblem p) {
    System.gc();
    long f0 = System.nanoTime();
    MrpResult warm = Mrp.run(p).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    double first = (System.nanoTime() - f0) / 1e9;
    warm = null;
    for (int i = 0; i < WARMUPS; i++) {
      warm = Mrp.run(p).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    }
    warm = null;
    double[] secs = new double[RUNS];
    double[] cpu = new double[RUNS];
    double[] proc = new double[RUNS];
    double[] gc = new double[RUNS];
    long peak = 0;
    MrpResult result = null;
    for (int i = 0; i < RUNS; i++) {
      result = null;  // the previous result is garbage, as it is for a service that has published it
      resetPeaks();
      long c0 = THREADS.getCurrentThreadCpuTime();
      long p0 = processCpu();
      long g0 = gcMillis();
      long t0 = System.nanoTime();
      result = Mrp.run(p).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      secs[i] = (System.nanoTime() - t0) / 1e9;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      proc[i] = (processCpu() - p0) / 1e9;
      gc[i] = (gcMillis() - g0) / 1e3;
      peak = Math.max(peak, peakHeap());
    }
    System.gc();
    long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    List<PlannedOrder> orders = result.plannedOrders();
    StringBuilder runs = new StringBuilder();
    for (double x : secs) {
      runs.append(runs.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", x));
    }
    System.out.printf(Locale.ROOT, "%3.0f %% | %,d | %,d | %,d | %,d | %,d | %.2f | %.2f | %s | %.2f | %.2f | %.2f | %,d | %,d%n",
        fraction * 100, p.items().size(), p.bom().lines().size(), p.demands().size(), orders.size(),
        result.allocations().size(), first, median(secs), runs, median(cpu), median(proc),
        median(gc), peak >> 20, retained >> 20);
    if (QUERIES == 0) {
      return;
    }
    SplittableRandom r = new SplittableRandom(7);
    long q0 = System.nanoTime();
    long up = 0;
    for (int i = 0; i < QUERIES; i++) {
      up += result.demandPegsOf(orders.get(r.nextInt(orders.size()))).size();
    }
    long q1 = System.nanoTime();
    long down = 0;
    for (int i = 0; i < QUERIES; i++) {
      down += result.peggingOf(p.demands().get(r.nextInt(p.demands().size())).id()).size();
    }
    long q2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "      full pegging on query: %d random planned orders up to customer orders %.2f s"
        + " (%,d pegs), %d random order lines down to materials %.2f s (%,d allocations)%n",
        QUERIES, (q1 - q0) / 1e9, up, QUERIES, (q2 - q1) / 1e9, down);
    if (warm != null) {
      throw new IllegalStateException("unreachable");
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the whole process (all threads, the collector's included), or 0 where the JVM does not say. */
  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0L;
  }

  /** Total time the collectors report, in milliseconds. */
  private static long gcMillis() {
    long sum = 0;
    for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) {
        b.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
      if (b.getType() == MemoryType.HEAP) {
        sum += b.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The generated problem at a fraction of the size.
   *
   * @param seed     the seed of the generator
   * @param fraction 1.0 for 100,000 items, 500,000 BOM lines and 50,000 demand lines
   */
  public static MrpProblem generate(long seed, double fraction) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int items = (int) Math.round(100_000 * fraction);
    int lines = (int) Math.round(500_000 * fraction);
    int demands = (int) Math.round(50_000 * fraction);
    int perLevel = items / LEVELS;
    Sku[] skus = new Sku[items];
    int[] level = new int[items];
    for (int i = 0; i < items; i++) {
      level[i] = Math.min(LEVELS - 1, i / perLevel);
      skus[i] = Sku.of(String.format(Locale.ROOT, "L%d-%06d", level[i], i));
    }
    int parents = perLevel * (LEVELS - 1);
    List<BomLine> bom = new ArrayList<>(lines);
    for (int p = 0; p < parents; p++) {
      int k = lines / parents + (p < lines % parents ? 1 : 0);
      Set<Integer> used = new HashSet<>();
      int lv = level[p];
      while (used.size() < k) {
        int childLevel = lv + 1 == LEVELS - 1 || rnd.nextInt(10) < 7 ? lv + 1 : lv + 1 + rnd.nextInt(LEVELS - 1 - lv);
        int from = childLevel * perLevel;
        int to = childLevel == LEVELS - 1 ? items : from + perLevel;
        int c = from + rnd.nextInt(to - from);
        if (used.add(c)) {
          bom.add(BomLine.of(skus[p], skus[c], BigDecimal.valueOf(QUANTITY_PER[rnd.nextInt(QUANTITY_PER.length)])));
        }
      }
    }
    BillOfMaterials b = BillOfMaterials.of(bom).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    List<PlanningItem> planning = new ArrayList<>(items);
    List<InventoryPosition> stock = new ArrayList<>();
    List<ScheduledReceipt> receipts = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      boolean leaf = level[i] == LEVELS - 1;
      LotSizingRule rule;
      PlanningItem.Builder it = PlanningItem.builder().sku(skus[i]).unit(Unit.PCS)
          .makeOrBuy(leaf ? MakeOrBuy.BUY : MakeOrBuy.MAKE)
          .leadTimePeriods(leaf ? 3 + rnd.nextInt(13) : 1 + rnd.nextInt(5));
      if (level[i] == 0) {
        rule = LotSizingRules.lotForLot();
      } else if (rnd.nextInt(10) < 9) {
        rule = LotSizingRules.periodOrderQuantity(14 + rnd.nextInt(47));
      } else {
        rule = LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(5_000L * (1 + rnd.nextInt(10))));
      }
      planning.add(it.lotSizing(rule).build());
      if (rnd.nextInt(10) < 3) {
        stock.add(InventoryPosition.of(skus[i], Quantity.of(rnd.nextInt(2_000), Unit.PCS)));
      }
      if (rnd.nextInt(20) == 0) {
        receipts.add(ScheduledReceipt.purchase("PO-" + i, skus[i], Quantity.of(100 + rnd.nextInt(900), Unit.PCS),
            START.plusDays(rnd.nextInt(60))));
      }
    }
    List<Demand> ds = new ArrayList<>(demands);
    for (int d = 0; d < demands; d++) {
      int end = rnd.nextInt(perLevel);
      ds.add(Demand.ofOrderLine(OrderId.of("SO-" + (d / 4)), 1 + d % 4, skus[end],
          Quantity.of(1 + rnd.nextInt(100), Unit.PCS), START.plusDays(rnd.nextInt(PERIODS)),
          CustomerTier.values()[rnd.nextInt(CustomerTier.values().length)]));
    }
    PlanningCalendar cal = PlanningCalendar.daily(START, PERIODS, EnumSet.allOf(DayOfWeek.class), Set.of());
    return MrpProblem.builder().items(planning).bom(b).inventory(stock).scheduledReceipts(receipts)
        .demands(ds).calendar(cal).build();
  }
}

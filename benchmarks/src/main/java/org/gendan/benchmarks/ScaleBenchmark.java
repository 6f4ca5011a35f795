package org.gendan.benchmarks;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gendan.scheduling.schedule.PriorityRule;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * The scale benchmark: times gendan's constructive schedule ({@link Scheduler#schedule}) on factories
 * from {@link FactoryGenerator} of growing size and prints one table row per size: the median and
 * fastest wall time of the measured runs (after warm-up runs on the same problem), the CPU time of
 * the scheduling thread and the collectors' time (so that figures from a shared machine can be read), the time per
 * 10,000 order lines, and the ratio to the previous size's median (near 2 for each doubling when the
 * scheduler is near-linear). Targets (issue 3): 10,000 order lines under 1 s, 100,000 under 15 s.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.gendan.benchmarks.ScaleBenchmark
 * [--sizes 12500,25000,50000,100000] [--warmup 2] [--runs 5] [--seed 20260302] [--rule EDD]}
 */
public final class ScaleBenchmark {

  private ScaleBenchmark() {}

  /** The options of one run; see the class comment. */
  record Options(int[] sizes, int warmup, int runs, long seed, PriorityRule rule) {

    static Options parse(String[] args) {
      int[] sizes = {12_500, 25_000, 50_000, 100_000};
      int warmup = 2;
      int runs = 5;
      long seed = 20_260_302L;
      PriorityRule rule = PriorityRules.EDD;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--sizes":
            sizes = Arrays.stream(required(args[i], value).split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
            break;
          case "--warmup":
            warmup = Integer.parseInt(required(args[i], value));
            break;
          case "--runs":
            runs = Integer.parseInt(required(args[i], value));
            break;
          case "--seed":
            seed = Long.parseLong(required(args[i], value));
            break;
          case "--rule":
            rule = rule(required(args[i], value));
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]
                + "; options: --sizes N,N,... --warmup W --runs R --seed S --rule EDD|TIER_THEN_EDD|MIN_SLACK|WSPT|ATC");
        }
        i++;
      }
      if (sizes.length == 0 || Arrays.stream(sizes).anyMatch(n -> n < 1 || n > FactoryGenerator.MAX_ORDER_LINES)) {
        throw new IllegalArgumentException("sizes must be 1.." + FactoryGenerator.MAX_ORDER_LINES + ", got " + Arrays.toString(sizes));
      }
      if (warmup < 0 || runs < 1) {
        throw new IllegalArgumentException("need --warmup ≥ 0 and --runs ≥ 1, got " + warmup + " and " + runs);
      }
      return new Options(sizes, warmup, runs, seed, rule);
    }

    private static String required(String option, String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return value;
    }

    private static PriorityRule rule(String name) {
      switch (name) {
        case "EDD":
          return PriorityRules.EDD;
        case "TIER_THEN_EDD":
          return PriorityRules.TIER_THEN_EDD;
        case "MIN_SLACK":
          return PriorityRules.MIN_SLACK;
        case "WSPT":
          return PriorityRules.WSPT;
        case "ATC":
          return PriorityRules.ATC;
        default:
          throw new IllegalArgumentException("unknown rule " + name + "; rules: EDD, TIER_THEN_EDD, MIN_SLACK, WSPT, ATC");
      }
    }
  }

  /**
   * One measured size: medians and minimum over the measured runs of the wall time, of the CPU time
   * of the scheduling thread and of the garbage collectors' time.
   */
  record Row(int orderLines, int operations, long generateMillis, double medianMillis, double fastestMillis, double medianCpuMillis,
      double medianGcMillis, Schedule schedule) {}

  /**
   * Runs the benchmark and prints the table to standard output.
   *
   * @param args the options; see the class comment
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(options, System.out);
  }

  static List<Row> run(Options options, PrintStream out) {
    Scheduler scheduler = Scheduler.of(options.rule());
    out.printf(Locale.ROOT, "# gendan scale benchmark: constructive schedule, rule %s, seed %d, %d warm-up + %d measured runs per size%n",
        options.rule().name(), options.seed(), options.warmup(), options.runs());
    out.printf(Locale.ROOT, "# java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "%9s %7s %6s %8s %10s %10s %10s %8s %11s %7s %7s %14s %6s %6s%n",
        "lines", "ops", "weeks", "gen_ms", "median_ms", "min_ms", "cpu_ms", "gc_ms", "ms_per_10k", "ratio", "cpu_rat", "weighted_tard",
        "late%", "util%");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    List<Row> rows = new ArrayList<>();
    Row previous = null;
    for (int n : options.sizes()) {
      long g0 = System.nanoTime();
      SchedulingProblem problem = FactoryGenerator.generate(n, options.seed());
      long generateMillis = (System.nanoTime() - g0) / 1_000_000;
      Schedule schedule = null;
      for (int w = 0; w < options.warmup(); w++) {
        schedule = scheduler.schedule(problem);
      }
      double[] millis = new double[options.runs()];
      double[] cpuMillis = new double[options.runs()];
      double[] gcMillis = new double[options.runs()];
      for (int r = 0; r < options.runs(); r++) {
        System.gc();
        long gc0 = gcMillis();
        long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        schedule = scheduler.schedule(problem);
        millis[r] = (System.nanoTime() - t0) / 1e6;
        cpuMillis[r] = cpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
        gcMillis[r] = gcMillis() - gc0;
      }
      double fastest = Arrays.stream(millis).min().orElseThrow();
      double median = median(millis);
      Row row = new Row(n, schedule.assignments().size(), generateMillis, median, fastest, median(cpuMillis), median(gcMillis), schedule);
      rows.add(row);
      String ratio = previous == null ? "-" : String.format(Locale.ROOT, "%.2f", median / previous.medianMillis());
      String cpuRatio = previous == null || !cpu ? "-" : String.format(Locale.ROOT, "%.2f", row.medianCpuMillis() / previous.medianCpuMillis());
      double weeks = schedule.totals().makespanMinutes() / (7 * 1440.0);
      long planned = schedule.loads().stream().mapToLong(l -> l.plannedMinutes()).sum();
      long available = schedule.loads().stream().mapToLong(l -> l.workingMinutes()).sum();
      out.printf(Locale.ROOT, "%9d %7d %6.1f %8d %10.1f %10.1f %10.1f %8.1f %11.1f %7s %7s %14d %6.1f %6.1f%n",
          n, row.operations(), weeks, generateMillis, median, fastest, row.medianCpuMillis(), row.medianGcMillis(),
          median * 10_000 / n, ratio, cpuRatio,
          schedule.totals().weightedTardiness(), 100.0 * schedule.totals().lateJobs() / n,
          available == 0 ? 0 : 100.0 * planned / available);
      out.flush();
      previous = row;
    }
    out.println("# median_ms/min_ms: wall time of Scheduler.schedule; cpu_ms: CPU time of the scheduling thread (robust when the");
    out.println("# machine is shared); gc_ms: garbage-collector time during the run (all medians over the measured runs)");
    out.println("# ratio, cpu_rat = median wall / CPU time over the previous size's; doubling the size -> 2.0 is linear, 2.1-2.2 n log n");
    out.println("# targets (issue 3): 10,000 order lines < 1,000 ms; 100,000 order lines < 15,000 ms");
    return rows;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}

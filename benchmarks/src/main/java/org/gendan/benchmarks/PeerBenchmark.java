package org.gendan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gendan.benchmarks.peer.TimefoldRun;

/**
 * The side-by-side benchmark against Timefold Solver on parallel-line weighted tardiness. For every
 * instance and budget it runs gendan's scheduler ({@link GendanTardinessRun}) and then Timefold
 * ({@link TimefoldRun}) in this process, one after the other, recomputes both objectives from the job
 * sequences ({@link ParallelTardinessInstance#weightedTardiness}), checks them against what each
 * solver reported, and prints gendan's objective divided by Timefold's (target ≤ 1.0), then a
 * summary per size and budget. Before measuring, both solvers solve a small instance once (class
 * loading and JIT warm-up).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.gendan.benchmarks.PeerBenchmark
 * [--sizes 200x5,1000x20] [--instances 3] [--budgets-ms 1000,10000] [--seed 20260302] [--write DIR]}
 * or, for instances from an OR-Library file, {@code --file FILE --n JOBS --machines M [--limit K]}.
 * {@code --write DIR} also writes the generated instances in the OR-Library format, one file per size
 * ({@code wt200x5.txt}).
 */
public final class PeerBenchmark {

  /** (TF, RDD) of the generated instances, used in turn. */
  static final double[][] TF_RDD = {{0.6, 0.6}, {0.8, 0.4}, {0.4, 0.8}, {1.0, 0.2}, {0.2, 1.0}, {0.6, 0.2}};

  private PeerBenchmark() {}

  /** The options of one run; see the class comment. */
  record Options(List<int[]> sizes, int instances, long[] budgetsMillis, long seed, Path write, Path file, int fileJobs,
      int fileMachines, int limit) {

    static Options parse(String[] args) {
      List<int[]> sizes = List.of(new int[] {200, 5}, new int[] {1000, 20});
      int instances = 3;
      long[] budgets = {1000, 10_000};
      long seed = 20_260_302L;
      Path write = null;
      Path file = null;
      int n = 0;
      int machines = 1;
      int limit = Integer.MAX_VALUE;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String v = args[i + 1];
        switch (args[i]) {
          case "--sizes":
            sizes = new ArrayList<>();
            for (String s : v.split(",")) {
              String[] nm = s.strip().split("x");
              if (nm.length != 2) {
                throw new IllegalArgumentException("a size is JOBSxLINES, e.g. 200x5; got " + s);
              }
              sizes.add(new int[] {Integer.parseInt(nm[0]), Integer.parseInt(nm[1])});
            }
            break;
          case "--instances":
            instances = Integer.parseInt(v);
            break;
          case "--budgets-ms":
            budgets = Arrays.stream(v.split(",")).mapToLong(s -> Long.parseLong(s.strip())).toArray();
            break;
          case "--seed":
            seed = Long.parseLong(v);
            break;
          case "--write":
            write = Path.of(v);
            break;
          case "--file":
            file = Path.of(v);
            break;
          case "--n":
            n = Integer.parseInt(v);
            break;
          case "--machines":
            machines = Integer.parseInt(v);
            break;
          case "--limit":
            limit = Integer.parseInt(v);
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i] + "; options: --sizes 200x5,1000x20 --instances K"
                + " --budgets-ms 1000,10000 --seed S --write DIR, or --file FILE --n JOBS --machines M --limit K");
        }
      }
      if (instances < 1 || limit < 1 || machines < 1 || budgets.length == 0 || Arrays.stream(budgets).anyMatch(b -> b < 1 || b > 3_600_000)) {
        throw new IllegalArgumentException("need --instances ≥ 1, --limit ≥ 1, --machines ≥ 1 and budgets of 1..3,600,000 ms");
      }
      if (file != null && n < 1) {
        throw new IllegalArgumentException("--file needs --n, the number of jobs per instance");
      }
      return new Options(List.copyOf(sizes), instances, budgets, seed, write, file, n, machines, limit);
    }
  }

  /** The result of one instance at one budget. */
  record Result(String instance, long budgetMillis, long gendan, long gendanMillis, long timefold, long timefoldMillis, String problems) {

    /**
     * gendan / Timefold: 1 when both are 0, infinite when only Timefold's is 0, NaN when either has no
     * complete valid solution ({@link Long#MAX_VALUE}).
     */
    double ratio() {
      if (gendan == Long.MAX_VALUE || timefold == Long.MAX_VALUE) {
        return Double.NaN;
      }
      if (timefold == 0) {
        return gendan == 0 ? 1.0 : Double.POSITIVE_INFINITY;
      }
      return (double) gendan / timefold;
    }
  }

  /**
   * Runs the benchmark and prints the table to standard output.
   *
   * @param args the options; see the class comment
   */
  public static void main(String[] args) throws IOException {
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

  static List<Result> run(Options options, PrintStream out) throws IOException {
    List<List<ParallelTardinessInstance>> groups = instances(options);
    out.printf(Locale.ROOT, "# gendan vs Timefold Solver, parallel-line weighted tardiness; seed %d; java %s, %d processors%n",
        options.seed(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    ParallelTardinessInstance warm = ParallelTardinessInstance.generate("warm-up", 60, 3, 0.6, 0.6, options.seed());
    for (int w = 0; w < 2; w++) {
      GendanTardinessRun.solve(warm, Duration.ofMillis(1000), options.seed());
      TimefoldRun.solve(warm, Duration.ofMillis(1000), options.seed());
    }
    out.printf(Locale.ROOT, "%-12s %5s %5s %9s %12s %9s %12s %9s %9s  %s%n",
        "instance", "TF", "RDD", "budget_ms", "gendan", "g_ms", "timefold", "t_ms", "ratio", "checks");
    List<Result> all = new ArrayList<>();
    for (List<ParallelTardinessInstance> group : groups) {
      List<Result> results = new ArrayList<>();
      for (long budget : options.budgetsMillis()) {
        for (int k = 0; k < group.size(); k++) {
          ParallelTardinessInstance in = group.get(k);
          Result r = compare(in, budget, options.seed() + k);
          results.add(r);
          double[] tfRdd = options.file() == null ? TF_RDD[k % TF_RDD.length] : new double[] {Double.NaN, Double.NaN};
          out.printf(Locale.ROOT, "%-12s %5.1f %5.1f %9d %12s %9d %12s %9d %9s  %s%n", r.instance(), tfRdd[0], tfRdd[1], budget,
              objective(r.gendan()), r.gendanMillis(), objective(r.timefold()), r.timefoldMillis(),
              Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.4f", r.ratio()), r.problems().isEmpty() ? "ok" : r.problems());
          out.flush();
        }
      }
      summary(group, results, options.budgetsMillis(), out);
      all.addAll(results);
    }
    out.println("# objectives recomputed from each solver's line sequences (jobs back to back from 0); checks = both");
    out.println("# solutions complete, valid, and equal to the objective the solver reported. Target: ratio <= 1.0.");
    return all;
  }

  private static String objective(long value) {
    return value == Long.MAX_VALUE ? "none" : Long.toString(value);
  }

  /** One instance at one budget: gendan first, then Timefold, both verified. */
  static Result compare(ParallelTardinessInstance in, long budgetMillis, long seed) {
    List<String> problems = new ArrayList<>();
    GendanTardinessRun.Outcome g = GendanTardinessRun.solve(in, Duration.ofMillis(budgetMillis), seed);
    long gendan = verified("gendan", in, g.sequences(), g.reportedObjective(), problems);
    TimefoldRun.Outcome t = TimefoldRun.solve(in, Duration.ofMillis(budgetMillis), seed);
    long timefold;
    if (t.unassigned() > 0) {
      problems.add("timefold left " + t.unassigned() + " jobs unassigned");
      timefold = Long.MAX_VALUE;
    } else {
      timefold = verified("timefold", in, t.sequences(), t.reportedObjective(), problems);
    }
    return new Result(in.name(), budgetMillis, gendan, g.millis(), timefold, t.millis(), String.join("; ", problems));
  }

  private static long verified(String solver, ParallelTardinessInstance in, List<int[]> sequences, long reported, List<String> problems) {
    long objective;
    try {
      objective = in.weightedTardiness(sequences);
    } catch (IllegalArgumentException e) {
      problems.add(solver + " solution invalid: " + e.getMessage());
      return Long.MAX_VALUE;
    }
    if (objective != reported) {
      problems.add(solver + " reported " + reported + " but its sequences give " + objective);
    }
    return objective;
  }

  private static void summary(List<ParallelTardinessInstance> group, List<Result> results, long[] budgets, PrintStream out) {
    ParallelTardinessInstance first = group.get(0);
    for (long budget : budgets) {
      List<Result> rs = results.stream().filter(r -> r.budgetMillis() == budget).toList();
      long better = rs.stream().filter(r -> r.ratio() < 1).count();
      long equal = rs.stream().filter(r -> r.ratio() == 1).count();
      long worse = rs.stream().filter(r -> r.ratio() > 1).count();
      long incomplete = rs.stream().filter(r -> r.timefold() == Long.MAX_VALUE).count();
      double logSum = 0;
      int finite = 0;
      double max = 0;
      for (Result r : rs) {
        if (!Double.isNaN(r.ratio())) {
          max = Math.max(max, r.ratio());
        }
        if (r.ratio() > 0 && Double.isFinite(r.ratio())) {
          logSum += Math.log(r.ratio());
          finite++;
        }
      }
      long bad = rs.stream().filter(r -> !r.problems().isEmpty()).count();
      long sumGendan = rs.stream().filter(r -> !Double.isNaN(r.ratio())).mapToLong(Result::gendan).sum();
      long sumTimefold = rs.stream().filter(r -> !Double.isNaN(r.ratio())).mapToLong(Result::timefold).sum();
      out.printf(Locale.ROOT, "# summary %d jobs x %d lines, budget %d ms: %d instances; gendan better %d, equal %d, worse %d;"
              + " Timefold without a complete solution %d; over instances with both complete: total ratio %s, geometric mean"
              + " ratio %s (ratios > 0), max ratio %s; %d with a failed check%n",
          first.jobs(), first.lines(), budget, rs.size(), better, equal, worse, incomplete,
          sumTimefold == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) sumGendan / sumTimefold),
          finite == 0 ? "-" : String.format(Locale.ROOT, "%.4f", Math.exp(logSum / finite)),
          better + equal + worse == 0 ? "-" : String.format(Locale.ROOT, "%.4f", max), bad);
    }
  }

  private static List<List<ParallelTardinessInstance>> instances(Options options) throws IOException {
    if (options.file() != null) {
      String text = Files.readString(options.file(), StandardCharsets.US_ASCII);
      String name = options.file().getFileName().toString().replaceFirst("\\.txt$", "");
      List<ParallelTardinessInstance> all = ParallelTardinessInstance.read(text, options.fileJobs(), options.fileMachines(), name);
      return List.of(all.subList(0, Math.min(options.limit(), all.size())));
    }
    List<List<ParallelTardinessInstance>> out = new ArrayList<>();
    for (int[] size : options.sizes()) {
      List<ParallelTardinessInstance> group = new ArrayList<>();
      for (int k = 0; k < options.instances(); k++) {
        double[] tfRdd = TF_RDD[k % TF_RDD.length];
        long seed = options.seed() * 1_000_003L + size[0] * 101L + size[1] * 7L + k;
        group.add(ParallelTardinessInstance.generate(size[0] + "x" + size[1] + "-" + (k + 1), size[0], size[1], tfRdd[0], tfRdd[1], seed));
      }
      if (options.write() != null) {
        Files.createDirectories(options.write());
        try (Writer w = Files.newBufferedWriter(options.write().resolve("wt" + size[0] + "x" + size[1] + ".txt"), StandardCharsets.US_ASCII)) {
          ParallelTardinessInstance.write(group, w);
        }
      }
      out.add(List.copyOf(group));
    }
    return out;
  }
}

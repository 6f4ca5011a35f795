package org.gendan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gendan.scheduling.internal.tardiness.TardinessInstance;
import org.gendan.scheduling.internal.tardiness.TardinessSearch;
import org.gendan.scheduling.internal.tardiness.TardinessSolution;
import org.gendan.scheduling.internal.tardiness.WeightedTardinessSolver;

/**
 * The OR-Library single-machine total weighted tardiness benchmark (Crauwels, Potts and Van Wassenhove
 * 1998) run against gendan's weighted-tardiness engine.
 *
 * <p>File format: whitespace-separated integers; for each instance in turn n processing times, then n
 * weights, then n due dates. A reference file holds one value per instance. The reference values only
 * feed the report: the solver never sees them and stops by its own rule or the time limit.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.gendan.benchmarks.OrLibraryWeightedTardiness
 * FILE --n N [--machines M] [--reference REF] [--time-limit-ms T] [--seed S] [--permutations OUT]}
 * (time limit default 10,000 ms per instance, seed default 1). Prints one line per
 * instance, {@code instance objective millis [reference]} (instance numbered from 1, millis the wall
 * time of that solve), then a summary line starting with {@code #}: instances at or below the reference,
 * mean gap in percent (an instance whose reference is 0 counts 0% when matched and 100% otherwise),
 * mean and max wall millis, and the mean CPU millis of the solving thread. {@code --permutations OUT} writes
 * one line per instance: the 1-based job numbers in processing order, machines separated by {@code " | "}.
 */
public final class OrLibraryWeightedTardiness {

  private OrLibraryWeightedTardiness() {}

  /**
   * Parses an OR-Library weighted tardiness file.
   *
   * @param text     the file's content
   * @param n        jobs per instance, ≥ 1
   * @param machines identical machines of each resulting instance, ≥ 1
   * @return the instances in file order, all jobs released at 0
   * @throws IllegalArgumentException if a token is not an integer or the count is not a multiple of 3n
   */
  public static List<TardinessInstance> parse(String text, int n, int machines) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    long[] values = integers(text);
    if (values.length == 0 || values.length % (3L * n) != 0) {
      throw new IllegalArgumentException(
          "the file holds " + values.length + " integers, not a positive multiple of 3n = " + 3 * n);
    }
    List<TardinessInstance> out = new ArrayList<>();
    for (int base = 0; base < values.length; base += 3 * n) {
      long[] p = new long[n];
      long[] w = new long[n];
      long[] d = new long[n];
      System.arraycopy(values, base, p, 0, n);
      System.arraycopy(values, base + n, w, 0, n);
      System.arraycopy(values, base + 2 * n, d, 0, n);
      out.add(TardinessInstance.of(p, w, d, machines));
    }
    return List.copyOf(out);
  }

  /**
   * Parses a reference file: one integer per instance.
   *
   * @throws IllegalArgumentException if a token is not an integer
   */
  public static long[] references(String text) {
    return integers(text);
  }

  private static long[] integers(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return new long[0];
    }
    String[] tokens = trimmed.split("\\s+");
    long[] out = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      try {
        out[i] = Long.parseLong(tokens[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("token " + (i + 1) + " is not an integer: " + tokens[i], e);
      }
    }
    return out;
  }

  /**
   * Runs the benchmark (see the class comment for the arguments).
   *
   * @param args command-line arguments
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = null;
    int n = -1;
    int machines = 1;
    Path reference = null;
    long timeLimit = 10_000;
    long seed = 1;
    Path permutations = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--n" -> n = Integer.parseInt(value(args, ++i, a));
        case "--machines" -> machines = Integer.parseInt(value(args, ++i, a));
        case "--reference" -> reference = Path.of(value(args, ++i, a));
        case "--time-limit-ms" -> timeLimit = Long.parseLong(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--permutations" -> permutations = Path.of(value(args, ++i, a));
        default -> {
          if (a.startsWith("--") || file != null) {
            usage("unexpected argument: " + a);
          }
          file = Path.of(a);
        }
      }
    }
    if (file == null || n < 1) {
      usage("FILE and --n are required");
    }
    List<TardinessInstance> instances = parse(Files.readString(file, StandardCharsets.US_ASCII), n, machines);
    long[] refs = reference == null ? null : references(Files.readString(reference, StandardCharsets.US_ASCII));
    if (refs != null && refs.length != instances.size()) {
      usage("the reference file holds " + refs.length + " values for " + instances.size() + " instances");
    }
    List<String> orders = new ArrayList<>();
    run(instances, refs, timeLimit, seed, System.out, orders);
    if (permutations != null) {
      Files.write(permutations, orders, StandardCharsets.US_ASCII);
    }
  }

  /** The 1-based job numbers of each machine in processing order, machines separated by {@code " | "}. */
  static String processingOrder(int[][] sequences) {
    StringBuilder line = new StringBuilder();
    for (int a = 0; a < sequences.length; a++) {
      if (a > 0) {
        line.append(" | ");
      }
      for (int k = 0; k < sequences[a].length; k++) {
        if (k > 0) {
          line.append(' ');
        }
        line.append(sequences[a][k] + 1);
      }
    }
    return line.toString();
  }

  private static void run(List<TardinessInstance> instances, long[] refs, long timeLimit, long seed, PrintStream out,
      List<String> orders) {
    int atReference = 0;
    double gapSum = 0;
    long millisSum = 0;
    long millisMax = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    long cpuNanos = 0;
    for (int k = 0; k < instances.size(); k++) {
      TardinessInstance in = instances.get(k);
      long cpu0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      TardinessSolution s = WeightedTardinessSolver.solve(in, null, new TardinessSearch(timeLimit, seed, TardinessSearch.Listener.NONE));
      long millis = (System.nanoTime() - t0) / 1_000_000;
      cpuNanos += cpuTimed ? threads.getCurrentThreadCpuTime() - cpu0 : 0;
      long check = in.objective(s.sequences());
      if (check != s.objective()) {
        throw new IllegalStateException("instance " + (k + 1) + ": reported " + s.objective() + ", recomputed " + check);
      }
      orders.add(processingOrder(s.sequences()));
      millisSum += millis;
      millisMax = Math.max(millisMax, millis);
      if (refs == null) {
        out.printf(Locale.ROOT, "%d %d %d%n", k + 1, s.objective(), millis);
      } else {
        long ref = refs[k];
        out.printf(Locale.ROOT, "%d %d %d %d%n", k + 1, s.objective(), millis, ref);
        if (s.objective() <= ref) {
          atReference++;
        }
        gapSum += ref == 0 ? (s.objective() == 0 ? 0 : 100.0) : 100.0 * (s.objective() - ref) / ref;
      }
    }
    int count = instances.size();
    String cpu = cpuTimed ? String.format(Locale.ROOT, ", mean cpu millis %.1f", cpuNanos / 1e6 / count) : "";
    if (refs == null) {
      out.printf(Locale.ROOT, "# instances %d, mean millis %.1f, max millis %d%s%n", count, millisSum / (double) count, millisMax, cpu);
    } else {
      out.printf(Locale.ROOT, "# at or below reference %d/%d, mean gap %.4f%%, mean millis %.1f, max millis %d%s%n",
          atReference, count, gapSum / count, millisSum / (double) count, millisMax, cpu);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      usage(option + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: OrLibraryWeightedTardiness FILE --n N [--machines M] [--reference REF] [--time-limit-ms T] [--seed S] [--permutations OUT]");
    System.exit(2);
  }
}

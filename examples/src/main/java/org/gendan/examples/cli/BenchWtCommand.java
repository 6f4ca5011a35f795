package org.gendan.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Improvement;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gendan bench-wt}: the OR-Library weighted-tardiness benchmark (Crauwels, Potts and Van
 * Wassenhove) solved by gendan's production scheduler — the same {@link Scheduler#improve} users call,
 * on M identical lines with a non-stop calendar, one single-operation job per benchmark job (1 time
 * unit = 1 minute).
 *
 * <p>The file holds, for each instance in turn, n processing times, n weights and n due dates. The
 * optional reference file holds one value per instance (blank lines ignored); the values only feed the
 * report — the scheduler never sees them and stops by its own rule or the time limit.
 */
@Command(name = "bench-wt", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Solves OR-Library weighted tardiness instances with gendan's scheduler and prints, per instance,",
        "'instance objective millis [reference]', then a '#' summary: instances at or below the reference,",
        "mean gap %%, mean and max millis."})
final class BenchWtCommand implements Callable<Integer> {

  /** The planning start of every instance; any instant works on a non-stop calendar. */
  static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 0, 0);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "OR-Library file, e.g. wt40.txt")
  Path file;

  @Option(names = "--n", required = true, paramLabel = "N", description = "jobs per instance (40, 50, 100)")
  int n;

  @Option(names = "--machines", defaultValue = "1", paramLabel = "M", description = "identical lines (default ${DEFAULT-VALUE})")
  int machines;

  @Option(names = "--reference", paramLabel = "REF", description = "optimal or best-known values, one per instance")
  Path reference;

  @Option(names = "--time-limit-ms", defaultValue = "10000", paramLabel = "T",
      description = "time limit per instance in ms (default ${DEFAULT-VALUE}); the search usually stops earlier by itself")
  long timeLimitMs;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed of the search (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--instances", paramLabel = "K", description = "solve only the first K instances")
  Integer instances;

  @Option(names = "--permutations", paramLabel = "OUT", description = "write each instance's job order (1-based; lines separated by ' | ')")
  Path permutations;

  @Override
  public Integer call() {
    if (n < 1 || machines < 1 || timeLimitMs < 1 || (instances != null && instances < 1)) {
      throw new BadInputException("--n, --machines, --time-limit-ms and --instances must be positive");
    }
    List<long[][]> data = parse(read(file), n, file);
    List<Long> refs = reference == null ? List.of() : references(read(reference), reference);
    int count = instances == null ? data.size() : Math.min(instances, data.size());
    if (reference != null && refs.size() < count) {
      throw new BadInputException(reference + ": " + refs.size() + " reference values for " + count + " instances");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<String> orders = new ArrayList<>();
    int matched = 0;
    double gapSum = 0;
    long millisSum = 0;
    long millisMax = 0;
    for (int i = 0; i < count; i++) {
      SchedulingProblem problem = problem(data.get(i), machines);
      long t0 = System.nanoTime();
      Schedule best = Scheduler.of(PriorityRules.ATC).improve(problem, Improvement.of(Duration.ofMillis(timeLimitMs), seed));
      long millis = (System.nanoTime() - t0) / 1_000_000;
      long objective = best.totals().weightedTardiness();
      millisSum += millis;
      millisMax = Math.max(millisMax, millis);
      StringBuilder line = new StringBuilder().append(i + 1).append(' ').append(objective).append(' ').append(millis);
      if (!refs.isEmpty()) {
        long ref = refs.get(i);
        line.append(' ').append(ref);
        if (objective <= ref) {
          matched++;
        }
        gapSum += ref == 0 ? (objective == 0 ? 0 : 100) : 100.0 * (objective - ref) / ref;
      }
      out.println(line);
      out.flush();
      orders.add(order(best, machines));
    }
    StringBuilder summary = new StringBuilder("# ");
    if (!refs.isEmpty()) {
      summary.append(matched).append('/').append(count).append(" at or below reference, mean gap ")
          .append(String.format(Locale.ROOT, "%.3f", gapSum / count)).append(" %, ");
    }
    summary.append("mean ").append(String.format(Locale.ROOT, "%.1f", (double) millisSum / count)).append(" ms, max ")
        .append(millisMax).append(" ms");
    out.println(summary);
    if (permutations != null) {
      try {
        Files.write(permutations, orders, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException("cannot write " + permutations + ": " + e.getMessage());
      }
    }
    return ExitCodes.OK;
  }

  /** One instance as a scheduling problem: job j (0-based) is order "J{j+1}" line 1. */
  static SchedulingProblem problem(long[][] pwd, int machines) {
    ProductionLine[] lines = new ProductionLine[machines];
    for (int m = 0; m < machines; m++) {
      lines[m] = ProductionLine.of("L" + (m + 1));
    }
    Plant plant = Plant.of(WorkCenterGroup.of("WT", "benchmark", WorkCalendar.continuous(), lines));
    List<Job> jobs = new ArrayList<>();
    for (int j = 0; j < pwd[0].length; j++) {
      Routing routing = Routing.of(Sku.of("J" + (j + 1)), Unit.PCS, Operation.of("process", "WT", 0, Long.toString(pwd[0][j]), 0));
      jobs.add(Job.builder().id(JobId.of("J" + (j + 1), 1)).routing(routing).quantity(Quantity.of(1, Unit.PCS))
          .release(START).due(START.plusMinutes(pwd[2][j])).weight(pwd[1][j]).build());
    }
    return SchedulingProblem.of(START, plant, jobs);
  }

  /** The job numbers per line in start order, lines separated by " | ". */
  static String order(Schedule schedule, int machines) {
    List<List<Assignment>> perLine = new ArrayList<>();
    for (int m = 0; m < machines; m++) {
      perLine.add(new ArrayList<>());
    }
    for (Assignment a : schedule.assignments()) {
      perLine.get(Integer.parseInt(a.line().value().substring(1)) - 1).add(a);
    }
    List<String> parts = new ArrayList<>();
    for (List<Assignment> line : perLine) {
      line.sort(Comparator.comparing(Assignment::start));
      StringBuilder s = new StringBuilder();
      for (Assignment a : line) {
        if (s.length() > 0) {
          s.append(' ');
        }
        s.append(a.job().order().value().substring(1));
      }
      parts.add(s.toString());
    }
    return String.join(" | ", parts);
  }

  /** Splits the file into instances of [processing, weights, dues]. */
  static List<long[][]> parse(String text, int n, Path source) {
    String[] tokens = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
    if (tokens.length == 0 || tokens.length % (3 * n) != 0) {
      throw new BadInputException(source + ": " + tokens.length + " numbers is not a positive multiple of 3 × n = " + 3 * n
          + "; is --n right?");
    }
    List<long[][]> out = new ArrayList<>();
    int k = 0;
    while (k < tokens.length) {
      long[][] pwd = new long[3][n];
      for (int row = 0; row < 3; row++) {
        for (int j = 0; j < n; j++, k++) {
          pwd[row][j] = number(tokens[k], source, k);
          if (pwd[row][j] < (row == 0 ? 1 : 0)) {
            throw new BadInputException(source + ": value " + (k + 1) + " (" + tokens[k] + ") is out of range");
          }
        }
      }
      out.add(pwd);
    }
    return out;
  }

  private static List<Long> references(String text, Path source) {
    List<Long> out = new ArrayList<>();
    String[] tokens = text.trim().isEmpty() ? new String[0] : text.trim().split("\\s+");
    for (int k = 0; k < tokens.length; k++) {
      out.add(number(tokens[k], source, k));
    }
    return out;
  }

  private static long number(String token, Path source, int index) {
    try {
      return Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw new BadInputException(source + ": value " + (index + 1) + " is not a whole number: '" + token + "'");
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new BadInputException(path + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(path + ": cannot read: " + e.getMessage());
    }
  }
}

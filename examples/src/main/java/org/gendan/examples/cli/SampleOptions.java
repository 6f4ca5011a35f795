package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gendan.core.json.GendanJson;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.SchedulingProblem;
import picocli.CommandLine.Option;

/**
 * The options shared by the commands that work on a factory's data: {@code --data DIR} (the JSON files
 * of {@link SampleData#FILES}; the embedded sample factory when absent), {@code --format table|json}
 * and {@code --today DATE}.
 */
final class SampleOptions {

  /** How a command writes its result. */
  enum Format {
    /** A readable table. */
    table,
    /** JSON. */
    json
  }

  @Option(names = "--data", paramLabel = "DIR",
      description = "a folder with customers.json, suppliers.json, items.json, prices.json, factory.json and orders.json,"
          + " each as described by its JSON Schema in examples/schemas/ (default: the embedded sample factory)")
  Path data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--today", paramLabel = "DATE", description = "the day to work on, yyyy-MM-dd (default: the data's own today)")
  String today;

  /** The factory's data; bad input throws {@link BadInputException} naming the file and the problem. */
  SampleData load() {
    if (data == null) {
      return SampleData.load();
    }
    if (!Files.isDirectory(data)) {
      throw new BadInputException("--data: " + data + " is not a folder");
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : SampleData.FILES) {
      files.put(f, JsonInput.text(data.resolve(f)));
    }
    try {
      return SampleData.fromJson(files);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--data " + data + ": " + e.getMessage());
    }
  }

  /** The day to work on: {@code --today} or the data's own today. */
  LocalDate today(SampleData sample) {
    return today == null ? sample.today() : date("--today", today);
  }

  /**
   * The scheduling problem of the data on {@code today}: the made lines of reviewed orders and orders
   * in production. Data whose orders cannot become jobs (e.g. a line in another unit than its routing)
   * throws {@link BadInputException} naming the folder and the problem.
   */
  SchedulingProblem problem(SampleData sample, LocalDate day) {
    try {
      return FactoryDemo.schedulingProblem(sample, day, JobSettings.of(FactoryDemo.BUFFER_DAYS));
    } catch (IllegalArgumentException e) {
      throw new BadInputException((data == null ? "the embedded sample" : "--data " + data) + ": orders.json: " + e.getMessage());
    }
  }

  /** True if the result is to be written as JSON. */
  boolean json() {
    return format == Format.json;
  }

  /** Writes {@code value} as JSON. */
  static void printJson(PrintWriter out, Object value) {
    out.println(GendanJson.write(value));
  }

  /** Parses a date option; a malformed date throws {@link BadInputException} naming the option. */
  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + ": '" + text + "' is not a date of the form yyyy-MM-dd");
    }
  }
}

package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.sample.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gendan demo}: a 跟单员's morning at the embedded sample factory — order review, MRP (shortages,
 * late purchase orders, past-due releases), production schedule with the late orders explained, a
 * promised date for an inquiry, today's worklist — and the Gantt chart, load chart, schedule JSON, the
 * document set of two orders, the delay report, the CSV reports and an index page written into the
 * output folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Runs gendan on the embedded sample factory (a garment and home-textile exporter in Ningbo):",
        "reviews the new orders (审单), runs MRP (物料需求计划), schedules production (排产) with jobs released",
        "when their materials are in and explains the late orders, promises a date for an inquiry (交期答复),",
        "prints today's worklist (日清日结), and writes gantt.svg, load.svg, schedule.json, the documents of",
        "two orders (HTML, PDF, JSON, UBL), the delay report, the CSV reports and index.html into the output folder."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
      defaultValue = "gendan-out")
  Path out;

  @Option(names = "--today", paramLabel = "DATE",
      description = "the day to work on, yyyy-MM-dd (default: the sample's own today)")
  String today;

  @Override
  public Integer call() {
    LocalDate day;
    SampleData data = SampleData.load();
    if (today == null) {
      day = data.today();
    } else {
      try {
        day = LocalDate.parse(today);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--today: '" + today + "' is not a date of the form yyyy-MM-dd");
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadInputException("--out: " + out + " is a file, not a folder");
    }
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> progress = System.console() != null ? s -> {
      err.println("… " + s);
      err.flush();
    } : s -> { };
    try {
      FactoryDemo.run(data, FactoryDemo.Settings.of(day, out), o, progress);
    } catch (UncheckedIOException e) {
      throw new BadInputException("--out: " + e.getMessage());
    }
    o.flush();
    return ExitCodes.OK;
  }
}

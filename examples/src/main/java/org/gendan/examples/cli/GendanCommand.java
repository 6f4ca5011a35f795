package org.gendan.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gendan} command-line tool: {@code java -jar examples/target/gendan.jar <command> …}.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success; {@value ExitCodes#RESULT_HAS_ERRORS} the result contains
 * errors (a rejection, an error finding, an infeasible promise); {@value ExitCodes#BAD_INPUT} bad input
 * (missing file, malformed JSON, wrong types, unknown ids), with a message naming the file, the JSON
 * path and what is wrong.
 */
@Command(name = "gendan", mixinStandardHelpOptions = true, versionProvider = GendanCommand.Version.class,
    description = "gendan: order follow-up (跟单) for export manufacturing and trading.",
    subcommands = {
        CommandLine.HelpCommand.class,
        OrderExampleCommand.class,
        DemoCommand.class,
        ReviewCommand.class,
        ScheduleCommand.class,
        PromiseCommand.class,
        WorklistCommand.class,
        MrpCommand.class,
        DocumentsCommand.class,
        CheckCommand.class,
        BenchWtCommand.class
    })
public final class GendanCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool with the given output streams and returns the exit code (used by tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new GendanCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("gendan: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return ExitCodes.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof BadInputException bad) {
        err.println("gendan: " + bad.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      throw ex;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version of gendan. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = GendanCommand.class.getPackage().getImplementationVersion();
      return new String[] {"gendan " + (v == null ? "(development build)" : v)};
    }
  }
}

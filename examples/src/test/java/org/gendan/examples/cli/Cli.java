package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code gendan} command line in the test's process and captures what it prints. */
public final class Cli {

  private Cli() {}

  /**
   * What one run gave.
   *
   * @param exit the exit code ({@link ExitCodes})
   * @param out  what it printed on standard output
   * @param err  what it printed on standard error
   */
  public record Run(int exit, String out, String err) {}

  /** Runs {@code gendan ARGS…}. */
  public static Run gendan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GendanCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }
}

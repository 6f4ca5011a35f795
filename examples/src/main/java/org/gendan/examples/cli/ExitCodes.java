package org.gendan.examples.cli;

/** The exit codes of every {@code gendan} command. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** The result contains errors: a rejection, an error finding, an infeasible promise. */
  public static final int RESULT_HAS_ERRORS = 1;
  /** Bad input: missing file, malformed JSON, wrong types, unknown ids. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}

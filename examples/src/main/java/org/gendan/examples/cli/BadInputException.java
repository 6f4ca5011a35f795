package org.gendan.examples.cli;

/**
 * Bad input to a command: the message names the file, the JSON path and what is wrong. The tool prints
 * it without a stack trace and exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a complete message. */
  public BadInputException(String message) {
    super(message, null, false, false);
  }
}

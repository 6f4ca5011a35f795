package org.gendan.core;

import java.util.Objects;

/**
 * A business failure as a value: a rule said no.
 *
 * <p>The {@link #code()} is stable across releases and meant for programs (an ERP maps it to its own
 * message or workflow); the {@link #message()} is written for a 跟单员 (merchandiser): English with the
 * Chinese term where one exists, naming the order, the rule and what to do next.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code    stable upper-case identifier such as {@code DEPOSIT_NOT_RECEIVED}
 * @param message human-readable explanation
 */
public record Rejection(String code, String message) {

  /**
   * Creates a rejection.
   *
   * @throws NullPointerException     if either argument is null
   * @throws IllegalArgumentException if the code is not upper-case snake case or the message is blank
   */
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("rejection code must be UPPER_SNAKE_CASE: " + code);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("rejection message must not be blank");
    }
  }

  /** Shorthand for {@code new Rejection(code, message)}. */
  public static Rejection of(String code, String message) {
    return new Rejection(code, message);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}

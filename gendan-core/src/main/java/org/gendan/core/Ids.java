package org.gendan.core;

import java.util.Objects;

/** Validation shared by gendan's identifier types. Not part of the public API contract. */
public final class Ids {
  /** The longest identifier gendan accepts. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Checks that {@code value} is a usable identifier: not blank, at most {@value #MAX_LENGTH}
   * characters, no control characters, no leading or trailing spaces.
   *
   * @param what the kind of identifier, for the message ("order id")
   * @return the value
   * @throws IllegalArgumentException naming the kind and the value otherwise
   */
  public static String requireValid(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters: " + value.substring(0, 20) + "…");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with spaces: '" + value + "'");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " contains a control character: '" + value.replaceAll("\\p{Cntrl}", "?") + "'");
      }
    }
    return value;
  }

  /**
   * Checks a free-text field: not null, at most {@code max} characters, no control characters except
   * line breaks and tabs.
   */
  public static String requireText(String value, String what, int max) {
    Objects.requireNonNull(value, what);
    if (value.length() > max) {
      throw new IllegalArgumentException(what + " is longer than " + max + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new IllegalArgumentException(what + " contains a control character");
      }
    }
    return value;
  }

  /** Like {@link #requireText} and also not blank. */
  public static String requireNonBlankText(String value, String what, int max) {
    requireText(value, what, max);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}

package org.gendan.core;

import java.util.Objects;

/** Validation shared by gendan's identifier types. Not part of the public API contract. */
public final class Ids {
  /** The longest identifier gendan accepts. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Checks that {@code value} is a usable identifier: not blank, at most {@value #MAX_LENGTH}
   * characters, no control characters and no invisible format characters (a byte order mark or a
   * zero-width space pasted from a spreadsheet), no leading or trailing spaces of any kind (including
   * the no-break space U+00A0), so that two ids that look the same are the same.
   *
   * @param what the kind of identifier, for the message ("order id")
   * @return the value
   * @throws IllegalArgumentException naming the kind and the value otherwise
   */
  public static String requireValid(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.codePoints().allMatch(Ids::isSpace)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters: " + value.substring(0, 20) + "…");
    }
    if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(value.length()))) {
      throw new IllegalArgumentException(what + " must not start or end with spaces: '" + value + "'");
    }
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
      throw new IllegalArgumentException(what + " contains a control character or an invisible format character: '"
          + value.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?") + "'");
    }
    return value;
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
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

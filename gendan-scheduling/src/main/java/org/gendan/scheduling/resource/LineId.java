package org.gendan.scheduling.resource;

import java.util.Objects;

/**
 * The id of one production line (生产线 / 机台), e.g. {@code SEW-2}.
 *
 * @param value the id; 1..64 characters, no leading or trailing blanks
 */
public record LineId(String value) implements Comparable<LineId> {
  /** Creates the id. @throws IllegalArgumentException if the value is blank, padded or too long */
  public LineId {
    requireId(value, "line id");
  }

  /** The id with the given value. */
  public static LineId of(String value) {
    return new LineId(value);
  }

  @Override
  public int compareTo(LineId o) {
    Objects.requireNonNull(o, "o");
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }

  static void requireId(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.length() > 64 || !value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must be 1..64 characters without surrounding blanks: '" + value + "'");
    }
  }
}

package org.gendan.core.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A Harmonized System commodity code (HS 编码): 6 internationally harmonised digits, extended to 8 or
 * 10 digits by national tariffs (China declares 10). Dots and spaces are accepted on input and dropped.
 *
 * @param value the digits only
 */
public record HsCode(@JsonValue String value) {
  /** Creates the code. @throws IllegalArgumentException unless it is 6, 8 or 10 digits */
  public HsCode {
    Objects.requireNonNull(value, "HS code");
    if (!value.matches("\\d{6}|\\d{8}|\\d{10}")) {
      throw new IllegalArgumentException("HS code must have 6, 8 or 10 digits: '" + value + "'");
    }
  }

  /** Parses a code such as {@code 6109.10.0000}. */
  @JsonCreator
  public static HsCode of(String text) {
    Objects.requireNonNull(text, "HS code");
    return new HsCode(text.replaceAll("[.\\s]", ""));
  }

  /** The 6-digit international heading (the first six digits). */
  public String heading() {
    return value.substring(0, 6);
  }

  /** The code grouped for documents: {@code 6109.10.0000}. */
  public String toDocumentText() {
    if (value.length() == 6) {
      return value.substring(0, 4) + "." + value.substring(4);
    }
    return value.substring(0, 4) + "." + value.substring(4, 6) + "." + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.gendan.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gendan.core.Ids;

/**
 * A customer's identifier in the host system (客户编号), e.g. {@code C-0012}.
 *
 * @param value the identifier; not blank, at most 64 characters
 */
public record CustomerId(@JsonValue String value) implements Comparable<CustomerId> {
  /** Creates the id. @throws IllegalArgumentException if the value is not a usable identifier */
  public CustomerId {
    Ids.requireValid(value, "customer id");
  }

  /** The id with the given value. */
  @JsonCreator
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

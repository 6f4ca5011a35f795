package org.gendan.core.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gendan.core.Ids;

/**
 * A supplier's identifier (供应商编号): a factory or a material vendor.
 *
 * @param value the identifier; not blank, at most 64 characters
 */
public record SupplierId(@JsonValue String value) implements Comparable<SupplierId> {
  /** Creates the id. @throws IllegalArgumentException if the value is not a usable identifier */
  public SupplierId {
    Ids.requireValid(value, "supplier id");
  }

  /** The id with the given value. */
  @JsonCreator
  public static SupplierId of(String value) {
    return new SupplierId(value);
  }

  @Override
  public int compareTo(SupplierId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.gendan.core.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gendan.core.Ids;

/**
 * An item's stock-keeping unit code (货号 / 款号), e.g. {@code TS-1001}.
 *
 * @param value the code; not blank, at most 64 characters
 */
public record Sku(@JsonValue String value) implements Comparable<Sku> {
  /** Creates the SKU. @throws IllegalArgumentException if the value is not a usable identifier */
  public Sku {
    Ids.requireValid(value, "SKU");
  }

  /** The SKU with the given code. */
  @JsonCreator
  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public int compareTo(Sku o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

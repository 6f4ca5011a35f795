package org.gendan.scheduling.mrp;

import org.gendan.core.Ids;

/**
 * The identifier of an independent demand, e.g. {@code SO-2026-0412#1} for line 1 of a sales order.
 *
 * @param value not blank, at most 100 characters, no control characters or surrounding spaces
 */
public record DemandId(String value) implements Comparable<DemandId> {

  /** Checks the value. @throws IllegalArgumentException if it is not a usable identifier */
  public DemandId {
    Ids.requireNonBlankText(value, "demand id", 100);
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException("demand id must not start or end with spaces: '" + value + "'");
    }
  }

  /** The id with the given value. */
  public static DemandId of(String value) {
    return new DemandId(value);
  }

  @Override
  public int compareTo(DemandId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.gendan.core.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gendan.core.Ids;

/**
 * A sales order's number (订单号 / 合同号), e.g. {@code SO-2026-0412}.
 *
 * @param value the number; not blank, at most 64 characters
 */
public record OrderId(@JsonValue String value) implements Comparable<OrderId> {
  /** Creates the id. @throws IllegalArgumentException if the value is not a usable identifier */
  public OrderId {
    Ids.requireValid(value, "order id");
  }

  /** The id with the given value. */
  @JsonCreator
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public int compareTo(OrderId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

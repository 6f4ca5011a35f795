package org.gendan.core.party;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The customer classification (客户分类) that drives scheduling priority, allocation of scarce
 * products (产品短缺时先分配给主要客户) and follow-up cadence. Ordered from most to least important:
 * {@code KEY.compareTo(C) < 0}.
 *
 * <p>{@link #defaultWeight()} is the weight a tier gives a job in weighted-tardiness scheduling; the
 * scheduler lets the factory configure its own weights.
 */
public enum CustomerTier {
  /** Key account (重点客户 / 主要客户). */
  KEY(8),
  /** Class A customer. */
  A(4),
  /** Class B, ordinary customer (一般客户). */
  B(2),
  /** Class C, occasional or prospect customer (潜在客户). */
  C(1);

  private final int defaultWeight;

  CustomerTier(int defaultWeight) {
    this.defaultWeight = defaultWeight;
  }

  /** The default scheduling weight: KEY 8, A 4, B 2, C 1. */
  public int defaultWeight() {
    return defaultWeight;
  }

  /**
   * The tier of each customer, as the checks and lists that take a map want it ({@code Worklist},
   * {@code ScheduleCapacityCheck}, {@code MrpMaterialCheck}); sorted by customer id.
   *
   * @throws NullPointerException     if the collection or a customer is null
   * @throws IllegalArgumentException if two customers share an id with different tiers
   */
  public static Map<CustomerId, CustomerTier> byCustomer(Collection<Customer> customers) {
    Objects.requireNonNull(customers, "customers");
    TreeMap<CustomerId, CustomerTier> out = new TreeMap<>();
    for (Customer c : customers) {
      Objects.requireNonNull(c, "customer");
      CustomerTier had = out.put(c.id(), c.tier());
      if (had != null && had != c.tier()) {
        throw new IllegalArgumentException("customer " + c.id() + " is given twice, as tier " + had + " and " + c.tier());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** True if this tier ranks above {@code other} (KEY outranks A). */
  public boolean outranks(CustomerTier other) {
    return compareTo(other) < 0;
  }
}

package org.gendan.scheduling.routing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gendan.core.product.Sku;

/**
 * The factory's routings by item (工艺路线表).
 *
 * @param routings the routings by SKU, sorted by SKU
 */
public record RoutingBook(Map<Sku, Routing> routings) {

  /**
   * Creates the book.
   *
   * @throws IllegalArgumentException if a routing is filed under another SKU than its own
   */
  public RoutingBook {
    Objects.requireNonNull(routings, "routings");
    TreeMap<Sku, Routing> m = new TreeMap<>();
    routings.forEach((k, v) -> {
      Objects.requireNonNull(k, "sku");
      Objects.requireNonNull(v, "routing");
      if (!k.equals(v.sku())) {
        throw new IllegalArgumentException("routing of " + v.sku() + " is filed under " + k);
      }
      m.put(k, v);
    });
    routings = Collections.unmodifiableMap(m);
  }

  /**
   * A book of the given routings.
   *
   * @throws IllegalArgumentException if two routings have the same SKU
   */
  public static RoutingBook of(List<Routing> routings) {
    Objects.requireNonNull(routings, "routings");
    TreeMap<Sku, Routing> m = new TreeMap<>();
    for (Routing r : routings) {
      Objects.requireNonNull(r, "routing");
      if (m.put(r.sku(), r) != null) {
        throw new IllegalArgumentException("two routings for " + r.sku());
      }
    }
    return new RoutingBook(m);
  }

  /** The routing of the item, if the factory has one. */
  public Optional<Routing> routing(Sku sku) {
    Objects.requireNonNull(sku, "sku");
    return Optional.ofNullable(routings.get(sku));
  }
}

package org.gendan.scheduling.routing;

import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;

/**
 * An item's routing (工艺路线): the operations in process-flow order. Run times are per
 * {@link #unit()}; order quantities in another unit of the same dimension are converted.
 *
 * @param sku        the item
 * @param unit       the unit the run times are given per, e.g. PCS
 * @param operations the operations in order; at least one, at most 50
 */
public record Routing(Sku sku, Unit unit, List<Operation> operations) {

  /** The most operations a routing may have. */
  public static final int MAX_OPERATIONS = 50;

  /**
   * Creates a routing.
   *
   * @throws IllegalArgumentException if there is no operation or more than {@value #MAX_OPERATIONS}
   */
  public Routing {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(operations, "operations");
    if (operations.isEmpty() || operations.size() > MAX_OPERATIONS) {
      throw new IllegalArgumentException("routing of " + sku + " needs 1.." + MAX_OPERATIONS + " operations, got " + operations.size());
    }
    operations.forEach(o -> Objects.requireNonNull(o, "operation"));
    operations = List.copyOf(operations);
  }

  /** A routing of the given operations. */
  public static Routing of(Sku sku, Unit unit, Operation... operations) {
    return new Routing(sku, unit, List.of(operations));
  }
}

package org.gendan.scheduling.promise;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.schedule.ReleaseConditions;

/**
 * A customer's inquiry (询单): can we make this quantity of this item by this date?
 *
 * @param reference  the inquiry's number, used as the job's order id; must not clash with a scheduled order
 * @param sku        the item
 * @param quantity   the quantity; positive
 * @param wantedDate the delivery date the customer wants
 * @param tier       the customer's tier
 * @param conditions when production could start (material, deposit, sample)
 */
public record Inquiry(OrderId reference, Sku sku, Quantity quantity, LocalDate wantedDate, CustomerTier tier, ReleaseConditions conditions) {

  /** Creates the value. @throws IllegalArgumentException if the quantity is not positive */
  public Inquiry {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(wantedDate, "wantedDate");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(conditions, "conditions");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("inquiry " + reference + ": quantity must be positive, got " + quantity);
    }
  }

  /** An inquiry with no release conditions. */
  public static Inquiry of(String reference, Sku sku, Quantity quantity, LocalDate wantedDate, CustomerTier tier) {
    return new Inquiry(OrderId.of(reference), sku, quantity, wantedDate, tier, ReleaseConditions.NONE);
  }
}

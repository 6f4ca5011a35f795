package org.gendan.core.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;

/**
 * One line of the 跟单员's daily worklist: which order, which milestone, how urgent, and what to do.
 *
 * @param orderId    the order
 * @param customerId its customer
 * @param tier       the customer's tier, if the customer is known to the worklist
 * @param status     the order's status (an order on hold is listed with {@link OrderStatus#ON_HOLD})
 * @param milestone  the milestone
 * @param due        its planned date
 * @param urgency    how urgent
 * @param daysLate   days past the due date (0 when not overdue)
 * @param message    what the entry means, for the 跟单员 (English with the Chinese terms)
 */
public record WorklistEntry(OrderId orderId, CustomerId customerId, Optional<CustomerTier> tier, OrderStatus status,
    MilestoneKind milestone, LocalDate due, Urgency urgency, long daysLate, String message) {

  /** Creates the entry. */
  public WorklistEntry {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(urgency, "urgency");
    if (daysLate < 0) {
      throw new IllegalArgumentException("daysLate must not be negative: " + daysLate);
    }
    Ids.requireNonBlankText(message, "message", 2000);
  }
}

package org.gendan.scheduling.promise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.gendan.scheduling.schedule.Assignment;

/**
 * The answer to an {@link Inquiry}.
 *
 * @param inquiry                the inquiry
 * @param earliestDelivery       the earliest delivery date that makes no promised order later
 * @param completion             when production would finish, fitted into free capacity
 * @param meetsWantedDate        true if {@code earliestDelivery} is on or before the wanted date
 * @param placement              where its operations would run
 * @param deliveryAtTierPriority the delivery date if it were served at its tier's priority
 * @param slipsAtTierPriority    the promised jobs that would then finish later, by job id
 * @param explanation            the answer in words for the 跟单员
 */
public record Promise(Inquiry inquiry, LocalDate earliestDelivery, LocalDateTime completion, boolean meetsWantedDate,
    List<Assignment> placement, LocalDate deliveryAtTierPriority, List<Slip> slipsAtTierPriority, String explanation) {

  /** Creates the value. */
  public Promise {
    Objects.requireNonNull(inquiry, "inquiry");
    Objects.requireNonNull(earliestDelivery, "earliestDelivery");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(deliveryAtTierPriority, "deliveryAtTierPriority");
    Objects.requireNonNull(explanation, "explanation");
    placement = List.copyOf(placement);
    slipsAtTierPriority = List.copyOf(slipsAtTierPriority);
  }
}

package org.gendan.documents.model;

import java.time.LocalDateTime;
import java.util.Objects;
import org.gendan.core.Ids;
import org.gendan.core.product.Sku;

/**
 * One late job on a delay report: which order line, due when, planned to finish when, how late, and why.
 *
 * @param orderId           the customer order
 * @param lineNo            the order line
 * @param sku               the item
 * @param due               when it is due
 * @param plannedCompletion when the schedule finishes it; after {@code due}
 * @param latenessMinutes   completion − due in minutes; positive
 * @param daysLate          calendar days between the due date and the completion date, at least 1
 * @param reason            the schedule's explanation of the job's place
 */
public record DelayEntry(String orderId, int lineNo, Sku sku, LocalDateTime due, LocalDateTime plannedCompletion, long latenessMinutes,
    long daysLate, String reason) {
  /** Creates the entry. @throws IllegalArgumentException if the job is not late */
  public DelayEntry {
    Ids.requireValid(orderId, "order id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(plannedCompletion, "plannedCompletion");
    Ids.requireNonBlankText(reason, "reason", 4000);
    if (latenessMinutes <= 0 || !plannedCompletion.isAfter(due)) {
      throw new IllegalArgumentException("order " + orderId + " line " + lineNo + " is not late: due " + due + ", completion " + plannedCompletion);
    }
    if (daysLate < 1) {
      throw new IllegalArgumentException("days late must be at least 1: " + daysLate);
    }
  }
}

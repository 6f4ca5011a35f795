package org.gendan.scheduling.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.measure.Quantity;

/**
 * The progress of one purchase order from its goods receipts (由收货信息转换为物料的进度跟踪).
 *
 * @param order       the purchase order
 * @param receipts    its goods receipts in date order
 * @param received    the total received (in the order's unit)
 * @param open        what is still to come: ordered − received, never below zero
 * @param completedOn the date the received total first reached the ordered quantity, if it has
 */
public record PurchaseOrderProgress(PurchaseOrder order, List<GoodsReceipt> receipts, Quantity received, Quantity open,
    Optional<LocalDate> completedOn) {

  /** Copies the list and checks for nulls. */
  public PurchaseOrderProgress {
    Objects.requireNonNull(order, "order");
    receipts = List.copyOf(receipts);
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  /** True if everything ordered has been received. */
  public boolean isComplete() {
    return completedOn.isPresent();
  }

  /** True if everything was received on or before the promised date (采购订单按时执行). */
  public boolean isCompletedOnTime() {
    return completedOn.map(d -> !d.isAfter(order.promisedDate())).orElse(false);
  }

  /** True if something is still open after the promised date (逾期未到). */
  public boolean isOverdueOn(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return !isComplete() && today.isAfter(order.promisedDate());
  }

  /** Days the order was completed after its promised date (0 if on time), or is late by today if still open. */
  public long daysLate(LocalDate today) {
    Objects.requireNonNull(today, "today");
    LocalDate end = completedOn.orElse(today);
    return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(order.promisedDate(), end));
  }
}

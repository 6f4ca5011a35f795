package org.gendan.core.followup;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Rejection;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerId;

/**
 * An order's follow-up plan (跟单计划): the milestones it must pass, each with the date it is planned
 * for and, once met, the date it was met.
 *
 * <p>Which milestones an order needs follows from the order itself:
 * <ul>
 *   <li>{@link MilestoneKind#DEPOSIT} when the payment terms require money before production;</li>
 *   <li>{@link MilestoneKind#SAMPLE_APPROVAL} when a sample must be approved before bulk production;</li>
 *   <li>materials, production start and finish, QC booking and inspection, and shipment always;</li>
 *   <li>{@link MilestoneKind#STATUTORY_INSPECTION} when 法检 applies and {@link MilestoneKind#ORIGIN_CERTIFICATE}
 *       when a certificate of origin is needed — both only when the scope includes customs clearance;</li>
 *   <li>{@link MilestoneKind#BOOKING} and {@link MilestoneKind#CUSTOMS_CLEARANCE} when the scope includes
 *       customs (中程 and 全程);</li>
 *   <li>{@link MilestoneKind#DOCUMENTS} when the scope runs until payment (全程);</li>
 *   <li>{@link MilestoneKind#BALANCE} when the scope runs until payment, or when a balance is due before
 *       shipment (the order cannot ship without it, whatever the scope).</li>
 * </ul>
 * The due dates are back-scheduled from the expected delivery date (the agreed date, or the date of
 * the last reported delay) with the offsets of a {@link FollowUpPolicy}; the done dates come from the
 * order's event history (see {@link #of(Order, FollowUpPolicy)}).
 *
 * @param orderId      the order
 * @param customerId   its customer
 * @param deliveryDate the delivery date the plan is scheduled back from
 * @param milestones   the milestones in {@link MilestoneKind} order
 */
public record FollowUpPlan(OrderId orderId, CustomerId customerId, LocalDate deliveryDate, List<Milestone> milestones) {

  /** Creates the plan. */
  public FollowUpPlan {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(deliveryDate, "deliveryDate");
    milestones = List.copyOf(Objects.requireNonNull(milestones, "milestones"));
    for (int i = 1; i < milestones.size(); i++) {
      if (milestones.get(i - 1).kind().compareTo(milestones.get(i).kind()) >= 0) {
        throw new IllegalArgumentException("milestones must be distinct and in MilestoneKind order: " + milestones);
      }
    }
  }

  /**
   * Plans the follow-up of an order.
   *
   * <p>Done dates are read from the history: deposit — the day the payments due before production were
   * all in; sample — the last approval; materials and production start — the release to production
   * (materials are checked with the warehouse before release); production finish — the 100 % progress
   * report; QC booking — the last booking not failed since; QC — the pass; statutory inspection — the
   * exchange voucher; origin certificate — the certificate recorded as issued; booking, customs,
   * documents — their events; shipment — the shipment date; balance — the day the order was paid in full
   * (or, outside the 全程 scope, the day the payments due before shipment were in).
   *
   * @return the plan, or a rejection {@code NO_DELIVERY_DATE} when the order has no delivery date to
   *     plan back from
   */
  public static Either<Rejection, FollowUpPlan> of(Order order, FollowUpPolicy policy) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(policy, "policy");
    return PlanCalculator.plan(order, policy);
  }

  /** The milestone of a kind, if the plan has it. */
  public Optional<Milestone> milestone(MilestoneKind kind) {
    Objects.requireNonNull(kind, "kind");
    return milestones.stream().filter(m -> m.kind() == kind).findFirst();
  }

  /** The milestones not met yet, in plan order. */
  public List<Milestone> open() {
    return milestones.stream().filter(m -> !m.isDone()).toList();
  }

  /** The milestones not met whose date is before {@code today}. */
  public List<Milestone> overdue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return milestones.stream().filter(m -> m.isOverdue(today)).toList();
  }

  /** The first milestone not met yet, if any. */
  public Optional<Milestone> next() {
    return milestones.stream().filter(m -> !m.isDone()).findFirst();
  }

  /** True when every milestone is met. */
  public boolean isComplete() {
    return milestones.stream().allMatch(Milestone::isDone);
  }
}

package org.gendan.scheduling.promise;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.review.CapacityCheck;
import org.gendan.core.review.Feasibility;
import org.gendan.scheduling.routing.RoutingBook;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.ReleaseConditions;
import org.gendan.scheduling.schedule.Schedule;

/**
 * Order review's capacity check (产能评审) on the real schedule: the order's lines are fitted into the
 * capacity the promised schedule leaves free, without moving any promised order; the order is feasible
 * if every line finishes by its delivery date minus the buffer.
 *
 * <p>An order that is already in the schedule (a revision under review) is checked in place of its
 * scheduled jobs. Customers without a tier in the map count as tier C. An order without a delivery
 * date is {@code NOT_CHECKED}. A line whose item has no routing is not made here (bought in or
 * subcontracted): it needs no capacity, and the result names it; an order of such lines only is feasible.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScheduleCapacityCheck implements CapacityCheck {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CapablePromise ctp;
  private final Map<CustomerId, CustomerTier> tiers;

  private ScheduleCapacityCheck(CapablePromise ctp, Map<CustomerId, CustomerTier> tiers) {
    this.ctp = ctp;
    this.tiers = tiers;
  }

  /**
   * A capacity check on the promised schedule.
   *
   * @param tiers the customers' tiers; customers not in it count as tier C
   */
  public static ScheduleCapacityCheck of(Schedule promised, RoutingBook routings, JobSettings settings, Map<CustomerId, CustomerTier> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    return new ScheduleCapacityCheck(CapablePromise.on(promised, routings, settings), Collections.unmodifiableMap(new TreeMap<>(tiers)));
  }

  @Override
  public Feasibility check(SalesOrder order, LocalDate today) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    Schedule promised = ctp.promised();
    CustomerTier tier = tiers.getOrDefault(order.customerId(), CustomerTier.C);
    LocalDateTime earliest = today.atStartOfDay().isAfter(promised.problem().start()) ? today.atStartOfDay() : promised.problem().start();
    if (order.lines().isEmpty()) {
      return Feasibility.notChecked("capacity not checked: order " + order.id() + " has no lines");
    }
    List<Job> jobs = new ArrayList<>();
    List<String> notMadeHere = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      java.util.Optional<LocalDate> delivery = order.deliveryDateOf(line);
      if (delivery.isEmpty()) {
        return Feasibility.notChecked("capacity not checked: order " + order.id() + " line " + line.lineNo() + " has no delivery date (交期)");
      }
      Either<Rejection, Job> j = ctp.job(order.id(), line.lineNo(), line.sku(), line.quantity(), delivery.get(), tier, ReleaseConditions.NONE, earliest);
      if (j.isLeft() && j.getLeft().code().equals("NO_ROUTING")) {
        // bought in or subcontracted (a trading line): it takes no capacity of this plant
        notMadeHere.add("line " + line.lineNo() + " (" + line.sku() + ")");
        continue;
      }
      if (j.isLeft()) {
        return Feasibility.infeasible(j.getLeft().message());
      }
      jobs.add(j.get());
    }
    String bought = notMadeHere.isEmpty() ? "" : "; not made here (no routing), so no capacity needed: "
        + String.join(", ", notMadeHere.subList(0, Math.min(10, notMadeHere.size())))
        + (notMadeHere.size() > 10 ? " and " + (notMadeHere.size() - 10) + " more" : "");
    if (jobs.isEmpty()) {
      return Feasibility.notChecked("capacity not checked: no line of order " + order.id() + " is made in this plant" + bought);
    }
    List<JobId> removed = promised.problem().jobs().stream().map(Job::id).filter(id -> id.order().equals(order.id())).toList();
    Schedule fitted = ctp.fitAfter(promised, jobs, removed);
    LocalDate latest = null;
    List<String> lateLines = new ArrayList<>();
    for (Job j : jobs) {
      JobOutcome o = fitted.outcome(j.id()).orElseThrow();
      LocalDate d = ctp.deliveryFor(o.completion());
      latest = latest == null || d.isAfter(latest) ? d : latest;
      if (o.isLate()) {
        List<Assignment> as = fitted.assignmentsOf(j.id());
        Assignment last = as.get(as.size() - 1);
        lateLines.add("line " + j.id().lineNo() + " (" + j.routing().sku() + ") finishes " + TIME.format(o.completion()) + " on " + last.line()
            + ", after its due " + TIME.format(j.due()));
      }
    }
    if (lateLines.isEmpty()) {
      return Feasibility.feasible(latest, "capacity (产能评审): all " + jobs.size() + " line(s) fit into free capacity without moving promised orders; "
          + "earliest delivery " + latest + bought);
    }
    String shown = String.join("; ", lateLines.subList(0, Math.min(10, lateLines.size())))
        + (lateLines.size() > 10 ? "; and " + (lateLines.size() - 10) + " more lines" : "");
    return Feasibility.infeasible(latest, "capacity (产能评审): " + shown + "; earliest delivery " + latest
        + " without moving promised orders" + bought);
  }
}

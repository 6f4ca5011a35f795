package org.gendan.core.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gendan.core.Rejection;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;

/**
 * The 跟单员's daily worklist (日清日结): across many orders, the milestones that are overdue, due today,
 * at risk or due soon, ordered by urgency, then customer tier (key customers first, 客户分类), then date.
 *
 * <p>An entry is:
 * <ul>
 *   <li>{@link Urgency#OVERDUE} — a milestone not met whose date is before today;</li>
 *   <li>{@link Urgency#DUE_TODAY} — a milestone not met due today;</li>
 *   <li>{@link Urgency#AT_RISK} — the shipment of an order with an overdue milestone, when the shipment
 *       itself is not yet due (one entry per order, naming the overdue milestones);</li>
 *   <li>{@link Urgency#DUE_SOON} — a milestone due within {@link FollowUpPolicy#dueSoonDays()} days after
 *       today.</li>
 * </ul>
 * Closed and cancelled orders are left out; orders on hold are listed with their status. Orders that
 * cannot be planned (no delivery date) are reported in {@link #unplanned()}, never dropped silently.
 * Ties are broken by order id and milestone, so the same orders give the same list in any input order.
 *
 * @param date      the day of the list
 * @param entries   the entries, most urgent first
 * @param unplanned orders that could not be planned, with the reason
 */
public record Worklist(LocalDate date, List<WorklistEntry> entries, List<Rejection> unplanned) {

  /** The order of the list: urgency, tier (unknown customers last), due date, order id, milestone. */
  public static final Comparator<WorklistEntry> ORDER = Comparator
      .comparing(WorklistEntry::urgency)
      .thenComparing(e -> e.tier().map(CustomerTier::ordinal).orElse(Integer.MAX_VALUE))
      .thenComparing(WorklistEntry::due)
      .thenComparing(e -> e.orderId().value())
      .thenComparing(WorklistEntry::milestone);

  /** Creates the list. */
  public Worklist {
    Objects.requireNonNull(date, "date");
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    unplanned = List.copyOf(Objects.requireNonNull(unplanned, "unplanned"));
  }

  /**
   * Builds the worklist for {@code today}.
   *
   * @param orders the orders followed (any order; each id once)
   * @param tiers  the tier of each customer; customers missing here are listed after tier C
   * @param today  the day of the list
   * @param policy the milestone offsets and the look-ahead window
   * @throws IllegalArgumentException if an order id appears twice
   */
  public static Worklist of(Collection<Order> orders, Map<CustomerId, CustomerTier> tiers, LocalDate today,
      FollowUpPolicy policy) {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(tiers, "tiers");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(policy, "policy");
    long distinct = orders.stream().map(o -> Objects.requireNonNull(o, "orders contains null").id()).distinct().count();
    if (distinct != orders.size()) {
      throw new IllegalArgumentException("the worklist got the same order id more than once");
    }
    List<WorklistEntry> entries = new ArrayList<>();
    List<Rejection> unplanned = new ArrayList<>();
    List<Order> sorted = orders.stream().sorted(Comparator.comparing(o -> o.id().value())).toList();
    for (Order order : sorted) {
      if (order.status().isTerminal()) {
        continue;
      }
      var plan = FollowUpPlan.of(order, policy);
      if (plan.isLeft()) {
        unplanned.add(plan.getLeft());
        continue;
      }
      entries.addAll(entriesOf(order, plan.get(), Optional.ofNullable(tiers.get(order.salesOrder().customerId())), today,
          policy));
    }
    entries.sort(ORDER);
    return new Worklist(today, entries, unplanned);
  }

  private static List<WorklistEntry> entriesOf(Order order, FollowUpPlan plan, Optional<CustomerTier> tier, LocalDate today,
      FollowUpPolicy policy) {
    List<WorklistEntry> out = new ArrayList<>();
    String hold = order.status() == OrderStatus.ON_HOLD ? " [order on hold 暂停]" : "";
    List<Milestone> overdue = plan.overdue(today);
    for (Milestone m : plan.open()) {
      long days = ChronoUnit.DAYS.between(today, m.due());
      Urgency urgency;
      String what;
      if (days < 0) {
        urgency = Urgency.OVERDUE;
        what = "was due " + m.due() + ", " + (-days) + " day" + (days == -1 ? "" : "s") + " overdue";
      } else if (days == 0) {
        urgency = Urgency.DUE_TODAY;
        what = "is due today";
      } else if (m.kind() == MilestoneKind.SHIPMENT && !overdue.isEmpty()) {
        urgency = Urgency.AT_RISK;
        what = "due " + m.due() + " is at risk: overdue " + overdue.stream()
            .map(o -> o.kind().chineseName() + " (" + o.due() + ")").collect(Collectors.joining(", "))
            + "; escalate and confirm the date with the factory";
      } else if (days <= policy.dueSoonDays()) {
        urgency = Urgency.DUE_SOON;
        what = "is due " + m.due() + ", in " + days + " day" + (days == 1 ? "" : "s");
      } else {
        continue;
      }
      String message = "order " + order.id() + ": " + label(m.kind()) + " " + what + hold;
      out.add(new WorklistEntry(order.id(), order.salesOrder().customerId(), tier, order.status(), m.kind(), m.due(),
          urgency, Math.max(0, -days), message));
    }
    return out;
  }

  private static String label(MilestoneKind kind) {
    return kind.name().toLowerCase().replace('_', ' ') + " (" + kind.chineseName() + ")";
  }

  /** The entries of one urgency. */
  public List<WorklistEntry> entries(Urgency urgency) {
    Objects.requireNonNull(urgency, "urgency");
    return entries.stream().filter(e -> e.urgency() == urgency).toList();
  }
}

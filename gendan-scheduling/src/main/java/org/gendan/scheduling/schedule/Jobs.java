package org.gendan.scheduling.schedule;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gendan.core.Rejection;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;

/**
 * Makes production jobs from sales-order lines.
 *
 * <p>A job's due instant is the end of the day {@code delivery date − buffer days} (that is, midnight
 * starting the next day); its release is the start of the latest release-condition date, but never
 * before {@code earliestStart}; its weight is its customer tier's weight.
 *
 * <p>Rejection codes: {@code NO_DELIVERY_DATE} (neither the line nor the order has a 交期),
 * {@code NO_ROUTING} (the factory has no 工艺路线 for the item), {@code UNIT_MISMATCH} (the ordered unit
 * cannot be converted to the routing's unit), {@code LINE_NOT_FOUND}.
 */
public final class Jobs {

  private Jobs() {}

  /**
   * The job of one order line.
   *
   * @param order         the sales order
   * @param lineNo        the line number
   * @param tier          the customer's tier
   * @param routings      the factory's routings
   * @param conditions    the line's release conditions
   * @param earliestStart the earliest instant production can start (e.g. the planning start)
   * @param settings      buffer and tier weights
   * @return the job, or why none can be made
   */
  public static Either<Rejection, Job> fromOrderLine(SalesOrder order, int lineNo, CustomerTier tier, RoutingBook routings,
      ReleaseConditions conditions, LocalDateTime earliestStart, JobSettings settings) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(routings, "routings");
    Objects.requireNonNull(conditions, "conditions");
    Objects.requireNonNull(earliestStart, "earliestStart");
    Objects.requireNonNull(settings, "settings");
    Optional<OrderLine> found = order.line(lineNo);
    if (found.isEmpty()) {
      return Either.left(Rejection.of("LINE_NOT_FOUND", "order " + order.id() + " has no line " + lineNo));
    }
    OrderLine line = found.get();
    Optional<LocalDate> delivery = order.deliveryDateOf(line);
    if (delivery.isEmpty()) {
      return Either.left(Rejection.of("NO_DELIVERY_DATE", "order " + order.id() + " line " + lineNo
          + " has no delivery date (交期); agree one with the customer before scheduling"));
    }
    Optional<Routing> routing = routings.routing(line.sku());
    if (routing.isEmpty()) {
      return Either.left(Rejection.of("NO_ROUTING", "order " + order.id() + " line " + lineNo + ": no routing (工艺路线) for item "
          + line.sku() + "; engineering must set one up before it can be scheduled"));
    }
    if (!line.quantity().unit().isConvertibleTo(routing.get().unit())) {
      return Either.left(Rejection.of("UNIT_MISMATCH", "order " + order.id() + " line " + lineNo + " is ordered in "
          + line.quantity().unit() + " but the routing of " + line.sku() + " is per " + routing.get().unit()));
    }
    LocalDateTime start = earliestStart.withSecond(0).withNano(0);
    if (start.isBefore(earliestStart)) {
      start = start.plusMinutes(1);
    }
    LocalDateTime release = start;
    ReleaseCause cause = ReleaseCause.NONE;
    Optional<ReleaseConditions.Latest> latest = conditions.latest();
    if (latest.isPresent() && latest.get().date().atStartOfDay().isAfter(start)) {
      release = latest.get().date().atStartOfDay();
      cause = latest.get().cause();
    }
    return Either.right(Job.builder()
        .id(new JobId(order.id(), lineNo))
        .routing(routing.get())
        .quantity(line.quantity())
        .release(release)
        .releaseCause(cause)
        .due(delivery.get().minusDays(settings.bufferDays()).plusDays(1).atStartOfDay())
        .weight(settings.weightOf(tier))
        .tier(tier)
        .deliveryDate(delivery.get())
        .build());
  }

  /**
   * The job of one line of an order in follow-up: as {@link #fromOrderLine(SalesOrder, int, CustomerTier,
   * RoutingBook, ReleaseConditions, LocalDateTime, JobSettings)}, but due by the delivery date now
   * expected. After a reported delay (延期) the customer waits for the new date, so a line agreed
   * earlier is planned against the new date (its due moves by the same buffer); a line agreed later
   * than the new date keeps its own date.
   *
   * @param order the order, with its event history
   */
  public static Either<Rejection, Job> fromOrderLine(Order order, int lineNo, CustomerTier tier, RoutingBook routings,
      ReleaseConditions conditions, LocalDateTime earliestStart, JobSettings settings) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(settings, "settings");
    Either<Rejection, Job> job = fromOrderLine(order.salesOrder(), lineNo, tier, routings, conditions, earliestStart,
        settings);
    if (job.isLeft() || order.revisedDeliveryDate().isEmpty()) {
      return job;
    }
    Job j = job.get();
    LocalDate revised = order.revisedDeliveryDate().get();
    if (j.deliveryDate().isEmpty() || !revised.isAfter(j.deliveryDate().get())) {
      return job;
    }
    return Either.right(j.withDeliveryDate(revised)
        .withDue(revised.minusDays(settings.bufferDays()).plusDays(1).atStartOfDay()));
  }

  /**
   * The jobs of all lines of an order, in line order; the first line that cannot become a job rejects
   * the order.
   *
   * @param conditions the release conditions of each line
   */
  public static Either<Rejection, List<Job>> fromOrder(SalesOrder order, CustomerTier tier, RoutingBook routings,
      Function<OrderLine, ReleaseConditions> conditions, LocalDateTime earliestStart, JobSettings settings) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(conditions, "conditions");
    if (order.lines().isEmpty()) {
      return Either.left(Rejection.of("NO_LINES", "order " + order.id() + " has no lines to produce"));
    }
    List<Job> out = new ArrayList<>();
    for (OrderLine l : order.lines()) {
      ReleaseConditions c = Objects.requireNonNull(conditions.apply(l), "conditions of line " + l.lineNo());
      Either<Rejection, Job> j = fromOrderLine(order, l.lineNo(), tier, routings, c, earliestStart, settings);
      if (j.isLeft()) {
        return Either.left(j.getLeft());
      }
      out.add(j.get());
    }
    return Either.right(List.copyOf(out));
  }
  /**
   * The jobs of all lines of an order in follow-up, in line order, each due by the delivery date now
   * expected (see {@link #fromOrderLine(Order, int, CustomerTier, RoutingBook, ReleaseConditions,
   * LocalDateTime, JobSettings)}); the first line that cannot become a job rejects the order.
   *
   * @param conditions the release conditions of each line
   */
  public static Either<Rejection, List<Job>> fromOrder(Order order, CustomerTier tier, RoutingBook routings,
      Function<OrderLine, ReleaseConditions> conditions, LocalDateTime earliestStart, JobSettings settings) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(conditions, "conditions");
    if (order.salesOrder().lines().isEmpty()) {
      return Either.left(Rejection.of("NO_LINES", "order " + order.id() + " has no lines to produce"));
    }
    List<Job> out = new ArrayList<>();
    for (OrderLine l : order.salesOrder().lines()) {
      ReleaseConditions c = Objects.requireNonNull(conditions.apply(l), "conditions of line " + l.lineNo());
      Either<Rejection, Job> j = fromOrderLine(order, l.lineNo(), tier, routings, c, earliestStart, settings);
      if (j.isLeft()) {
        return Either.left(j.getLeft());
      }
      out.add(j.get());
    }
    return Either.right(List.copyOf(out));
  }

}

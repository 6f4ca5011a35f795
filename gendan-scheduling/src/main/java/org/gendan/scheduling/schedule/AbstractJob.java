package org.gendan.scheduling.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gendan.core.measure.Quantity;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.immutables.value.Value;

/**
 * A production job (生产任务): one sales-order line to be made through its routing.
 *
 * <p>Times are whole minutes in the factory's zone. The job may start no earlier than
 * {@link #release()}; it should be complete by {@link #due()}; if it is late, every minute costs
 * {@link #weight()}. Jobs already started or frozen carry {@link #pinned()} operations: a prefix of the
 * routing with fixed line and times. Build with {@code Job.builder()} or from an order line with
 * {@link Jobs}.
 */
@Value.Immutable
abstract class AbstractJob {

  /** The job's id (order and line). */
  public abstract JobId id();

  /** The routing the job follows. */
  public abstract Routing routing();

  /** The quantity to make; positive, in a unit convertible to the routing's unit. */
  public abstract Quantity quantity();

  /** The earliest start of the first operation. */
  public abstract LocalDateTime release();

  /** What decided the release date. */
  @Value.Default
  public ReleaseCause releaseCause() {
    return ReleaseCause.NONE;
  }

  /** The instant by which the last operation should end (the delivery date minus the buffer). */
  public abstract LocalDateTime due();

  /** The cost of one minute of lateness (from the customer tier); 0..1,000,000. */
  @Value.Default
  public long weight() {
    return 1;
  }

  /** The customer's tier, if known. */
  public abstract Optional<CustomerTier> tier();

  /** The delivery date (交期) promised to the customer, if the job comes from an order. */
  public abstract Optional<LocalDate> deliveryDate();

  /** Operations with fixed line and times: a prefix of the routing (operations 0, 1, … k−1). */
  public abstract List<PinnedOperation> pinned();

  /** The quantity in the routing's unit. */
  @Value.Lazy
  public BigDecimal quantityInRoutingUnit() {
    return quantity().to(routing().unit()).value();
  }

  /** The standard run minutes of an operation for this job's quantity. */
  public long runMinutes(int operationIndex) {
    return routing().operations().get(operationIndex).runMinutesFor(quantityInRoutingUnit());
  }

  /** The standard minutes (setup + run, at least 1) of all operations: the job's work content. */
  @Value.Lazy
  public long standardWorkMinutes() {
    long total = 0;
    List<Operation> ops = routing().operations();
    for (int i = 0; i < ops.size(); i++) {
      total += Math.max(1, ops.get(i).setupMinutes() + runMinutes(i));
    }
    return total;
  }

  @Value.Check
  protected void check() {
    if (!quantity().isPositive()) {
      throw new IllegalArgumentException("job " + id() + ": quantity must be positive, got " + quantity());
    }
    if (!quantity().unit().isConvertibleTo(routing().unit())) {
      throw new IllegalArgumentException("job " + id() + ": quantity in " + quantity().unit() + " cannot be converted to the routing's unit " + routing().unit());
    }
    if (weight() < 0 || weight() > 1_000_000) {
      throw new IllegalArgumentException("job " + id() + ": weight must be 0..1,000,000, got " + weight());
    }
    wholeMinute(release(), "release");
    wholeMinute(due(), "due");
    LocalDateTime previousEnd = null;
    for (int i = 0; i < pinned().size(); i++) {
      PinnedOperation p = pinned().get(i);
      if (p.operationIndex() != i) {
        throw new IllegalArgumentException("job " + id() + ": pinned operations must be the routing's first operations in order; found index "
            + p.operationIndex() + " at position " + i);
      }
      if (i >= routing().operations().size()) {
        throw new IllegalArgumentException("job " + id() + ": pinned operation " + i + " is beyond the routing's " + routing().operations().size() + " operations");
      }
      if (previousEnd != null && p.start().isBefore(previousEnd)) {
        throw new IllegalArgumentException("job " + id() + ": pinned operation " + i + " starts before the previous one ends");
      }
      previousEnd = p.end();
    }
  }

  private void wholeMinute(LocalDateTime t, String what) {
    if (t.getSecond() != 0 || t.getNano() != 0) {
      throw new IllegalArgumentException("job " + id() + ": " + what + " must be a whole minute, got " + t);
    }
  }
}

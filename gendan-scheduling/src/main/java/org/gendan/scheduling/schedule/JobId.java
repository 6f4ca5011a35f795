package org.gendan.scheduling.schedule;

import java.util.Comparator;
import java.util.Objects;
import org.gendan.core.order.OrderId;

/**
 * A production job's id: the sales order and its line (one job per order line), shown as
 * {@code SO-2026-0412/2}.
 *
 * @param order  the sales order
 * @param lineNo the order line, 1..99999
 */
public record JobId(OrderId order, int lineNo) implements Comparable<JobId> {

  private static final Comparator<JobId> ORDER = Comparator.comparing(JobId::order).thenComparingInt(JobId::lineNo);

  /** Creates the id. @throws IllegalArgumentException if the line number is not 1..99999 */
  public JobId {
    Objects.requireNonNull(order, "order");
    if (lineNo < 1 || lineNo > 99_999) {
      throw new IllegalArgumentException("job line number must be 1..99999, got " + lineNo);
    }
  }

  /** The job of an order line. */
  public static JobId of(String order, int lineNo) {
    return new JobId(OrderId.of(order), lineNo);
  }

  @Override
  public int compareTo(JobId o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return order + "/" + lineNo;
  }
}

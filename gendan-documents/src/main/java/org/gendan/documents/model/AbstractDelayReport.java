package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.gendan.core.Ids;
import org.immutables.value.Value;

/**
 * A delay report (交期延误报告) from a production schedule: every order line the schedule finishes after
 * its due time, the latest first, with how late and why (the schedule's own explanation), for
 * management and the customer. Build with {@code DelayReport.builder()} or
 * {@link ProductionDocuments#delayReport}.
 */
@Value.Immutable
@JsonSerialize(as = DelayReport.class)
@JsonDeserialize(as = DelayReport.class)
abstract class AbstractDelayReport {

  /** The report number. */
  public abstract String number();

  /** The date of the report. */
  public abstract LocalDate date();

  /** How the schedule was made (its method), so a reader knows what the dates rest on. */
  public abstract String scheduleMethod();

  /** The late order lines, latest first, then by order and line. */
  public abstract List<DelayEntry> entries();

  /** The number of jobs in the schedule. */
  public abstract int jobsScheduled();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "delay report number");
    Ids.requireNonBlankText(scheduleMethod(), "schedule method", 500);
    if (jobsScheduled() < entries().size()) {
      throw new IllegalArgumentException("delay report " + number() + " lists " + entries().size() + " late jobs of only " + jobsScheduled());
    }
  }
}

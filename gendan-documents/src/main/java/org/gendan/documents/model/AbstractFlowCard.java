package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;
import org.immutables.value.Value;

/**
 * A flow card (流程卡) that travels with one job through the workshop: the routing steps in order with
 * the planned line, start and end from the production schedule, and a column for each department to
 * sign. Build with {@code FlowCard.builder()} or {@link ProductionDocuments#flowCards}.
 */
@Value.Immutable
@JsonSerialize(as = FlowCard.class)
@JsonDeserialize(as = FlowCard.class)
abstract class AbstractFlowCard {

  /** The flow card number: the production order number and the line. */
  public abstract String number();

  /** The date of issue. */
  public abstract LocalDate date();

  /** The production order it belongs to. */
  public abstract String productionOrderNumber();

  /** The customer order. */
  public abstract String orderId();

  /** The order line. */
  public abstract int lineNo();

  /** The item. */
  public abstract Sku sku();

  /** The item's name and specification. */
  public abstract String description();

  /** The quantity to make. */
  public abstract Quantity quantity();

  /** The routing steps with their planned times. */
  public abstract List<FlowCardStep> steps();

  /** When the job is due. */
  public abstract LocalDateTime due();

  /** When the schedule plans the last step to end. */
  public abstract LocalDateTime plannedCompletion();

  /** True if the planned completion is after the due time. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isLate() {
    return plannedCompletion().isAfter(due());
  }

  @Value.Check
  protected void check() {
    Ids.requireNonBlankText(number(), "flow card number", 100);
    DocumentChecks.number(productionOrderNumber(), "production order number");
    DocumentChecks.number(orderId(), "order id");
    Ids.requireNonBlankText(description(), "description", 2000);
    if (steps().isEmpty()) {
      throw new IllegalArgumentException("flow card " + number() + " has no steps");
    }
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).step() != i + 1) {
        throw new IllegalArgumentException("flow card " + number() + ": steps must be numbered 1.." + steps().size() + " in order");
      }
    }
  }
}

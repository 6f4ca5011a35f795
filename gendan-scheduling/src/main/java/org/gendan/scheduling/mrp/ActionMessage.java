package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.product.Sku;

/**
 * An exception message from an MRP run (例外信息): what to do, with which order, by when, and which
 * customer orders it concerns.
 *
 * @param type          what to do
 * @param sku           the item
 * @param reference     the planned order id, scheduled receipt id, or demand id (for a shortage)
 * @param quantity      the quantity concerned
 * @param currentDate   the order's current date (due or release date; the need date for a shortage)
 * @param suggestedDate the date it should move to, for expedite and defer, or the expected arrival
 * @param atRisk        customer-order lines at risk (past-due releases and shortages) that the supply serves
 *                      directly; for a component order, {@link MrpResult#customerOrdersAtRisk(PlannedOrder)}
 *                      traces the customer orders behind the parent orders it delays
 * @param message       the explanation for the 跟单员
 */
public record ActionMessage(ActionType type, Sku sku, String reference, Quantity quantity, LocalDate currentDate,
    Optional<LocalDate> suggestedDate, List<AtRisk> atRisk, String message) {

  /** Copies the list and checks the fields. */
  public ActionMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(currentDate, "currentDate");
    Objects.requireNonNull(suggestedDate, "suggestedDate");
    atRisk = List.copyOf(atRisk);
    Ids.requireNonBlankText(message, "message", 4000);
  }

  @Override
  public String toString() {
    return type + " " + reference + ": " + message;
  }
}

package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.Optional;
import org.gendan.core.Ids;
import org.immutables.value.Value;

/**
 * What the clerk decides when making an inspection or certificate-of-origin application: its reference,
 * date, the manufacturer and the planned shipment date. Build with {@code ApplicationIssue.builder()}.
 */
@Value.Immutable
abstract class AbstractApplicationIssue {

  /** The application reference. */
  public abstract String number();

  /** The date of the application. */
  public abstract LocalDate date();

  /** The manufacturer (生产单位); the exporter itself when empty. */
  public abstract Optional<String> manufacturer();

  /** The planned shipment date. */
  public abstract LocalDate plannedShipmentDate();

  /** The origin criterion to state on a Form A, if any. */
  public abstract Optional<String> originCriterion();

  @Value.Check
  protected void check() {
    Ids.requireValid(number(), "application number");
    manufacturer().ifPresent(m -> Ids.requireNonBlankText(m, "manufacturer", 200));
    originCriterion().ifPresent(c -> Ids.requireNonBlankText(c, "origin criterion", 50));
  }
}

package org.gendan.documents.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.immutables.value.Value;

/**
 * What the clerk knows when issuing the shipment notice: its number and date, the loading date and
 * ETD, the booking, the containers and who receives the notice. Build with {@code ShipmentPlan.builder()}.
 */
@Value.Immutable
abstract class AbstractShipmentPlan {

  /** The departments that receive a notice by default. */
  public static final List<String> STANDARD_RECIPIENTS = List.of("仓库 / WAREHOUSE", "生产部 / PRODUCTION", "财务部 / FINANCE");

  /** The notice number. */
  public abstract String number();

  /** The date of the notice. */
  public abstract LocalDate date();

  /** The loading date. */
  public abstract LocalDate loadingDate();

  /** The ETD. */
  public abstract LocalDate etd();

  /** The booking reference, once booked. */
  public abstract Optional<String> bookingReference();

  /** The vessel and voyage, once booked. */
  public abstract Optional<String> vessel();

  /** The containers, e.g. "1 x 40HQ"; empty when not yet planned. */
  public abstract List<String> containers();

  /** The receiving departments; {@link #STANDARD_RECIPIENTS} by default. */
  @Value.Default
  public List<String> recipients() {
    return STANDARD_RECIPIENTS;
  }

  @Value.Check
  protected void check() {
    Ids.requireValid(number(), "shipment notice number");
    if (loadingDate().isBefore(date())) {
      throw new IllegalArgumentException("loading date " + loadingDate() + " is before the notice date " + date());
    }
    if (etd().isBefore(loadingDate())) {
      throw new IllegalArgumentException("ETD " + etd() + " is before the loading date " + loadingDate());
    }
  }
}

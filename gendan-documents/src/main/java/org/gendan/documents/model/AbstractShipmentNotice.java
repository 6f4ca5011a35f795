package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.ShippingMarks;
import org.immutables.value.Value;

/**
 * A shipment notice (出货通知): tells the warehouse, production and finance which goods of which
 * order leave when — lines with quantities and carton ranges, packing totals, marks, ports, loading date
 * and ETD, booking and vessel — and is signed by each receiving department (文件发放登记). Build with
 * {@code ShipmentNotice.builder()} or {@link FollowUpDocuments#shipmentNotice}.
 */
@Value.Immutable
@JsonSerialize(as = ShipmentNotice.class)
@JsonDeserialize(as = ShipmentNotice.class)
abstract class AbstractShipmentNotice {

  /** The notice number. */
  public abstract String number();

  /** The date of the notice. */
  public abstract LocalDate date();

  /** The sales contract (order) number. */
  public abstract String contractNumber();

  /** The invoice number the goods ship under. */
  public abstract String invoiceNumber();

  /** The customer. */
  public abstract DocumentParty customer();

  /** The goods to ship, as on the packing list. */
  public abstract List<PackingListLine> lines();

  /** The number of packages. */
  public abstract long totalPackages();

  /** The total gross weight. */
  public abstract Quantity grossWeight();

  /** The total measurement. */
  public abstract Quantity measurement();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The destination. */
  public abstract String destination();

  /** The day the goods are loaded (装柜日期). */
  public abstract LocalDate loadingDate();

  /** The estimated departure of the vessel. */
  public abstract LocalDate etd();

  /** The booking reference (订舱号 / S/O), once booked. */
  public abstract Optional<String> bookingReference();

  /** The vessel and voyage, once booked. */
  public abstract Optional<String> vessel();

  /** The containers, e.g. "1 x 40HQ", or LCL. */
  public abstract List<String> containers();

  /** The receiving departments that sign for the notice, e.g. 仓库 / WAREHOUSE. */
  public abstract List<String> recipients();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "shipment notice number");
    DocumentChecks.number(contractNumber(), "contract number");
    DocumentChecks.number(invoiceNumber(), "invoice number");
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("shipment notice " + number() + " has no lines");
    }
    if (totalPackages() < 0) {
      throw new IllegalArgumentException("shipment notice " + number() + ": packages must not be negative: " + totalPackages());
    }
    if (etd().isBefore(loadingDate())) {
      throw new IllegalArgumentException("shipment notice " + number() + ": ETD " + etd() + " is before the loading date " + loadingDate());
    }
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
    bookingReference().ifPresent(b -> Ids.requireValid(b, "booking reference"));
    vessel().ifPresent(v -> Ids.requireText(v, "vessel", 100));
    containers().forEach(c -> Ids.requireNonBlankText(c, "container", 100));
    recipients().forEach(c -> Ids.requireNonBlankText(c, "recipient", 100));
  }
}

package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.ShipmentMode;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.product.HsCode;
import org.gendan.documents.calc.ContainerPlan;
import org.gendan.documents.calc.ContainerType;
import org.immutables.value.Value;

/**
 * A booking request to the forwarder (订舱委托书): shipper, consignee, ports, ETD, the container plan
 * and the cargo totals, marks and HS codes taken from the packing list and invoice. Build with
 * {@link #of} from a document set and a container plan, or with {@code BookingRequest.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = BookingRequest.class)
@JsonDeserialize(as = BookingRequest.class)
abstract class AbstractBookingRequest {

  /** The booking number. */
  public abstract String number();

  /** The date of the request. */
  public abstract LocalDate date();

  /** The invoice the cargo belongs to. */
  public abstract String invoiceNumber();

  /** The shipper (the seller). */
  public abstract DocumentParty shipper();

  /** The consignee (the buyer, or TO ORDER under an L/C, given as a party). */
  public abstract DocumentParty consignee();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The port of discharge / destination. */
  public abstract String destination();

  /** The estimated time of departure wanted. */
  public abstract LocalDate etd();

  /** FCL or LCL. */
  public abstract ShipmentMode mode();

  /** The containers per type (empty for LCL). */
  public abstract Map<ContainerType, Integer> containers();

  /** The number of packages. */
  public abstract long totalPackages();

  /** The gross weight. */
  public abstract Quantity grossWeight();

  /** The measurement. */
  public abstract Quantity measurement();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The goods in general terms, e.g. the item names. */
  public abstract String goodsDescription();

  /** The HS codes of the goods. */
  public abstract List<HsCode> hsCodes();

  /** Remarks to the forwarder. */
  public abstract Optional<String> remarks();

  /**
   * The booking for a document set's invoice and packing list, shipped as {@code plan} says.
   *
   * @throws IllegalArgumentException if the ETD is before the request date
   */
  public static BookingRequest of(DocumentSet set, ContainerPlan plan, String number, LocalDate date, LocalDate etd) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(plan, "plan");
    CommercialInvoice ci = set.invoice();
    PackingList pl = set.packingList();
    List<HsCode> hs = ci.lines().stream().map(GoodsLine::hsCode).flatMap(Optional::stream).distinct().sorted(
        java.util.Comparator.comparing(HsCode::value)).toList();
    String goods = String.join(", ", pl.lines().stream().map(PackingListLine::description).distinct().toList());
    return BookingRequest.builder().number(number).date(date).invoiceNumber(ci.number()).shipper(ci.seller()).consignee(ci.buyer())
        .portOfLoading(ci.portOfLoading()).destination(ci.destination()).etd(etd).mode(plan.mode()).containers(plan.containers())
        .totalPackages(pl.totalPackages()).grossWeight(pl.totalGrossWeight()).measurement(pl.totalMeasurement())
        .shippingMarks(pl.shippingMarks()).goodsDescription(goods.length() > 2000 ? goods.substring(0, 2000) : goods).hsCodes(hs)
        .remarks("CONTAINER PLAN: " + plan.toBookingText()).build();
  }

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "booking number");
    DocumentChecks.number(invoiceNumber(), "invoice number");
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
    Ids.requireNonBlankText(goodsDescription(), "goods description", 2000);
    remarks().ifPresent(r -> Ids.requireText(r, "remarks", 2000));
    if (etd().isBefore(date())) {
      throw new IllegalArgumentException("booking " + number() + ": ETD " + etd() + " is before the request date " + date());
    }
    if (mode() != ShipmentMode.SEA_FCL && mode() != ShipmentMode.SEA_LCL) {
      throw new IllegalArgumentException("booking " + number() + " is for sea freight (SEA_FCL or SEA_LCL), not " + mode());
    }
    if ((mode() == ShipmentMode.SEA_FCL) == containers().isEmpty()) {
      throw new IllegalArgumentException("booking " + number() + ": " + mode() + " with containers " + containers());
    }
    containers().forEach((t, n) -> {
      if (n <= 0) {
        throw new IllegalArgumentException("booking " + number() + ": container count for " + t.code() + " must be positive");
      }
    });
    if (totalPackages() <= 0) {
      throw new IllegalArgumentException("booking " + number() + ": number of packages must be positive");
    }
  }
}

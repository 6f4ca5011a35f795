package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OriginCertificate;
import org.gendan.core.order.ShippingMarks;
import org.gendan.core.party.CountryCode;
import org.immutables.value.Value;

/**
 * The data of an application for a certificate of origin (产地证): a general C/O (一般原产地证, from CCPIT
 * 贸促会 or customs) or a GSP Form A (普惠制产地证, from the customs inspection authority), chosen by the
 * destination country (see {@link OriginForms}). Applied for at least a week before shipment with the
 * contract, invoice and packing list data; the goods must correspond to the invoiced goods (ISBP L1–L4).
 * Build with {@code OriginApplication.builder()} or {@link FollowUpDocuments#originApplication}.
 */
@Value.Immutable
@JsonSerialize(as = OriginApplication.class)
@JsonDeserialize(as = OriginApplication.class)
abstract class AbstractOriginApplication {

  /** The application reference. */
  public abstract String number();

  /** The date of the application. */
  public abstract LocalDate date();

  /** The certificate applied for: {@code GENERAL_CO} or {@code FORM_A}. */
  public abstract OriginCertificate form();

  /** The issuing body, e.g. 中国国际贸易促进委员会 / CCPIT. */
  public abstract String issuingBody();

  /** The exporter (box 1). */
  public abstract DocumentParty exporter();

  /** The consignee (box 2). */
  public abstract DocumentParty consignee();

  /** The means of transport and route, e.g. FROM NINGBO TO HAMBURG BY SEA. */
  public abstract String transport();

  /** The country of destination. */
  public abstract CountryCode destinationCountry();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The goods, with HS codes and packages. */
  public abstract List<ApplicationLine> lines();

  /** The number of packages. */
  public abstract long totalPackages();

  /** The total gross weight. */
  public abstract Quantity grossWeight();

  /** The invoice number. */
  public abstract String invoiceNumber();

  /** The invoice date. */
  public abstract LocalDate invoiceDate();

  /** The origin criterion (e.g. "P" on a Form A for wholly obtained goods), when the exporter states it. */
  public abstract Optional<String> originCriterion();

  /** The planned shipment date. */
  public abstract LocalDate plannedShipmentDate();

  /** The latest advisable application date: one week before shipment. */
  public abstract LocalDate applyBy();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "origin application number");
    if (form() != OriginCertificate.GENERAL_CO && form() != OriginCertificate.FORM_A) {
      throw new IllegalArgumentException("a certificate-of-origin application is for GENERAL_CO or FORM_A, not " + form());
    }
    Ids.requireNonBlankText(issuingBody(), "issuing body", 200);
    Ids.requireNonBlankText(transport(), "transport", 200);
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("origin application " + number() + " has no lines");
    }
    if (totalPackages() < 0) {
      throw new IllegalArgumentException("packages must not be negative: " + totalPackages());
    }
    DocumentChecks.number(invoiceNumber(), "invoice number");
    originCriterion().ifPresent(c -> Ids.requireNonBlankText(c, "origin criterion", 50));
  }
}

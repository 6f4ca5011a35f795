package org.gendan.documents.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gendan.core.Ids;
import org.gendan.core.measure.Quantity;
import org.gendan.core.money.Money;
import org.gendan.core.party.CountryCode;
import org.immutables.value.Value;

/**
 * The data of an application for statutory commodity inspection (出境货物报检 / 商检) for goods subject
 * to statutory inspection (法检), made at the factory's local inspection authority one to two weeks
 * before delivery. The authority issues an exchange voucher (换证凭条) that shows the first item and the
 * total amount, is valid about three months and can be used once; the amount shipped may be lower than
 * the voucher amount, never higher (see {@link ExchangeVoucherRules}). Build with
 * {@code InspectionApplication.builder()} or {@link FollowUpDocuments#inspectionApplication}.
 */
@Value.Immutable
@JsonSerialize(as = InspectionApplication.class)
@JsonDeserialize(as = InspectionApplication.class)
abstract class AbstractInspectionApplication {

  /** The application reference. */
  public abstract String number();

  /** The date of the application. */
  public abstract LocalDate date();

  /** The applicant (报检单位): the exporter. */
  public abstract DocumentParty applicant();

  /** The manufacturer (生产单位), whose local authority inspects. */
  public abstract String manufacturer();

  /** The contract number. */
  public abstract String contractNumber();

  /** The invoice number. */
  public abstract String invoiceNumber();

  /** The goods. */
  public abstract List<ApplicationLine> lines();

  /** The total value applied for; the voucher's amount. */
  public abstract Money totalAmount();

  /** The number of packages. */
  public abstract long totalPackages();

  /** The total gross weight. */
  public abstract Quantity grossWeight();

  /** The country of destination (输往国家). */
  public abstract CountryCode destinationCountry();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The port of destination. */
  public abstract String destination();

  /** The planned shipment date. */
  public abstract LocalDate plannedShipmentDate();

  /** The earliest advisable application date: two weeks before shipment. */
  public abstract LocalDate applyFrom();

  /** The latest advisable application date: one week before shipment. */
  public abstract LocalDate applyBy();

  /** The first item as the voucher will show it (换证凭条上的第一项品名). */
  public String voucherFirstItem() {
    return lines().get(0).nameZh();
  }

  /** Whether the application is made after {@link #applyBy()} (the voucher may come too late). */
  @JsonIgnore
  public boolean isLate() {
    return date().isAfter(applyBy());
  }

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "inspection application number");
    Ids.requireNonBlankText(manufacturer(), "manufacturer", 200);
    DocumentChecks.number(contractNumber(), "contract number");
    DocumentChecks.number(invoiceNumber(), "invoice number");
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("inspection application " + number() + " has no lines");
    }
    if (lines().size() > DocumentChecks.MAX_LINES) {
      throw new IllegalArgumentException("inspection application " + number() + " has more than " + DocumentChecks.MAX_LINES + " lines");
    }
    lines().forEach(l -> DocumentChecks.money(l.amount(), totalAmount().currency()));
    if (totalPackages() < 0) {
      throw new IllegalArgumentException("packages must not be negative: " + totalPackages());
    }
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
    if (applyBy().isBefore(applyFrom())) {
      throw new IllegalArgumentException("apply-by date " + applyBy() + " is before the apply-from date " + applyFrom());
    }
  }
}

package org.gendan.documents.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.ShippingMarks;
import org.immutables.value.Value;

/**
 * A packing list (装箱单) as stated: lines with cartons, carton numbers, weights and measurement, the
 * marks and the totals (the only figures a bank checks, ISBP 821 M6). No prices. Build with
 * {@code PackingList.builder()}.
 */
@Value.Immutable
@JsonSerialize(as = PackingList.class)
@JsonDeserialize(as = PackingList.class)
abstract class AbstractPackingList {

  /** The packing list number (usually the invoice number). */
  public abstract String number();

  /** The date. */
  public abstract LocalDate date();

  /** The invoice it belongs to. */
  public abstract String invoiceNumber();

  /** The seller (issuer). */
  public abstract DocumentParty seller();

  /** The buyer. */
  public abstract DocumentParty buyer();

  /** The lines. */
  public abstract List<PackingListLine> lines();

  /** The shipping marks. */
  public abstract ShippingMarks shippingMarks();

  /** The total number of packages as stated. */
  public abstract long totalPackages();

  /** The total net weight as stated. */
  public abstract Quantity totalNetWeight();

  /** The total gross weight as stated. */
  public abstract Quantity totalGrossWeight();

  /** The total measurement as stated. */
  public abstract Quantity totalMeasurement();

  /** The port of loading. */
  public abstract String portOfLoading();

  /** The destination. */
  public abstract String destination();

  @Value.Check
  protected void check() {
    DocumentChecks.number(number(), "packing list number");
    DocumentChecks.number(invoiceNumber(), "invoice number");
    if (lines().size() > DocumentChecks.MAX_LINES) {
      throw new IllegalArgumentException("packing list " + number() + " has more than " + DocumentChecks.MAX_LINES + " lines");
    }
    Set<Integer> seen = new HashSet<>();
    for (PackingListLine l : lines()) {
      if (!seen.add(l.lineNo())) {
        throw new IllegalArgumentException("packing list " + number() + ": line number " + l.lineNo() + " appears twice");
      }
    }
    if (totalPackages() < 0) {
      throw new IllegalArgumentException("packing list " + number() + ": number of packages must not be negative");
    }
    DocumentChecks.place(portOfLoading(), "port of loading");
    DocumentChecks.place(destination(), "destination");
  }
}

package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.product.Sku;

/**
 * The time-phased MRP record of one item (物料需求计划表): per period 1..N the gross requirement (GR),
 * scheduled receipts (SR), projected on hand at the end of the period (POH), net requirement (NR),
 * planned order receipts (PORec) and planned order releases (PORel), all in {@link #unit()}; see the
 * package documentation for how they relate. Lists are indexed from 0 for period 1; the
 * {@code ...In(period)} accessors take the period number.
 *
 * <p>Planned releases whose ideal period is before period 1 are shown in period 1.
 *
 * @param sku                the item
 * @param unit               the planning unit of every number in the record
 * @param lowLevelCode       the item's low-level code
 * @param phantom            true if the item is blown through (its "releases" are passed to its components)
 * @param onHand             available stock at the start (on hand − allocated), POH(0)
 * @param safetyStock        the safety stock floor
 * @param grossRequirements  GR per period
 * @param scheduledReceipts  SR per period
 * @param projectedOnHand    POH per period
 * @param netRequirements    NR per period
 * @param plannedReceipts    PORec per period
 * @param plannedReleases    PORel per period (release quantities, including yield)
 */
public record ItemRecord(Sku sku, Unit unit, int lowLevelCode, boolean phantom, BigDecimal onHand,
    BigDecimal safetyStock, List<BigDecimal> grossRequirements, List<BigDecimal> scheduledReceipts,
    List<BigDecimal> projectedOnHand, List<BigDecimal> netRequirements, List<BigDecimal> plannedReceipts,
    List<BigDecimal> plannedReleases) {

  /** Copies the lists and checks that they have the same length. */
  public ItemRecord {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(onHand, "onHand");
    Objects.requireNonNull(safetyStock, "safetyStock");
    grossRequirements = List.copyOf(grossRequirements);
    scheduledReceipts = List.copyOf(scheduledReceipts);
    projectedOnHand = List.copyOf(projectedOnHand);
    netRequirements = List.copyOf(netRequirements);
    plannedReceipts = List.copyOf(plannedReceipts);
    plannedReleases = List.copyOf(plannedReleases);
    int n = grossRequirements.size();
    if (scheduledReceipts.size() != n || projectedOnHand.size() != n || netRequirements.size() != n
        || plannedReceipts.size() != n || plannedReleases.size() != n) {
      throw new IllegalArgumentException("MRP record of " + sku + ": all rows need " + n + " periods");
    }
  }

  /** The number of periods. */
  public int periods() {
    return grossRequirements.size();
  }

  /** GR in a period (1..N). */
  public BigDecimal grossIn(int period) {
    return grossRequirements.get(period - 1);
  }

  /** SR in a period (1..N). */
  public BigDecimal scheduledReceiptsIn(int period) {
    return scheduledReceipts.get(period - 1);
  }

  /** POH at the end of a period (1..N); period 0 gives the starting stock. */
  public BigDecimal projectedOnHandIn(int period) {
    return period == 0 ? onHand : projectedOnHand.get(period - 1);
  }

  /** NR in a period (1..N). */
  public BigDecimal netIn(int period) {
    return netRequirements.get(period - 1);
  }

  /** PORec in a period (1..N). */
  public BigDecimal plannedReceiptsIn(int period) {
    return plannedReceipts.get(period - 1);
  }

  /** PORel in a period (1..N). */
  public BigDecimal plannedReleasesIn(int period) {
    return plannedReleases.get(period - 1);
  }

  /** The projected on hand at the end of a period as a quantity. */
  public Quantity projectedOnHandQuantity(int period) {
    return Quantity.of(projectedOnHandIn(period), unit);
  }
}

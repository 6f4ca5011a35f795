package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * <p>The rows are stored sparsely ({@link PeriodValues}); POH is not stored but derived on first use
 * from {@code POH(t) = POH(t−1) + SR(t) + PORec(t) − GR(t)}, which is exactly how MRP computes it.
 * Planned releases whose ideal period is before period 1 are shown in period 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItemRecord {

  private final Sku sku;
  private final Unit unit;
  private final int lowLevelCode;
  private final boolean phantom;
  private final BigDecimal onHand;
  private final BigDecimal safetyStock;
  private final PeriodValues gross;
  private final PeriodValues receipts;
  private final PeriodValues net;
  private final PeriodValues plannedReceipts;
  private final PeriodValues plannedReleases;
  private volatile List<BigDecimal> projected;

  /**
   * Creates the record; used by {@link Mrp}.
   *
   * @param sku               the item
   * @param unit              the planning unit of every number in the record
   * @param lowLevelCode      the item's low-level code
   * @param phantom           true if the item is blown through (its "releases" are passed to its components)
   * @param onHand            available stock at the start (on hand − allocated), POH(0)
   * @param safetyStock       the safety stock floor
   * @param gross             GR per period
   * @param receipts          SR per period
   * @param net               NR per period
   * @param plannedReceipts   PORec per period
   * @param plannedReleases   PORel per period (release quantities, including yield)
   * @throws IllegalArgumentException if the rows do not all have the same number of periods
   */
  public ItemRecord(Sku sku, Unit unit, int lowLevelCode, boolean phantom, BigDecimal onHand,
      BigDecimal safetyStock, PeriodValues gross, PeriodValues receipts, PeriodValues net,
      PeriodValues plannedReceipts, PeriodValues plannedReleases) {
    this.sku = Objects.requireNonNull(sku, "sku");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.lowLevelCode = lowLevelCode;
    this.phantom = phantom;
    this.onHand = Objects.requireNonNull(onHand, "onHand");
    this.safetyStock = Objects.requireNonNull(safetyStock, "safetyStock");
    this.gross = Objects.requireNonNull(gross, "gross");
    this.receipts = Objects.requireNonNull(receipts, "receipts");
    this.net = Objects.requireNonNull(net, "net");
    this.plannedReceipts = Objects.requireNonNull(plannedReceipts, "plannedReceipts");
    this.plannedReleases = Objects.requireNonNull(plannedReleases, "plannedReleases");
    int n = gross.periods();
    if (receipts.periods() != n || net.periods() != n || plannedReceipts.periods() != n
        || plannedReleases.periods() != n) {
      throw new IllegalArgumentException("MRP record of " + sku + ": all rows need " + n + " periods");
    }
  }

  /** The item. */
  public Sku sku() {
    return sku;
  }

  /** The planning unit of every number in the record. */
  public Unit unit() {
    return unit;
  }

  /** The item's low-level code. */
  public int lowLevelCode() {
    return lowLevelCode;
  }

  /** True if the item is blown through (its "releases" are passed to its components). */
  public boolean phantom() {
    return phantom;
  }

  /** Available stock at the start (on hand − allocated), POH(0). */
  public BigDecimal onHand() {
    return onHand;
  }

  /** The safety stock floor. */
  public BigDecimal safetyStock() {
    return safetyStock;
  }

  /** GR per period, sparse. */
  public PeriodValues gross() {
    return gross;
  }

  /** SR per period, sparse. */
  public PeriodValues receipts() {
    return receipts;
  }

  /** NR per period, sparse. */
  public PeriodValues net() {
    return net;
  }

  /** PORec per period, sparse. */
  public PeriodValues plannedReceiptRow() {
    return plannedReceipts;
  }

  /** PORel per period, sparse. */
  public PeriodValues plannedReleaseRow() {
    return plannedReleases;
  }

  /** GR per period (index 0 is period 1). */
  public List<BigDecimal> grossRequirements() {
    return gross.toList();
  }

  /** SR per period (index 0 is period 1). */
  public List<BigDecimal> scheduledReceipts() {
    return receipts.toList();
  }

  /** POH at the end of each period (index 0 is period 1). */
  public List<BigDecimal> projectedOnHand() {
    List<BigDecimal> p = projected;
    if (p == null) {
      List<BigDecimal> out = new ArrayList<>(periods());
      BigDecimal level = onHand;
      for (int t = 1; t <= periods(); t++) {
        level = level.add(receipts.get(t)).add(plannedReceipts.get(t)).subtract(gross.get(t));
        out.add(level.signum() == 0 ? BigDecimal.ZERO : level.stripTrailingZeros());
      }
      p = List.copyOf(out);
      projected = p;
    }
    return p;
  }

  /** NR per period (index 0 is period 1). */
  public List<BigDecimal> netRequirements() {
    return net.toList();
  }

  /** PORec per period (index 0 is period 1). */
  public List<BigDecimal> plannedReceipts() {
    return plannedReceipts.toList();
  }

  /** PORel per period (index 0 is period 1). */
  public List<BigDecimal> plannedReleases() {
    return plannedReleases.toList();
  }

  /** The number of periods. */
  public int periods() {
    return gross.periods();
  }

  /** GR in a period (1..N). */
  public BigDecimal grossIn(int period) {
    return gross.get(period);
  }

  /** SR in a period (1..N). */
  public BigDecimal scheduledReceiptsIn(int period) {
    return receipts.get(period);
  }

  /** POH at the end of a period (1..N); period 0 gives the starting stock. */
  public BigDecimal projectedOnHandIn(int period) {
    return period == 0 ? onHand : projectedOnHand().get(period - 1);
  }

  /** NR in a period (1..N). */
  public BigDecimal netIn(int period) {
    return net.get(period);
  }

  /** PORec in a period (1..N). */
  public BigDecimal plannedReceiptsIn(int period) {
    return plannedReceipts.get(period);
  }

  /** PORel in a period (1..N). */
  public BigDecimal plannedReleasesIn(int period) {
    return plannedReleases.get(period);
  }

  /** The projected on hand at the end of a period as a quantity. */
  public Quantity projectedOnHandQuantity(int period) {
    return Quantity.of(projectedOnHandIn(period), unit);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ItemRecord)) {
      return false;
    }
    ItemRecord r = (ItemRecord) o;
    return sku.equals(r.sku) && unit.equals(r.unit) && lowLevelCode == r.lowLevelCode && phantom == r.phantom
        && onHand.equals(r.onHand) && safetyStock.equals(r.safetyStock) && gross.equals(r.gross)
        && receipts.equals(r.receipts) && net.equals(r.net) && plannedReceipts.equals(r.plannedReceipts)
        && plannedReleases.equals(r.plannedReleases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, lowLevelCode, gross, plannedReceipts);
  }

  @Override
  public String toString() {
    return "ItemRecord[" + sku + ", LLC " + lowLevelCode + ", on hand " + onHand.toPlainString() + ", GR " + gross
        + ", PORec " + plannedReceipts + "]";
  }
}

package org.gendan.scheduling.mrp;

import java.time.LocalDate;
import java.util.Objects;
import org.gendan.core.product.Sku;

/**
 * One use of one supply of an item for one requirement, as found by pegging: "3,600 PCS of fabric
 * from purchase order PO-77 (due 2026-04-01), needed 2026-04-06 for order SO-12 line 1".
 *
 * @param sku          the item
 * @param supplyKind   on hand, scheduled receipt, planned order or phantom pass-through
 * @param supplyId     {@code ON_HAND}, the receipt's id or the planned order's id
 * @param supplyPeriod the period the supply is available from (0 for on hand)
 * @param needPeriod   the period of the requirement it serves (its own period for stock kept)
 * @param needDate     the first day of the need period
 * @param peg          what is served and how much
 */
public record Allocation(Sku sku, SupplyKind supplyKind, String supplyId, int supplyPeriod, int needPeriod,
    LocalDate needDate, Peg peg) {

  /** Checks for nulls. */
  public Allocation {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(supplyKind, "supplyKind");
    Objects.requireNonNull(supplyId, "supplyId");
    Objects.requireNonNull(needDate, "needDate");
    Objects.requireNonNull(peg, "peg");
  }
}

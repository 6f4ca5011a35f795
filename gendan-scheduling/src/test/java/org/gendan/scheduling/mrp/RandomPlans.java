package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of MRP problems for property tests. A problem is built from a "tape" of small integers
 * drawn by QuickTheories, so shrinking the tape shrinks the problem. BOMs are acyclic by construction
 * (a parent always has a lower index than its components).
 */
final class RandomPlans {

  private RandomPlans() {}

  /** Reads choices from the tape, cycling when it runs out. */
  static final class Tape {
    private final List<Integer> values;
    private int pos;

    Tape(List<Integer> values) {
      this.values = values.isEmpty() ? List.of(0) : values;
    }

    int next(int bound) {
      int v = values.get(pos++ % values.size());
      return Math.floorMod(v, bound);
    }
  }

  /** A tape of choices. */
  static Gen<List<Integer>> tapes() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 999)).ofSizeBetween(20, 120);
  }

  static LotSizingRule rule(Tape t) {
    switch (t.next(10)) {
      case 0: return LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(5 + t.next(16)));
      case 1: return LotSizingRules.minimum(BigDecimal.valueOf(10 + t.next(21)));
      case 2: return LotSizingRules.multiple(BigDecimal.valueOf(3 + t.next(5)));
      case 3: return LotSizingRules.periodOrderQuantity(1 + t.next(3));
      case 4: return LotSizingRules.economicOrderQuantity();
      case 5: return LotSizingRules.wagnerWhitin();
      case 6: return LotSizingRules.silverMeal();
      case 7: return LotSizingRules.leastUnitCost();
      case 8: return LotSizingRules.partPeriodBalancing();
      default: return LotSizingRules.lotForLot();
    }
  }

  static Quantity pcs(long n) {
    return Quantity.of(n, Unit.PCS);
  }

  /**
   * A random problem.
   *
   * @param simple lot-for-lot, no stock, no receipts, no safety stock, no scrap or yield: the setting in
   *     which MRP is linear in demand
   * @param demandFactor multiplies every demand quantity
   */
  static MrpProblem problem(List<Integer> tape, boolean simple, int demandFactor) {
    Tape t = new Tape(tape);
    int n = 2 + t.next(5);
    int periods = 4 + t.next(7);
    List<BomLine> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (t.next(3) == 0) {
          BomLine l = BomLine.of(Sku.of("I" + i), Sku.of("I" + j), BigDecimal.valueOf(1 + t.next(3)));
          if (!simple && t.next(4) == 0) {
            l = l.withScrapPercent(BigDecimal.valueOf(t.next(10)));
          }
          lines.add(l);
        }
      }
    }
    List<PlanningItem> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PlanningItem.Builder b = PlanningItem.builder().sku(Sku.of("I" + i)).unit(Unit.PCS).leadTimePeriods(t.next(3));
      if (!simple) {
        b.lotSizing(rule(t)).orderingCostPerOrder(Money.of(String.valueOf(10 + t.next(90)), "USD"))
            .holdingCostPerUnitPeriod(Money.of("1", "USD"));
        if (t.next(3) == 0) {
          b.safetyStock(pcs(t.next(10)));
        }
        if (t.next(4) == 0) {
          b.orderMinimum(pcs(5 + t.next(10)));
        }
        if (t.next(4) == 0) {
          b.orderMultiple(pcs(2 + t.next(4)));
        }
        if (t.next(4) == 0) {
          b.orderMaximum(pcs(30 + t.next(40)));
        }
        if (t.next(5) == 0) {
          b.yieldPercent(BigDecimal.valueOf(80 + t.next(21)));
        }
      }
      boolean hasComponents = false;
      for (BomLine l : lines) {
        hasComponents |= l.parent().equals(Sku.of("I" + i));
      }
      if (!simple && hasComponents && t.next(6) == 0) {
        b.phantom(true);
      }
      items.add(b.build());
    }
    List<InventoryPosition> stock = new ArrayList<>();
    List<ScheduledReceipt> receipts = new ArrayList<>();
    if (!simple) {
      for (int i = 0; i < n; i++) {
        if (t.next(2) == 0) {
          stock.add(InventoryPosition.of(Sku.of("I" + i), pcs(t.next(30))));
        }
        if (t.next(3) == 0) {
          receipts.add(ScheduledReceipt.purchase("PO-" + i, Sku.of("I" + i), pcs(1 + t.next(30)),
              Plans.week(1 + t.next(periods))));
        }
      }
    }
    List<Demand> demands = new ArrayList<>();
    int count = 1 + t.next(4);
    for (int d = 0; d < count; d++) {
      int item = t.next(2) == 0 ? 0 : t.next(n);
      demands.add(Demand.ofOrderLine(OrderId.of("SO-" + d), 1, Sku.of("I" + item),
          pcs((long) (1 + t.next(50)) * demandFactor), Plans.week(1 + t.next(periods)),
          CustomerTier.values()[t.next(4)]));
    }
    return MrpProblem.builder().items(items).bom(BillOfMaterials.of(lines).get()).inventory(stock)
        .scheduledReceipts(receipts).demands(demands).calendar(Plans.weeks(periods)).build();
  }

  /** The same problem with every list in reverse order. */
  static MrpProblem reversed(MrpProblem p) {
    List<PlanningItem> items = new ArrayList<>(p.items());
    java.util.Collections.reverse(items);
    List<BomLine> lines = new ArrayList<>(p.bom().lines());
    java.util.Collections.reverse(lines);
    List<InventoryPosition> stock = new ArrayList<>(p.inventory());
    java.util.Collections.reverse(stock);
    List<ScheduledReceipt> receipts = new ArrayList<>(p.scheduledReceipts());
    java.util.Collections.reverse(receipts);
    List<Demand> demands = new ArrayList<>(p.demands());
    java.util.Collections.reverse(demands);
    return MrpProblem.builder().items(items).bom(BillOfMaterials.of(lines).get()).inventory(stock)
        .scheduledReceipts(receipts).demands(demands).calendar(p.calendar()).build();
  }
}

package org.gendan.examples;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.LatePurchase;
import org.gendan.scheduling.mrp.MaterialLine;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;

/**
 * MRP with pegging (物料需求计划与追溯) on a three-level polo shirt over twelve weeks:
 * <pre>
 *   POLO (made, 1 week) ── 1.6 M FABRIC (+3 % scrap)  ── 0.3 KG YARN (bought, 2 weeks)
 *                       ├─ 4 BUTTON (bought, multiples of a gross, safety stock)
 *                       └─ 1 KIT (packing kit, phantom) ── 1 POLYBAG (EOQ) + 0.05 CARTON (Wagner–Whitin)
 * </pre>
 * Fabric is knitted in lots of whole 500 M (fixed order quantity); the yarn purchase order PO-Y-301
 * arrives after the yarn is needed, and the key account's order is so close that the yarn for it should
 * have been ordered last week: a past-due release. The program prints the planned orders, the action
 * messages, the full downward pegging of the key account's order, the customer orders a yarn purchase
 * serves, and the material readiness (物料齐套) of both orders.
 */
public final class MrpExample {

  /** The planning start, a Monday: period 1 is the week starting today. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  /** The key account's order (重点客户), due in week 4. */
  public static final OrderId KEY_ORDER = OrderId.of("SO-2026-0101");
  /** The occasional customer's order (tier C), due in week 8. */
  public static final OrderId C_ORDER = OrderId.of("SO-2026-0102");

  private MrpExample() {}

  /** Runs the example and prints to standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /** The problem the example plans: items, BOM, stock, the open yarn order and two customer orders. */
  public static MrpProblem problem() {
    BillOfMaterials bom = BillOfMaterials.of(List.of(
        BomLine.of(Sku.of("POLO"), Sku.of("FABRIC"), new BigDecimal("1.6")).withScrapPercent(new BigDecimal("3")),
        BomLine.of("POLO", "BUTTON", 4), BomLine.of("POLO", "KIT", 1),
        BomLine.of(Sku.of("FABRIC"), Sku.of("YARN"), new BigDecimal("0.3")),
        BomLine.of("KIT", "POLYBAG", 1), BomLine.of(Sku.of("KIT"), Sku.of("CARTON"), new BigDecimal("0.05"))))
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
    return MrpProblem.builder()
        .addItems(PlanningItem.builder().sku(Sku.of("POLO")).unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE).leadTimePeriods(1).build())
        .addItems(PlanningItem.builder().sku(Sku.of("FABRIC")).unit(Unit.M).makeOrBuy(MakeOrBuy.MAKE).leadTimePeriods(1)
            .lotSizing(LotSizingRules.fixedOrderQuantity(new BigDecimal("500"))).build())
        .addItems(PlanningItem.builder().sku(Sku.of("YARN")).unit(Unit.KG).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(2)
            .orderMultiple(Quantity.of(25, Unit.KG)).build())
        .addItems(PlanningItem.builder().sku(Sku.of("BUTTON")).unit(Unit.PCS).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(1)
            .orderMultiple(Quantity.of(144, Unit.PCS)).safetyStock(Quantity.of(500, Unit.PCS)).build())
        .addItems(PlanningItem.builder().sku(Sku.of("KIT")).unit(Unit.PCS).makeOrBuy(MakeOrBuy.MAKE).phantom(true).build())
        .addItems(PlanningItem.builder().sku(Sku.of("POLYBAG")).unit(Unit.PCS).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(1)
            .lotSizing(LotSizingRules.economicOrderQuantity())
            .orderingCostPerOrder(Money.of("80.00", "CNY")).holdingCostPerUnitPeriod(Money.of("0.01", "CNY")).build())
        .addItems(PlanningItem.builder().sku(Sku.of("CARTON")).unit(Unit.PCS).makeOrBuy(MakeOrBuy.BUY).leadTimePeriods(1)
            .lotSizing(LotSizingRules.wagnerWhitin())
            .orderingCostPerOrder(Money.of("60.00", "CNY")).holdingCostPerUnitPeriod(Money.of("0.20", "CNY")).build())
        .bom(bom)
        .addInventory(InventoryPosition.of(Sku.of("FABRIC"), Quantity.of(300, Unit.M)))
        .addInventory(InventoryPosition.of(Sku.of("YARN"), Quantity.of(120, Unit.KG)))
        .addInventory(InventoryPosition.of(Sku.of("BUTTON"), Quantity.of(2_000, Unit.PCS)))
        .addInventory(InventoryPosition.of(Sku.of("KIT"), Quantity.of(100, Unit.PCS)))
        .addScheduledReceipts(ScheduledReceipt.purchase("PO-Y-301", Sku.of("YARN"), Quantity.of(400, Unit.KG), TODAY.plusWeeks(3)))
        .addDemands(Demand.ofOrderLine(KEY_ORDER, 1, Sku.of("POLO"), Quantity.of(1_200, Unit.PCS), TODAY.plusWeeks(3), CustomerTier.KEY))
        .addDemands(Demand.ofOrderLine(C_ORDER, 1, Sku.of("POLO"), Quantity.of(800, Unit.PCS), TODAY.plusWeeks(7), CustomerTier.C))
        .calendar(PlanningCalendar.weekly(TODAY, 12))
        .build();
  }

  /**
   * The lot-sizing rule of an item with the order minimum, multiple and safety stock that apply, e.g.
   * {@code "L4L, multiple 144, safety stock 500"}.
   *
   * @throws NullPointerException if {@code item} is null
   */
  public static String describeLotSizing(PlanningItem item) {
    Objects.requireNonNull(item, "item");
    StringBuilder s = new StringBuilder(item.lotSizing().name());
    if (item.orderMinimumValue().signum() > 0) {
      s.append(", minimum ").append(item.orderMinimumValue().stripTrailingZeros().toPlainString());
    }
    item.orderMultipleValue().ifPresent(m -> s.append(", multiple ").append(m.stripTrailingZeros().toPlainString()));
    if (item.safetyStockValue().signum() > 0) {
      s.append(", safety stock ").append(item.safetyStockValue().stripTrailingZeros().toPlainString());
    }
    return s.toString();
  }

  /**
   * Runs MRP on {@link #problem()} and prints the plan, the pegging and the readiness.
   *
   * @param out where the plan is printed
   * @return the MRP result
   * @throws NullPointerException if {@code out} is null
   */
  public static MrpResult run(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    MrpProblem problem = problem();
    MrpResult result = Mrp.run(problem).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    out.println("MRP from " + TODAY + ", " + problem.calendar().periods() + " weekly periods");
    out.println();
    out.println("Planned orders (计划订单)");
    out.printf("   %-10s %-6s %-10s %-10s %14s  %s%n", "order", "type", "release", "due", "quantity", "lot rule");
    for (PlannedOrder o : result.plannedOrders()) {
      PlanningItem item = problem.items().stream().filter(i -> i.sku().equals(o.sku())).findFirst().orElseThrow();
      out.printf("   %-10s %-6s %-10s %-10s %14s  %s%s%n", o.id(), o.makeOrBuy(), o.releaseDate(), o.receiptDate(),
          o.releaseQuantity(), describeLotSizing(item), o.isPastDue() ? "  PAST DUE (should have been released "
              + problem.calendar().startOf(1).plusWeeks(o.idealReleasePeriod() - 1L) + ")" : "");
    }
    out.println();
    out.println("Action messages (例外信息)");
    for (ActionMessage m : result.actionMessages()) {
      out.printf("   %-16s %s%n", m.type(), m.message());
    }
    out.println();
    out.println("Everything " + KEY_ORDER + " needs (downward pegging, 向下追溯)");
    for (Allocation a : result.peggingOf(KEY_ORDER)) {
      out.printf("   %-8s %14s from %-18s %-10s needed %s%n", a.sku(), a.peg().quantity(), a.supplyKind(), a.supplyId(), a.needDate());
    }
    PlannedOrder yarn = result.plannedOrdersOf(Sku.of("YARN")).get(0);
    out.println();
    out.println("Customer orders served by " + yarn.id() + " (" + yarn.quantity() + ", upward pegging, 向上追溯)");
    for (Peg p : result.demandPegsOf(yarn)) {
      out.printf("   %-16s %14s%n", p.demand().map(d -> d.value()).orElse("kept in stock"), p.quantity());
    }
    for (OrderReadiness r : OrderReadiness.ofAll(problem, result)) {
      out.println();
      out.println("Material readiness (物料齐套) of " + r.orderId() + ": ready " + r.materialReadyDate()
          + (r.isOnTime() ? ", on time" : ", " + r.worstDaysLate() + " day(s) late"));
      for (MaterialLine m : r.shortMaterials()) {
        out.printf("   to buy   %-8s %14s %-10s needed %s, expected %s%n", m.sku(), m.quantity(), m.supplyId(), m.needDate(),
            m.expectedDate());
      }
      for (LatePurchase p : r.latePurchaseOrders()) {
        out.printf("   late PO  %-8s %s due %s, needed %s (%d days late): expedite (催货) or buy more%n", p.sku(),
            p.purchaseOrderId(), p.dueDate(), p.needDate(), p.daysLate());
      }
    }
    out.flush();
    return result;
  }
}

package org.gendan.scheduling.mrp;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gendan.core.Rejection;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.review.Feasibility;
import org.gendan.core.review.MaterialCheck;

/**
 * Order review's material check (物料评审) backed by MRP: plans the plant's current demands together
 * with the order under review (replacing any demands already entered for the same order), on the
 * plant's calendar moved to start on the review date, and asks whether every purchased material the
 * order needs can be in by the date it is needed.
 *
 * <ul>
 *   <li>FEASIBLE, with the projected material-ready date (the earliest production release date);
 *   <li>INFEASIBLE, with the order's last delivery date pushed back by the worst material delay, and the
 *       late materials named; or INFEASIBLE without a date if the order names an item that has no
 *       planning data;
 *   <li>NOT_CHECKED when the order cannot be planned (no delivery date, outside the horizon …), with the reason.
 * </ul>
 */
public final class MrpMaterialCheck implements MaterialCheck {

  private final MrpProblem plant;
  private final Function<CustomerId, CustomerTier> tiers;
  private final int shippingBufferDays;

  private MrpMaterialCheck(MrpProblem plant, Function<CustomerId, CustomerTier> tiers, int shippingBufferDays) {
    this.plant = plant;
    this.tiers = tiers;
    this.shippingBufferDays = shippingBufferDays;
  }

  /**
   * A check over the plant's planning data.
   *
   * @param plant the items, BOM, stock, open orders and demands already accepted; its calendar's bucket,
   *              length and working days are used from the review date on
   * @param tiers the class of each customer (客户分类), for the priority of the order's demands; it must
   *              answer for every customer (a null tier is a programming error)
   */
  public static MrpMaterialCheck of(MrpProblem plant, Function<CustomerId, CustomerTier> tiers) {
    return new MrpMaterialCheck(Objects.requireNonNull(plant, "plant"), Objects.requireNonNull(tiers, "tiers"), 0);
  }

  /**
   * The same check with the order's goods needed {@code days} before each line's delivery date — the
   * ex-factory date (出厂日期) that leaves time for inspection, booking and the trip to the port, as the
   * scheduler's {@code JobSettings.bufferDays} does for production. With 0 (the default) the goods are
   * planned for the delivery date itself. A pushed-back delivery date is still counted from the agreed
   * delivery date.
   *
   * @param days 0 to 60
   * @throws IllegalArgumentException outside 0..60
   */
  public MrpMaterialCheck withShippingBuffer(int days) {
    if (days < 0 || days > 60) {
      throw new IllegalArgumentException("shipping buffer must be 0..60 days, got " + days);
    }
    return new MrpMaterialCheck(plant, tiers, days);
  }

  /**
   * A check over the plant's planning data, with the customers' tiers as a map (see
   * {@link CustomerTier#byCustomer}); a customer missing from the map counts as tier C, as in
   * {@code ScheduleCapacityCheck}.
   *
   * @param plant the items, BOM, stock, open orders and demands already accepted
   * @param tiers the class of each customer (客户分类)
   */
  public static MrpMaterialCheck of(MrpProblem plant, Map<CustomerId, CustomerTier> tiers) {
    Objects.requireNonNull(tiers, "tiers");
    Map<CustomerId, CustomerTier> copy = Map.copyOf(tiers);
    return of(plant, c -> copy.getOrDefault(c, CustomerTier.C));
  }

  @Override
  public Feasibility check(SalesOrder order, LocalDate today) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    CustomerTier tier = Objects.requireNonNull(tiers.apply(order.customerId()), "tier of " + order.customerId());
    List<Demand> demands = new ArrayList<>();
    for (Demand d : plant.demands()) {
      if (!d.orderId().map(order.id()::equals).orElse(false)) {
        demands.add(d);
      }
    }
    LocalDate lastDelivery = null;
    for (OrderLine line : order.lines()) {
      if (order.deliveryDateOf(line).isEmpty()) {
        return Feasibility.notChecked("order " + order.id() + " line " + line.lineNo()
            + " has no delivery date (交期), so its materials cannot be planned");
      }
      Demand d = Demand.ofOrderLine(order, line, tier);
      lastDelivery = lastDelivery == null || d.due().isAfter(lastDelivery) ? d.due() : lastDelivery;
      if (shippingBufferDays > 0) {
        d = new Demand(d.id(), d.sku(), d.quantity(), d.due().minusDays(shippingBufferDays), d.orderId(), d.lineNo(),
            d.tier());
      }
      demands.add(d);
    }
    if (lastDelivery == null) {
      return Feasibility.notChecked("order " + order.id() + " has no lines to plan");
    }
    MrpProblem problem = MrpProblem.copyOf(plant).withDemands(demands)
        .withCalendar(plant.calendar().startingOn(today));
    Either<Rejection, MrpResult> run = Mrp.run(problem);
    if (run.isLeft()) {
      Rejection r = run.getLeft();
      if (Mrp.UNKNOWN_ITEM.equals(r.code())) {
        return Feasibility.infeasible("materials: " + r.message());
      }
      return Feasibility.notChecked("materials not checked: " + r.message());
    }
    OrderReadiness readiness = OrderReadiness.of(problem, run.get(), order.id());
    if (readiness.isOnTime()) {
      return Feasibility.feasible(readiness.materialReadyDate(), "materials for order " + order.id()
          + " can all be in by " + readiness.materialReadyDate() + " (物料齐套)"
          + (readiness.shortMaterials().isEmpty() ? "" : "; still to buy: " + describe(readiness.shortMaterials())));
    }
    List<MaterialLine> late = new ArrayList<>();
    for (MaterialLine l : readiness.materials()) {
      if (l.isLate()) {
        late.add(l);
      }
    }
    return Feasibility.infeasible(lastDelivery.plusDays(readiness.worstDaysLate()), "materials for order "
        + order.id() + " will be late (缺料): " + describeLate(late));
  }

  private static String describe(List<MaterialLine> lines) {
    StringBuilder b = new StringBuilder();
    for (MaterialLine l : lines) {
      if (b.length() > 3000) {
        b.append(" and more");
        break;
      }
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(l.quantity()).append(' ').append(l.sku()).append(" by ").append(l.needDate());
    }
    return b.toString();
  }

  private static String describeLate(List<MaterialLine> lines) {
    StringBuilder b = new StringBuilder();
    for (MaterialLine l : lines) {
      if (b.length() > 3000) {
        b.append(" and more");
        break;
      }
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(l.quantity()).append(' ').append(l.sku()).append(" needed ").append(l.needDate())
          .append(", expected ").append(l.expectedDate()).append(" (").append(l.daysLate()).append(" days late, ")
          .append(l.supplyKind() == SupplyKind.SCHEDULED_RECEIPT ? "open order " : "planned order ")
          .append(l.supplyId()).append(')');
    }
    return b.toString();
  }
}

package org.gendan.examples.demo;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Item;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.inventory.PurchaseOrder;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRules;

/**
 * MRP (物料需求计划) of the sample factory on a day, as the demo runs it: a daily calendar of every
 * calendar day (lead times are calendar days, {@link Item#standardLeadTimeDays()}), the stock, the open
 * purchase orders at their promised dates, and one demand per line of every order not yet in production
 * (received, confirmed or reviewed) that has a delivery date. A line is needed ready
 * {@value FactoryDemo#BUFFER_DAYS} days before its delivery date (inspection, packing, trucking), and
 * not before today: a line already past that date is needed today. Orders in production have their
 * material issued and are not planned again.
 * <p>The sample's items carry no planning parameters, so they are derived from what kind of item each
 * is by its place in the BOM ({@link Kind}), never from its SKU: material bought by length or weight
 * comes on rolls (fixed lots of {@value #ROLL_LOT} and a supplier minimum of {@value #ROLL_MINIMUM});
 * packing material (used only in phantom packing kits) is bought once a week ({@value #PACKING_PERIODS}-day
 * period order quantity) in packs of {@value #PACK}; counted trims come in packs of {@value #PACK}
 * (of {@value #SMALL_PACK} when an item needs less than one); traded goods are bought in whole export
 * cartons. Common materials (used by at least {@value #COMMON_USES} parents) keep a safety stock of
 * {@value #SAFETY_DAYS} days of their average requirement over the planned demands, rounded up to the
 * order multiple.
 */
public final class DemoMrp {

  /** Days of horizon after the last demand, so that every receipt and release falls inside it. */
  static final int HORIZON_MARGIN_DAYS = 30;
  /** Fixed lot of roll goods (fabric, cord, tape …): five rolls of 100 in the item's unit. */
  public static final int ROLL_LOT = 500;
  /** Supplier minimum order of roll goods (起订量), in the item's unit. */
  public static final int ROLL_MINIMUM = 1_000;
  /** Pack size of counted trims and packing material. */
  public static final int PACK = 100;
  /** Pack size of counted trims used at less than one per parent (e.g. cones of thread). */
  public static final int SMALL_PACK = 10;
  /** Packing material is ordered for this many days' requirements at once (weekly). */
  public static final int PACKING_PERIODS = 7;
  /** A purchased material used by at least this many parents is common and keeps a safety stock. */
  public static final int COMMON_USES = 10;
  /** Days of average requirement kept as safety stock of a common material. */
  public static final int SAFETY_DAYS = 7;

  /** What kind of item an item is for planning, derived from make-or-buy, its unit and its place in the BOM. */
  public enum Kind {
    /** Made in-house (finished goods, kits): lot-for-lot, made to order. */
    MADE,
    /** Bought and sold as is, not a component (traded goods, 贸易品): whole export cartons. */
    TRADED,
    /** A bought component measured by length, area or weight: on rolls, fixed lots and a minimum. */
    ROLL_GOODS,
    /** A bought component used only in phantom packing kits (包材): weekly orders in packs. */
    PACKING,
    /** Any other bought component counted in units (辅料: labels, buttons, thread): packs. */
    TRIM
  }

  private DemoMrp() {}

  /**
   * The MRP problem of the sample on {@code today}.
   *
   * @throws IllegalArgumentException if the sample's data cannot be planned (an inconsistent sample)
   */
  public static MrpProblem problem(SampleData data, LocalDate today) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(today, "today");
    List<Demand> demands = new ArrayList<>();
    LocalDate last = today;
    Map<org.gendan.core.party.CustomerId, CustomerTier> tiers = data.tiers();
    for (Order o : data.orders()) {
      if (!needsMaterial(o)) {
        continue;
      }
      CustomerTier tier = tiers.getOrDefault(o.salesOrder().customerId(), CustomerTier.C);
      for (OrderLine l : o.salesOrder().lines()) {
        Optional<LocalDate> delivery = o.salesOrder().deliveryDateOf(l);
        if (delivery.isEmpty()) {
          continue;
        }
        LocalDate due = max(delivery.get().minusDays(FactoryDemo.BUFFER_DAYS), today);
        last = max(last, due);
        demands.add(Demand.ofOrderLine(o.id(), l.lineNo(), l.sku(), l.quantity(), due, tier));
      }
    }
    int maxLead = 0;
    for (Item i : data.items()) {
      maxLead = Math.max(maxLead, i.standardLeadTimeDays());
    }
    Map<Sku, BigDecimal> requirement = totalRequirements(data.bom(), demands);
    long demandDays = ChronoUnit.DAYS.between(today, last) + 1;
    List<PlanningItem> items = new ArrayList<>();
    for (Item i : data.items()) {
      BigDecimal daily = requirement.getOrDefault(i.sku(), BigDecimal.ZERO)
          .divide(BigDecimal.valueOf(demandDays), 6, RoundingMode.HALF_UP);
      items.add(planningItem(i, data.bom(), daily));
    }
    List<ScheduledReceipt> receipts = new ArrayList<>();
    for (PurchaseOrder po : data.purchaseOrders()) {
      receipts.add(ScheduledReceipt.purchase(po.id(), po.sku(), po.quantity(), po.promisedDate(), po.supplier()));
      last = max(last, po.promisedDate());
    }
    int periods = (int) Math.min(PlanningCalendar.MAX_PERIODS,
        ChronoUnit.DAYS.between(today, last) + 1 + HORIZON_MARGIN_DAYS + maxLead);
    PlanningCalendar calendar = PlanningCalendar.daily(today, periods, EnumSet.allOf(DayOfWeek.class), Set.of());
    return MrpProblem.builder().items(items).bom(data.bom()).calendar(calendar).inventory(data.stock())
        .scheduledReceipts(receipts).demands(demands).build();
  }

  /**
   * The kind of {@code item} for planning: made, traded, roll goods, packing material or trim.
   *
   * @param item the item
   * @param bom  the bill of materials it is used in
   */
  public static Kind kindOf(Item item, BillOfMaterials bom) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(bom, "bom");
    if (item.makeOrBuy() == MakeOrBuy.MAKE) {
      return Kind.MADE;
    }
    List<BomLine> uses = bom.whereUsed(item.sku());
    if (uses.isEmpty()) {
      return Kind.TRADED;
    }
    if (!item.baseUnit().isCounted()) {
      return Kind.ROLL_GOODS;
    }
    boolean onlyInPhantoms = true;
    for (BomLine use : uses) {
      List<BomLine> parentUses = bom.whereUsed(use.parent());
      onlyInPhantoms &= !parentUses.isEmpty() && parentUses.stream().allMatch(BomLine::phantom);
    }
    return onlyInPhantoms ? Kind.PACKING : Kind.TRIM;
  }

  /**
   * The planning parameters of a sample item, derived from its {@link #kindOf kind}: lead time = its
   * standard lead time in days, lot sizing, order minimum and multiple, and for a common material a
   * safety stock of {@value #SAFETY_DAYS} days of {@code dailyRequirement}.
   *
   * @param item             the item
   * @param bom              the bill of materials
   * @param dailyRequirement the item's average requirement per day over the planned demands; not negative
   * @throws IllegalArgumentException if {@code dailyRequirement} is negative
   */
  public static PlanningItem planningItem(Item item, BillOfMaterials bom, BigDecimal dailyRequirement) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(bom, "bom");
    Objects.requireNonNull(dailyRequirement, "dailyRequirement");
    if (dailyRequirement.signum() < 0) {
      throw new IllegalArgumentException("daily requirement of " + item.sku() + " must not be negative: "
          + dailyRequirement.toPlainString());
    }
    Unit unit = item.baseUnit();
    PlanningItem.Builder b = PlanningItem.builder().sku(item.sku()).unit(unit).makeOrBuy(item.makeOrBuy())
        .leadTimePeriods(item.standardLeadTimeDays());
    Optional<BigDecimal> multiple = Optional.empty();
    switch (kindOf(item, bom)) {
      case TRADED:
        multiple = item.packing().map(p -> BigDecimal.valueOf(p.unitsPerCarton()));
        break;
      case ROLL_GOODS:
        b.lotSizing(LotSizingRules.fixedOrderQuantity(BigDecimal.valueOf(ROLL_LOT)))
            .orderMinimum(Quantity.of(ROLL_MINIMUM, unit));
        break;
      case PACKING:
        b.lotSizing(LotSizingRules.periodOrderQuantity(PACKING_PERIODS));
        multiple = Optional.of(BigDecimal.valueOf(PACK));
        break;
      case TRIM:
        boolean small = bom.whereUsed(item.sku()).stream().allMatch(l -> l.quantityPer().compareTo(BigDecimal.ONE) < 0);
        multiple = Optional.of(BigDecimal.valueOf(small ? SMALL_PACK : PACK));
        break;
      default:
        break;
    }
    multiple.ifPresent(m -> b.orderMultiple(Quantity.of(m, unit)));
    if (item.makeOrBuy() != MakeOrBuy.MAKE && bom.whereUsed(item.sku()).size() >= COMMON_USES) {
      BigDecimal step = multiple.orElse(BigDecimal.ONE);
      BigDecimal safety = dailyRequirement.multiply(BigDecimal.valueOf(SAFETY_DAYS)).divide(step, 0, RoundingMode.CEILING)
          .multiply(step);
      if (safety.signum() > 0) {
        b.safetyStock(Quantity.of(safety, unit));
      }
    }
    return b.build();
  }

  /** Total requirement of every item over the demands, exploded through all BOM levels (with scrap). */
  static Map<Sku, BigDecimal> totalRequirements(BillOfMaterials bom, List<Demand> demands) {
    Map<Sku, BigDecimal> direct = new TreeMap<>(Comparator.comparing(Sku::value));
    for (Demand d : demands) {
      direct.merge(d.sku(), d.quantity().value(), BigDecimal::add);
    }
    Map<Sku, BigDecimal> total = new TreeMap<>(Comparator.comparing(Sku::value));
    for (Map.Entry<Sku, BigDecimal> e : direct.entrySet()) {
      explode(bom, e.getKey(), e.getValue(), total);
    }
    return total;
  }

  private static void explode(BillOfMaterials bom, Sku sku, BigDecimal quantity, Map<Sku, BigDecimal> total) {
    total.merge(sku, quantity, BigDecimal::add);
    for (BomLine l : bom.componentsOf(sku)) {
      explode(bom, l.component(), quantity.multiply(l.quantityPerIncludingScrap()), total);
    }
  }

  /** True for the orders MRP plans material for: received, confirmed or reviewed, not yet in production. */
  public static boolean needsMaterial(Order order) {
    Objects.requireNonNull(order, "order");
    return order.status() == OrderStatus.RECEIVED || order.status() == OrderStatus.CONFIRMED
        || order.status() == OrderStatus.REVIEWED;
  }

  /**
   * Runs MRP on the sample and works out every planned order's material readiness.
   *
   * @return the result and the readiness by order id, or why MRP cannot plan the sample
   */
  public static Either<Rejection, Plan> run(SampleData data, LocalDate today) {
    MrpProblem problem = problem(data, today);
    return Mrp.run(problem).map(r -> {
      Map<OrderId, OrderReadiness> byOrder = new LinkedHashMap<>();
      for (OrderReadiness or : OrderReadiness.ofAll(problem, r)) {
        byOrder.put(or.orderId(), or);
      }
      return new Plan(problem, r, byOrder);
    });
  }

  /**
   * An MRP run of the sample.
   *
   * @param problem   the problem
   * @param result    its result
   * @param readiness the material readiness of every planned customer order, by order id (in id order)
   */
  public record Plan(MrpProblem problem, MrpResult result, Map<OrderId, OrderReadiness> readiness) {
    /** Creates the value; the map is copied keeping its order. */
    public Plan {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(result, "result");
      readiness = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readiness));
    }

    /** The projected material-ready date of an order, if MRP planned it. */
    public Optional<LocalDate> materialReady(OrderId order) {
      return Optional.ofNullable(readiness.get(order)).map(OrderReadiness::materialReadyDate);
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

package org.gendan.examples.sample;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.SupplierId;
import org.gendan.core.product.Sku;

/**
 * The JSON form of the sample factory's planning data ({@code factory.json}): the plant with its
 * departments, lines and calendars, the routings (工艺路线), the bill of materials (BOM), the stock, the
 * open purchase orders and an inquiry to promise. gendan-scheduling's types have no JSON mapping of their
 * own, so these small records carry them; {@link SampleData} turns them into the domain types.
 *
 * @param today          the sample's fixed "today"
 * @param zone           the factory's time zone, e.g. {@code Asia/Shanghai}
 * @param groups         the work-center groups (one per department), in order
 * @param routings       one routing per made item
 * @param bom            every BOM line
 * @param stock          the stock of every item that has some
 * @param purchaseOrders the open purchase orders
 * @param inquiry        a customer's inquiry waiting for a date
 */
public record FactoryJson(LocalDate today, String zone, List<GroupJson> groups, List<RoutingJson> routings,
    List<BomLineJson> bom, List<StockJson> stock, List<PurchaseOrderJson> purchaseOrders, InquiryJson inquiry) {

  /**
   * Creates the value; lists are copied.
   *
   * @throws NullPointerException     naming the missing value
   * @throws IllegalArgumentException if {@code zone} is not a time-zone id
   */
  public FactoryJson {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(inquiry, "inquiry");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("zone '" + zone + "' is not a time-zone id such as Asia/Shanghai", e);
    }
    groups = copy(groups, "groups");
    routings = copy(routings, "routings");
    bom = copy(bom, "bom");
    stock = copy(stock, "stock");
    purchaseOrders = copy(purchaseOrders, "purchaseOrders");
  }

  private static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    for (T t : list) {
      Objects.requireNonNull(t, what + " contains null");
    }
    return List.copyOf(list);
  }

  /**
   * A work-center group: a department's lines sharing one calendar.
   *
   * @param id         the group id, e.g. {@code SEW}
   * @param department the department's name
   * @param calendar   the group's calendar
   * @param lines      its lines
   */
  public record GroupJson(String id, String department, CalendarJson calendar, List<LineJson> lines) {
    /** Creates the value; the list is copied. @throws NullPointerException naming a missing value */
    public GroupJson {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(department, "department");
      Objects.requireNonNull(calendar, "calendar");
      lines = copy(lines, "lines");
    }
  }

  /**
   * A work calendar: shifts on days of the week, and holidays.
   *
   * @param shifts   the shifts
   * @param holidays the days no shift works
   */
  public record CalendarJson(List<ShiftJson> shifts, List<LocalDate> holidays) {
    /** Creates the value; lists are copied. */
    public CalendarJson {
      shifts = copy(shifts, "shifts");
      holidays = copy(holidays, "holidays");
    }
  }

  /**
   * A shift (班次) worked on the given days.
   *
   * @param name    the shift's name
   * @param start   its start
   * @param minutes its length in minutes
   * @param days    the days it is worked
   */
  public record ShiftJson(String name, LocalTime start, int minutes, List<DayOfWeek> days) {
    /** Creates the value; the list is copied. */
    public ShiftJson {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(start, "start");
      days = copy(days, "days");
    }
  }

  /**
   * A production line.
   *
   * @param id          the line id
   * @param speedFactor how fast it runs relative to standard (1 = standard)
   * @param efficiency  its efficiency (1 = 100 %)
   */
  public record LineJson(String id, BigDecimal speedFactor, BigDecimal efficiency) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public LineJson {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(speedFactor, "speedFactor");
      Objects.requireNonNull(efficiency, "efficiency");
    }
  }

  /**
   * A routing (工艺路线).
   *
   * @param sku        the item made
   * @param unit       the unit the run times are per
   * @param operations the operations in order
   */
  public record RoutingJson(Sku sku, Unit unit, List<OperationJson> operations) {
    /** Creates the value; the list is copied. */
    public RoutingJson {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(unit, "unit");
      operations = copy(operations, "operations");
    }
  }

  /**
   * One operation of a routing.
   *
   * @param name               the operation's name
   * @param group              the work-center group that runs it
   * @param setupMinutes       setup minutes per job
   * @param runMinutesPerUnit  run minutes per unit
   * @param transferLagMinutes minutes before the next operation may start after this one ends
   */
  public record OperationJson(String name, String group, long setupMinutes, BigDecimal runMinutesPerUnit,
      long transferLagMinutes) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public OperationJson {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(runMinutesPerUnit, "runMinutesPerUnit");
    }
  }

  /**
   * A BOM line: {@code quantityPer} of {@code component} per unit of {@code parent}.
   *
   * @param parent       the parent item
   * @param component    the component
   * @param quantityPer  the quantity per parent unit, in the component's unit
   * @param scrapPercent the component scrap (损耗) in percent
   * @param phantom      whether the component is blown through (虚拟件)
   */
  public record BomLineJson(Sku parent, Sku component, BigDecimal quantityPer, BigDecimal scrapPercent, boolean phantom) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public BomLineJson {
      Objects.requireNonNull(parent, "parent");
      Objects.requireNonNull(component, "component");
      Objects.requireNonNull(quantityPer, "quantityPer");
      Objects.requireNonNull(scrapPercent, "scrapPercent");
    }
  }

  /**
   * The stock of one item.
   *
   * @param sku       the item
   * @param onHand    on hand
   * @param allocated already allocated
   */
  public record StockJson(Sku sku, Quantity onHand, Quantity allocated) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public StockJson {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(onHand, "onHand");
      Objects.requireNonNull(allocated, "allocated");
    }
  }

  /**
   * An open purchase order (采购订单).
   *
   * @param id           its number
   * @param supplier     the supplier
   * @param sku          the material
   * @param quantity     the quantity still to come
   * @param orderDate    the day it was placed
   * @param promisedDate the day the supplier promised it
   */
  public record PurchaseOrderJson(String id, SupplierId supplier, Sku sku, Quantity quantity, LocalDate orderDate,
      LocalDate promisedDate) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public PurchaseOrderJson {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(supplier, "supplier");
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(orderDate, "orderDate");
      Objects.requireNonNull(promisedDate, "promisedDate");
    }
  }

  /**
   * A customer's inquiry (询单).
   *
   * @param reference  the inquiry number
   * @param customer   the customer
   * @param sku        the item
   * @param quantity   the quantity
   * @param wantedDate the delivery date the customer wants
   */
  public record InquiryJson(String reference, CustomerId customer, Sku sku, Quantity quantity, LocalDate wantedDate) {
    /** Creates the value. @throws NullPointerException naming a missing value */
    public InquiryJson {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(wantedDate, "wantedDate");
    }
  }
}

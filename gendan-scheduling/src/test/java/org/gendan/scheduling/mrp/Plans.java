package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.lotsizing.LotSizingRule;

/** Small helpers for MRP tests: weekly periods numbered as in the textbook examples. */
final class Plans {

  /** Monday of week 1. */
  static final LocalDate WEEK1 = LocalDate.of(2026, 1, 5);

  private Plans() {}

  static LocalDate week(int n) {
    return WEEK1.plusWeeks(n - 1L);
  }

  static PlanningCalendar weeks(int n) {
    return PlanningCalendar.weekly(WEEK1, n);
  }

  static Sku sku(String s) {
    return Sku.of(s);
  }

  static Quantity pcs(long n) {
    return Quantity.of(n, Unit.PCS);
  }

  static PlanningItem item(String sku, int leadTime) {
    return PlanningItem.builder().sku(Sku.of(sku)).unit(Unit.PCS).leadTimePeriods(leadTime).build();
  }

  static PlanningItem item(String sku, int leadTime, LotSizingRule rule) {
    return PlanningItem.builder().sku(Sku.of(sku)).unit(Unit.PCS).leadTimePeriods(leadTime).lotSizing(rule).build();
  }

  static InventoryPosition stock(String sku, long n) {
    return InventoryPosition.of(Sku.of(sku), pcs(n));
  }

  static ScheduledReceipt receipt(String id, String sku, long n, int week) {
    return ScheduledReceipt.purchase(id, Sku.of(sku), pcs(n), week(week));
  }

  static Demand order(String order, int line, String sku, long n, int week) {
    return Demand.ofOrderLine(OrderId.of(order), line, Sku.of(sku), pcs(n), week(week), CustomerTier.B);
  }

  static BigDecimal dec(long v) {
    return BigDecimal.valueOf(v);
  }

  /** A row of N periods from "week:qty" pairs, zero elsewhere. */
  static List<BigDecimal> row(int periods, int... weekQty) {
    List<BigDecimal> r = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      r.add(BigDecimal.ZERO);
    }
    for (int i = 0; i < weekQty.length; i += 2) {
      r.set(weekQty[i] - 1, BigDecimal.valueOf(weekQty[i + 1]));
    }
    return r;
  }

  /** A row of N periods given in full. */
  static List<BigDecimal> full(int... values) {
    List<BigDecimal> r = new ArrayList<>();
    for (int v : values) {
      r.add(BigDecimal.valueOf(v));
    }
    return r;
  }

  static void assertRow(List<BigDecimal> actual, List<BigDecimal> expected, String what) {
    assertThat(actual).as(what).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
  }
}

package org.gendan.scheduling.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.junit.jupiter.api.Test;

/** Lead-time offsetting on a daily working calendar (six-day week, a holiday). */
class DailyPlanningTest {

  @Test
  void a_lead_time_of_working_days_skips_sundays_and_holidays() {
    LocalDate monday = LocalDate.of(2026, 4, 27);
    PlanningCalendar cal = PlanningCalendar.daily(monday, 20, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
        Set.of(LocalDate.of(2026, 5, 1)));
    PlanningItem buttons = PlanningItem.builder().sku(Sku.of("BTN")).unit(Unit.PCS).leadTimePeriods(3).build();
    Demand d = Demand.ofOrderLine(OrderId.of("SO-7"), 1, Sku.of("BTN"), Quantity.of(500, Unit.PCS),
        LocalDate.of(2026, 5, 4), CustomerTier.A);
    MrpResult r = Mrp.run(MrpProblem.builder().addItems(buttons).addDemands(d).calendar(cal).build()).get();
    PlannedOrder o = r.plannedOrders().get(0);
    assertThat(o.receiptDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(o.releaseDate()).as("Sat 2, Thu 30, Wed 29: Fri 1 May and Sunday are not worked")
        .isEqualTo(LocalDate.of(2026, 4, 29));
  }

  @Test
  void a_demand_due_on_a_sunday_must_be_available_on_the_saturday_before() {
    LocalDate monday = LocalDate.of(2026, 4, 27);
    PlanningCalendar cal = PlanningCalendar.daily(monday, 20, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
        Set.of());
    PlanningItem item = PlanningItem.builder().sku(Sku.of("BTN")).unit(Unit.PCS).build();
    Demand d = Demand.ofOrderLine(OrderId.of("SO-7"), 1, Sku.of("BTN"), Quantity.of(5, Unit.PCS),
        LocalDate.of(2026, 5, 3), CustomerTier.A);
    MrpResult r = Mrp.run(MrpProblem.builder().addItems(item).addDemands(d).calendar(cal).build()).get();
    assertThat(r.plannedOrders().get(0).receiptDate()).isEqualTo(LocalDate.of(2026, 5, 2));
  }
}

package org.gendan.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gendan.core.testing.SampleData.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

class WorklistTest {

  private static final CustomerId SMALL = CustomerId.of("C-SMALL");

  private static Order order(String id, CustomerId customer, LocalDate delivery) {
    SalesOrder so = SampleData.order().withId(OrderId.of(id)).withCustomerId(customer).withDeliveryDate(delivery);
    return Order.receive(so, SampleData.li(TODAY));
  }

  private static final Map<CustomerId, CustomerTier> TIERS = Map.of(SampleData.HANSA, CustomerTier.KEY, SMALL, CustomerTier.C);

  @Test
  void the_daily_list_shows_overdue_then_due_today_then_at_risk_then_due_soon() {
    // delivery 05-01: deposit due 03-09, sample 03-25, materials 04-02 ...; look at 04-02
    Order hansa = order("SO-1", SampleData.HANSA, LocalDate.of(2026, 5, 1));
    Worklist list = Worklist.of(List.of(hansa), TIERS, LocalDate.of(2026, 4, 2), FollowUpPolicy.DEFAULT);
    assertThat(list.entries()).extracting(WorklistEntry::urgency, WorklistEntry::milestone).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Urgency.OVERDUE, MilestoneKind.DEPOSIT),
        org.assertj.core.groups.Tuple.tuple(Urgency.OVERDUE, MilestoneKind.SAMPLE_APPROVAL),
        org.assertj.core.groups.Tuple.tuple(Urgency.DUE_TODAY, MilestoneKind.MATERIALS_IN),
        org.assertj.core.groups.Tuple.tuple(Urgency.AT_RISK, MilestoneKind.SHIPMENT),
        org.assertj.core.groups.Tuple.tuple(Urgency.DUE_SOON, MilestoneKind.PRODUCTION_START));
    WorklistEntry deposit = list.entries().get(0);
    assertThat(deposit.daysLate()).isEqualTo(24);
    assertThat(deposit.tier()).contains(CustomerTier.KEY);
    assertThat(deposit.message()).contains("SO-1").contains("定金到账").contains("24 days overdue");
    assertThat(list.entries(Urgency.AT_RISK).get(0).message()).contains("at risk").contains("定金到账").contains("样品确认");
  }

  @Test
  void key_customers_come_first_within_the_same_urgency() {
    Order small = order("SO-A", SMALL, LocalDate.of(2026, 5, 1));
    Order key = order("SO-B", SampleData.HANSA, LocalDate.of(2026, 5, 1));
    Worklist list = Worklist.of(List.of(small, key), TIERS, LocalDate.of(2026, 3, 10), FollowUpPolicy.DEFAULT);
    List<WorklistEntry> overdue = list.entries(Urgency.OVERDUE);
    assertThat(overdue).extracting(e -> e.orderId().value()).containsExactly("SO-B", "SO-A");
  }

  @Test
  void an_unknown_customer_is_listed_after_the_lowest_tier_not_dropped() {
    Order stranger = order("SO-X", CustomerId.of("C-NEW"), LocalDate.of(2026, 5, 1));
    Order small = order("SO-Y", SMALL, LocalDate.of(2026, 5, 1));
    Worklist list = Worklist.of(List.of(stranger, small), TIERS, LocalDate.of(2026, 3, 10), FollowUpPolicy.DEFAULT);
    assertThat(list.entries(Urgency.OVERDUE)).extracting(e -> e.orderId().value()).containsExactly("SO-Y", "SO-X");
    assertThat(list.entries(Urgency.OVERDUE).get(1).tier()).isEmpty();
  }

  @Test
  void closed_and_cancelled_orders_leave_the_list_and_orders_on_hold_stay_marked() {
    Order cancelled = Walk.receive(SampleData.order().withId(OrderId.of("SO-C")), TODAY)
        .on(TODAY.plusDays(1), new OrderCommand.Cancel("customer withdrew")).order();
    Order held = Walk.receive(SampleData.order().withId(OrderId.of("SO-H")), TODAY)
        .on(TODAY.plusDays(1), new OrderCommand.PutOnHold("customer credit check")).order();
    Worklist list = Worklist.of(List.of(cancelled, held), TIERS, LocalDate.of(2026, 3, 10), FollowUpPolicy.DEFAULT);
    assertThat(list.entries()).isNotEmpty().allSatisfy(e -> {
      assertThat(e.orderId().value()).isEqualTo("SO-H");
      assertThat(e.status()).isEqualTo(OrderStatus.ON_HOLD);
      assertThat(e.message()).contains("on hold");
    });
  }

  @Test
  void an_order_that_cannot_be_planned_is_reported_not_dropped() {
    SalesOrder undated = SampleData.order().withId(OrderId.of("SO-U")).withDeliveryDate(Optional.empty());
    Worklist list = Worklist.of(List.of(Order.receive(undated, SampleData.li(TODAY))), TIERS, TODAY, FollowUpPolicy.DEFAULT);
    assertThat(list.entries()).isEmpty();
    assertThat(list.unplanned()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("NO_DELIVERY_DATE"));
  }

  @Test
  void the_list_does_not_depend_on_the_order_the_orders_come_in() {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      orders.add(order("SO-" + (100 + i), i % 3 == 0 ? SMALL : SampleData.HANSA, TODAY.plusDays(20 + 7 * i)));
    }
    Worklist reference = Worklist.of(orders, TIERS, TODAY.plusDays(15), FollowUpPolicy.DEFAULT);
    Random random = new Random(orders.size());
    for (int round = 0; round < 5; round++) {
      List<Order> shuffled = new ArrayList<>(orders);
      Collections.shuffle(shuffled, random);
      assertThat(Worklist.of(shuffled, TIERS, TODAY.plusDays(15), FollowUpPolicy.DEFAULT)).isEqualTo(reference);
    }
  }

  @Test
  void bad_input_is_rejected_with_a_clear_message() {
    Order o = order("SO-1", SampleData.HANSA, TODAY.plusDays(30));
    assertThatThrownBy(() -> Worklist.of(List.of(o, o), TIERS, TODAY, FollowUpPolicy.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
    List<Order> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Worklist.of(withNull, TIERS, TODAY, FollowUpPolicy.DEFAULT))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("orders contains null");
    assertThatThrownBy(() -> Worklist.of(List.of(o), null, TODAY, FollowUpPolicy.DEFAULT)).hasMessage("tiers");
    assertThatThrownBy(() -> Worklist.of(List.of(o), TIERS, null, FollowUpPolicy.DEFAULT)).hasMessage("today");
    assertThatThrownBy(() -> Worklist.of(List.of(o), TIERS, TODAY, null)).hasMessage("policy");
    assertThat(Worklist.of(List.of(), TIERS, TODAY, FollowUpPolicy.DEFAULT).entries()).isEmpty();
  }
}

package org.gendan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gendan.core.product.Sku;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.ActionType;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.Peg;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.junit.jupiter.api.Test;

class MrpExampleTest {

  private static final StringWriter TEXT = new StringWriter();
  private static final MrpResult RESULT = MrpExample.run(new PrintWriter(TEXT, true));

  @Test
  void the_yarn_for_the_key_account_should_have_been_ordered_last_week_and_is_flagged_past_due() {
    PlannedOrder yarn = RESULT.plannedOrdersOf(Sku.of("YARN")).get(0);
    assertThat(yarn.isPastDue()).isTrue();
    assertThat(yarn.releaseDate()).isEqualTo(MrpExample.TODAY);
    assertThat(RESULT.actionMessages(ActionType.PAST_DUE_RELEASE)).extracting(ActionMessage::reference).contains(yarn.id());
    assertThat(RESULT.customerOrdersAtRisk(yarn)).anyMatch(a -> a.orderId().equals(java.util.Optional.of(MrpExample.KEY_ORDER)));
    assertThat(TEXT.toString()).contains(yarn.id()).contains("PAST DUE").contains("PAST_DUE_RELEASE");
  }

  @Test
  void the_open_yarn_purchase_due_after_the_yarn_is_needed_is_to_be_expedited_and_shows_in_readiness() {
    assertThat(RESULT.actionMessages(ActionType.EXPEDITE)).extracting(ActionMessage::reference).contains("PO-Y-301");
    OrderReadiness key = OrderReadiness.of(MrpExample.problem(), RESULT, MrpExample.KEY_ORDER);
    assertThat(key.latePurchaseOrders()).anyMatch(p -> p.purchaseOrderId().equals("PO-Y-301") && p.daysLate() > 0);
    assertThat(key.isOnTime()).isFalse();
    assertThat(key.materialReadyDate()).isAfter(MrpExample.TODAY);
    assertThat(TEXT.toString()).contains("late PO  YARN     PO-Y-301").contains("ready " + key.materialReadyDate());
  }

  @Test
  void fabric_is_planned_in_whole_500_metre_lots_and_buttons_in_whole_grosses_above_the_safety_stock() {
    assertThat(RESULT.plannedOrdersOf(Sku.of("FABRIC"))).isNotEmpty()
        .allMatch(o -> o.quantity().value().remainder(new BigDecimal("500")).signum() == 0);
    assertThat(RESULT.plannedOrdersOf(Sku.of("BUTTON"))).isNotEmpty()
        .allMatch(o -> o.quantity().value().remainder(new BigDecimal("144")).signum() == 0);
    assertThat(RESULT.record(Sku.of("BUTTON")).orElseThrow().projectedOnHand()).allMatch(p -> p.compareTo(new BigDecimal("500")) >= 0);
    assertThat(RESULT.plannedOrdersOf(Sku.of("KIT"))).as("a phantom gets no planned orders").isEmpty();
    assertThat(TEXT.toString()).contains("FOQ 500").contains("Wagner-Whitin").contains("EOQ").contains("multiple 144");
  }

  @Test
  void the_key_accounts_order_is_pegged_down_to_every_material_and_the_yarn_order_up_to_both_customer_orders() {
    List<Allocation> down = RESULT.peggingOf(MrpExample.KEY_ORDER);
    Set<String> items = down.stream().map(a -> a.sku().value()).collect(Collectors.toSet());
    assertThat(items).containsExactlyInAnyOrder("POLO", "FABRIC", "YARN", "BUTTON", "KIT", "POLYBAG", "CARTON");
    down.forEach(a -> assertThat(TEXT.toString()).contains(a.supplyId()));
    PlannedOrder yarn = RESULT.plannedOrdersOf(Sku.of("YARN")).get(0);
    List<Peg> up = RESULT.demandPegsOf(yarn);
    BigDecimal total = up.stream().map(p -> p.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo(yarn.quantity().value());
    assertThat(up).anyMatch(p -> p.orderId().equals(java.util.Optional.of(MrpExample.KEY_ORDER)))
        .anyMatch(p -> p.orderId().equals(java.util.Optional.of(MrpExample.C_ORDER)));
    assertThat(TEXT.toString()).contains("upward pegging").contains(MrpExample.C_ORDER + "#1");
  }

  @Test
  void the_example_rejects_a_missing_writer_and_a_missing_item() {
    assertThatThrownBy(() -> MrpExample.run(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> MrpExample.describeLotSizing(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("item");
  }
}

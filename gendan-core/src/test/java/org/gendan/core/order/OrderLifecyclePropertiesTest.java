package org.gendan.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.core.order.OrderStatus.CANCELLED;
import static org.gendan.core.order.OrderStatus.CLEARED;
import static org.gendan.core.order.OrderStatus.CLOSED;
import static org.gendan.core.order.OrderStatus.CONFIRMED;
import static org.gendan.core.order.OrderStatus.DOCUMENTS_SENT;
import static org.gendan.core.order.OrderStatus.INSPECTED;
import static org.gendan.core.order.OrderStatus.IN_PRODUCTION;
import static org.gendan.core.order.OrderStatus.ON_HOLD;
import static org.gendan.core.order.OrderStatus.PRODUCED;
import static org.gendan.core.order.OrderStatus.RECEIVED;
import static org.gendan.core.order.OrderStatus.REVIEWED;
import static org.gendan.core.order.OrderStatus.SHIPPED;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Either;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.terms.PaymentDue;
import org.gendan.core.testing.OrderGen;
import org.gendan.core.testing.OrderGen.Scenario;
import org.gendan.core.testing.OrderGen.Step;
import org.junit.jupiter.api.Test;

/** Properties of the order status machine under random command sequences, and JSON round trips. */
class OrderLifecyclePropertiesTest {

  /**
   * The model: the allowed status changes (besides staying put). Main path forward; hold from any open
   * status and resume back to where it was; cancellation before shipment; an amendment before release
   * sends the order back to confirmation (or to receipt when it came without written confirmation).
   */
  static final Map<OrderStatus, Set<OrderStatus>> EDGES = new EnumMap<>(OrderStatus.class);

  static {
    EDGES.put(RECEIVED, EnumSet.of(CONFIRMED, ON_HOLD, CANCELLED));
    EDGES.put(CONFIRMED, EnumSet.of(REVIEWED, RECEIVED, ON_HOLD, CANCELLED));
    EDGES.put(REVIEWED, EnumSet.of(IN_PRODUCTION, CONFIRMED, RECEIVED, ON_HOLD, CANCELLED));
    EDGES.put(IN_PRODUCTION, EnumSet.of(PRODUCED, ON_HOLD, CANCELLED));
    EDGES.put(PRODUCED, EnumSet.of(INSPECTED, ON_HOLD, CANCELLED));
    EDGES.put(INSPECTED, EnumSet.of(CLEARED, SHIPPED, ON_HOLD, CANCELLED));
    EDGES.put(CLEARED, EnumSet.of(SHIPPED, ON_HOLD, CANCELLED));
    EDGES.put(SHIPPED, EnumSet.of(DOCUMENTS_SENT, CLOSED, ON_HOLD));
    EDGES.put(DOCUMENTS_SENT, EnumSet.of(CLOSED, ON_HOLD));
    EDGES.put(ON_HOLD, EnumSet.of(RECEIVED, CONFIRMED, REVIEWED, IN_PRODUCTION, PRODUCED, INSPECTED, CLEARED, SHIPPED,
        DOCUMENTS_SENT, CANCELLED));
    EDGES.put(CLOSED, EnumSet.noneOf(OrderStatus.class));
    EDGES.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
  }

  @Test
  void the_model_covers_every_status() {
    assertThat(EDGES.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
  }

  @Test
  void random_command_sequences_move_the_status_only_along_allowed_edges_and_replay_to_the_live_order() {
    Set<OrderStatus> reached = EnumSet.noneOf(OrderStatus.class);
    Set<String> rejectionCodes = new java.util.TreeSet<>();
    qt().withExamples(200).forAll(OrderGen.scenarios(45)).checkAssert(s -> {
      LocalDateTime t = OrderGen.start(s);
      Order live = Order.receive(s.order(), OrderGen.at(t));
      reached.add(live.status());
      for (Step step : s.steps()) {
        t = t.plusMinutes(step.minutesLater());
        OrderCommand command = OrderGen.toCommand(step, live, t);
        Order snapshot = Order.replay(live.history()).get();
        Either<Rejection, Order> result = live.handle(command, OrderGen.at(t));

        if (t.isBefore(live.lastEventAt())) {
          assertThat(result.isLeft()).as("an event before the last one is rejected").isTrue();
          assertThat(result.getLeft().code()).isEqualTo("EVENT_OUT_OF_ORDER");
        } else if (live.status().isTerminal()) {
          assertThat(result.getLeft().code()).isIn("ORDER_CLOSED", "ORDER_CANCELLED");
        }

        if (result.isLeft()) {
          rejectionCodes.add(result.getLeft().code());
          assertThat(result.getLeft().code()).matches("[A-Z][A-Z0-9_]*");
          assertThat(live).as("a rejected command leaves the order unchanged").isEqualTo(snapshot);
          assertThat(live.status()).isEqualTo(snapshot.status());
          assertThat(live.received()).isEqualTo(snapshot.received());
          assertThat(live.issuedDocuments()).isEqualTo(snapshot.issuedDocuments());
          continue;
        }
        Order after = result.get();
        OrderStatus from = live.status();
        OrderStatus to = after.status();
        if (from != to) {
          assertThat(EDGES.get(from)).as("%s -> %s by %s", from, to, command).contains(to);
        }
        if (from == ON_HOLD && to != ON_HOLD && to != CANCELLED) {
          assertThat(to).as("resume returns to the status before the hold").isEqualTo(live.statusBeforeHold().get());
        }
        guardsHeld(live, after.history().get(after.history().size() - 1));
        assertThat(after.history()).hasSize(live.history().size() + 1);
        assertThat(after.history().subList(0, live.history().size())).isEqualTo(live.history());
        assertThat(Order.replay(after.history()).get()).as("replay equals the live order").isEqualTo(after);
        assertThat(after.salesOrder().revision()).isGreaterThanOrEqualTo(live.salesOrder().revision());
        assertThat(after.progressPercent()).isBetween(live.progressPercent(), 100);
        if (to.isShipped()) {
          assertThat(after.isQcPassed()).isTrue();
          assertThat(after.shippedOn()).isPresent();
          assertThat(after.invoiceAmount()).isEqualTo(after.shippedAmount().get());
        } else if (!after.progressStatus().isShipped()) {
          assertThat(after.invoiceAmount()).isEqualTo(after.salesOrder().total());
        }
        if (to == IN_PRODUCTION && from == REVIEWED) {
          assertThat(after.isDepositSatisfied()).isTrue();
        }
        live = after;
        reached.add(live.status());
      }
    });
    // the generator reaches every status, and exercises the guards
    assertThat(reached).containsExactlyInAnyOrder(OrderStatus.values());
    assertThat(rejectionCodes).contains("EVENT_OUT_OF_ORDER", "ILLEGAL_TRANSITION", "REVIEW_HAS_ERRORS", "REVIEW_OUTDATED",
        "ORDER_ON_HOLD", "ORDER_CLOSED", "ORDER_CANCELLED", "SCOPE_NOT_COMPLETED");
  }

  /** The guards, restated independently: what must have held on {@code before} for {@code e} to be recorded. */
  private static void guardsHeld(Order before, OrderEvent e) {
    SalesOrder so = before.salesOrder();
    java.util.function.Predicate<PaymentDue> paid = point -> so.paymentTerms().isEmpty() || before.isPaidBy(point);
    if (e instanceof OrderEvent.Reviewed r) {
      assertThat(before.status()).isEqualTo(CONFIRMED);
      assertThat(r.revision()).isEqualTo(so.revision());
    } else if (e instanceof OrderEvent.ReleasedToProduction) {
      assertThat(before.status()).isEqualTo(REVIEWED);
      assertThat(so.paymentTerms()).isPresent();
      assertThat(before.isDepositSatisfied()).isTrue();
      if (so.sampleRequired()) {
        assertThat(before.sampleStatus()).isEqualTo(SampleStatus.APPROVED);
      }
    } else if (e instanceof OrderEvent.QcPassed || e instanceof OrderEvent.QcFailed) {
      assertThat(before.status()).isEqualTo(PRODUCED);
      assertThat(before.qcInspectionDate()).isPresent();
    } else if (e instanceof OrderEvent.CustomsCleared c) {
      assertThat(before.status()).isEqualTo(INSPECTED);
      assertThat(before.bookingReference()).isPresent();
      if (so.statutoryInspection()) {
        InspectionVoucher v = before.voucher().orElseThrow();
        assertThat(v.isValidOn(c.meta().at().toLocalDate())).isTrue();
        assertThat(c.declaredAmount().isGreaterThan(v.amount())).isFalse();
      }
    } else if (e instanceof OrderEvent.Shipped x) {
      assertThat(before.isQcPassed()).isTrue();
      if (so.scope().includesCustoms()) {
        assertThat(before.status()).isEqualTo(CLEARED);
      }
      assertThat(so.paymentTerms().map(t -> !before.received().isLessThan(t.amountDueBy(PaymentDue.BEFORE_SHIPMENT, x.shippedAmount())))
          .orElse(true)).as("balance before shipment paid on the value shipped").isTrue();
      assertThat(x.shippedOn()).isBetween(so.orderDate(), x.meta().at().toLocalDate());
    } else if (e instanceof OrderEvent.DocumentsSent) {
      assertThat(before.status()).isEqualTo(SHIPPED);
      assertThat(paid.test(PaymentDue.AGAINST_DOCUMENTS)).isTrue();
    } else if (e instanceof OrderEvent.Amended || e instanceof OrderEvent.Cancelled || e instanceof OrderEvent.DelayReported) {
      assertThat(before.progressStatus().isShipped()).isFalse();
      if (e instanceof OrderEvent.Amended a) {
        assertThat(a.order().revision()).isEqualTo(so.revision() + 1);
        assertThat(a.toReissue()).isEqualTo(before.issuedDocuments());
        if (before.progressStatus().isReleased()) {
          assertThat(a.order().paymentTerms()).isPresent();
        }
      }
    } else if (e instanceof OrderEvent.DepositReceived d) {
      assertThat(d.amount().isPositive()).isTrue();
      assertThat(d.amount().currency()).isEqualTo(so.currency());
    }
  }

  @Test
  void the_status_is_closed_only_when_the_scope_is_complete() {
    qt().withExamples(200).forAll(OrderGen.orders()).checkAssert(o -> {
      if (o.status() == CLOSED) {
        assertThat(o.shippedOn()).isPresent();
        SalesOrder so = o.salesOrder();
        if (so.scope().includesCustoms()) {
          assertThat(o.customsDeclaration()).isPresent();
        }
        if (so.scope().includesPayment()) {
          assertThat(o.outstanding().isPositive()).isFalse();
        }
      }
    });
  }

  @Test
  void an_order_survives_a_json_round_trip() {
    qt().withExamples(100).forAll(OrderGen.orders()).checkAssert(o -> {
      String json = GendanJson.write(o);
      Order back = GendanJson.read(json, Order.class).get();
      assertThat(back).isEqualTo(o);
      assertThat(back.status()).isEqualTo(o.status());
      assertThat(GendanJson.write(back)).isEqualTo(json);
    });
  }

  @Test
  void a_sales_order_survives_a_json_round_trip() {
    qt().withExamples(200).forAll(OrderGen.salesOrders()).checkAssert(so -> {
      String json = GendanJson.write(so);
      SalesOrder back = GendanJson.read(json, SalesOrder.class).get();
      assertThat(back).isEqualTo(so);
      assertThat(back.total()).isEqualTo(so.total());
    });
  }

  @Test
  void order_events_survive_a_json_round_trip_one_by_one() {
    qt().withExamples(100).forAll(OrderGen.orders()).checkAssert(o -> {
      for (OrderEvent e : o.history()) {
        assertThat(GendanJson.read(GendanJson.write(e), OrderEvent.class).get()).isEqualTo(e);
      }
    });
  }

  @Test
  void commands_survive_a_json_round_trip() {
    qt().withExamples(100).forAll(OrderGen.scenarios(30)).checkAssert((Scenario s) -> {
      Order o = Order.receive(s.order(), OrderGen.at(OrderGen.start(s)));
      for (Step step : s.steps()) {
        OrderCommand c = OrderGen.toCommand(step, o, OrderGen.start(s));
        assertThat(GendanJson.read(GendanJson.write(c), OrderCommand.class).get()).isEqualTo(c);
      }
    });
  }

  @Test
  void the_sales_order_builder_sorts_lines_and_the_total_is_the_sum_of_line_amounts() {
    qt().withExamples(300).forAll(OrderGen.salesOrders()).checkAssert(so -> {
      List<Integer> numbers = so.lines().stream().map(OrderLine::lineNo).toList();
      assertThat(numbers).isSorted().doesNotHaveDuplicates();
      org.gendan.core.money.Money sum = org.gendan.core.money.Money.zero(so.currency());
      for (OrderLine l : so.lines()) {
        sum = sum.plus(l.amount());
        assertThat(l.amount().currency()).isEqualTo(so.currency());
      }
      assertThat(so.total()).isEqualTo(sum);
      List<OrderLine> backwards = new java.util.ArrayList<>(so.lines());
      java.util.Collections.reverse(backwards);
      SalesOrder reversed = so.withLines(backwards);
      assertThat(reversed).isEqualTo(so);
    });
  }
}

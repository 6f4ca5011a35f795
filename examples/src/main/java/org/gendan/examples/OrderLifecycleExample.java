package org.gendan.examples;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.gendan.core.Rejection;
import org.gendan.core.followup.FollowUpPlan;
import org.gendan.core.followup.FollowUpPolicy;
import org.gendan.core.followup.Milestone;
import org.gendan.core.followup.Worklist;
import org.gendan.core.followup.WorklistEntry;
import org.gendan.core.money.Money;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.DocumentKind;
import org.gendan.core.order.InspectionVoucher;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderEvent;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.review.Finding;
import org.gendan.core.review.ReviewReport;

/**
 * Walks one sample order through its whole lifecycle (接单 → 审单 → 定金 → 打样 → 生产 → 验货 → 商检 →
 * 订舱 → 报关 → 出货 → 交单 → 收汇 → 结案), printing each event and the order's status, the review
 * findings, the follow-up plan and the worklist on a busy day — and two commands the guards refuse
 * (review of an unconfirmed phone order, release before the deposit), with their reasons.
 *
 * <p>Run it with {@code java -jar examples/target/gendan.jar order-example}.
 */
public final class OrderLifecycleExample {

  /** The factory's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The day the order is taken. */
  public static final LocalDate ORDER_DATE = LocalDate.of(2026, 3, 2);

  private final PrintWriter out;
  private Order order;
  private int rejections;

  private OrderLifecycleExample(PrintWriter out) {
    this.out = out;
  }

  /** Runs the example on standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /**
   * Runs the example.
   *
   * @return the order at the end of its lifecycle
   */
  public static Order run(PrintWriter out) {
    return new OrderLifecycleExample(out).walk();
  }

  private Order walk() {
    SalesOrder so = SampleCompany.phoneOrder(ORDER_DATE);
    out.println("gendan order example: one order followed from intake to payment (跟单全程)");
    out.println();
    order = Order.receive(so, at(ORDER_DATE, 9));
    printEvent();

    // A phone order must be confirmed in writing before review: the guard says no.
    attempt(ORDER_DATE, 10, new OrderCommand.RecordReview(0, List.of(), List.of()));
    record(ORDER_DATE.plusDays(1), 9, new OrderCommand.ConfirmInWriting("signed PO HT-PO-88121 by e-mail"));

    ReviewReport report = SampleCompany.review().review(order.salesOrder(), ORDER_DATE.plusDays(1));
    out.println();
    out.println("Order review (审单) of revision " + report.revision() + ": " + count(report.errors().size(), "error") + ", "
        + count(report.warnings().size(), "warning"));
    for (Finding f : report.findings()) {
      out.println("  " + f);
    }
    out.println();
    record(ORDER_DATE.plusDays(1), 11, report.toCommand());
    record(ORDER_DATE.plusDays(2), 10, new OrderCommand.IssueDocument(DocumentKind.SALES_CONTRACT, "SC-2026-0412"));

    // Production cannot be released before the 30 % deposit has arrived.
    attempt(ORDER_DATE.plusDays(3), 9, new OrderCommand.ReleaseToProduction());
    Money total = order.salesOrder().total();
    List<Money> parts = order.salesOrder().paymentTerms().orElseThrow().split(total);
    record(ORDER_DATE.plusDays(6), 14, new OrderCommand.ReceiveDeposit(parts.get(0)));
    record(ORDER_DATE.plusDays(8), 10, new OrderCommand.SubmitSample("PP-SAMPLE-1 navy M"));

    printWorklist(ORDER_DATE.plusDays(26));

    record(ORDER_DATE.plusDays(27), 16, new OrderCommand.ApproveSample());
    record(ORDER_DATE.plusDays(30), 8, new OrderCommand.ReleaseToProduction());
    record(ORDER_DATE.plusDays(40), 17, new OrderCommand.ReportProgress(45));
    record(ORDER_DATE.plusDays(45), 9, new OrderCommand.BookQcInspection(ORDER_DATE.plusDays(55)));
    record(ORDER_DATE.plusDays(46), 10, new OrderCommand.ReceiveInspectionVoucher(new InspectionVoucher(
        "330100226041201", total, ORDER_DATE.plusDays(46), ORDER_DATE.plusDays(46 + 90))));
    record(ORDER_DATE.plusDays(46), 15, new OrderCommand.IssueDocument(DocumentKind.CERTIFICATE_OF_ORIGIN, "CCPIT-26-0412"));
    record(ORDER_DATE.plusDays(50), 11, new OrderCommand.BookShipment("COSU6123456780", ORDER_DATE.plusDays(60)));
    record(ORDER_DATE.plusDays(53), 18, new OrderCommand.ReportProgress(100));
    record(ORDER_DATE.plusDays(55), 15, new OrderCommand.PassQc());
    record(ORDER_DATE.plusDays(56), 10, new OrderCommand.ReceiveBalance(parts.get(1)));
    record(ORDER_DATE.plusDays(58), 16, new OrderCommand.ClearCustoms("310420260004121", total));
    record(ORDER_DATE.plusDays(60), 20, new OrderCommand.Ship(ORDER_DATE.plusDays(60), "COSU6123456780", total));
    record(ORDER_DATE.plusDays(63), 10, new OrderCommand.SendDocuments("DHL 5550123412"));
    record(ORDER_DATE.plusDays(63), 11, new OrderCommand.Close());

    out.println();
    printPlan("Follow-up plan (跟单计划) at the end", order);
    out.println();
    out.println("Order " + order.id() + " is " + order.status() + " (" + order.status().chineseName() + ") after "
        + order.history().size() + " events; " + rejections + " commands were refused by the guards.");
    Either<Rejection, Order> replayed = Order.replay(order.history());
    out.println("Replaying the history rebuilds the same order: " + replayed.map(order::equals).getOrElse(false));
    return order;
  }

  private void record(LocalDate day, int hour, OrderCommand command) {
    Either<Rejection, Order> next = order.handle(command, at(day, hour));
    if (next.isLeft()) {
      throw new IllegalStateException("the example expected " + command + " to be accepted: " + next.getLeft());
    }
    order = next.get();
    printEvent();
  }

  private void attempt(LocalDate day, int hour, OrderCommand command) {
    Either<Rejection, Order> next = order.handle(command, at(day, hour));
    if (next.isRight()) {
      throw new IllegalStateException("the example expected " + command + " to be refused");
    }
    rejections++;
    out.printf("%-16s REFUSED  %s%n", day + " " + two(hour) + ":00", next.getLeft());
    out.printf("%-16s          the order stays %s (%s)%n", "", order.status(), order.status().chineseName());
  }

  private void printEvent() {
    OrderEvent e = order.history().get(order.history().size() - 1);
    out.printf("%-16s %-14s %s%n", e.meta().at().toString().replace('T', ' '), order.status(), e.describe());
  }

  private void printPlan(String title, Order o) {
    FollowUpPlan plan = FollowUpPlan.of(o, FollowUpPolicy.DEFAULT).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    out.println(title + ", delivery " + plan.deliveryDate() + ":");
    for (Milestone m : plan.milestones()) {
      String done = m.done().map(d -> "done " + d + (m.wasLate() ? "  LATE" : "")).orElse("open");
      out.printf("  %-20s %-8s due %s  %s%n", m.kind(), m.kind().chineseName(), m.due(), done);
    }
  }

  private void printWorklist(LocalDate day) {
    out.println();
    printPlan("Follow-up plan (跟单计划) as of " + day, order);
    Worklist list = Worklist.of(List.of(order), Map.of(SampleCompany.HANSA, SampleCompany.hansa().tier()), day,
        FollowUpPolicy.DEFAULT);
    out.println("Worklist (日清日结) for " + day + ":");
    for (WorklistEntry e : list.entries()) {
      out.printf("  %-9s %s%n", e.urgency(), e.message());
    }
    out.println();
  }

  private static CommandContext at(LocalDate day, int hour) {
    Clock clock = Clock.fixed(ZonedDateTime.of(day.atTime(hour, 0), ZONE).toInstant(), ZONE);
    return CommandContext.of(clock, "li.ming");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}

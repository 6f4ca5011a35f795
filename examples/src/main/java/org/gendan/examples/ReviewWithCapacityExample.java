package org.gendan.examples;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.review.Finding;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.demo.MadeLinesCapacityCheck;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.promise.ScheduleCapacityCheck;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;

/**
 * Order review (审单) with a real capacity check (产能评审): the sample factory's promised orders are
 * scheduled, and that schedule answers whether a new order's made lines can be finished in time
 * without making a promised order late ({@link ScheduleCapacityCheck}).
 *
 * <p>The example reviews the first new order of the sample twice: once with a delivery date
 * {@value #RELAXED_DAYS} days out (it fits) and once with a delivery date {@value #RUSHED_DAYS} days
 * out (it cannot be made by then; the review says so as an error finding with the earliest date).
 */
public final class ReviewWithCapacityExample {

  /** Days after today of the delivery date that fits. */
  public static final int RELAXED_DAYS = 150;
  /** Days after today of the delivery date that cannot be met. */
  public static final int RUSHED_DAYS = 3;

  private ReviewWithCapacityExample() {}

  /** Runs the example and prints to standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /**
   * Runs the example.
   *
   * @param out where the findings are printed
   * @throws NullPointerException if {@code out} is null
   * @return the review of the order that fits, then of the order that cannot make its date
   */
  public static List<ReviewReport> run(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    SampleData data = SampleData.load();
    LocalDate today = data.today();
    JobSettings settings = JobSettings.of(FactoryDemo.BUFFER_DAYS);
    Schedule promised = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(FactoryDemo.schedulingProblem(data, today, settings));
    OrderReview review = data.review().withCapacityCheck(new MadeLinesCapacityCheck(
        ScheduleCapacityCheck.of(promised, data.routings(), settings, data.tiers()), data.routings()));

    Order order = data.orders().stream()
        .filter(o -> o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.CONFIRMED)
        .filter(o -> o.salesOrder().lines().stream().anyMatch(l -> data.routings().routing(l.sku()).isPresent()))
        .findFirst().orElseThrow(() -> new IllegalStateException("the sample has no new order with a made line"));
    out.println("Order review with the schedule as the capacity check, today " + today + "; "
        + promised.problem().jobs().size() + " promised jobs, " + promised.totals().lateJobs() + " already late");

    SalesOrder fits = order.salesOrder().withDeliveryDate(today.plusDays(RELAXED_DAYS));
    SalesOrder rushed = order.salesOrder().withDeliveryDate(today.plusDays(RUSHED_DAYS));
    ReviewReport a = print(out, "wanted by " + fits.deliveryDate(), review.review(fits, today));
    ReviewReport b = print(out, "wanted by " + rushed.deliveryDate(), review.review(rushed, today));
    out.flush();
    return List.of(a, b);
  }

  private static ReviewReport print(PrintWriter out, String label, ReviewReport report) {
    out.println();
    out.println(report.orderId() + " " + label + ": " + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
    for (Finding f : report.findings()) {
      out.println("   " + f);
    }
    return report;
  }
}

package org.gendan.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderStatus;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gendan review [ORDER_ID...]}: order review (审单) of the given orders, or of every new order
 * (received or confirmed), with the schedule of the promised orders as the capacity check (产能评审).
 * Exit code 1 when any review has an error finding.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Reviews orders (审单): master data, prices, terms, and capacity against the schedule of the promised orders.",
        "Without ORDER_ID, reviews every new (received or confirmed) order.",
        "Exit code 0: no error findings; 1: at least one error finding; 2: bad input (e.g. an unknown order id).",
        "Data files (--data DIR), formats in examples/schemas/: customers.schema.json, suppliers.schema.json,",
        "items.schema.json, prices.schema.json, factory.schema.json, orders.schema.json."})
final class ReviewCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SampleOptions options;

  @Parameters(arity = "0..*", paramLabel = "ORDER_ID", description = "the orders to review (default: every new order)")
  List<String> orderIds = new ArrayList<>();

  @Override
  public Integer call() {
    SampleData data = options.load();
    LocalDate today = options.today(data);
    List<Order> orders = new ArrayList<>();
    if (orderIds.isEmpty()) {
      data.orders().stream().filter(o -> o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.CONFIRMED).forEach(orders::add);
    } else {
      for (String id : orderIds) {
        OrderId oid;
        try {
          oid = OrderId.of(id);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("ORDER_ID '" + id + "': " + e.getMessage());
        }
        orders.add(data.orders().stream().filter(o -> o.id().equals(oid)).findFirst()
            .orElseThrow(() -> new BadInputException("ORDER_ID: unknown order id '" + id + "' (no such order in the data)")));
      }
    }
    JobSettings settings = JobSettings.of(FactoryDemo.BUFFER_DAYS);
    Schedule promised = Scheduler.of(PriorityRules.TIER_THEN_EDD).schedule(options.problem(data, today));
    OrderReview review = data.review().withCapacityCheck(new MadeLinesCapacityCheck(
        ScheduleCapacityCheck.of(promised, data.routings(), settings, data.tiers()), data.routings()));
    List<ReviewReport> reports = orders.stream().map(o -> review.review(o.salesOrder(), today)).toList();
    PrintWriter o = spec.commandLine().getOut();
    if (options.json()) {
      SampleOptions.printJson(o, reports);
    } else {
      o.println("Review on " + today + " of " + reports.size() + " order(s)");
      for (ReviewReport r : reports) {
        o.printf("%-13s %d error(s), %d warning(s)%n", r.orderId(), r.errors().size(), r.warnings().size());
        for (Finding f : r.findings()) {
          o.println("   " + f);
        }
      }
      o.println(reports.stream().filter(ReviewReport::hasErrors).count() + " order(s) with errors");
    }
    o.flush();
    return reports.stream().anyMatch(ReviewReport::hasErrors) ? ExitCodes.RESULT_HAS_ERRORS : ExitCodes.OK;
  }
}

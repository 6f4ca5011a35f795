package org.gendan.examples.readme;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.gendan.core.Rejection;
import org.gendan.core.followup.FollowUpPlan;
import org.gendan.core.followup.FollowUpPolicy;
import org.gendan.core.followup.Worklist;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.documents.calc.ChineseAmountWords;
import org.gendan.examples.SampleCompany;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.promise.CapablePromise;
import org.gendan.scheduling.promise.Inquiry;
import org.gendan.scheduling.promise.Promise;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;
import org.gendan.scheduling.schedule.Improvement;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.Jobs;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.ReleaseConditions;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import org.junit.jupiter.api.Test;

/** The code shown in README.md, run as written with real values for its free variables. */
class ReadmeSnippetsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Clock clock = Clock.fixed(ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZONE).toInstant(), ZONE);

  @Test
  void the_core_example_of_the_readme_runs_as_written() {
    SalesOrder salesOrder = SampleCompany.phoneOrder(LocalDate.of(2026, 3, 2)).withWrittenConfirmation(true);
    var customers = List.of(SampleCompany.hansa());
    var items = SampleCompany.items();
    var prices = SampleCompany.prices();

    CommandContext li = CommandContext.of(clock, "li.ming");
    Order order = Order.receive(salesOrder, li);
    ReviewReport report = OrderReview.builder()
        .customers(customers).items(items).priceBook(prices).build()
        .review(order.salesOrder(), LocalDate.now(clock));
    Either<Rejection, Order> reviewed = order.handle(report.toCommand(), li);
    Either<Rejection, Order> released = reviewed.get()
        .handle(new OrderCommand.ReleaseToProduction(), li);
    FollowUpPlan plan = FollowUpPlan.of(order, FollowUpPolicy.DEFAULT).get();
    List<Order> orders = List.of(order);
    Map<CustomerId, CustomerTier> tiers = Map.of(SampleCompany.HANSA, CustomerTier.KEY);
    Worklist today = Worklist.of(orders, tiers, LocalDate.now(clock), FollowUpPolicy.DEFAULT);
    String json = GendanJson.write(order);
    Order again = GendanJson.read(json, Order.class).get();

    assertThat(report.hasErrors()).isFalse();
    assertThat(reviewed.isRight()).isTrue();
    assertThat(released.getLeft().code()).isEqualTo("DEPOSIT_NOT_RECEIVED");
    assertThat(plan.milestones()).isNotEmpty();
    assertThat(today.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(again).isEqualTo(order);
  }

  @Test
  void the_scheduling_example_of_the_readme_runs_as_written() {
    SalesOrder phoned = SampleCompany.phoneOrder(LocalDate.of(2026, 3, 2));
    SalesOrder order = phoned.withLines(List.of(phoned.lines().get(0)));   // the T-shirts: the routing below
    LocalDateTime start = LocalDateTime.of(2026, 3, 2, 7, 0);
    LocalDate wanted = LocalDate.of(2026, 5, 20);

    WorkCalendar twoShifts = WorkCalendar.builder()
        .shift(Shift.of("day", LocalTime.of(7, 0), LocalTime.of(15, 0)), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY)
        .shift(Shift.of("night", LocalTime.of(15, 0), LocalTime.of(23, 0)), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY)
        .holiday(LocalDate.of(2026, 5, 1)).build();
    Plant plant = Plant.of(
        WorkCenterGroup.of("CUT", "cutting", twoShifts, ProductionLine.of("CUT-1")),
        WorkCenterGroup.of("SEW", "sewing", twoShifts, ProductionLine.of("SEW-1"), ProductionLine.of("SEW-2")));
    RoutingBook routings = RoutingBook.of(List.of(Routing.of(Sku.of("TS-1001"), Unit.PCS,
        Operation.of("cut", "CUT", 30, "0.02", 60), Operation.of("sew", "SEW", 45, "0.15", 0))));
    List<Job> jobs = Jobs.fromOrder(order, CustomerTier.KEY, routings, line -> ReleaseConditions.NONE, start, JobSettings.of(3)).get();
    Schedule schedule = Scheduler.of(PriorityRules.TIER_THEN_EDD)
        .improve(SchedulingProblem.of(start, plant, jobs), Improvement.of(Duration.ofSeconds(2), 42));
    var why = schedule.outcome(jobs.get(0).id()).map(JobOutcome::explanation);
    Promise promise = CapablePromise.on(schedule, routings, JobSettings.of(3))
        .promise(Inquiry.of("INQ-7", Sku.of("TS-1001"), Quantity.of(6000, Unit.PCS), wanted, CustomerTier.A)).get();

    assertThat(schedule.assignments()).hasSize(2);
    assertThat(why).hasValueSatisfying(text -> assertThat(text).contains("SO-2026-0412"));
    assertThat(promise.earliestDelivery()).isAfter(start.toLocalDate());
  }

  @Test
  void the_chinese_amount_in_the_readme_is_what_gendan_writes() {
    String words = ChineseAmountWords.PBOC.toWords(Money.of("1409.50", "CNY"));
    assertThat(words).isEqualTo("人民币壹仟肆佰零玖元伍角");
  }

}

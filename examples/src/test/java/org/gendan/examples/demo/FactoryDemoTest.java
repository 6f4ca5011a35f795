package org.gendan.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.review.CapacityCheck;
import org.gendan.core.review.Feasibility;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.ReleaseCause;
import org.gendan.scheduling.schedule.SchedulingProblem;
import org.junit.jupiter.api.Test;

class FactoryDemoTest {

  private static final SampleData DATA = SampleData.load();

  @Test
  void only_made_lines_of_reviewed_orders_and_orders_in_production_become_jobs() {
    SchedulingProblem p = FactoryDemo.schedulingProblem(DATA, DATA.today(), JobSettings.of(FactoryDemo.BUFFER_DAYS));
    assertThat(p.jobs()).isNotEmpty();
    for (Job j : p.jobs()) {
      Order o = DATA.orders().stream().filter(x -> x.id().equals(j.id().order())).findFirst().orElseThrow();
      assertThat(o.status()).isIn(OrderStatus.REVIEWED, OrderStatus.IN_PRODUCTION);
      OrderLine l = o.salesOrder().line(j.id().lineNo()).orElseThrow();
      assertThat(DATA.item(l.sku()).orElseThrow().makeOrBuy()).isEqualTo(MakeOrBuy.MAKE);
      assertThat(j.quantity().value()).isLessThanOrEqualTo(l.quantity().value());
      if (o.status() == OrderStatus.REVIEWED) {
        assertThat(j.quantity()).isEqualTo(l.quantity());
      }
    }
  }

  @Test
  void an_order_still_waiting_for_its_deposit_is_released_when_the_deposit_is_expected() {
    Order waiting = DATA.orders().stream().filter(o -> o.status() == OrderStatus.REVIEWED && !o.isDepositSatisfied())
        .findFirst().orElseThrow();
    LocalDate today = DATA.today();
    assertThat(FactoryDemo.releaseConditions(waiting, today).depositReceived())
        .contains(today.plusDays(FactoryDemo.DEPOSIT_EXPECTED_DAYS));
    SchedulingProblem p = FactoryDemo.schedulingProblem(DATA, today, JobSettings.of(FactoryDemo.BUFFER_DAYS));
    Job job = p.jobs().stream().filter(j -> j.id().order().equals(waiting.id())).findFirst().orElseThrow();
    assertThat(job.release()).isAfterOrEqualTo(today.plusDays(FactoryDemo.DEPOSIT_EXPECTED_DAYS).atStartOfDay());
    assertThat(job.releaseCause()).isIn(ReleaseCause.DEPOSIT_RECEIVED, ReleaseCause.SAMPLE_APPROVED);
  }

  @Test
  void a_reviewed_order_waiting_for_material_is_released_when_mrp_projects_its_materials_in() {
    LocalDate today = DATA.today();
    DemoMrp.Plan plan = DemoMrp.run(DATA, today).getOrElseThrow(r -> new AssertionError(r.toString()));
    SchedulingProblem p = FactoryDemo.schedulingProblem(DATA, today, JobSettings.of(FactoryDemo.BUFFER_DAYS), plan::materialReady);
    List<Job> waiting = new ArrayList<>();
    for (Job j : p.jobs()) {
      plan.materialReady(j.id().order()).filter(d -> d.isAfter(today)).ifPresent(d -> {
        assertThat(j.release()).isAfterOrEqualTo(d.atStartOfDay());
        waiting.add(j);
      });
    }
    assertThat(waiting).as("the sample has reviewed orders short of material").isNotEmpty();
    assertThat(waiting).anySatisfy(j -> assertThat(j.releaseCause()).isEqualTo(ReleaseCause.MATERIAL_READY));
  }

  @Test
  void mrp_plans_only_orders_not_yet_in_production_and_every_demand_is_inside_the_horizon() {
    LocalDate today = DATA.today();
    org.gendan.scheduling.mrp.MrpProblem problem = DemoMrp.problem(DATA, today);
    assertThat(problem.demands()).isNotEmpty().allSatisfy(d -> {
      Order o = DATA.orders().stream().filter(x -> x.id().equals(d.orderId().orElseThrow())).findFirst().orElseThrow();
      assertThat(DemoMrp.needsMaterial(o)).isTrue();
      assertThat(d.due()).isAfterOrEqualTo(today);
    });
    assertThat(DemoMrp.run(DATA, today).isRight()).isTrue();
  }

  @Test
  void an_order_in_production_is_not_held_back_by_deposit_or_sample() {
    Order running = DATA.orders().stream().filter(o -> o.status() == OrderStatus.IN_PRODUCTION).findFirst().orElseThrow();
    assertThat(FactoryDemo.releaseConditions(running, DATA.today()).latest()).isEmpty();
  }

  @Test
  void release_dates_move_with_today_and_never_precede_it() {
    qt().withExamples(20).forAll(integers().between(-30, 30)).checkAssert(shift -> {
      LocalDate today = DATA.today().plusDays(shift);
      for (Order o : DATA.orders()) {
        FactoryDemo.releaseConditions(o, today).latest()
            .ifPresent(l -> assertThat(l.date()).isAfter(today));
      }
    });
  }

  @Test
  void a_trading_order_needs_no_production_capacity_and_a_mixed_one_is_checked_on_its_made_lines_only() {
    List<SalesOrder> seen = new ArrayList<>();
    CapacityCheck recording = (order, today) -> {
      seen.add(order);
      return Feasibility.feasible(today, "fits");
    };
    MadeLinesCapacityCheck check = new MadeLinesCapacityCheck(recording, DATA.routings());
    SalesOrder mixed = DATA.orders().stream().map(Order::salesOrder)
        .filter(so -> so.lines().stream().anyMatch(l -> DATA.routings().routing(l.sku()).isEmpty()))
        .findFirst().orElseThrow();
    Feasibility f = check.check(mixed, DATA.today());
    boolean anyMade = mixed.lines().stream().anyMatch(l -> DATA.routings().routing(l.sku()).isPresent());
    if (anyMade) {
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).lines()).allSatisfy(l -> assertThat(DATA.routings().routing(l.sku())).isPresent());
    } else {
      assertThat(seen).isEmpty();
      assertThat(f.outcome()).isEqualTo(Feasibility.Outcome.NOT_CHECKED);
    }
  }

  @Test
  void the_document_sets_are_those_of_the_first_orders_by_id_that_can_make_documents_and_no_more_than_asked() {
    qt().withExamples(5).forAll(integers().between(0, 3)).checkAssert(n -> {
      List<DemoDocuments.OrderDocuments> sets = DemoDocuments.documentSets(DATA, DATA.today(), n);
      assertThat(sets).hasSizeLessThanOrEqualTo(n);
      assertThat(sets).extracting(DemoDocuments.OrderDocuments::orderId).isSorted().doesNotHaveDuplicates();
      assertThat(DemoDocuments.documentSets(DATA, DATA.today(), n + 1).subList(0, sets.size())).isEqualTo(sets);
    });
    assertThat(DemoDocuments.documentSets(DATA, DATA.today(), 2)).hasSize(2);
  }

  @Test
  void an_output_file_keeps_its_own_copy_of_the_content() {
    byte[] content = {1, 2, 3};
    FactoryDemo.OutputFile f = new FactoryDemo.OutputFile("a.pdf", "d", content);
    content[0] = 9;
    f.bytes()[1] = 9;
    assertThat(f.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void bad_settings_and_arguments_are_refused_with_a_clear_message() {
    Path dir = Path.of("x");
    LocalDate d = LocalDate.of(2026, 9, 21);
    assertThatThrownBy(() -> new FactoryDemo.Settings(d, dir, Duration.ofSeconds(-1), 1, 10, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time budget");
    assertThatThrownBy(() -> new FactoryDemo.Settings(d, dir, Duration.ofSeconds(1), 1, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEvaluations");
    assertThatThrownBy(() -> new FactoryDemo.Settings(d, dir, Duration.ofSeconds(1), 1, 10, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("worklistSize");
    assertThatThrownBy(() -> FactoryDemo.Settings.of(null, dir)).isInstanceOf(NullPointerException.class).hasMessageContaining("today");
    assertThatThrownBy(() -> new FactoryDemo.OutputFile("../evil.svg", "d", "c"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain file name");
    assertThatThrownBy(() -> FactoryDemo.schedulingProblem(null, d, JobSettings.of(1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("data");
    assertThatThrownBy(() -> FactoryDemo.releaseConditions(null, d)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("order");
    assertThatThrownBy(() -> new MadeLinesCapacityCheck(null, DATA.routings())).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("delegate");
    assertThatThrownBy(() -> FactoryDemo.releaseConditions(DATA.orders().get(0), d, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("materialReady");
    assertThatThrownBy(() -> FactoryDemo.schedulingProblem(DATA, d, JobSettings.of(1), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("materialReady");
    assertThatThrownBy(() -> DemoDocuments.documentSets(DATA, d, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> DemoDocuments.documentSets(null, d, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("data");
    assertThatThrownBy(() -> DemoDocuments.outputs(DATA, null, d, 1)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("schedule");
    assertThatThrownBy(() -> DemoMrp.run(null, d)).isInstanceOf(NullPointerException.class).hasMessageContaining("data");
    assertThatThrownBy(() -> DemoMrp.problem(DATA, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("today");
    assertThatThrownBy(() -> ScheduleJson.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("schedule");
  }
}

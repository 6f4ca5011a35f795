package org.gendan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import org.junit.jupiter.api.Test;

class FactoryGeneratorTest {

  private static final List<String> FLOW = List.of("CUT", "PRINT", "SEW", "PRESS", "PACK");

  @Test
  void the_generated_factory_has_fifty_lines_in_five_departments_on_two_shift_calendars_with_holidays() {
    SchedulingProblem problem = FactoryGenerator.generate(500, 7);

    assertThat(problem.plant().groups()).hasSize(5);
    assertThat(problem.plant().groups()).allSatisfy(g -> assertThat(g.lines()).hasSize(10));
    assertThat(problem.plant().groups().stream().map(WorkCenterGroup::department).distinct()).hasSize(5);
    WorkCalendar calendar = problem.plant().groups().get(0).calendar();
    assertThat(calendar.shifts(DayOfWeek.MONDAY)).hasSize(2);
    assertThat(calendar.shifts(DayOfWeek.SATURDAY)).hasSize(2);
    assertThat(calendar.shifts(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(calendar.holidays()).contains(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 1));
    assertThat(calendar.isWorkingAt(LocalDateTime.of(2026, 10, 1, 10, 0))).isFalse();
    assertThat(problem.start()).isEqualTo(FactoryGenerator.PLANNING_START);
  }

  @Test
  void every_order_line_becomes_a_job_with_a_three_operation_routing_in_process_flow_order() {
    qt().withExamples(20).forAll(integers().between(1, 400), longs().all()).checkAssert((n, seed) -> {
      SchedulingProblem problem = FactoryGenerator.generate(n, seed);
      assertThat(problem.jobs()).hasSize(n);
      for (Job job : problem.jobs()) {
        List<Operation> ops = job.routing().operations();
        assertThat(ops).hasSize(3);
        for (int i = 1; i < ops.size(); i++) {
          assertThat(FLOW.indexOf(ops.get(i).group().value())).isGreaterThan(FLOW.indexOf(ops.get(i - 1).group().value()));
        }
        assertThat(job.release()).isAfterOrEqualTo(problem.start()).isBefore(job.due());
        assertThat(job.deliveryDate()).isPresent();
        assertThat(job.tier()).isPresent();
      }
    });
  }

  @Test
  void the_same_seed_gives_the_same_factory() {
    qt().withExamples(10).forAll(integers().between(1, 300), longs().all())
        .check((n, seed) -> FactoryGenerator.generate(n, seed).equals(FactoryGenerator.generate(n, seed)));
  }

  @Test
  void a_larger_factory_spreads_its_deliveries_over_a_longer_horizon() {
    LocalDate small = lastDelivery(FactoryGenerator.generate(2_000, 3));
    LocalDate large = lastDelivery(FactoryGenerator.generate(8_000, 3));

    assertThat(large).isAfter(small.plusDays(40));
  }

  @Test
  void the_constructive_schedule_of_a_generated_factory_is_feasible() {
    qt().withExamples(5).forAll(integers().between(20, 150), longs().all()).checkAssert((n, seed) -> {
      SchedulingProblem problem = FactoryGenerator.generate(n, seed);
      Schedule schedule = Scheduler.of(PriorityRules.EDD).schedule(problem);
      assertThat(schedule.assignments()).hasSize(3 * n);
      Map<LineId, List<Assignment>> byLine = new HashMap<>();
      for (Assignment a : schedule.assignments()) {
        byLine.computeIfAbsent(a.line(), l -> new ArrayList<>()).add(a);
        WorkCalendar calendar = problem.plant().groupOf(a.line()).orElseThrow().calendar();
        assertThat(calendar.isWorkingAt(a.start())).isTrue();
      }
      for (List<Assignment> line : byLine.values()) {
        line.sort(Comparator.comparing(Assignment::start));
        for (int i = 1; i < line.size(); i++) {
          assertThat(line.get(i).start()).isAfterOrEqualTo(line.get(i - 1).end());
        }
      }
      for (Job job : problem.jobs()) {
        List<Assignment> ops = schedule.assignmentsOf(job.id());
        assertThat(ops.get(0).start()).isAfterOrEqualTo(job.release());
        for (int i = 1; i < ops.size(); i++) {
          long lag = job.routing().operations().get(i - 1).transferLagMinutes();
          assertThat(ops.get(i).start()).isAfterOrEqualTo(ops.get(i - 1).end().plusMinutes(lag));
        }
      }
    });
  }

  @Test
  void a_factory_needs_at_least_one_and_at_most_a_million_order_lines() {
    assertThatIllegalArgumentException().isThrownBy(() -> FactoryGenerator.generate(0, 1)).withMessageContaining("order lines");
    assertThatIllegalArgumentException().isThrownBy(() -> FactoryGenerator.generate(-5, 1)).withMessageContaining("order lines");
    assertThatIllegalArgumentException().isThrownBy(() -> FactoryGenerator.generate(FactoryGenerator.MAX_ORDER_LINES + 1, 1))
        .withMessageContaining("order lines");
  }

  private static LocalDate lastDelivery(SchedulingProblem problem) {
    return problem.jobs().stream().map(j -> j.deliveryDate().orElseThrow()).max(Comparator.naturalOrder()).orElseThrow();
  }
}

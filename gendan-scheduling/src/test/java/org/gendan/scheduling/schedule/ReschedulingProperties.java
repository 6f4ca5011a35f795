package org.gendan.scheduling.schedule;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.resource.LineId;
import org.junit.jupiter.api.Test;

class ReschedulingProperties {

  @Test
  void started_and_frozen_work_is_untouched_and_everything_else_starts_from_now() {
    qt().withExamples(120).forAll(Fixtures.problems(10, 3), integers().between(0, 96), integers().between(0, 24), integers().between(0, 3))
        .checkAssert((p, nowHours, frozenHours, down) -> {
          Schedule before = Scheduler.of(PriorityRules.EDD).schedule(p);
          LocalDateTime now = p.start().plusHours(nowHours);
          Rescheduling r = Rescheduling.from(before, now, Duration.ofHours(frozenHours));
          LocalDateTime downFrom = now.plusHours(down * 5L);
          TimeRange outage = TimeRange.of(downFrom, downFrom.plusHours(6));
          LineId broken = p.plant().groups().get(0).lines().get(0).id();
          if (down > 0) {
            r = r.withLineDown(broken, outage);
          }
          Schedule after = r.reschedule(Scheduler.of(PriorityRules.TIER_THEN_EDD));
          Assertions.assertThat(ScheduleChecks.violations(after)).isNull();
          Map<OperationRef, Assignment> kept = after.assignments().stream()
              .collect(Collectors.toMap(a -> new OperationRef(a.job(), a.operationIndex()), Function.identity()));
          for (Assignment a : before.assignments()) {
            Assignment b = kept.get(new OperationRef(a.job(), a.operationIndex()));
            boolean started = a.start().isBefore(now);
            boolean hitByOutage = down > 0 && a.line().equals(broken) && TimeRange.of(a.start(), a.end()).overlaps(outage);
            if (started) {
              Assertions.assertThat(b.start()).isEqualTo(a.start());
              Assertions.assertThat(b.end()).isEqualTo(a.end());
              Assertions.assertThat(b.line()).isEqualTo(a.line());
            } else if (!b.pinned()) {
              Assertions.assertThat(b.start()).isAfterOrEqualTo(now);
            } else {
              Assertions.assertThat(a.start()).isBefore(now.plusHours(frozenHours));
              Assertions.assertThat(hitByOutage).isFalse();
              Assertions.assertThat(b.start()).isEqualTo(a.start());
            }
          }
        });
  }
}

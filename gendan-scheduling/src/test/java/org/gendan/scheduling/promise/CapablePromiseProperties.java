package org.gendan.scheduling.promise;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;
import org.gendan.scheduling.schedule.Fixtures;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.junit.jupiter.api.Test;

class CapablePromiseProperties {

  @Test
  void the_promised_date_is_feasible_no_promised_order_slips_and_a_day_earlier_would_be_late() {
    qt().withExamples(100).forAll(Fixtures.problems(8, 3), integers().between(0, 7), integers().between(1, 400), integers().between(0, 3))
        .checkAssert((p, pick, qty, buffer) -> {
          Schedule promised = Scheduler.of(PriorityRules.EDD).schedule(p);
          Job template = p.jobs().get(pick % p.jobs().size());
          Routing r = template.routing();
          RoutingBook book = RoutingBook.of(List.of(r));
          JobSettings settings = JobSettings.of(buffer);
          CapablePromise ctp = CapablePromise.on(promised, book, settings);
          Promise answer = ctp.promise(Inquiry.of("INQ-X", r.sku(), Quantity.of(qty, Unit.PCS), p.start().toLocalDate(), CustomerTier.A)).get();
          // feasible: an order due on that date, fitted after the promised ones, is on time and nobody is later
          Job q = ctp.job(answer.inquiry().reference(), 1, r.sku(), Quantity.of(qty, Unit.PCS), answer.earliestDelivery(), CustomerTier.A,
              answer.inquiry().conditions(), p.start()).get();
          Schedule with = ctp.fitAfter(promised, List.of(q), List.of());
          Assertions.assertThat(with.outcome(q.id()).orElseThrow().isLate()).isFalse();
          for (JobOutcome o : promised.jobs()) {
            Assertions.assertThat(with.outcome(o.job()).orElseThrow().completion()).isEqualTo(o.completion());
          }
          // earliest: one day earlier is late
          LocalDate dayBefore = answer.earliestDelivery().minusDays(1);
          Job earlier = q.withDue(dayBefore.minusDays(buffer).plusDays(1).atStartOfDay());
          Assertions.assertThat(ctp.fitAfter(promised, List.of(earlier), List.of()).outcome(q.id()).orElseThrow().isLate()).isTrue();
          // the slips listed are exactly the promised jobs that finish later at tier priority
          Assertions.assertThat(answer.slipsAtTierPriority()).allMatch(s -> s.after().isAfter(s.before()));
        });
  }
}

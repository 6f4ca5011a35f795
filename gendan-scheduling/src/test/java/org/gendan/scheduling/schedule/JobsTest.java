package org.gendan.scheduling.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.testing.LifecycleSamples;
import org.gendan.core.testing.SampleData;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;
import org.junit.jupiter.api.Test;

class JobsTest {

  static final LocalDateTime NOW = SampleData.TODAY.atTime(7, 30);

  static RoutingBook routings() {
    return RoutingBook.of(List.of(
        Routing.of(SampleData.TSHIRT, Unit.PCS, Operation.of("cutting", "CUT", 30, "0.2", 60), Operation.of("sewing", "SEW", 60, "1.5", 0)),
        Routing.of(SampleData.POLO, Unit.PCS, Operation.of("sewing", "SEW", 60, "2", 0))));
  }

  @Test
  void a_key_customers_order_line_becomes_a_job_due_before_the_shipping_buffer_and_weighted_by_its_tier() {
    SalesOrder order = SampleData.order();
    Job job = Jobs.fromOrderLine(order, 1, CustomerTier.KEY, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(5)).get();
    LocalDate delivery = SampleData.TODAY.plusDays(60);
    assertThat(job.id()).isEqualTo(new JobId(order.id(), 1));
    assertThat(job.deliveryDate()).contains(delivery);
    assertThat(job.due()).isEqualTo(delivery.minusDays(5).plusDays(1).atStartOfDay());
    assertThat(job.weight()).isEqualTo(8);
    assertThat(job.tier()).contains(CustomerTier.KEY);
    assertThat(job.release()).isEqualTo(NOW);
    assertThat(job.releaseCause()).isEqualTo(ReleaseCause.NONE);
    assertThat(job.standardWorkMinutes()).isEqualTo(30 + 960 + 60 + 7200);
  }

  @Test
  void a_reported_delay_plans_every_earlier_line_against_the_new_delivery_date() {
    Order reviewed = LifecycleSamples.reviewed(SampleData.order());
    LocalDate revised = reviewed.expectedDeliveryDate().get().plusDays(10);
    Order delayed = LifecycleSamples.accept(reviewed, 2, new OrderCommand.ReportDelay(revised, "fabric arrives late"));
    JobSettings settings = JobSettings.of(5);
    for (OrderLine l : reviewed.salesOrder().lines()) {
      Job agreed = Jobs.fromOrderLine(reviewed.salesOrder(), l.lineNo(), CustomerTier.A, routings(), ReleaseConditions.NONE,
          NOW, settings).get();
      assertThat(Jobs.fromOrderLine(reviewed, l.lineNo(), CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, settings))
          .as("no delay reported: the agreed date").contains(agreed);
      Job job = Jobs.fromOrderLine(delayed, l.lineNo(), CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, settings).get();
      assertThat(job.deliveryDate()).contains(revised);
      assertThat(job.due()).isEqualTo(revised.minusDays(5).plusDays(1).atStartOfDay());
      assertThat(job.withDue(agreed.due()).withDeliveryDate(agreed.deliveryDate())).isEqualTo(agreed);
    }
    List<Job> all = Jobs.fromOrder(delayed, CustomerTier.A, routings(), l -> ReleaseConditions.NONE, NOW, settings).get();
    assertThat(all).extracting(Job::deliveryDate).containsOnly(java.util.Optional.of(revised));
    assertThat(all).hasSize(reviewed.salesOrder().lines().size());
    assertThat(Jobs.fromOrder(reviewed, CustomerTier.A, routings(), l -> ReleaseConditions.NONE, NOW, settings))
        .isEqualTo(Jobs.fromOrder(reviewed.salesOrder(), CustomerTier.A, routings(), l -> ReleaseConditions.NONE, NOW, settings));
  }

  @Test
  void a_deposit_order_cannot_start_production_before_the_deposit_arrives() {
    ReleaseConditions c = ReleaseConditions.NONE.withMaterialReady(SampleData.TODAY.plusDays(4))
        .withDepositReceived(SampleData.TODAY.plusDays(9)).withSampleApproved(SampleData.TODAY.plusDays(6));
    Job job = Jobs.fromOrderLine(SampleData.order(), 2, CustomerTier.B, routings(), c, NOW, JobSettings.of(3)).get();
    assertThat(job.release()).isEqualTo(SampleData.TODAY.plusDays(9).atStartOfDay());
    assertThat(job.releaseCause()).isEqualTo(ReleaseCause.DEPOSIT_RECEIVED);
  }

  @Test
  void release_conditions_in_the_past_do_not_move_the_release_before_now() {
    ReleaseConditions c = ReleaseConditions.NONE.withMaterialReady(SampleData.TODAY.minusDays(4));
    Job job = Jobs.fromOrderLine(SampleData.order(), 2, CustomerTier.B, routings(), c, NOW.plusSeconds(20), JobSettings.of(3)).get();
    assertThat(job.release()).isEqualTo(NOW.plusMinutes(1));
    assertThat(job.releaseCause()).isEqualTo(ReleaseCause.NONE);
  }

  @Test
  void the_factory_can_set_its_own_tier_weights() {
    JobSettings s = new JobSettings(2, Map.of(CustomerTier.KEY, 100L, CustomerTier.A, 10L, CustomerTier.B, 3L, CustomerTier.C, 0L));
    assertThat(Jobs.fromOrderLine(SampleData.order(), 1, CustomerTier.C, routings(), ReleaseConditions.NONE, NOW, s).get().weight()).isZero();
  }

  @Test
  void all_lines_of_an_order_become_jobs_in_line_order() {
    Either<Rejection, List<Job>> jobs = Jobs.fromOrder(SampleData.order(), CustomerTier.A, routings(), l -> ReleaseConditions.NONE, NOW, JobSettings.of(3));
    assertThat(jobs.get()).extracting(j -> j.id().lineNo()).containsExactly(1, 2);
  }

  @Test
  void an_order_without_a_routing_or_delivery_date_is_rejected_with_a_reason() {
    RoutingBook onlyPolo = RoutingBook.of(List.of(Routing.of(SampleData.POLO, Unit.PCS, Operation.of("sewing", "SEW", 60, "2", 0))));
    Either<Rejection, List<Job>> noRouting = Jobs.fromOrder(SampleData.order(), CustomerTier.A, onlyPolo, l -> ReleaseConditions.NONE, NOW, JobSettings.of(3));
    assertThat(noRouting.getLeft().code()).isEqualTo("NO_ROUTING");
    assertThat(noRouting.getLeft().message()).contains("TS-1001", "工艺路线");
    SalesOrder undated = SampleData.order().withDeliveryDate(java.util.Optional.empty());
    assertThat(Jobs.fromOrderLine(undated, 1, CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(3)).getLeft().code())
        .isEqualTo("NO_DELIVERY_DATE");
    assertThat(Jobs.fromOrderLine(SampleData.order(), 9, CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(3)).getLeft().code())
        .isEqualTo("LINE_NOT_FOUND");
    RoutingBook perKg = RoutingBook.of(List.of(Routing.of(SampleData.TSHIRT, Unit.KG, Operation.of("dye", "DYE", 0, "1", 0))));
    assertThat(Jobs.fromOrderLine(SampleData.order(), 1, CustomerTier.A, perKg, ReleaseConditions.NONE, NOW, JobSettings.of(3)).getLeft().code())
        .isEqualTo("UNIT_MISMATCH");
  }

  @Test
  void bad_settings_and_null_arguments_are_rejected_clearly() {
    assertThatThrownBy(() -> JobSettings.of(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..60");
    assertThatThrownBy(() -> new JobSettings(1, Map.of(CustomerTier.KEY, 1L))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tier A");
    assertThatThrownBy(() -> Jobs.fromOrderLine((SalesOrder) null, 1, CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(3)))
        .isInstanceOf(NullPointerException.class).hasMessage("order");
    assertThatThrownBy(() -> Jobs.fromOrderLine((Order) null, 1, CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(3)))
        .isInstanceOf(NullPointerException.class).hasMessage("order");
    Order reviewed = LifecycleSamples.reviewed(SampleData.order());
    assertThatThrownBy(() -> Jobs.fromOrderLine(reviewed, 1, CustomerTier.A, routings(), ReleaseConditions.NONE, NOW, null))
        .isInstanceOf(NullPointerException.class).hasMessage("settings");
    assertThatThrownBy(() -> Jobs.fromOrderLine(SampleData.order(), 1, null, routings(), ReleaseConditions.NONE, NOW, JobSettings.of(3)))
        .isInstanceOf(NullPointerException.class).hasMessage("tier");
  }
}

package com.example.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gendan.core.followup.MilestoneKind;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.OrderStatus;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.DemandId;
import org.gendan.scheduling.schedule.JobOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpDeskTest {

  @TempDir
  Path dir;

  private FollowUpDesk.Result run() throws Exception {
    return FollowUpDesk.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);
  }

  @Test
  void a_new_order_is_reviewed_planned_scheduled_and_invoiced_without_errors() throws Exception {
    FollowUpDesk.Result r = run();

    assertThat(r.review().hasErrors()).isFalse();
    assertThat(r.review().has("CAPACITY_OK")).isTrue();
    assertThat(r.order().status()).isEqualTo(OrderStatus.REVIEWED);
    assertThat(r.documents().proforma().total()).isEqualTo(Money.of("20300.00", "USD"));
    assertThat(r.documents().proforma().instalmentAmounts())
        .containsExactly(Money.of("6090.00", "USD"), Money.of("14210.00", "USD"));
    assertThat(r.findings()).isEmpty();
    assertThat(Files.readString(r.proformaHtml())).contains("PI-26-0301", "20,300.00");
  }

  @Test
  void the_towels_fabric_is_pegged_to_the_order_and_the_late_purchase_order_delays_it() throws Exception {
    FollowUpDesk.Result r = run();

    List<Allocation> towelFabric = r.mrp().peggingOf(DemandId.of("SO-26-0301#1")).stream()
        .filter(a -> a.sku().equals(Catalog.TERRY)).toList();
    Quantity fabric = towelFabric.stream().map(a -> a.peg().quantity()).reduce(Quantity.zero(Unit.KG), Quantity::plus);
    assertThat(fabric).isEqualByComparingTo(Quantity.of(2700, Unit.KG));    // 6,000 towels × 0.45 kg
    assertThat(r.readiness().latePurchaseOrders()).singleElement()
        .satisfies(p -> assertThat(p.purchaseOrderId()).isEqualTo("PO-FAB-118"));
    assertThat(r.readiness().materialReadyDate()).isEqualTo(LocalDate.of(2026, 4, 17));
  }

  @Test
  void production_starts_when_the_material_is_in_and_finishes_before_the_ex_factory_date() throws Exception {
    FollowUpDesk.Result r = run();

    assertThat(r.schedule().totals().lateJobs()).isZero();
    List<JobOutcome> ours = r.schedule().jobs().stream().filter(j -> j.job().order().value().equals("SO-26-0301")).toList();
    assertThat(ours).hasSize(2).allSatisfy(j -> {
      assertThat(j.release().toLocalDate()).isEqualTo(r.readiness().materialReadyDate());
      assertThat(j.completion()).isBefore(j.due());
    });
    assertThat(r.plan().milestones()).hasSize(11);
    assertThat(r.plan().milestone(MilestoneKind.DEPOSIT).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(r.worklist().entries()).singleElement().satisfies(e -> assertThat(e.milestone()).isEqualTo(MilestoneKind.DEPOSIT));
  }

  @Test
  void main_prints_the_summary_of_the_day() throws Exception {
    PrintStream before = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      FollowUpDesk.main(new String[] {dir.toString()});
    } finally {
      System.setOut(before);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Order SO-26-0301 for C-NORDIC, total USD 20300.00, delivery 2026-04-30",
        "Review: 0 error(s)", "MRP: 7 planned order(s), material ready 2026-04-17", "Schedule: 0 late job(s)",
        "Follow-up plan: 11 milestones", "Consistency check: no errors",
        "Summary: SO-26-0301 REVIEWED, USD 20300.00; material ready 2026-04-17");
    assertThat(dir.resolve("proforma-SO-26-0301.html")).exists();
  }
}

package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gendan.core.Rejection;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.money.Money;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.core.product.Sku;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.documents.testing.DocumentSamples;
import org.gendan.scheduling.bom.BillOfMaterials;
import org.gendan.scheduling.bom.BomLine;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.mrp.PlanningItem;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.resource.WorkCenterGroupId;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;
import org.junit.jupiter.api.Test;

class ProductionDocumentsTest {

  private static final Sku FABRIC = Sku.of("FAB-JERSEY");
  private static final Sku LABEL = Sku.of("LBL-CARE");
  private static final Sku PIQUE = Sku.of("FAB-PIQUE");
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 7, 0);
  private final HtmlRenderer html = HtmlRenderer.standard();

  private static PlanningItem item(Sku sku, Unit unit, MakeOrBuy mob, int weeks) {
    return PlanningItem.builder().sku(sku).unit(unit).makeOrBuy(mob).leadTimePeriods(weeks).build();
  }

  /** T-shirts need 1.2 m jersey and a label; polos 1.5 m pique and a label; jersey on hand, labels on order. */
  static MrpResult mrp() {
    SalesOrder o = SampleData.order();
    MrpProblem p = MrpProblem.builder()
        .addItems(item(SampleData.TSHIRT, Unit.PCS, MakeOrBuy.MAKE, 2), item(SampleData.POLO, Unit.PCS, MakeOrBuy.MAKE, 2),
            item(FABRIC, Unit.M, MakeOrBuy.BUY, 3), item(LABEL, Unit.PCS, MakeOrBuy.BUY, 1), item(PIQUE, Unit.M, MakeOrBuy.BUY, 4))
        .bom(BillOfMaterials.of(List.of(BomLine.of(SampleData.TSHIRT, FABRIC, new BigDecimal("1.2")),
            BomLine.of(SampleData.TSHIRT, LABEL, BigDecimal.ONE), BomLine.of(SampleData.POLO, PIQUE, new BigDecimal("1.5")),
            BomLine.of(SampleData.POLO, LABEL, BigDecimal.ONE))).get())
        .addInventory(InventoryPosition.of(FABRIC, Quantity.of(6000, Unit.M)))
        .addScheduledReceipts(ScheduledReceipt.purchase("PO-LBL", LABEL, Quantity.of(7000, Unit.PCS), LocalDate.of(2026, 4, 6)))
        .calendar(PlanningCalendar.weekly(SampleData.TODAY, 12))
        .addDemands(Demand.ofOrderLine(o, o.line(1).orElseThrow(), CustomerTier.KEY), Demand.ofOrderLine(o, o.line(2).orElseThrow(), CustomerTier.KEY))
        .build();
    return Mrp.run(p).get();
  }

  static Routing routing(Sku sku) {
    return Routing.of(sku, Unit.PCS, Operation.of("裁剪 cutting", "CUT", 30, "0.1", 0), Operation.of("缝制 sewing", "SEW", 60, "0.5", 0),
        Operation.of("包装 packing", "CUT", 0, "0.05", 0));
  }

  /** The sample order's two lines and a rush order SO-RUSH that cannot make its date, on a 24/7 plant. */
  static Schedule schedule() {
    WorkCalendar cal = WorkCalendar.continuous();
    Plant plant = new Plant(List.of(new WorkCenterGroup(WorkCenterGroupId.of("CUT"), "裁剪车间", cal, List.of(ProductionLine.of("CUT-1"))),
        new WorkCenterGroup(WorkCenterGroupId.of("SEW"), "缝制车间", cal, List.of(ProductionLine.of("SEW-1")))));
    List<Job> jobs = List.of(
        Job.builder().id(JobId.of("SO-2026-0412", 1)).routing(routing(SampleData.TSHIRT)).quantity(Quantity.of(4800, Unit.PCS))
            .release(START).due(START.plusDays(30)).tier(CustomerTier.KEY).build(),
        Job.builder().id(JobId.of("SO-2026-0412", 2)).routing(routing(SampleData.POLO)).quantity(Quantity.of(1800, Unit.PCS))
            .release(START).due(START.plusDays(30)).tier(CustomerTier.KEY).build(),
        Job.builder().id(JobId.of("SO-RUSH", 1)).routing(routing(SampleData.POLO)).quantity(Quantity.of(3000, Unit.PCS))
            .release(START).due(START.plusHours(10)).build());
    return Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(START, plant, jobs));
  }

  @Test
  void the_production_order_writes_out_every_customer_requirement_and_the_pegged_materials() {
    ProductionOrder p = ProductionDocuments.productionOrder(SampleData.order(), DocumentSamples.items(), mrp(), "PO-SC-0412", SampleData.TODAY).get();
    assertThat(p.lines()).extracting(l -> l.sku().value() + " " + l.quantity() + " " + l.attributes() + " " + l.deliveryDate())
        .containsExactly("TS-1001 4800 PCS colour: navy 2026-05-01", "PL-2002 1800 PCS colour: white 2026-05-01");
    assertThat(p.lines().get(0).description()).isEqualTo("男式全棉T恤 Men's cotton T-shirt, 100% cotton 180 g/m², crew neck");
    assertThat(String.join("\n", p.requirements())).contains("24 pcs per export carton").contains("SHIPPING MARKS")
        .contains("APPROVED SAMPLE").contains("DEPOSIT").contains("STATUTORY INSPECTION").contains("2026-05-01");
    assertThat(p.materials()).extracting(m -> m.sku() + " " + m.supplyKind() + " " + m.quantity())
        .containsExactly("FAB-JERSEY ON_HAND 5760 M", "FAB-PIQUE PLANNED_ORDER 2700 M", "LBL-CARE SCHEDULED_RECEIPT 6600 PCS");
    assertThat(html.render(p)).contains("生产单").contains("PRODUCTION ORDER").contains("FAB-PIQUE").contains("2,700 M")
        .contains("colour: navy").contains("HT-PO-88121").contains("C/NO. 1-UP");
  }

  @Test
  void the_flow_card_lists_the_routing_steps_with_the_planned_lines_and_times() {
    Schedule s = schedule();
    List<FlowCard> cards = ProductionDocuments.flowCards(SampleData.order(), DocumentSamples.items(), s, "PO-SC-0412", SampleData.TODAY).get();
    assertThat(cards).extracting(FlowCard::number).containsExactly("PO-SC-0412-1", "PO-SC-0412-2");
    FlowCard tshirt = cards.get(0);
    assertThat(tshirt.steps()).extracting(st -> st.step() + " " + st.operation() + " " + st.line())
        .containsExactly("1 裁剪 cutting CUT-1", "2 缝制 sewing SEW-1", "3 包装 packing CUT-1");
    for (int i = 1; i < tshirt.steps().size(); i++) {
      assertThat(tshirt.steps().get(i).plannedStart()).isAfterOrEqualTo(tshirt.steps().get(i - 1).plannedEnd());
    }
    assertThat(tshirt.plannedCompletion()).isEqualTo(tshirt.steps().get(2).plannedEnd());
    assertThat(tshirt.description()).isEqualTo("男式全棉T恤 Men's cotton T-shirt");
    assertThat(html.render(tshirt)).contains("流程卡").contains("FLOW CARD").contains("缝制 sewing").contains("SEW-1")
        .contains(tshirt.steps().get(1).plannedStart().toString());
    SalesOrder other = SampleData.order().withId(OrderId.of("SO-NONE"));
    assertThat(ProductionDocuments.flowCards(other, DocumentSamples.items(), s, "PO-X", SampleData.TODAY).getLeft().code()).isEqualTo("NOT_SCHEDULED");
  }

  @Test
  void the_delay_report_names_each_late_order_how_late_and_why() {
    Schedule s = schedule();
    DelayReport r = ProductionDocuments.delayReport(s, "DR-2026-03", SampleData.TODAY);
    assertThat(r.jobsScheduled()).isEqualTo(3);
    assertThat(r.entries()).isNotEmpty();
    assertThat(r.entries()).extracting(DelayEntry::orderId).contains("SO-RUSH");
    DelayEntry rush = r.entries().stream().filter(e -> e.orderId().equals("SO-RUSH")).findFirst().orElseThrow();
    assertThat(rush.reason()).isEqualTo(s.outcome(JobId.of("SO-RUSH", 1)).orElseThrow().explanation());
    assertThat(rush.plannedCompletion()).isAfter(rush.due());
    for (int i = 1; i < r.entries().size(); i++) {
      assertThat(r.entries().get(i).latenessMinutes()).isLessThanOrEqualTo(r.entries().get(i - 1).latenessMinutes());
    }
    assertThat(r.entries().size()).isEqualTo((int) s.jobs().stream().filter(j -> j.isLate()).count());
    assertThat(html.render(r)).contains("交期延误报告").contains("SO-RUSH").contains(s.method());
  }

  private static Order run(Order order, LocalDate day, OrderCommand... commands) {
    for (OrderCommand c : commands) {
      Either<Rejection, Order> next = order.handle(c, SampleData.li(day));
      assertThat(next.isRight()).as("%s: %s", c, next).isTrue();
      order = next.get();
    }
    return order;
  }

  @Test
  void the_reconciliation_statement_adds_up_orders_and_payments_to_the_balance() {
    Order paid = run(Order.receive(SampleData.order(), SampleData.li(SampleData.TODAY)), SampleData.TODAY.plusDays(2),
        new OrderCommand.ReceiveDeposit(Money.of("7227.00", "USD")));
    Order open = Order.receive(SampleData.order().withId(OrderId.of("SO-2026-0413")).withOrderDate(SampleData.TODAY.plusDays(1)),
        SampleData.li(SampleData.TODAY.plusDays(1)));
    Order foreign = Order.receive(SampleData.order().withId(OrderId.of("SO-9")).withCustomerId(CustomerId.of("C-OTHER")),
        SampleData.li(SampleData.TODAY));
    ReconciliationStatement s = ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(open, foreign, paid),
        "ST-2026-03", SampleData.TODAY.plusDays(5)).get();
    assertThat(s.orders()).extracting(ReconciliationLine::orderId).containsExactly("SO-2026-0412", "SO-2026-0413");
    assertThat(s.totalInvoiced()).isEqualTo(Money.of("48180.00", "USD"));
    assertThat(s.totalReceived()).isEqualTo(Money.of("7227.00", "USD"));
    assertThat(s.balance()).isEqualTo(Money.of("40953.00", "USD"));
    assertThat(s.payments()).extracting(p -> p.date() + " " + p.orderId() + " " + p.amount())
        .containsExactly("2026-03-04 SO-2026-0412 USD 7227.00");
    assertThat(html.render(s)).contains("对帐表").contains("STATEMENT OF ACCOUNT").contains("USD 40,953.00").contains("DEPOSIT 订金");
    assertThat(ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(paid), "ST-1", SampleData.TODAY)
        .get().payments()).isEmpty();
    Order eur = Order.receive(SalesOrder.builder().from(SampleData.order()).id(OrderId.of("SO-EUR")).currency(Money.currency("EUR"))
        .lines(List.of(SampleData.order().lines().get(0).withUnitPrice(org.gendan.core.money.UnitPrice.of("3.00", "EUR")))).build(),
        SampleData.li(SampleData.TODAY));
    assertThat(ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(paid, eur), "ST-2", SampleData.TODAY)
        .getLeft().code()).isEqualTo("CURRENCY_MIXED");
    assertThat(ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(foreign), "ST-3", SampleData.TODAY)
        .getLeft().code()).isEqualTo("NO_ORDERS");
  }

  @Test
  void for_any_set_of_payments_the_balance_is_invoiced_minus_received() {
    qt().withExamples(50).forAll(lists().of(integers().between(1, 2_000_000)).ofSizeBetween(1, 5)).checkAssert(cents -> {
      List<Order> orders = new ArrayList<>();
      long paid = 0;
      for (int i = 0; i < cents.size(); i++) {
        Order o = Order.receive(SampleData.order().withId(OrderId.of("SO-" + i)), SampleData.li(SampleData.TODAY));
        long c = Math.min(cents.get(i), 722_700);
        orders.add(run(o, SampleData.TODAY, new OrderCommand.ReceiveDeposit(Money.ofMinor(Money.currency("USD"), c))));
        paid += c;
      }
      ReconciliationStatement s = ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), orders, "ST", SampleData.TODAY).get();
      assertThat(s.totalReceived()).isEqualTo(Money.ofMinor(Money.currency("USD"), paid));
      assertThat(s.totalInvoiced()).isEqualTo(SampleData.order().total().multipliedBy(cents.size()));
      assertThat(s.balance()).isEqualTo(s.totalInvoiced().minus(s.totalReceived()));
      assertThat(Money.total(Money.currency("USD"), s.payments().stream().map(PaymentLine::amount).toList())).isEqualTo(s.totalReceived());
    });
  }

  @Test
  void for_any_schedule_the_delay_report_lists_exactly_the_late_jobs_latest_first_and_flow_cards_follow_the_assignments() {
    qt().withExamples(40).forAll(lists().of(integers().between(1, 4_000)).ofSizeBetween(1, 6), integers().between(1, 200))
        .checkAssert((quantities, dueHours) -> {
          WorkCalendar cal = WorkCalendar.continuous();
          Plant plant = new Plant(List.of(new WorkCenterGroup(WorkCenterGroupId.of("CUT"), "裁剪车间", cal, List.of(ProductionLine.of("CUT-1"))),
              new WorkCenterGroup(WorkCenterGroupId.of("SEW"), "缝制车间", cal, List.of(ProductionLine.of("SEW-1"), ProductionLine.of("SEW-2")))));
          List<Job> jobs = new ArrayList<>();
          for (int i = 0; i < quantities.size(); i++) {
            jobs.add(Job.builder().id(JobId.of("SO-" + (i % 3), i + 1)).routing(routing(i % 2 == 0 ? SampleData.TSHIRT : SampleData.POLO))
                .quantity(Quantity.of(quantities.get(i), Unit.PCS)).release(START).due(START.plusHours((long) dueHours * (i + 1))).build());
          }
          Schedule s = Scheduler.of(PriorityRules.EDD).schedule(SchedulingProblem.of(START, plant, jobs));
          DelayReport r = ProductionDocuments.delayReport(s, "DR", SampleData.TODAY);
          assertThat(r.entries()).hasSize((int) s.jobs().stream().filter(j -> j.isLate()).count());
          for (int i = 0; i < r.entries().size(); i++) {
            DelayEntry e = r.entries().get(i);
            assertThat(e.daysLate()).isGreaterThanOrEqualTo(1);
            assertThat(e.reason()).isEqualTo(s.outcome(new JobId(OrderId.of(e.orderId()), e.lineNo())).orElseThrow().explanation());
            if (i > 0) {
              assertThat(e.latenessMinutes()).isLessThanOrEqualTo(r.entries().get(i - 1).latenessMinutes());
            }
          }
          for (int o = 0; o < 3; o++) {
            SalesOrder so = SampleData.order().withId(OrderId.of("SO-" + o));
            Either<Rejection, List<FlowCard>> cards = ProductionDocuments.flowCards(so, DocumentSamples.items(), s, "P-" + o, SampleData.TODAY);
            long jobsOfOrder = s.jobs().stream().filter(j -> j.job().order().equals(so.id())).count();
            assertThat(cards.isRight()).isEqualTo(jobsOfOrder > 0);
            cards.forEach(cs -> cs.forEach(c -> {
              assertThat(c.steps()).hasSize(3);
              assertThat(c.plannedCompletion()).isEqualTo(s.outcome(new JobId(so.id(), c.lineNo())).orElseThrow().completion());
              assertThat(c.steps().get(2).plannedEnd()).isEqualTo(c.plannedCompletion());
            }));
          }
        });
  }

  @Test
  void the_production_documents_survive_a_json_round_trip() {
    ProductionOrder p = ProductionDocuments.productionOrder(SampleData.order(), DocumentSamples.items(), mrp(), "PO-SC-0412", SampleData.TODAY).get();
    FlowCard c = ProductionDocuments.flowCards(SampleData.order(), DocumentSamples.items(), schedule(), "PO-SC-0412", SampleData.TODAY).get().get(0);
    DelayReport d = ProductionDocuments.delayReport(schedule(), "DR-1", SampleData.TODAY);
    Order paid = run(Order.receive(SampleData.order(), SampleData.li(SampleData.TODAY)), SampleData.TODAY,
        new OrderCommand.ReceiveDeposit(Money.of("7227.00", "USD")));
    ReconciliationStatement s = ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(paid), "ST-1",
        SampleData.TODAY).get();
    assertThat(GendanJson.read(GendanJson.write(p), ProductionOrder.class).get()).isEqualTo(p);
    assertThat(GendanJson.read(GendanJson.write(c), FlowCard.class).get()).isEqualTo(c);
    assertThat(GendanJson.read(GendanJson.write(d), DelayReport.class).get()).isEqualTo(d);
    assertThat(GendanJson.read(GendanJson.write(s), ReconciliationStatement.class).get()).isEqualTo(s);
  }

  @Test
  void markup_in_requirements_and_reasons_prints_as_text() {
    SalesOrder evil = SampleData.order().withRemarks("<script>alert(1)</script>");
    ProductionOrder p = ProductionDocuments.productionOrder(evil, DocumentSamples.items(), mrp(), "PO-1", SampleData.TODAY).get();
    assertThat(html.render(p)).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    DelayReport d = ProductionDocuments.delayReport(schedule(), "DR-1", SampleData.TODAY);
    DelayEntry e = d.entries().get(0);
    DelayReport bad = d.withEntries(new DelayEntry(e.orderId(), e.lineNo(), e.sku(), e.due(), e.plannedCompletion(), e.latenessMinutes(),
        e.daysLate(), "<img src=x onerror=alert(1)>"));
    assertThat(html.render(bad)).doesNotContain("<img").contains("&lt;img");
  }

  @Test
  void the_production_documents_render_to_pdf() throws java.io.IOException {
    org.gendan.documents.render.PdfRenderer pdf = org.gendan.documents.render.PdfRenderer.standard().withoutCjkFont();
    ProductionOrder p = ProductionDocuments.productionOrder(SampleData.order(), DocumentSamples.items(), mrp(), "PO-SC-0412", SampleData.TODAY).get();
    FlowCard c = ProductionDocuments.flowCards(SampleData.order(), DocumentSamples.items(), schedule(), "PO-SC-0412", SampleData.TODAY).get().get(0);
    Order paid = run(Order.receive(SampleData.order(), SampleData.li(SampleData.TODAY)), SampleData.TODAY,
        new OrderCommand.ReceiveDeposit(Money.of("7227.00", "USD")));
    ReconciliationStatement s = ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), List.of(paid), "ST-1",
        SampleData.TODAY).get();
    assertThat(text(pdf.render(p))).contains("PRODUCTION ORDER").contains("FAB-PIQUE");
    assertThat(text(pdf.render(c))).contains("FLOW CARD").contains("SEW-1");
    assertThat(text(pdf.render(s))).contains("STATEMENT OF ACCOUNT").contains("USD 16,863.00");
  }

  private static String text(byte[] bytes) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(bytes)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
  }

  @Test
  void bad_input_is_rejected_clearly() {
    assertThatThrownBy(() -> ProductionDocuments.productionOrder(null, DocumentSamples.items(), mrp(), "P", SampleData.TODAY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    assertThatThrownBy(() -> ProductionDocuments.delayReport(null, "D", SampleData.TODAY)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("schedule");
    assertThatThrownBy(() -> ProductionDocuments.delayReport(schedule(), " ", SampleData.TODAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay report number");
    assertThat(ProductionDocuments.productionOrder(SampleData.order(), List.of(SampleData.tshirt()), mrp(), "P", SampleData.TODAY).getLeft().code())
        .isEqualTo("ITEM_UNKNOWN");
    assertThat(ProductionDocuments.productionOrder(SampleData.order().withLines(List.of()).withDeliveryDate(java.util.Optional.empty()),
        DocumentSamples.items(), mrp(), "P", SampleData.TODAY).getLeft().code()).isEqualTo("ORDER_INCOMPLETE");
    assertThatThrownBy(() -> new FlowCardStep(1, "x", "L", START, START.minusMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it starts");
    assertThatThrownBy(() -> new DelayEntry("SO-1", 1, Sku.of("A"), START, START, 0, 1, "why")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not late");
    assertThatThrownBy(() -> ProductionDocuments.reconciliation(SampleData.hansa(), DocumentSamples.sunrise(), java.util.Arrays.asList((Order) null),
        "S", SampleData.TODAY)).isInstanceOf(NullPointerException.class).hasMessageContaining("order");
  }
}

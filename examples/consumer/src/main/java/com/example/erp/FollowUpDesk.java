package com.example.erp;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.followup.FollowUpPlan;
import org.gendan.core.followup.FollowUpPolicy;
import org.gendan.core.followup.Milestone;
import org.gendan.core.followup.Worklist;
import org.gendan.core.followup.WorklistEntry;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.order.CommandContext;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderCommand;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.party.Customer;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.review.Finding;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.documents.check.ConsistencyCheck;
import org.gendan.documents.check.ConsistencyFinding;
import org.gendan.documents.check.PresentedDocuments;
import org.gendan.documents.model.DocumentIssue;
import org.gendan.documents.model.DocumentSet;
import org.gendan.documents.model.TradeDocuments;
import org.gendan.documents.render.HtmlRenderer;
import org.gendan.scheduling.inventory.InventoryPosition;
import org.gendan.scheduling.inventory.ScheduledReceipt;
import org.gendan.scheduling.mrp.ActionMessage;
import org.gendan.scheduling.mrp.Allocation;
import org.gendan.scheduling.mrp.Demand;
import org.gendan.scheduling.mrp.Mrp;
import org.gendan.scheduling.mrp.MrpProblem;
import org.gendan.scheduling.mrp.MrpMaterialCheck;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.PlanningCalendar;
import org.gendan.scheduling.promise.ScheduleCapacityCheck;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.Jobs;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.ReleaseConditions;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * The follow-up desk (跟单台) of our ERP: takes a new e-mail order, reviews it with a capacity check on the
 * promised schedule, plans its material (MRP, with pegging), schedules it, plans its follow-up
 * milestones and worklist, and issues the proforma invoice, checked for consistency and rendered as HTML.
 */
public final class FollowUpDesk {

  /** The day the desk works on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final JobSettings SETTINGS = JobSettings.of(3);   // 3 days from finished goods to shipment

  /** What the desk produced. */
  public record Result(Order order, ReviewReport review, MrpResult mrp, OrderReadiness readiness, Schedule schedule,
      FollowUpPlan plan, Worklist worklist, DocumentSet documents, List<ConsistencyFinding> findings, Path proformaHtml) {}

  private FollowUpDesk() {}

  /** Runs the desk; the proforma invoice is written into the folder given as the first argument, or a temporary one. */
  public static void main(String[] args) throws IOException {
    run(System.out, args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("follow-up-desk-"));
  }

  /** Runs the desk, printing to {@code out} and writing the proforma invoice's HTML into {@code dir}. */
  public static Result run(PrintStream out, Path dir) throws IOException {
    CommandContext desk = CommandContext.of(Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE), "zhang.wei");
    Map<CustomerId, CustomerTier> tiers = new TreeMap<>();
    Catalog.customers().forEach(c -> tiers.put(c.id(), c.tier()));
    LocalDateTime start = TODAY.atTime(8, 0);
    Scheduler scheduler = Scheduler.of(PriorityRules.TIER_THEN_EDD);
    List<Job> promisedJobs = ok(Jobs.fromOrder(Catalog.promisedOrder(TODAY), tiers.get(Catalog.OUTLET), Catalog.routings(),
        line -> ReleaseConditions.NONE, start, SETTINGS));
    Schedule promised = scheduler.schedule(SchedulingProblem.of(start, Catalog.plant(), promisedJobs));

    // the plant's material data: items, BOM, stock and open purchase orders (no demands yet)
    Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    MrpProblem plantMrp = MrpProblem.builder().items(Catalog.planningItems()).bom(Catalog.bom())
        .calendar(PlanningCalendar.daily(TODAY, 80, workingDays, Set.of(LocalDate.of(2026, 4, 6))))
        .addInventory(InventoryPosition.of(Catalog.TERRY, Quantity.of(1200, Unit.KG)),
            InventoryPosition.of(Catalog.LABEL, Quantity.of(3000, Unit.PCS)))
        .addScheduledReceipts(ScheduledReceipt.purchase("PO-FAB-118", Catalog.TERRY, Quantity.of(2000, Unit.KG), LocalDate.of(2026, 4, 20)))
        .build();

    // 接单 and 审单, with 产能评审 against what is already promised and 物料评审 against stock and open orders
    SalesOrder so = Catalog.nordicOrder(TODAY);
    Order order = Order.receive(so, desk);
    OrderReview review = OrderReview.builder().customers(Catalog.customers()).items(Catalog.items())
        .priceBook(Catalog.prices()).build()
        .withCapacityCheck(ScheduleCapacityCheck.of(promised, Catalog.routings(), SETTINGS, tiers))
        .withMaterialCheck(MrpMaterialCheck.of(plantMrp, tiers::get));
    ReviewReport report = review.review(so, TODAY);
    out.println("Order " + so.id() + " for " + so.customerId() + ", total " + so.total() + ", delivery " + so.deliveryDate().orElseThrow());
    out.println("Review: " + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
    report.findings().forEach(f -> out.println("  " + f));
    order = ok(order.handle(report.toCommand(), desk));
    out.println("Status after review: " + order.status());

    // MRP: the order's lines are needed ex-factory, SETTINGS.bufferDays() before delivery
    CustomerTier tier = tiers.get(so.customerId());
    List<Demand> demands = new ArrayList<>();
    for (OrderLine l : so.lines()) {
      LocalDate exFactory = so.deliveryDateOf(l).orElseThrow().minusDays(SETTINGS.bufferDays());
      demands.add(Demand.ofOrderLine(so.id(), l.lineNo(), l.sku(), l.quantity(), exFactory, tier));
    }
    MrpProblem mrpProblem = plantMrp.withDemands(demands);
    MrpResult mrp = ok(Mrp.run(mrpProblem));
    OrderReadiness readiness = OrderReadiness.of(mrpProblem, mrp, so.id());
    out.println("MRP: " + mrp.plannedOrders().size() + " planned order(s), material ready " + readiness.materialReadyDate());
    mrp.actionMessages().forEach(m -> out.println("  " + m));
    readiness.shortMaterials().forEach(m -> out.println("  short: " + m.quantity() + " " + m.sku() + " from " + m.supplyId() + ", needed " + m.needDate()));
    readiness.latePurchaseOrders().forEach(p -> out.println("  late purchase: " + p.purchaseOrderId() + " due " + p.dueDate() + ", needed " + p.needDate()));
    out.println("Pegging of " + so.id() + ":");
    for (Allocation a : mrp.peggingOf(so.id())) {
      out.println("  " + a.peg().demand().map(Object::toString).orElse("stock") + " <- " + a.peg().quantity() + " " + a.sku()
          + " from " + a.supplyKind() + " " + a.supplyId() + ", needed " + a.needDate());
    }

    // 排产: the new order joins the promised one, released when its material is in
    ReleaseConditions material = ReleaseConditions.NONE.withMaterialReady(readiness.materialReadyDate());
    List<Job> jobs = new ArrayList<>(promisedJobs);
    jobs.addAll(ok(Jobs.fromOrder(so, tier, Catalog.routings(), line -> material, start, SETTINGS)));
    Schedule schedule = scheduler.schedule(SchedulingProblem.of(start, Catalog.plant(), jobs));
    out.println("Schedule: " + schedule.totals().lateJobs() + " late job(s)");
    for (JobOutcome j : schedule.jobs()) {
      out.println("  " + j.job() + " done " + j.completion() + ", due " + j.due() + (j.isLate() ? " LATE" : "") + ": " + j.explanation());
    }

    // 跟单计划, and the worklist five days on if the deposit has not come in
    FollowUpPlan plan = ok(FollowUpPlan.of(order, FollowUpPolicy.DEFAULT));
    out.println("Follow-up plan: " + plan.milestones().size() + " milestones");
    for (Milestone m : plan.milestones()) {
      out.println("  " + m.kind() + " " + m.kind().chineseName() + " due " + m.due() + (m.isDone() ? " done" : ""));
    }
    Worklist worklist = Worklist.of(List.of(order), tiers, TODAY.plusDays(5), FollowUpPolicy.DEFAULT);
    out.println("Worklist for " + worklist.date() + ": " + worklist.entries().size() + " entr" + (worklist.entries().size() == 1 ? "y" : "ies"));
    for (WorklistEntry e : worklist.entries()) {
      out.println("  " + e.urgency() + " " + e.message());
    }

    // 制单: proforma invoice for the deposit, checked (单单一致) and rendered
    Customer nordic = Catalog.customers().stream().filter(c -> c.id().equals(so.customerId())).findFirst().orElseThrow();
    DocumentSet docs = ok(TradeDocuments.standard().of(so, Catalog.company(), nordic, Catalog.items(),
        DocumentIssue.builder().date(TODAY).proformaNumber("PI-26-0301").invoiceNumber("CI-26-0301").build()));
    List<ConsistencyFinding> findings = ConsistencyCheck.check(PresentedDocuments.builder().contract(docs.contract())
        .proforma(docs.proforma()).invoice(docs.invoice()).packingList(docs.packingList()).build());
    Path html = Files.writeString(Files.createDirectories(dir).resolve("proforma-" + so.id() + ".html"),
        HtmlRenderer.standard().render(docs.proforma()), StandardCharsets.UTF_8);
    out.println("Proforma " + docs.proforma().number() + ": " + docs.proforma().total() + ", instalments " + docs.proforma().instalmentAmounts());
    out.println("Consistency check: " + (ConsistencyCheck.hasErrors(findings) ? "ERRORS" : "no errors") + ", " + findings.size() + " finding(s)");
    findings.forEach(f -> out.println("  " + f));
    out.println("Wrote " + html);
    LocalDateTime done = schedule.jobs().stream().filter(j -> j.job().order().equals(so.id())).map(JobOutcome::completion)
        .max(LocalDateTime::compareTo).orElseThrow();
    out.println("Summary: " + so.id() + " " + order.status() + ", " + so.total() + "; material ready " + readiness.materialReadyDate()
        + " (" + readiness.latePurchaseOrders().size() + " late purchase order(s)); production done " + done.toLocalDate()
        + "; next milestone " + plan.next().map(m -> m.kind() + " due " + m.due()).orElse("none")
        + "; proforma " + docs.proforma().number() + ", " + (ConsistencyCheck.hasErrors(findings) ? "with" : "no") + " consistency errors");
    return new Result(order, report, mrp, readiness, schedule, plan, worklist, docs, findings, html);
  }

  private static <T> T ok(Either<Rejection, T> result) {
    return result.getOrElseThrow(r -> new IllegalStateException(r.code() + ": " + r.message()));
  }
}

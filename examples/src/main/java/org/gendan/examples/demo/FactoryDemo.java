package org.gendan.examples.demo;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.gendan.core.Rejection;
import org.gendan.core.followup.FollowUpPolicy;
import org.gendan.core.followup.Urgency;
import org.gendan.core.followup.Worklist;
import org.gendan.core.followup.WorklistEntry;
import org.gendan.core.json.GendanJson;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderId;
import org.gendan.core.order.OrderLine;
import org.gendan.core.order.OrderStatus;
import org.gendan.core.order.SampleStatus;
import org.gendan.core.party.CustomerId;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.review.Finding;
import org.gendan.core.review.OrderReview;
import org.gendan.core.review.ReviewReport;
import org.gendan.documents.render.PdfRenderer;
import org.gendan.examples.charts.GanttChart;
import org.gendan.examples.charts.LoadChart;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.mrp.LatePurchase;
import org.gendan.scheduling.mrp.MrpResult;
import org.gendan.scheduling.mrp.OrderReadiness;
import org.gendan.scheduling.mrp.PlannedOrder;
import org.gendan.scheduling.promise.CapablePromise;
import org.gendan.scheduling.promise.Inquiry;
import org.gendan.scheduling.promise.Promise;
import org.gendan.scheduling.promise.ScheduleCapacityCheck;
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

/**
 * The demo of a 跟单员's morning at the sample factory (see {@link SampleData}): review the new orders
 * (审单) with the real schedule as the capacity check, run MRP (物料需求计划, {@link DemoMrp}) and list
 * shortages, late purchase orders and past-due releases, schedule production (排产) and explain the late
 * orders, promise a date for a new inquiry (交期答复), print today's worklist (日清日结), and write the
 * Gantt chart, the load chart, the schedule as JSON, the documents and reports of {@link DemoDocuments}
 * and an {@code index.html} that links them.
 *
 * <p>How the sample's orders become production jobs: every made line (an item with a routing) of a
 * reviewed order or an order in production is a job; an order in production has only its unfinished
 * share left ({@link Order#progressPercent()}), run again through every operation of its routing. A
 * job is released when the deposit (定金) and the sample approval (样品确认) it waits for are expected:
 * a deposit not yet received is expected {@value #DEPOSIT_EXPECTED_DAYS} days after today, an approval
 * not yet given {@value #SAMPLE_EXPECTED_DAYS} days after today, and the materials (物料齐套) when MRP
 * ({@link DemoMrp}) projects them all in: the order's material-ready date.
 *
 * <p>The output files are listed by {@link #outputs}; further outputs (the trade document set,
 * reports) are further entries there, and {@code index.html} links whatever it lists.
 *
 * <p>With the same data, settings and seed the results are the same, except that the improvement
 * search may stop earlier on a much slower machine: it is capped by {@link Settings#maxEvaluations()}
 * and, as a safety net, by {@link Settings#timeBudget()}.
 */
public final class FactoryDemo {

  /** Days after today a deposit not yet received is expected. */
  public static final int DEPOSIT_EXPECTED_DAYS = 5;
  /** Days after today a sample approval not yet given is expected. */
  public static final int SAMPLE_EXPECTED_DAYS = 7;
  /** Days between the end of production and the delivery date (inspection, packing, trucking). */
  public static final int BUFFER_DAYS = 5;
  /** How many shortages, late purchase orders and past-due releases the MRP section names. */
  static final int MRP_SHOWN = 5;
  /** How many orders get their trade document set written. */
  static final int DOCUMENT_ORDERS = 2;

  /**
   * How the demo runs.
   *
   * @param today          the day the 跟单员 works on
   * @param outDir         where the files go (created if missing)
   * @param timeBudget     the improvement search's wall-clock budget
   * @param seed           the improvement search's seed
   * @param maxEvaluations the most schedules the improvement search evaluates
   * @param worklistSize   how many worklist entries to print
   */
  public record Settings(LocalDate today, Path outDir, Duration timeBudget, long seed, long maxEvaluations, int worklistSize) {
    /** Creates the settings. */
    public Settings {
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(outDir, "outDir");
      Objects.requireNonNull(timeBudget, "timeBudget");
      if (timeBudget.isNegative() || timeBudget.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("the time budget must be 0..10 minutes, got " + timeBudget);
      }
      if (maxEvaluations < 1) {
        throw new IllegalArgumentException("maxEvaluations must be at least 1, got " + maxEvaluations);
      }
      if (worklistSize < 0) {
        throw new IllegalArgumentException("worklistSize must not be negative, got " + worklistSize);
      }
    }

    /** The default settings for a day: 8 s budget, seed 7, at most 4,000 schedules, 15 worklist entries. */
    public static Settings of(LocalDate today, Path outDir) {
      return new Settings(today, outDir, Duration.ofSeconds(8), 7L, 4_000L, 15);
    }
  }

  /**
   * A file the demo writes.
   *
   * @param name        the file name in the output folder
   * @param description what it is, for {@code index.html}
   * @param bytes       its content (text as UTF-8)
   */
  public record OutputFile(String name, String description, byte[] bytes) {
    /** Creates the value; the bytes are copied. */
    public OutputFile {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      bytes = Objects.requireNonNull(bytes, "bytes").clone();
      if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new IllegalArgumentException("an output file name must be a plain file name, got '" + name + "'");
      }
    }

    /** A text file, written as UTF-8. */
    public OutputFile(String name, String description, String content) {
      this(name, description, Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of the content. */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /**
   * What the demo did.
   *
   * @param reviews   the review report of every new order
   * @param mrp       the MRP run, empty if MRP rejected the data
   * @param schedule  the production schedule
   * @param promise   the answer to the inquiry, or why there is none
   * @param worklist  today's worklist
   * @param files     the files written, index.html last
   */
  public record Result(List<ReviewReport> reviews, Optional<DemoMrp.Plan> mrp, Schedule schedule, Either<Rejection, Promise> promise, Worklist worklist,
      List<Path> files) {
    /** Creates the value; lists are copied. */
    public Result {
      reviews = List.copyOf(reviews);
      Objects.requireNonNull(mrp, "mrp");
      files = List.copyOf(files);
    }

    /** The index page (the last file written). */
    public Path index() {
      return files.get(files.size() - 1);
    }
  }

  private final SampleData data;
  private final Settings settings;
  private final PrintWriter out;
  private final Consumer<String> progress;
  private final JobSettings jobSettings = JobSettings.of(BUFFER_DAYS);

  private FactoryDemo(SampleData data, Settings settings, PrintWriter out, Consumer<String> progress) {
    this.data = Objects.requireNonNull(data, "data");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.out = Objects.requireNonNull(out, "out");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the demo.
   *
   * @param data     the factory's data
   * @param settings today, the output folder and the search settings
   * @param out      where the report goes
   * @param progress told of each long step (e.g. printed on a terminal); {@code s -> {}} for quiet
   * @throws UncheckedIOException if an output file cannot be written
   */
  public static Result run(SampleData data, Settings settings, PrintWriter out, Consumer<String> progress) {
    return new FactoryDemo(data, settings, out, progress).run();
  }

  private Result run() {
    LocalDate today = settings.today();
    out.println("gendan demo — " + data.customers().size() + " customers, " + data.items().size() + " items, "
        + data.orders().size() + " orders; today is " + today + " (" + today.getDayOfWeek() + ")");
    out.println();

    progress.accept("running MRP…");
    Either<Rejection, DemoMrp.Plan> mrp = DemoMrp.run(data, today);
    Function<OrderId, Optional<LocalDate>> materialReady = id -> mrp.isRight() ? mrp.get().materialReady(id) : Optional.empty();

    progress.accept("scheduling production…");
    SchedulingProblem problem = schedulingProblem(data, today, jobSettings, materialReady);
    Schedule schedule = Scheduler.of(PriorityRules.TIER_THEN_EDD).improve(problem,
        Improvement.of(settings.timeBudget(), settings.seed()).withMaxEvaluations(settings.maxEvaluations()));

    progress.accept("reviewing new orders…");
    List<ReviewReport> reviews = reviewNewOrders(schedule, today);
    printMrp(mrp);
    printSchedule(schedule);
    Either<Rejection, Promise> promise = promise(schedule);
    Worklist worklist = worklist(today);

    progress.accept("writing files…");
    List<Path> files = write(outputs(schedule));
    printSummary(reviews, mrp, schedule, promise, worklist, files);
    out.flush();
    return new Result(reviews, mrp.toOption().toJavaOptional(), schedule, promise, worklist, files);
  }

  // ---------------------------------------------------------------- review

  private List<ReviewReport> reviewNewOrders(Schedule schedule, LocalDate today) {
    OrderReview review = data.review().withCapacityCheck(new MadeLinesCapacityCheck(
        ScheduleCapacityCheck.of(schedule, data.routings(), jobSettings, data.tiers()), data.routings()));
    List<ReviewReport> reports = new ArrayList<>();
    out.println("1. Order review (审单) of the new orders, with the schedule as the capacity check (产能评审)");
    for (Order o : data.orders()) {
      if (o.status() != OrderStatus.RECEIVED && o.status() != OrderStatus.CONFIRMED) {
        continue;
      }
      ReviewReport r = review.review(o.salesOrder(), today);
      reports.add(r);
      out.printf("   %-13s %-11s %-9s %d error(s), %d warning(s)%n", o.id(), o.salesOrder().customerId(), o.status(),
          r.errors().size(), r.warnings().size());
      for (Finding f : r.findings()) {
        if (!f.severity().name().equals("INFO")) {
          out.println("      " + f);
        }
      }
    }
    out.println();
    return reports;
  }

  // ---------------------------------------------------------------- schedule

  /**
   * The scheduling problem of the sample on a day: the jobs of the made lines of reviewed orders and
   * orders in production, from the start of {@code today}.
   *
   * @throws IllegalArgumentException if an order line cannot become a job (the data is inconsistent)
   */
  public static SchedulingProblem schedulingProblem(SampleData data, LocalDate today, JobSettings settings) {
    return schedulingProblem(data, today, settings, id -> Optional.empty());
  }

  /**
   * The scheduling problem of the sample on a day, with every order released no earlier than its
   * projected material-ready date (from MRP), when it has one.
   *
   * @param materialReady the projected material-ready date of an order, empty if unknown
   * @throws IllegalArgumentException if an order line cannot become a job (the data is inconsistent)
   */
  public static SchedulingProblem schedulingProblem(SampleData data, LocalDate today, JobSettings settings,
      Function<OrderId, Optional<LocalDate>> materialReady) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(materialReady, "materialReady");
    Map<CustomerId, CustomerTier> tiers = data.tiers();
    List<Job> jobs = new ArrayList<>();
    for (Order o : data.orders()) {
      if (o.status() != OrderStatus.REVIEWED && o.status() != OrderStatus.IN_PRODUCTION) {
        continue;
      }
      CustomerTier tier = tiers.getOrDefault(o.salesOrder().customerId(), CustomerTier.C);
      for (OrderLine l : o.salesOrder().lines()) {
        if (data.routings().routing(l.sku()).isEmpty()) {
          continue;
        }
        Job job = Jobs.fromOrderLine(o, l.lineNo(), tier, data.routings(),
            releaseConditions(o, today, materialReady.apply(o.id())),
            today.atStartOfDay(), settings).getOrElseThrow(r -> new IllegalArgumentException(r.toString()));
        Quantity left = remaining(o, l);
        if (left.isPositive()) {
          jobs.add(job.withQuantity(left));
        }
      }
    }
    return SchedulingProblem.of(today.atStartOfDay(), data.plant(), jobs);
  }

  /**
   * When an order's lines may go into production: the deposit and the sample approval it still waits
   * for (no material date).
   */
  public static ReleaseConditions releaseConditions(Order order, LocalDate today) {
    return releaseConditions(order, today, Optional.empty());
  }

  /**
   * When an order's lines may go into production: the deposit and the sample approval it still waits
   * for, and its materials' projected ready date (物料齐套) if it is after today. An order in production
   * waits for nothing.
   */
  public static ReleaseConditions releaseConditions(Order order, LocalDate today, Optional<LocalDate> materialReady) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(materialReady, "materialReady");
    ReleaseConditions c = ReleaseConditions.NONE;
    if (order.status() == OrderStatus.IN_PRODUCTION) {
      return c;
    }
    if (!order.isDepositSatisfied()) {
      c = c.withDepositReceived(today.plusDays(DEPOSIT_EXPECTED_DAYS));
    }
    if (order.salesOrder().sampleRequired() && order.sampleStatus() != SampleStatus.APPROVED) {
      c = c.withSampleApproved(today.plusDays(SAMPLE_EXPECTED_DAYS));
    }
    if (materialReady.isPresent() && materialReady.get().isAfter(today)) {
      c = c.withMaterialReady(materialReady.get());
    }
    return c;
  }

  private static Quantity remaining(Order o, OrderLine l) {
    if (o.status() != OrderStatus.IN_PRODUCTION) {
      return l.quantity();
    }
    BigDecimal share = BigDecimal.valueOf(100 - o.progressPercent()).divide(BigDecimal.valueOf(100));
    return Quantity.of(l.quantity().value().multiply(share).setScale(0, RoundingMode.CEILING), l.quantity().unit());
  }

  private void printMrp(Either<Rejection, DemoMrp.Plan> mrp) {
    out.println("2. Material requirements (MRP 物料需求计划) of the orders not yet in production");
    if (mrp.isLeft()) {
      out.println("   MRP cannot plan the data: " + mrp.getLeft());
      out.println();
      return;
    }
    MrpResult r = mrp.get().result();
    List<OrderReadiness> shortOrders = mrp.get().readiness().values().stream().filter(o -> !o.shortMaterials().isEmpty()).toList();
    List<LatePurchase> late = mrp.get().readiness().values().stream().flatMap(o -> o.latePurchaseOrders().stream())
        .distinct().sorted((a, b) -> a.purchaseOrderId().compareTo(b.purchaseOrderId())).toList();
    List<PlannedOrder> pastDue = r.plannedOrders().stream().filter(PlannedOrder::isPastDue).toList();
    out.println("   " + r.plannedOrders().size() + " planned order(s); " + shortOrders.size() + " customer order(s) short of material (缺料), "
        + late.size() + " late purchase order(s) (催货), " + pastDue.size() + " past-due release(s)");
    shortOrders.stream().limit(MRP_SHOWN).forEach(o -> out.println("   SHORT " + o.orderId() + ": "
        + shortSkus(o) + "; materials ready " + o.materialReadyDate()));
    late.stream().limit(MRP_SHOWN).forEach(l -> out.println("   LATE PO " + l.purchaseOrderId() + " " + l.sku() + " due " + l.dueDate()
        + ", needed " + l.needDate() + " (" + l.daysLate() + " days late)"));
    for (PlannedOrder p : pastDue.stream().limit(MRP_SHOWN).toList()) {
      String atRisk = r.customerOrdersAtRisk(p).stream().map(a -> a.orderId().map(Object::toString).orElse(a.demand().toString()))
          .distinct().collect(Collectors.joining(", "));
      out.println("   PAST DUE " + p.id() + " " + p.sku() + " " + p.quantity() + " was due for release before today; at risk: "
          + (atRisk.isEmpty() ? "no customer order" : atRisk));
    }
    out.println();
  }

  private static String shortSkus(OrderReadiness o) {
    List<String> skus = o.shortMaterials().stream().map(m -> m.sku().toString()).distinct().toList();
    return skus.size() + " material(s) to buy: " + String.join(", ", skus.subList(0, Math.min(MRP_SHOWN, skus.size())))
        + (skus.size() > MRP_SHOWN ? " …" : "");
  }

  private void printSchedule(Schedule schedule) {
    out.println("3. Production schedule (排产): " + schedule.problem().jobs().size() + " jobs, "
        + schedule.assignments().size() + " operations on " + lineCount(schedule) + " lines");
    out.println("   " + schedule.method());
    out.println("   " + schedule.totals().lateJobs() + " late job(s); weighted tardiness " + schedule.totals().weightedTardiness()
        + "; last completion " + schedule.totals().lastCompletion().toString().replace('T', ' '));
    List<JobOutcome> late = schedule.jobs().stream().filter(JobOutcome::isLate)
        .sorted((a, b) -> Long.compare(b.latenessMinutes(), a.latenessMinutes()) != 0
            ? Long.compare(b.latenessMinutes(), a.latenessMinutes()) : a.job().compareTo(b.job()))
        .toList();
    for (JobOutcome j : late) {
      out.printf("   LATE %-16s by %5.1f days  %s%n", j.job(), j.latenessMinutes() / 1440.0, j.explanation());
    }
    out.println();
  }

  private static int lineCount(Schedule s) {
    return s.problem().plant().groups().stream().mapToInt(g -> g.lines().size()).sum();
  }

  // ---------------------------------------------------------------- promise and worklist

  private Either<Rejection, Promise> promise(Schedule schedule) {
    Inquiry inquiry = data.inquiry();
    out.println("4. Capable-to-promise (交期答复) for inquiry " + inquiry.reference() + " from " + data.inquiryCustomer()
        + " (tier " + inquiry.tier() + "): " + inquiry.quantity() + " of " + inquiry.sku() + ", wanted by " + inquiry.wantedDate());
    Either<Rejection, Promise> p = CapablePromise.on(schedule, data.routings(), jobSettings).promise(inquiry);
    if (p.isLeft()) {
      out.println("   no date can be promised: " + p.getLeft());
    } else {
      Promise pr = p.get();
      out.println("   earliest delivery " + pr.earliestDelivery() + (pr.meetsWantedDate() ? " — meets" : " — misses")
          + " the wanted date; at tier priority " + pr.deliveryAtTierPriority() + " with "
          + pr.slipsAtTierPriority().size() + " promised job(s) slipping");
      out.println("   " + pr.explanation());
    }
    out.println();
    return p;
  }

  private Worklist worklist(LocalDate today) {
    Worklist w = Worklist.of(data.orders(), data.tiers(), today, FollowUpPolicy.DEFAULT);
    out.println("5. Today's follow-up worklist (日清日结): " + w.entries().size() + " entries, "
        + w.entries(Urgency.OVERDUE).size() + " overdue; the first " + Math.min(settings.worklistSize(), w.entries().size()) + ":");
    w.entries().stream().limit(settings.worklistSize())
        .forEach(e -> out.printf("   %-9s %s%n", e.urgency(), e.message()));
    out.println();
    return w;
  }

  // ---------------------------------------------------------------- files

  /**
   * The files the demo writes, except {@code index.html}: the Gantt chart, the load chart, the
   * schedule as JSON, and the documents and reports of {@link DemoDocuments}.
   */
  List<OutputFile> outputs(Schedule schedule) {
    String factory = "华纺 Huafang Home & Apparel, Ningbo";
    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile("gantt.svg", "Gantt chart of the production schedule (甘特图): lines as rows, bars by customer tier, late work in red",
        GanttChart.svg(schedule, factory + " — production schedule from " + settings.today())));
    files.add(new OutputFile("load.svg", "Capacity load per line per day (产能负荷), above 100 % marked",
        LoadChart.svg(schedule, factory + " — capacity load from " + settings.today())));
    files.add(new OutputFile("schedule.json", "The schedule as JSON: job outcomes with explanations, operations, loads",
        GendanJson.write(ScheduleJson.of(schedule)) + "\n"));
    files.addAll(DemoDocuments.outputs(data, schedule, settings.today(), DOCUMENT_ORDERS));
    return files;
  }

  private List<Path> write(List<OutputFile> files) {
    try {
      Files.createDirectories(settings.outDir());
      List<Path> written = new ArrayList<>();
      for (OutputFile f : files) {
        written.add(writeFile(f));
      }
      written.add(writeFile(new OutputFile("index.html", "this page", index(files))));
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + settings.outDir() + ": " + e.getMessage(), e);
    }
  }

  private Path writeFile(OutputFile f) throws IOException {
    Path p = settings.outDir().resolve(f.name());
    Files.write(p, f.bytes());
    return p;
  }

  private String index(List<OutputFile> files) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>gendan demo — ")
        .append(html(settings.today().toString())).append("</title>\n")
        .append("<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;max-width:70em}"
            + "li{margin:.4em 0}img{max-width:100%;border:1px solid #ccc;margin:1em 0}</style>\n</head>\n<body>\n")
        .append("<h1>gendan demo (跟单演示)</h1>\n<p>The sample factory on ").append(html(settings.today().toString()))
        .append(".</p>\n<ul>\n");
    for (OutputFile f : files) {
      b.append("<li><a href=\"").append(html(f.name())).append("\">").append(html(f.name())).append("</a> — ")
          .append(html(f.description())).append("</li>\n");
    }
    b.append("</ul>\n");
    for (OutputFile f : files) {
      if (f.name().endsWith(".svg")) {
        b.append("<h2>").append(html(f.name())).append("</h2>\n<img src=\"").append(html(f.name())).append("\" alt=\"")
            .append(html(f.description())).append("\"/>\n");
      }
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private void printSummary(List<ReviewReport> reviews, Either<Rejection, DemoMrp.Plan> mrp, Schedule schedule, Either<Rejection, Promise> promise, Worklist worklist,
      List<Path> files) {
    long withErrors = reviews.stream().filter(ReviewReport::hasErrors).count();
    out.println("Summary");
    out.println("   review:   " + reviews.size() + " new orders, " + withErrors + " with errors to settle before confirmation");
    out.println("   MRP:      " + mrp.fold(r -> "not run (" + r.code() + ")", p -> p.result().plannedOrders().size() + " planned orders, "
        + p.readiness().values().stream().filter(o -> !o.isOnTime()).count() + " customer orders waiting for late material"));
    out.println("   schedule: " + schedule.problem().jobs().size() + " jobs, " + schedule.totals().lateJobs() + " late");
    out.println("   promise:  " + promise.fold(r -> "none (" + r.code() + ")",
        p -> p.earliestDelivery() + (p.meetsWantedDate() ? " (meets the wanted date)" : " (later than wanted)")));
    out.println("   documents: " + files.stream().filter(f -> f.getFileName().toString().endsWith("-ubl.xml")).count()
        + " order(s) as HTML, JSON, UBL and " + files.stream().filter(f -> f.getFileName().toString().endsWith(".pdf")).count() + " PDF(s)"
        + (PdfRenderer.findCjkFont().isPresent() ? "" : " — no CJK font installed, so the documents are written as HTML, JSON and UBL only"));
    out.println("   worklist: " + worklist.entries().size() + " entries, " + worklist.entries(Urgency.OVERDUE).size() + " overdue");
    out.println("   files:    " + files.size() + " written to " + settings.outDir().toAbsolutePath().normalize());
    out.println("Open " + files.get(files.size() - 1).toAbsolutePath().normalize());
  }
}

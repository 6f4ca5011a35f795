package org.gendan.scheduling.promise;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gendan.core.Rejection;
import org.gendan.core.measure.Quantity;
import org.gendan.core.order.OrderId;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.routing.RoutingBook;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.OperationRef;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.ReleaseConditions;
import org.gendan.scheduling.schedule.RuleContext;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.gendan.scheduling.schedule.SchedulingProblem;

/**
 * Capable-to-promise on a promised schedule.
 *
 * <p>The earliest date: the inquiry's operations are fitted into the capacity the promised schedule
 * leaves free (every promised operation keeps its line and times), so no promised order finishes later.
 * The date is the day production finishes plus the shipping/inspection buffer.
 *
 * <p>At tier priority: the inquiry is put into the promised priority list where
 * {@link PriorityRules#TIER_THEN_EDD} ranks it (jobs before it keep their lines and times; jobs after it
 * are placed again), and every promised job that would finish later is listed.
 *
 * <p>Rejection codes: {@code NO_ROUTING} (no 工艺路线 for the item), {@code UNIT_MISMATCH},
 * {@code INQUIRY_ALREADY_SCHEDULED} (the reference is a scheduled order).
 *
 * <p>Immutable and thread-safe.
 */
public final class CapablePromise {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** The most slipping order lines an explanation names; {@link Promise#slipsAtTierPriority()} lists them all. */
  static final int MAX_SLIPS_NAMED = 10;

  private final Schedule promised;
  private final RoutingBook routings;
  private final JobSettings settings;

  private CapablePromise(Schedule promised, RoutingBook routings, JobSettings settings) {
    this.promised = Objects.requireNonNull(promised, "promised");
    this.routings = Objects.requireNonNull(routings, "routings");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Capable-to-promise on the promised schedule. */
  public static CapablePromise on(Schedule promised, RoutingBook routings, JobSettings settings) {
    return new CapablePromise(promised, routings, settings);
  }

  /** The promised schedule. */
  public Schedule promised() {
    return promised;
  }

  /** Answers an inquiry. */
  public Either<Rejection, Promise> promise(Inquiry inquiry) {
    Objects.requireNonNull(inquiry, "inquiry");
    if (promised.problem().jobs().stream().anyMatch(j -> j.id().order().equals(inquiry.reference()))) {
      return Either.left(Rejection.of("INQUIRY_ALREADY_SCHEDULED", "inquiry " + inquiry.reference()
          + " has the number of an order already in the schedule; give the inquiry its own number"));
    }
    Either<Rejection, Job> made = job(inquiry.reference(), 1, inquiry.sku(), inquiry.quantity(), inquiry.wantedDate(), inquiry.tier(),
        inquiry.conditions(), promised.problem().start());
    if (made.isLeft()) {
      return Either.left(made.getLeft());
    }
    Job q = made.get();
    Schedule fitted = fitAfter(promised, List.of(q), List.of());
    JobOutcome fit = fitted.outcome(q.id()).orElseThrow();
    LocalDate earliest = deliveryFor(fit.completion());

    List<JobId> seq = new ArrayList<>(promised.sequence());
    RuleContext ctx = new RuleContext(promised.problem().start(), 1);
    Comparator<Job> rank = PriorityRules.TIER_THEN_EDD.comparator(ctx).thenComparing(Job::id);
    int at = seq.size();
    for (int i = 0; i < seq.size(); i++) {
      Job other = promised.problem().job(seq.get(i)).orElseThrow();
      if (rank.compare(q, other) < 0) {
        at = i;
        break;
      }
    }
    Map<OperationRef, LineId> lines = new TreeMap<>();
    for (int i = 0; i < at; i++) {
      for (Assignment a : promised.assignmentsOf(seq.get(i))) {
        lines.put(new OperationRef(a.job(), a.operationIndex()), a.line());
      }
    }
    seq.add(at, q.id());
    List<Job> jobs = new ArrayList<>(promised.problem().jobs());
    jobs.add(q);
    Schedule atTier = Scheduler.of(PriorityRules.TIER_THEN_EDD).scheduleInOrder(promised.problem().withJobs(jobs), seq, lines);
    List<Slip> slips = new ArrayList<>();
    for (JobOutcome before : promised.jobs()) {
      JobOutcome after = atTier.outcome(before.job()).orElseThrow();
      long slip = java.time.Duration.between(before.completion(), after.completion()).toMinutes();
      if (slip > 0) {
        slips.add(new Slip(before.job(), before.completion(), after.completion(), slip, !before.isLate() && after.isLate()));
      }
    }
    LocalDate tierDelivery = deliveryFor(atTier.outcome(q.id()).orElseThrow().completion());
    List<Assignment> placement = fitted.assignmentsOf(q.id());
    boolean meets = !earliest.isAfter(inquiry.wantedDate());
    StringBuilder text = new StringBuilder();
    text.append("Inquiry ").append(inquiry.reference()).append(" (").append(inquiry.quantity()).append(' ').append(inquiry.sku())
        .append(", tier ").append(inquiry.tier()).append(", wanted ").append(inquiry.wantedDate()).append("): in the capacity left free by promised orders, ");
    for (Assignment a : placement) {
      text.append(a.operationName()).append(" on ").append(a.line()).append(' ').append(TIME.format(a.start())).append(" – ")
          .append(TIME.format(a.end())).append("; ");
    }
    text.append("production finishes ").append(TIME.format(fit.completion())).append(", so the earliest delivery date (交期) is ")
        .append(earliest).append(" (").append(settings.bufferDays()).append("-day buffer)")
        .append(meets ? ", which meets the wanted date." : ", after the wanted date.");
    text.append(" Served at tier ").append(inquiry.tier()).append("'s priority it could deliver ").append(tierDelivery);
    if (slips.isEmpty()) {
      text.append(" and no promised order would slip.");
    } else {
      long late = slips.stream().filter(Slip::becomesLate).count();
      text.append(", but ").append(slips.size()).append(slips.size() == 1 ? " promised order line would slip" : " promised order lines would slip");
      if (late > 0) {
        text.append(" (").append(late).append(" of them would become late)");
      }
      // the worst first: those that become late, then by how much they slip; the full list is in the promise
      List<Slip> worst = new ArrayList<>(slips);
      worst.sort(Comparator.comparing((Slip s) -> !s.becomesLate())
          .thenComparing(Slip::slipMinutes, Comparator.reverseOrder()).thenComparing(Slip::job));
      text.append(": ");
      for (Slip s : worst.subList(0, Math.min(MAX_SLIPS_NAMED, worst.size()))) {
        text.append(s.job()).append(" by ").append(minutesText(s.slipMinutes())).append(s.becomesLate() ? " (becomes late)" : "").append(", ");
      }
      text.setLength(text.length() - 2);
      if (worst.size() > MAX_SLIPS_NAMED) {
        text.append(" and ").append(worst.size() - MAX_SLIPS_NAMED).append(" more");
      }
      text.append('.');
    }
    return Either.right(new Promise(inquiry, earliest, fit.completion(), meets, placement, tierDelivery, slips, text.toString()));
  }

  /** The earliest delivery date for production finishing at {@code completion}. */
  LocalDate deliveryFor(LocalDateTime completion) {
    return completion.minusMinutes(1).toLocalDate().plusDays(settings.bufferDays());
  }

  /** A job for an inquiry or order line, released no earlier than {@code earliest}. */
  Either<Rejection, Job> job(OrderId order, int lineNo, org.gendan.core.product.Sku sku, Quantity quantity, LocalDate wanted,
      CustomerTier tier, ReleaseConditions conditions, LocalDateTime earliest) {
    java.util.Optional<Routing> routing = routings.routing(sku);
    if (routing.isEmpty()) {
      return Either.left(Rejection.of("NO_ROUTING", order + ": no routing (工艺路线) for item " + sku + "; the factory cannot make it as set up"));
    }
    if (!quantity.unit().isConvertibleTo(routing.get().unit())) {
      return Either.left(Rejection.of("UNIT_MISMATCH", order + ": quantity in " + quantity.unit() + " but the routing of " + sku
          + " is per " + routing.get().unit()));
    }
    LocalDateTime release = earliest;
    org.gendan.scheduling.schedule.ReleaseCause cause = org.gendan.scheduling.schedule.ReleaseCause.NONE;
    if (conditions.latest().isPresent() && conditions.latest().get().date().atStartOfDay().isAfter(release)) {
      release = conditions.latest().get().date().atStartOfDay();
      cause = conditions.latest().get().cause();
    }
    return Either.right(Job.builder().id(new JobId(order, lineNo)).routing(routing.get()).quantity(quantity).release(release)
        .releaseCause(cause).due(wanted.minusDays(settings.bufferDays()).plusDays(1).atStartOfDay()).weight(settings.weightOf(tier))
        .tier(tier).deliveryDate(wanted).build());
  }

  /**
   * The promised schedule without the {@code removed} jobs, with {@code extra} placed after every
   * promised job into the free capacity (promised jobs keep their lines and order).
   */
  Schedule fitAfter(Schedule base, List<Job> extra, List<JobId> removed) {
    List<Job> jobs = new ArrayList<>();
    for (Job j : base.problem().jobs()) {
      if (!removed.contains(j.id())) {
        jobs.add(j);
      }
    }
    jobs.addAll(extra);
    List<JobId> seq = new ArrayList<>();
    for (JobId id : base.sequence()) {
      if (!removed.contains(id)) {
        seq.add(id);
      }
    }
    extra.forEach(j -> seq.add(j.id()));
    Map<OperationRef, LineId> lines = new HashMap<>();
    for (Assignment a : base.assignments()) {
      if (!removed.contains(a.job())) {
        lines.put(new OperationRef(a.job(), a.operationIndex()), a.line());
      }
    }
    SchedulingProblem p = base.problem().withJobs(jobs);
    return Scheduler.of(PriorityRules.TIER_THEN_EDD).scheduleInOrder(p, seq, new TreeMap<>(lines));
  }

  private static String minutesText(long minutes) {
    long d = minutes / 1440;
    long h = (minutes % 1440) / 60;
    long m = minutes % 60;
    StringBuilder b = new StringBuilder();
    if (d > 0) {
      b.append(d).append(" d ");
    }
    if (h > 0) {
      b.append(h).append(" h ");
    }
    if (m > 0 || b.length() == 0) {
      b.append(m).append(" min ");
    }
    return b.toString().trim();
  }
}

package org.gendan.scheduling.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gendan.core.order.OrderId;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;

/**
 * Rescheduling from "now" (重排): after a line goes down, an order is amended (修改定单) or cancelled
 * (取消定单), or new jobs arrive, the rest of the schedule is made again while work already started and
 * work inside the frozen window stays exactly where it is.
 *
 * <p>Rules, per job, in routing order: an operation that started before {@code now} keeps its line and
 * times (even if its line now goes down: split work is not modelled); an operation starting within
 * {@code [now, now + frozenWindow)} keeps them too, unless its line goes down during it, its job was
 * amended, or an earlier operation of the job is not kept. Every other operation is scheduled again
 * from {@code now}. A cancelled order's jobs leave the schedule entirely, started work included: its
 * production order and flow card are recalled (收回生产单、流程卡) and its line time is freed.
 *
 * <p>Immutable: every {@code with…} method returns a new value.
 */
public final class Rescheduling {

  private final Schedule previous;
  private final LocalDateTime now;
  private final Duration frozenWindow;
  private final Plant plant;
  private final Map<JobId, Job> amended;
  private final Set<OrderId> cancelled;
  private final Map<JobId, Job> added;

  private Rescheduling(Schedule previous, LocalDateTime now, Duration frozenWindow, Plant plant, Map<JobId, Job> amended,
      Set<OrderId> cancelled, Map<JobId, Job> added) {
    this.previous = previous;
    this.now = now;
    this.frozenWindow = frozenWindow;
    this.plant = plant;
    this.amended = amended;
    this.cancelled = cancelled;
    this.added = added;
  }

  /**
   * Starts a rescheduling of {@code previous} at {@code now} (rounded up to a whole minute).
   *
   * @throws IllegalArgumentException if the frozen window is negative or longer than 90 days, or now
   *                                  is before the previous schedule's start
   */
  public static Rescheduling from(Schedule previous, LocalDateTime now, Duration frozenWindow) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(frozenWindow, "frozenWindow");
    if (frozenWindow.isNegative() || frozenWindow.compareTo(Duration.ofDays(90)) > 0) {
      throw new IllegalArgumentException("frozen window must be 0..90 days, got " + frozenWindow);
    }
    LocalDateTime n = now.withSecond(0).withNano(0);
    if (n.isBefore(now)) {
      n = n.plusMinutes(1);
    }
    if (n.isBefore(previous.problem().start())) {
      throw new IllegalArgumentException("now " + now + " is before the previous schedule's start " + previous.problem().start());
    }
    return new Rescheduling(previous, n, frozenWindow, previous.problem().plant(), Map.of(), Set.of(), Map.of());
  }

  /** With a line down for a period (breakdown, maintenance). @throws IllegalArgumentException if the plant has no such line */
  public Rescheduling withLineDown(LineId line, TimeRange period) {
    return new Rescheduling(previous, now, frozenWindow, plant.withLineDown(line, period), amended, cancelled, added);
  }

  /** With an amended job (new quantity, dates, tier …). @throws IllegalArgumentException if the previous schedule has no such job */
  public Rescheduling withAmendedJob(Job job) {
    Objects.requireNonNull(job, "job");
    if (previous.problem().job(job.id()).isEmpty()) {
      throw new IllegalArgumentException("job " + job.id() + " is not in the previous schedule; add it as a new job");
    }
    Map<JobId, Job> m = new TreeMap<>(amended);
    m.put(job.id(), job);
    return new Rescheduling(previous, now, frozenWindow, plant, m, cancelled, added);
  }

  /** With an order cancelled: all its jobs leave the schedule. */
  public Rescheduling withCancelledOrder(OrderId order) {
    Objects.requireNonNull(order, "order");
    Set<OrderId> s = new TreeSet<>(cancelled);
    s.add(order);
    return new Rescheduling(previous, now, frozenWindow, plant, amended, s, added);
  }

  /** With a new job. @throws IllegalArgumentException if a job with that id is already scheduled */
  public Rescheduling withNewJob(Job job) {
    Objects.requireNonNull(job, "job");
    if (previous.problem().job(job.id()).isPresent()) {
      throw new IllegalArgumentException("job " + job.id() + " is already in the schedule; amend it instead");
    }
    Map<JobId, Job> m = new TreeMap<>(added);
    m.put(job.id(), job);
    return new Rescheduling(previous, now, frozenWindow, plant, amended, cancelled, m);
  }

  /** The instant rescheduling starts from. */
  public LocalDateTime now() {
    return now;
  }

  /** The problem to solve: from now, on the changed plant, with kept work pinned. */
  public SchedulingProblem problem() {
    LocalDateTime frozenUntil = now.plus(frozenWindow);
    List<Job> jobs = new ArrayList<>();
    for (Job old : previous.problem().jobs()) {
      if (cancelled.contains(old.id().order())) {
        continue;
      }
      boolean isAmended = amended.containsKey(old.id());
      Job job = amended.getOrDefault(old.id(), old);
      List<PinnedOperation> pins = new ArrayList<>();
      List<Assignment> as = previous.assignmentsOf(old.id());
      for (int k = 0; k < as.size() && k < job.routing().operations().size(); k++) {
        Assignment a = as.get(k);
        boolean started = a.start().isBefore(now);
        boolean frozen = a.start().isBefore(frozenUntil);
        if (!started && (isAmended || !frozen || downDuring(a))) {
          break;
        }
        if (!lineServes(job, k, a.line())) {
          break;
        }
        pins.add(new PinnedOperation(k, a.line(), a.start(), a.end(), started));
      }
      jobs.add(job.withPinned(pins));
    }
    jobs.addAll(added.values());
    return new SchedulingProblem(now, plant, jobs);
  }

  /** Reschedules with the scheduler's rule and line choice. */
  public Schedule reschedule(Scheduler scheduler) {
    Objects.requireNonNull(scheduler, "scheduler");
    return scheduler.schedule(problem());
  }

  /**
   * Reschedules keeping the previous priority list (the jobs still there, in their old order, then new
   * jobs in rule order), so an improved plan stays close to what the shop floor already knows; lines
   * are chosen again by the scheduler's line choice.
   */
  public Schedule rescheduleKeepingSequence(Scheduler scheduler) {
    Objects.requireNonNull(scheduler, "scheduler");
    SchedulingProblem p = problem();
    List<JobId> sequence = previous.sequence().stream().filter(id -> !cancelled.contains(id.order())).toList();
    return scheduler.scheduleInOrder(p, sequence, Map.of());
  }

  private boolean downDuring(Assignment a) {
    TimeRange run = TimeRange.of(a.start(), a.end());
    ProductionLine line = plant.line(a.line()).orElseThrow();
    return line.downPeriods().stream().anyMatch(d -> d.overlaps(run));
  }

  private boolean lineServes(Job job, int k, LineId line) {
    WorkCenterGroup g = plant.group(job.routing().operations().get(k).group()).orElse(null);
    return g != null && g.lines().stream().anyMatch(l -> l.id().equals(line));
  }
}

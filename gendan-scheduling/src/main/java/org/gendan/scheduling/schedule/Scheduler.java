package org.gendan.scheduling.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gendan.scheduling.internal.tardiness.TardinessInstance;
import org.gendan.scheduling.internal.tardiness.TardinessSearch;
import org.gendan.scheduling.internal.tardiness.TardinessSolution;
import org.gendan.scheduling.schedule.internal.Decoder;
import org.gendan.scheduling.schedule.internal.LocalSearch;
import org.gendan.scheduling.schedule.internal.Model;
import org.gendan.scheduling.schedule.internal.TardinessBridge;

/**
 * The production scheduler (排产): a calendar-aware, finite-capacity list scheduler and an improvement
 * search on top of it.
 *
 * <p>{@link #schedule} ranks the jobs by the priority rule (ties by job id) and places them in that
 * order: each operation, in routing order, goes into the earliest free working time of a line of its
 * work-center group (chosen by {@link LineChoice}), never before the job's release, the planning start,
 * or the previous operation's end plus its transfer lag. Gaps left by earlier jobs are filled by later
 * ones, so a job is never delayed by a job ranked after it. Pinned operations stay as they are.
 *
 * <p>{@link #improve} starts from that schedule and searches for a better one by weighted tardiness,
 * then late jobs, then makespan ({@link ScheduleTotals#compareTo}); it never returns a worse one.
 * Problems of single-operation jobs on identical lines of one group with no pinned work and no
 * calendar gaps go to the dedicated weighted-tardiness engine; all others to a local search over the
 * priority list and line assignments.
 *
 * <p>Immutable and thread-safe; the results are deterministic (see {@link Improvement} for the search).
 */
public final class Scheduler {

  private final PriorityRule rule;
  private final LineChoice lineChoice;

  private Scheduler(PriorityRule rule, LineChoice lineChoice) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.lineChoice = Objects.requireNonNull(lineChoice, "lineChoice");
  }

  /** A scheduler with the rule and {@link LineChoice#EARLIEST_FINISH}. */
  public static Scheduler of(PriorityRule rule) {
    return new Scheduler(rule, LineChoice.EARLIEST_FINISH);
  }

  /** This scheduler with another line choice. */
  public Scheduler withLineChoice(LineChoice choice) {
    return new Scheduler(rule, choice);
  }

  /** The priority rule. */
  public PriorityRule rule() {
    return rule;
  }

  /** The line choice. */
  public LineChoice lineChoice() {
    return lineChoice;
  }

  /**
   * The constructive schedule.
   *
   * @throws IllegalArgumentException if pinned operations overlap on a line, or a line has no working
   *                                  time for years (a broken calendar)
   */
  public Schedule schedule(SchedulingProblem problem) {
    Objects.requireNonNull(problem, "problem");
    Model m = new Model(problem);
    RuleContext ctx = context(problem);
    int[] order = rankOrder(problem, ctx);
    Decoder.Result r = decoder(m).decode(order, null);
    return ScheduleAssembler.assemble(m, r, order, rule, ctx, describe());
  }

  /**
   * The schedule in the given priority list order, each operation on the given line where one is
   * named (others by the line choice). Used to rebuild, extend or compare schedules; jobs not in
   * {@code sequence} are placed after it in rule order.
   *
   * @param sequence the priority list (job ids of the problem, each at most once)
   * @param lines    operation → line, for operations whose line is decided
   * @throws IllegalArgumentException if the sequence names an unknown job twice or a line cannot run the operation
   */
  public Schedule scheduleInOrder(SchedulingProblem problem, List<JobId> sequence, java.util.Map<OperationRef, org.gendan.scheduling.resource.LineId> lines) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(lines, "lines");
    Model m = new Model(problem);
    RuleContext ctx = context(problem);
    java.util.Map<JobId, Integer> index = new java.util.HashMap<>();
    for (int j = 0; j < m.jobs; j++) {
      index.put(problem.jobs().get(j).id(), j);
    }
    boolean[] used = new boolean[m.jobs];
    List<Integer> order = new ArrayList<>();
    for (JobId id : sequence) {
      Integer j = index.get(Objects.requireNonNull(id, "job id"));
      if (j == null) {
        throw new IllegalArgumentException("sequence names job " + id + ", which the problem does not have");
      }
      if (used[j]) {
        throw new IllegalArgumentException("sequence names job " + id + " twice");
      }
      used[j] = true;
      order.add(j);
    }
    for (int j : rankOrder(problem, ctx)) {
      if (!used[j]) {
        order.add(j);
      }
    }
    java.util.Map<org.gendan.scheduling.resource.LineId, Integer> lineIndex = new java.util.HashMap<>();
    for (int l = 0; l < m.lineIds.length; l++) {
      lineIndex.put(m.lineIds[l], l);
    }
    int[] forced = new int[m.operations()];
    java.util.Arrays.fill(forced, -1);
    lines.forEach((ref, line) -> {
      Integer j = index.get(ref.job());
      if (j == null || ref.operationIndex() >= m.opOffset[j + 1] - m.opOffset[j]) {
        return;
      }
      int o = m.opOffset[j] + ref.operationIndex();
      Integer l = lineIndex.get(line);
      if (l == null || m.candidateIndex(o, l) < 0) {
        throw new IllegalArgumentException("line " + line + " cannot run operation " + ref.operationIndex() + " of job " + ref.job());
      }
      forced[o] = l;
    });
    int[] o = order.stream().mapToInt(Integer::intValue).toArray();
    Decoder.Result r = decoder(m).decode(o, forced);
    return ScheduleAssembler.assemble(m, r, o, rule, ctx, describe() + ", given priority list");
  }

  /**
   * An improved schedule: never worse than {@link #schedule(SchedulingProblem)} by
   * {@link ScheduleTotals#compareTo}.
   */
  public Schedule improve(SchedulingProblem problem, Improvement settings) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(settings, "settings");
    long began = System.nanoTime();
    long deadline = began + settings.timeLimit().toNanos();
    Model m = new Model(problem);
    RuleContext ctx = context(problem);
    int[] order = rankOrder(problem, ctx);
    Decoder decoder = decoder(m);
    Decoder.Result start = decoder.decode(order, null);
    if (m.jobs == 0) {
      return ScheduleAssembler.assemble(m, start, order, rule, ctx, describe());
    }
    if (TardinessBridge.applies(m)) {
      TardinessInstance in = TardinessBridge.instance(m);
      TardinessSolution init = TardinessBridge.initial(m, start, in);
      long remaining = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
      TardinessSolution sol = TardinessBridge.solve(in, init, remaining, settings.seed(), TardinessSearch.Listener.NONE);
      int[][] g = TardinessBridge.genome(m, in, sol);
      Decoder.Result r = decoder.decode(g[0], g[1]);
      String method = describe() + ", improved by the weighted-tardiness engine (seed " + settings.seed() + ")";
      if (r.compareTo(start) < 0) {
        settings.listener().improved(totals(m, r), 1, (System.nanoTime() - began) / 1_000_000);
        return ScheduleAssembler.assemble(m, r, g[0], rule, ctx, method);
      }
      return ScheduleAssembler.assemble(m, start, order, rule, ctx, method + "; no better schedule found");
    }
    LocalSearch.Outcome out = LocalSearch.run(m, decoder, order, start, settings.seed(), deadline, settings.maxEvaluations(),
        (best, evaluations, elapsed) -> settings.listener().improved(totals(m, best), evaluations, elapsed));
    return ScheduleAssembler.assemble(m, out.result, out.order, rule, ctx,
        describe() + ", improved by local search (seed " + settings.seed() + ", " + out.evaluations + " schedules evaluated)");
  }

  private static ScheduleTotals totals(Model m, Decoder.Result r) {
    return new ScheduleTotals(r.weightedTardiness, r.late, r.maxLateness, r.makespan,
        org.gendan.scheduling.schedule.internal.Minutes.toTime(m.start + r.makespan));
  }

  private String describe() {
    return "rule " + rule.name() + ", line choice " + lineChoice;
  }

  private Decoder decoder(Model m) {
    return new Decoder(m, lineChoice == LineChoice.LEAST_LOADED);
  }

  static RuleContext context(SchedulingProblem problem) {
    double avg = problem.jobs().stream().mapToLong(Job::standardWorkMinutes).average().orElse(1);
    return new RuleContext(problem.start(), Math.max(1, avg));
  }

  /** Job indices (into problem.jobs()) in rule order, ties by id. */
  int[] rankOrder(SchedulingProblem problem, RuleContext ctx) {
    List<Job> jobs = problem.jobs();
    Comparator<Job> c = rule.comparator(ctx).thenComparing(Job::id);
    Integer[] idx = new Integer[jobs.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (a, b) -> c.compare(jobs.get(a), jobs.get(b)));
    int[] out = new int[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}

package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.schedule.internal.Decoder;
import org.gendan.scheduling.schedule.internal.Minutes;
import org.gendan.scheduling.schedule.internal.Model;
import org.gendan.scheduling.schedule.internal.Timeline;

/** Turns a decoded schedule into the public {@link Schedule} with explanations and loads. */
final class ScheduleAssembler {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int MAX_LOAD_DAYS = 3660;

  private ScheduleAssembler() {}

  static Schedule assemble(Model m, Decoder.Result r, int[] order, PriorityRule rule, RuleContext ctx, String method) {
    SchedulingProblem p = m.problem;
    List<Job> jobs = p.jobs();
    int[] rank = new int[m.jobs];
    List<JobId> sequence = new ArrayList<>(m.jobs);
    for (int k = 0; k < order.length; k++) {
      rank[order[k]] = k + 1;
      sequence.add(jobs.get(order[k]).id());
    }
    List<Assignment> assignments = new ArrayList<>(m.operations());
    List<JobOutcome> outcomes = new ArrayList<>(m.jobs);
    for (int j = 0; j < m.jobs; j++) {
      Job job = jobs.get(j);
      List<Operation> ops = job.routing().operations();
      StringBuilder text = new StringBuilder();
      text.append(job.id()).append(": placed ").append(rank[j]).append(" of ").append(m.jobs).append(" by ").append(rule.name())
          .append(" (").append(rule.reason(job, ctx)).append(").");
      job.tier().ifPresent(t -> text.append(" Customer tier ").append(t).append(" (weight ").append(job.weight()).append(")."));
      if (job.deliveryDate().isPresent()) {
        text.append(" Delivery date (交期) ").append(job.deliveryDate().get()).append(", so production is due by ")
            .append(TIME.format(job.due())).append(".");
      } else {
        text.append(" Due by ").append(TIME.format(job.due())).append(".");
      }
      if (job.releaseCause() != ReleaseCause.NONE) {
        text.append(" Cannot start before ").append(TIME.format(job.release())).append(": ").append(job.releaseCause().text()).append(".");
      }
      long worstWait = 0;
      String worstLine = null;
      for (int k = 0; k < ops.size(); k++) {
        int o = m.opOffset[j] + k;
        boolean pinned = k < m.pinnedCount[j];
        LocalDateTime s = Minutes.toTime(r.start[o]);
        LocalDateTime e = Minutes.toTime(r.end[o]);
        String line = m.lineIds[r.line[o]].value();
        long work = pinned ? r.end[o] - r.start[o] : m.opDuration[o][m.candidateIndex(o, r.line[o])];
        assignments.add(new Assignment(job.id(), k, ops.get(k).name(), m.lineIds[r.line[o]], s, e, work, pinned));
        text.append(' ').append(ops.get(k).name()).append(" on ").append(line).append(' ').append(TIME.format(s)).append(" – ")
            .append(TIME.format(e));
        if (pinned) {
          text.append(job.pinned().get(k).started() ? " (already started, kept)" : " (frozen, kept)");
        } else if (r.start[o] > r.earliest[o]) {
          long wait = r.start[o] - r.earliest[o];
          text.append(" (waited ").append(Durations.text(wait)).append(" for ").append(line).append("'s capacity, taken by jobs placed before it)");
          if (wait > worstWait) {
            worstWait = wait;
            worstLine = line;
          }
        }
        text.append(';');
      }
      text.setLength(text.length() - 1);
      text.append('.');
      long c = r.completion[j];
      long lateness = c - m.due[j];
      if (lateness > 0) {
        text.append(" Finishes ").append(TIME.format(Minutes.toTime(c))).append(", ").append(Durations.text(lateness)).append(" late (延误)");
        if (worstLine != null) {
          text.append("; the capacity of ").append(worstLine).append(" decided it");
        } else if (job.releaseCause() != ReleaseCause.NONE) {
          text.append("; the ").append(job.releaseCause().text()).append(" date decided it");
        } else {
          text.append("; even on free lines its work does not fit before the due date");
        }
        text.append('.');
      } else {
        text.append(" Finishes ").append(TIME.format(Minutes.toTime(c))).append(", ").append(Durations.text(-lateness)).append(" before due.");
      }
      outcomes.add(new JobOutcome(job.id(), rank[j], Minutes.toTime(m.release[j]), job.due(), Minutes.toTime(c), lateness, job.weight(),
          lateness > 0 ? job.weight() * lateness : 0, text.toString()));
    }
    assignments.sort(Comparator.comparing(Assignment::line).thenComparing(Assignment::start).thenComparing(Assignment::job)
        .thenComparingInt(Assignment::operationIndex));
    ScheduleTotals totals = new ScheduleTotals(r.weightedTardiness, r.late, r.maxLateness, r.makespan, Minutes.toTime(m.start + r.makespan));
    return new Schedule(p, method, sequence, assignments, outcomes, totals, loads(m, r));
  }

  private static List<LineLoad> loads(Model m, Decoder.Result r) {
    long firstDay = Math.floorDiv(m.start, 1440L);
    long lastDay = Math.floorDiv(Math.max(m.start, m.start + r.makespan - 1), 1440L);
    int days = (int) Math.min(MAX_LOAD_DAYS, lastDay - firstDay + 1);
    if (m.jobs == 0) {
      return List.of();
    }
    int lines = m.lineIds.length;
    long[][] planned = new long[lines][days];
    long[][] available = new long[lines][days];
    for (int o = 0; o < m.operations(); o++) {
      Timeline tl = m.timelines[r.line[o]];
      long s = Math.max(r.start[o], firstDay * 1440L);
      if (r.end[o] > s) {
        tl.workBetween(s, r.end[o], firstDay, planned[r.line[o]]);
      }
    }
    List<Integer> byId = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      byId.add(l);
      m.timelines[l].workBetween(firstDay * 1440L, (firstDay + days) * 1440L, firstDay, available[l]);
    }
    byId.sort(Comparator.comparing(l -> m.lineIds[l]));
    List<LineLoad> out = new ArrayList<>(lines * days);
    for (int l : byId) {
      for (int d = 0; d < days; d++) {
        out.add(new LineLoad(m.lineIds[l], Minutes.toTime((firstDay + d) * 1440L).toLocalDate(), planned[l][d], available[l][d]));
      }
    }
    return out;
  }
}

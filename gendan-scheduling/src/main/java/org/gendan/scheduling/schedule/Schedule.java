package org.gendan.scheduling.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A production schedule (生产排期表): where and when every operation runs, how every job fares and
 * why, the totals and the load of every line per day.
 *
 * @param problem     the problem it schedules
 * @param method      how it was made, e.g. "constructive, rule EDD, line choice EARLIEST_FINISH"
 * @param sequence    the priority list: the order in which jobs were placed
 * @param assignments every operation of every job, by line and start
 * @param jobs        the outcome of every job, by job id
 * @param totals      weighted tardiness, late jobs, max lateness, makespan
 * @param loads       load per line per day, by line and date, from the planning start to the last completion
 */
public record Schedule(SchedulingProblem problem, String method, List<JobId> sequence, List<Assignment> assignments,
    List<JobOutcome> jobs, ScheduleTotals totals, List<LineLoad> loads) {

  /** Creates the value. */
  public Schedule {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(totals, "totals");
    sequence = List.copyOf(sequence);
    assignments = List.copyOf(assignments);
    jobs = List.copyOf(jobs);
    loads = List.copyOf(loads);
  }

  /** The outcome of a job, if it is in this schedule. */
  public Optional<JobOutcome> outcome(JobId job) {
    Objects.requireNonNull(job, "job");
    return jobs.stream().filter(o -> o.job().equals(job)).findFirst();
  }

  /** The assignments of a job, in routing order. */
  public List<Assignment> assignmentsOf(JobId job) {
    Objects.requireNonNull(job, "job");
    return assignments.stream().filter(a -> a.job().equals(job))
        .sorted(java.util.Comparator.comparingInt(Assignment::operationIndex)).toList();
  }
}

package org.gendan.examples.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.LineLoad;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.ScheduleTotals;

/**
 * The JSON form of a production schedule written by the demo ({@code schedule.json}): how it was made,
 * its totals, every job's outcome with its explanation, every operation's line and times, and the load
 * of every line per day. The problem (plant and jobs) is not repeated.
 *
 * @param start       the planning start
 * @param method      how the schedule was made
 * @param totals      weighted tardiness, late jobs, lateness, makespan
 * @param jobs        the outcome of every job
 * @param assignments every operation on its line
 * @param loads       the load per line per day
 */
public record ScheduleJson(LocalDateTime start, String method, ScheduleTotals totals, List<JobOutcome> jobs,
    List<Assignment> assignments, List<LineLoad> loads) {

  /** Creates the value; lists are copied. */
  public ScheduleJson {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(totals, "totals");
    jobs = List.copyOf(jobs);
    assignments = List.copyOf(assignments);
    loads = List.copyOf(loads);
  }

  /** The JSON form of a schedule. */
  public static ScheduleJson of(Schedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return new ScheduleJson(schedule.problem().start(), schedule.method(), schedule.totals(), schedule.jobs(),
        schedule.assignments(), schedule.loads());
  }
}

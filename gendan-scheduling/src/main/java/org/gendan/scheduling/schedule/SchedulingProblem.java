package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;

/**
 * What to schedule: the jobs, the plant, and the instant planning starts ("now"). No operation that is
 * not pinned starts before {@link #start()}.
 *
 * <p>The jobs are kept sorted by id, so the order in which they were given never matters.
 *
 * @param start the planning start, a whole minute
 * @param plant the work-center groups and lines
 * @param jobs  the jobs; unique ids, at most {@value #MAX_JOBS}
 */
public record SchedulingProblem(LocalDateTime start, Plant plant, List<Job> jobs) {

  /** The most jobs one problem may hold. */
  public static final int MAX_JOBS = 1_000_000;

  /**
   * Creates a problem.
   *
   * @throws IllegalArgumentException if the start is not a whole minute, a job id repeats, an
   *                                  operation names a group the plant does not have, or a pinned
   *                                  operation names a line outside its operation's group
   */
  public SchedulingProblem {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(plant, "plant");
    Objects.requireNonNull(jobs, "jobs");
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("planning start must be a whole minute, got " + start);
    }
    if (jobs.size() > MAX_JOBS) {
      throw new IllegalArgumentException("at most " + MAX_JOBS + " jobs can be scheduled at once, got " + jobs.size());
    }
    List<Job> sorted = new ArrayList<>(jobs);
    sorted.forEach(j -> Objects.requireNonNull(j, "job"));
    sorted.sort(Comparator.comparing(Job::id));
    Set<JobId> seen = new HashSet<>();
    for (Job j : sorted) {
      if (!seen.add(j.id())) {
        throw new IllegalArgumentException("job " + j.id() + " appears twice");
      }
      List<Operation> ops = j.routing().operations();
      for (Operation op : ops) {
        if (plant.group(op.group()).isEmpty()) {
          throw new IllegalArgumentException("job " + j.id() + ": operation " + op.name() + " needs work-center group "
              + op.group() + ", which the plant does not have");
        }
      }
      for (PinnedOperation p : j.pinned()) {
        WorkCenterGroup g = plant.group(ops.get(p.operationIndex()).group()).orElseThrow();
        if (g.lines().stream().noneMatch(l -> l.id().equals(p.line()))) {
          throw new IllegalArgumentException("job " + j.id() + ": pinned operation " + p.operationIndex() + " is on line " + p.line()
              + ", which is not in group " + g.id());
        }
      }
    }
    jobs = List.copyOf(sorted);
  }

  /** A problem of the given jobs. */
  public static SchedulingProblem of(LocalDateTime start, Plant plant, List<Job> jobs) {
    return new SchedulingProblem(start, plant, jobs);
  }

  /** The job with the id, if any. */
  public Optional<Job> job(JobId id) {
    Objects.requireNonNull(id, "id");
    return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /** This problem with other jobs. */
  public SchedulingProblem withJobs(List<Job> other) {
    return new SchedulingProblem(start, plant, other);
  }

  /** This problem with another plant. */
  public SchedulingProblem withPlant(Plant other) {
    return new SchedulingProblem(start, other, jobs);
  }

  /** This problem from another start. */
  public SchedulingProblem withStart(LocalDateTime other) {
    return new SchedulingProblem(other, plant, jobs);
  }
}

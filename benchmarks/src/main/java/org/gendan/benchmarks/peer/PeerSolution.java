package org.gendan.benchmarks.peer;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.simplelong.SimpleLongScore;
import java.util.List;

/** The Timefold planning solution: the lines, the jobs (the list variable's value range) and the score. */
@PlanningSolution
public class PeerSolution {

  @PlanningEntityCollectionProperty
  private List<PeerLine> lines;

  @PlanningEntityCollectionProperty
  @ValueRangeProvider
  private List<PeerJob> jobs;

  @PlanningScore
  private SimpleLongScore score;

  /** For Timefold's cloner. */
  public PeerSolution() {}

  /** A solution of the lines and jobs. */
  public PeerSolution(List<PeerLine> lines, List<PeerJob> jobs) {
    this.lines = lines;
    this.jobs = jobs;
  }

  /** The lines. */
  public List<PeerLine> getLines() {
    return lines;
  }

  /** The jobs. */
  public List<PeerJob> getJobs() {
    return jobs;
  }

  /** The score: minus the total weighted tardiness; null before solving. */
  public SimpleLongScore getScore() {
    return score;
  }
}

package org.gendan.benchmarks.peer;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/** A line in the Timefold model: the planning entity whose list variable is its job sequence. */
@PlanningEntity
public class PeerLine {

  @PlanningId
  private int id;

  @PlanningListVariable
  private List<PeerJob> jobs = new ArrayList<>();

  /** For Timefold's cloner. */
  public PeerLine() {}

  /** A line with no jobs yet. */
  public PeerLine(int id) {
    this.id = id;
  }

  /** The 0-based line index. */
  public int getId() {
    return id;
  }

  /** The jobs in processing order (Timefold's list variable, mutable). */
  public List<PeerJob> getJobs() {
    return jobs;
  }

  @Override
  public String toString() {
    return "line " + (id + 1);
  }
}

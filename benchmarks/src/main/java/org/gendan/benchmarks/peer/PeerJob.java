package org.gendan.benchmarks.peer;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;

/**
 * A job in the Timefold model: a value of the lines' list variable, with its line, its predecessor
 * and its completion time as shadow variables (the completion cascades along the line).
 */
@PlanningEntity
public class PeerJob {

  @PlanningId
  private int id;
  private int processing;
  private int weight;
  private int due;

  @InverseRelationShadowVariable(sourceVariableName = "jobs")
  private PeerLine line;

  @PreviousElementShadowVariable(sourceVariableName = "jobs")
  private PeerJob previous;

  @CascadingUpdateShadowVariable(targetMethodName = "updateCompletion")
  private Long completion;

  /** For Timefold's cloner. */
  public PeerJob() {}

  /**
   * A job.
   *
   * @param id         its 0-based index in the instance
   * @param processing its processing time
   * @param weight     its weight
   * @param due        its due date
   */
  public PeerJob(int id, int processing, int weight, int due) {
    this.id = id;
    this.processing = processing;
    this.weight = weight;
    this.due = due;
  }

  /** Recomputes the completion from the predecessor's (called by Timefold along the line). */
  public void updateCompletion() {
    if (line == null) {
      completion = null;
    } else {
      long start = previous == null ? 0 : previous.completion == null ? 0 : previous.completion;
      completion = start + processing;
    }
  }

  /** The 0-based index in the instance. */
  public int getId() {
    return id;
  }

  /** The processing time. */
  public int getProcessing() {
    return processing;
  }

  /** The weight. */
  public int getWeight() {
    return weight;
  }

  /** The due date. */
  public int getDue() {
    return due;
  }

  /** The line, or null while unassigned. */
  public PeerLine getLine() {
    return line;
  }

  /** The job before this one on its line, or null. */
  public PeerJob getPrevious() {
    return previous;
  }

  /** The completion time, or null while unassigned. */
  public Long getCompletion() {
    return completion;
  }

  /** Weight × tardiness at the current completion (0 while unassigned). */
  public long weightedTardiness() {
    return completion == null ? 0 : (long) weight * Math.max(0, completion - due);
  }

  @Override
  public String toString() {
    return "job " + (id + 1);
  }
}

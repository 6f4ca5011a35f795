package org.gendan.benchmarks.peer;

import ai.timefold.solver.core.api.score.buildin.simplelong.SimpleLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The Timefold constraints: one soft constraint, weighted tardiness. */
public class PeerConstraints implements ConstraintProvider {

  /** For Timefold. */
  public PeerConstraints() {}

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {weightedTardiness(factory)};
  }

  /** Every late job costs weight × minutes late. */
  Constraint weightedTardiness(ConstraintFactory factory) {
    return factory.forEach(PeerJob.class)
        .filter(job -> job.getCompletion() != null && job.getCompletion() > job.getDue())
        .penalizeLong(SimpleLongScore.ONE, PeerJob::weightedTardiness)
        .asConstraint("Weighted tardiness");
  }
}

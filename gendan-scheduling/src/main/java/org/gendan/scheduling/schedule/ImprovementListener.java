package org.gendan.scheduling.schedule;

/** Receives the improvement search's progress. */
@FunctionalInterface
public interface ImprovementListener {

  /** A listener that ignores progress. */
  ImprovementListener NONE = (totals, evaluations, elapsedMillis) -> {};

  /**
   * Called with each new best schedule's totals.
   *
   * @param totals        the new best totals
   * @param evaluations   schedules evaluated so far
   * @param elapsedMillis wall time since the search started
   */
  void improved(ScheduleTotals totals, long evaluations, long elapsedMillis);
}

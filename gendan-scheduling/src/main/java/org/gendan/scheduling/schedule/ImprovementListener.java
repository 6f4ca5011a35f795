package org.gendan.scheduling.schedule;

/**
 * Receives the improvement search's progress. The local search reports every new best schedule; the
 * weighted-tardiness engine path reports once, with its final schedule, when that beats the
 * constructive one.
 */
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

package org.gendan.scheduling.schedule;

/** How the scheduler picks one of a group's parallel lines for an operation (产能平衡原则). */
public enum LineChoice {
  /** The line on which the operation finishes first; ties go to the less loaded line, then line id. */
  EARLIEST_FINISH,
  /** The line with the least work assigned so far; ties go to the earlier finish, then line id. */
  LEAST_LOADED
}

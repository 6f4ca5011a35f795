package org.gendan.scheduling.schedule;

import java.util.Comparator;

/**
 * A planning principle as a ranking of jobs: the scheduler places jobs in this order, each into the
 * earliest free capacity its routing allows, so a job ranked first is never delayed by a job ranked
 * after it. Ties are broken by job id. Named rules are in {@link PriorityRules}.
 */
public interface PriorityRule {

  /** The rule's name, e.g. {@code EDD}. */
  String name();

  /** The ranking: negative if {@code a} goes before {@code b}. */
  Comparator<Job> comparator(RuleContext context);

  /** What this rule looked at for the job, in words a 跟单员 can repeat, e.g. "tier KEY, due 2026-03-17". */
  String reason(Job job, RuleContext context);
}

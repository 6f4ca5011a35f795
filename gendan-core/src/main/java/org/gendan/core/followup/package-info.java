/**
 * The follow-up plan (跟单计划) and the daily worklist (日清日结).
 *
 * <p>{@link org.gendan.core.followup.FollowUpPlan#of} back-schedules an order's milestones from its
 * delivery date with the offsets of a {@link org.gendan.core.followup.FollowUpPolicy} and reads the
 * dates they were met from the order's history. {@link org.gendan.core.followup.Worklist#of} turns many
 * orders into the day's list: overdue, due today, at risk, due soon — key customers first.
 */
package org.gendan.core.followup;

/**
 * Production scheduling (生产排期) on finite capacity: jobs from sales-order lines, priority rules for
 * the planning principles (交货期先后原则 delivery-date order, 客户分类原则 customer classification),
 * line choice among parallel lines (产能平衡原则 capacity balancing), routings in process-flow order
 * (工艺流程原则), work calendars (时间因素), the constructive scheduler, the improvement search,
 * rescheduling from "now", and the schedule with its explanations.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
@GendanStyle
package org.gendan.scheduling.schedule;

import org.gendan.core.GendanStyle;

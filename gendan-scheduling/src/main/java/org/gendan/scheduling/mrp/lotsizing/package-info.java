/**
 * Lot sizing (批量规则) for MRP: the small {@link org.gendan.scheduling.mrp.lotsizing.LotSizingRule}
 * interface and its named rules in {@link org.gendan.scheduling.mrp.lotsizing.LotSizingRules}
 * (lot-for-lot, fixed order quantity, minimum, multiple, period order quantity, EOQ, Wagner–Whitin,
 * Silver–Meal, least unit cost, part-period balancing), the single-item planner
 * {@link org.gendan.scheduling.mrp.lotsizing.LotSizing} with its cost figures, and the
 * {@link org.gendan.scheduling.mrp.lotsizing.EconomicOrderQuantity} calculator with a fixed and a
 * variable ordering-cost part (订货成本).
 *
 * <p>Cost convention for every rule: a setup (ordering) cost {@code K} per order and a holding cost
 * {@code h} per unit per period charged on end-of-period inventory, so a quantity needed {@code k}
 * periods after the order's receipt period costs {@code h × quantity × k} to carry.
 *
 * <p>All arguments are non-null; a null argument throws {@link java.lang.NullPointerException} naming it.
 */
package org.gendan.scheduling.mrp.lotsizing;

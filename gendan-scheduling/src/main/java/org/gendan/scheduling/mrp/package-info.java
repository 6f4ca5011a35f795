/**
 * Material requirements planning (物料需求计划, MRP): explode customer-order demand through the bill
 * of materials into time-phased net requirements and planned orders, pegged to the customer-order lines
 * they serve, with action messages and material readiness per order.
 *
 * <h2>Conventions (what every number means)</h2>
 * <ul>
 *   <li>The horizon is a {@link org.gendan.scheduling.mrp.PlanningCalendar} of periods 1..N (days,
 *       weeks or months); period 1 starts "today". A gross requirement in period t must be available at
 *       the <em>start</em> of t; a demand due on a date falls into the period containing that date.
 *   <li>{@code Available(t) = POH(t−1) + SR(t)}; {@code NR(t) = max(0, GR(t) + SS − Available(t))};
 *       {@code POH(t) = Available(t) + PORec(t) − GR(t)}; {@code POH(0)} = on hand − allocated. Safety
 *       stock {@code SS} is a floor: MRP plans so that POH never falls below it (0 unless stated).
 *   <li>Scheduled receipts (open orders) count from the period of their due date and are used before
 *       anything new is planned; a receipt already overdue counts from period 1 and is flagged expedite;
 *       a receipt due after the horizon is outside the plan and not counted.
 *   <li>The lot-sizing rule turns NR(t) into a planned receipt PORec(t) ≥ NR(t); then the item's order
 *       minimum, multiple and maximum are applied (a lot above the maximum is split into several orders
 *       in the same period).
 *   <li>A planned receipt in t is released in {@code t − LT}, LT = the item's lead time in periods
 *       (plus {@code ceil(quantity × lead time per unit)} for made items). Yield below 100% raises the
 *       released quantity to {@code receipt / yield}, rounded up to a whole unit for counted units.
 *   <li>A release before period 1 is past due: it is released in period 1 ("today"), flagged, and the
 *       customer orders it serves are named with the days the material will arrive after its need date.
 *   <li>Gross requirement of a component in t = Σ over parents of (parent release quantity in t ×
 *       quantity per × (1 + scrap%)), for BOM lines effective on the release date. A phantom component
 *       uses its own stock first and passes the rest straight to its components in the same period.
 *   <li>Items are planned in low-level-code order (deepest level at which an item occurs), ties by SKU.
 *   <li>Pegging allocates supply to requirements first-in-first-out by period: on hand first, then
 *       scheduled receipts and planned receipts in period order; requirements in the same period are
 *       served key customers first (客户分类), then by due date and demand id (a parent order's
 *       requirement ranks with the most urgent demand it serves). Pegging is stored single-level: each
 *       supply is pegged to the requirement one level up — a customer-order line or forecast, a parent's
 *       planned order, or stock kept (safety stock, lot-size remainders) — and the pegs of each supply add
 *       up exactly to its quantity. Full pegging through all levels, both directions, is answered on query
 *       by {@link org.gendan.scheduling.mrp.MrpResult}, apportioning proportionally through the parent
 *       orders (see {@link org.gendan.scheduling.mrp.MrpResult#demandPegsOf(org.gendan.core.product.Sku, String)}).
 * </ul>
 *
 * <p>All arguments are non-null unless stated otherwise; a null argument throws
 * {@link java.lang.NullPointerException} naming it. Business failures (a BOM cycle, an unknown item, a
 * demand outside the horizon) are returned as {@link org.gendan.core.Rejection}s.
 */
@GendanStyle
package org.gendan.scheduling.mrp;

import org.gendan.core.GendanStyle;

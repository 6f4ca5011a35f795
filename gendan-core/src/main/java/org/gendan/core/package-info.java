/**
 * gendan-core: the order-centric domain of 跟单 (order follow-up in export manufacturing and trading).
 *
 * <p>Sub-packages: {@code money} (exact money and exchange rates), {@code measure} (quantities with
 * units), {@code party} (customers with tiers, suppliers), {@code product} (items, packing specs, price
 * lists), {@code order} (the sales order, its lifecycle and event history), {@code review} (审单),
 * {@code followup} (跟单计划 and the daily worklist), {@code kpi} (order KPIs) and {@code json}
 * (Jackson mapping of every public type).
 *
 * <p>Conventions: every public type is immutable and thread-safe unless it says otherwise; {@code null}
 * arguments are programmer errors and are rejected with a {@link java.lang.NullPointerException} naming
 * the argument; business failures are values ({@link org.gendan.core.Rejection}, vavr {@code Either} and
 * {@code Validation}), never exceptions.
 */
package org.gendan.core;

/**
 * The sales order and its lifecycle.
 *
 * <p>{@link org.gendan.core.order.SalesOrder} is the order as received (lines, dates, terms, flags);
 * {@link org.gendan.core.order.Order} is the order being followed: its current revision, its
 * {@link org.gendan.core.order.OrderStatus}, the facts gathered so far (payments, sample, QC, voucher,
 * booking …) and its event history. Commands ({@link org.gendan.core.order.OrderCommand}) are checked
 * against guards taken from the order itself and either become events
 * ({@link org.gendan.core.order.OrderEvent}) or are rejected with a
 * {@link org.gendan.core.Rejection}; replaying the events rebuilds the identical order.
 */
@GendanStyle
package org.gendan.core.order;

import org.gendan.core.GendanStyle;

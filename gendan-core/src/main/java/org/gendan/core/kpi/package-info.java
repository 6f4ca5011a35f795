/**
 * KPIs over orders (订单指标): on-time delivery rate (交期达成率), monthly order and shipment amounts by
 * customer, quantities by item, and payments received and outstanding per customer. Entry point:
 * {@link org.gendan.core.kpi.OrderKpis}.
 */
package org.gendan.core.kpi;

/**
 * Inventory positions (库存) and open supply: {@link org.gendan.scheduling.inventory.InventoryPosition}
 * (on hand and allocated), {@link org.gendan.scheduling.inventory.ScheduledReceipt} (open purchase and
 * production orders MRP counts on), and for material follow-up (物料跟单) the
 * {@link org.gendan.scheduling.inventory.PurchaseOrder} with its
 * {@link org.gendan.scheduling.inventory.GoodsReceipt}s (收货).
 *
 * <p>All arguments are non-null unless stated otherwise; a null argument throws
 * {@link java.lang.NullPointerException} naming it.
 */
package org.gendan.scheduling.inventory;

/**
 * Order review (审单 / 订单评审): {@link org.gendan.core.review.OrderReview} checks a sales order and
 * reports every {@link org.gendan.core.review.Finding} at once in a
 * {@link org.gendan.core.review.ReviewReport}. Capacity and material feasibility come through the
 * small interfaces {@link org.gendan.core.review.CapacityCheck} and
 * {@link org.gendan.core.review.MaterialCheck}, which {@code gendan-scheduling} implements.
 */
package org.gendan.core.review;

/**
 * Capable-to-promise (接单评审本厂产能): the earliest date an inquiry can be delivered without making any
 * promised order late, what would slip if it were served at its customer tier's priority instead, and
 * a {@link org.gendan.core.review.CapacityCheck} so order review (审单) uses the real schedule.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.scheduling.promise;

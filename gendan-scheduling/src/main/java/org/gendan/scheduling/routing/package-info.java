/**
 * Routings (工艺路线): for each item, the ordered operations (工序) it passes through, each on a
 * work-center group, with setup time, run time per unit and the minimum transfer lag to the next
 * operation (工艺流程原则).
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.scheduling.routing;

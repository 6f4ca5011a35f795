/**
 * Production resources (产能资源): work-center groups by department (车间), each with one or more
 * parallel production lines (生产线) that may differ in speed and efficiency and have down periods.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.scheduling.resource;

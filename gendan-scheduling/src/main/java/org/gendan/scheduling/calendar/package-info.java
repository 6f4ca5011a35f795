/**
 * Work calendars (工作日历): the weekly shift pattern of a department, its holidays, overtime and
 * shutdown exceptions, and arithmetic in working minutes ("finish 900 minutes of work starting Friday
 * 15:00"). All times are {@link java.time.LocalDateTime} in the factory's own zone, in whole minutes.
 *
 * <p>Every method rejects null arguments with a {@link NullPointerException} naming the argument.
 */
package org.gendan.scheduling.calendar;

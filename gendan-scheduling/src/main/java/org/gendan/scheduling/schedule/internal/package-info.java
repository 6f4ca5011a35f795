/**
 * Internal: the scheduler's machinery (epoch-minute timelines, the schedule decoder, the local search
 * and the bridge to the weighted-tardiness engine). Not part of the public API.
 */
package org.gendan.scheduling.schedule.internal;

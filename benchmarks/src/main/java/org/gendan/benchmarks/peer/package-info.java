/**
 * The peer model for the side-by-side benchmark: parallel-line weighted tardiness in Timefold Solver,
 * modelled as its documentation recommends for task assigning and vehicle routing: one planning
 * entity per line holding a {@code @PlanningListVariable} of jobs, jobs carrying inverse-relation,
 * previous-element and cascading shadow variables for their completion time, and a constraint-stream
 * score that penalises weight × tardiness. Timefold requires mutable beans; they live only here.
 */
package org.gendan.benchmarks.peer;

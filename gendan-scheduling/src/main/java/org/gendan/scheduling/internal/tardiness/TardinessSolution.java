package org.gendan.scheduling.internal.tardiness;

/**
 * A solution of a {@link TardinessInstance}: for each machine the jobs in processing order, and the
 * total weighted tardiness.
 *
 * @param sequences job indices per machine, in processing order
 * @param objective total weighted tardiness of the sequences
 */
public record TardinessSolution(int[][] sequences, long objective) {}

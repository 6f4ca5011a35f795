package org.gendan.scheduling.internal.tardiness;

import java.util.Objects;

/**
 * A solution of a {@link TardinessInstance}: for each machine the jobs in processing order, and the
 * total weighted tardiness.
 *
 * @param sequences job indices per machine, in processing order
 * @param objective total weighted tardiness of the sequences
 */
public record TardinessSolution(int[][] sequences, long objective) {
  /** Checks that the sequences are present. */
  public TardinessSolution {
    Objects.requireNonNull(sequences, "sequences");
    for (int a = 0; a < sequences.length; a++) {
      Objects.requireNonNull(sequences[a], "sequences[" + a + "]");
    }
  }
}

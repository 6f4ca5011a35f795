package org.gendan.scheduling.internal.tardiness;

import java.util.Objects;

/**
 * How long and how a search may run.
 *
 * @param timeLimitMillis wall-clock limit; the search also stops earlier by its own rule (no
 *                        improvement for a while, or a proven optimum)
 * @param seed            seed of all randomness; the same seed and instance give the same result
 *                        whenever the time limit is not what stopped the search
 * @param listener        told of every new best objective
 */
public record TardinessSearch(long timeLimitMillis, long seed, Listener listener) {

  /** Receives progress: every new best solution's objective and the elapsed time. */
  @FunctionalInterface
  public interface Listener {
    /** A listener that ignores progress. */
    Listener NONE = (objective, elapsedMillis) -> {};

    /** Called with each new best objective. */
    void improved(long objective, long elapsedMillis);
  }

  /** Checks the values. */
  public TardinessSearch {
    if (timeLimitMillis < 0) {
      throw new IllegalArgumentException("time limit must not be negative: " + timeLimitMillis);
    }
    Objects.requireNonNull(listener, "listener");
  }
}

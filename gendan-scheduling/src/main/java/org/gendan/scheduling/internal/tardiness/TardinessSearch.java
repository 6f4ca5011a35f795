package org.gendan.scheduling.internal.tardiness;

import java.util.Objects;

/**
 * How long and how a search may run.
 *
 * @param timeLimitMillis           wall-clock limit; the search also stops earlier by its own rule (no
 *                                  improvement for {@code maxIdleIterations} iterations, or a proven
 *                                  optimum: the objective reached a lower bound)
 * @param seed                      seed of all randomness; the same seed and instance give the same
 *                                  result whenever the time limit is not what stopped the search
 * @param listener                  told of every new best objective
 * @param maxIdleIterations         how many perturbation iterations in a row without a new best
 *                                  solution end the search; {@link #AUTOMATIC_IDLE_ITERATIONS} (0)
 *                                  lets the solver choose from the instance size
 */
public record TardinessSearch(long timeLimitMillis, long seed, Listener listener, long maxIdleIterations) {

  /** The value of {@code maxIdleIterations} that lets the solver choose the stop rule from the instance size. */
  public static final long AUTOMATIC_IDLE_ITERATIONS = 0;

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
    if (maxIdleIterations < 0) {
      throw new IllegalArgumentException("maxIdleIterations must not be negative: " + maxIdleIterations);
    }
  }

  /**
   * A search with the automatic stop rule (see {@link #AUTOMATIC_IDLE_ITERATIONS}).
   *
   * @param timeLimitMillis wall-clock limit, ≥ 0
   * @param seed            seed of all randomness
   * @param listener        told of every new best objective
   */
  public TardinessSearch(long timeLimitMillis, long seed, Listener listener) {
    this(timeLimitMillis, seed, listener, AUTOMATIC_IDLE_ITERATIONS);
  }

  /** This search with another stop rule: {@code maxIdleIterations} iterations without a new best solution. */
  public TardinessSearch withMaxIdleIterations(long maxIdleIterations) {
    return new TardinessSearch(timeLimitMillis, seed, listener, maxIdleIterations);
  }
}

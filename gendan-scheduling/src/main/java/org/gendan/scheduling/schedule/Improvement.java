package org.gendan.scheduling.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How the improvement search may run: a wall-clock budget, a seed, a cap on evaluated schedules, and a
 * listener told of every better schedule. With the same seed and problem the result is identical
 * whenever the search stops by its evaluation cap or by lack of improvement rather than by the clock.
 *
 * @param timeLimit      wall-clock budget, 0..1 hour
 * @param seed           seed of all randomness
 * @param maxEvaluations the most schedules to evaluate, ≥ 1
 * @param listener       told of every new best schedule
 */
public record Improvement(Duration timeLimit, long seed, long maxEvaluations, ImprovementListener listener) {

  /** Creates the settings. @throws IllegalArgumentException if the budget or cap is out of range */
  public Improvement {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(listener, "listener");
    if (timeLimit.isNegative() || timeLimit.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("time limit must be 0..1 hour, got " + timeLimit);
    }
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("max evaluations must be at least 1, got " + maxEvaluations);
    }
  }

  /** A search within {@code timeLimit} with the given seed, no evaluation cap and no listener. */
  public static Improvement of(Duration timeLimit, long seed) {
    return new Improvement(timeLimit, seed, Long.MAX_VALUE, ImprovementListener.NONE);
  }

  /** These settings with an evaluation cap. */
  public Improvement withMaxEvaluations(long cap) {
    return new Improvement(timeLimit, seed, cap, listener);
  }

  /** These settings with a listener. */
  public Improvement withListener(ImprovementListener l) {
    return new Improvement(timeLimit, seed, maxEvaluations, l);
  }
}

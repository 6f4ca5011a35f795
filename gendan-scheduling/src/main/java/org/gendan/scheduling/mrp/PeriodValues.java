package org.gendan.scheduling.mrp;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of a time-phased record over periods 1..N, stored sparsely: only the periods with a non-zero
 * value are kept, so an item with three demands in a one-year daily horizon costs three entries, not 365.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeriodValues {

  private static final int[] NO_PERIODS = new int[0];
  private static final BigDecimal[] NO_VALUES = new BigDecimal[0];

  private final int periods;
  private final int[] at;
  private final BigDecimal[] values;

  private PeriodValues(int periods, int[] at, BigDecimal[] values) {
    this.periods = periods;
    this.at = at;
    this.values = values;
  }

  /**
   * A row from its non-zero entries.
   *
   * @param periods the number of periods N
   * @param at      strictly increasing period numbers in 1..N (copied)
   * @param values  the value of each of those periods (copied); zeros are dropped
   * @param count   how many entries of the two arrays to use
   * @throws IllegalArgumentException if the periods are not strictly increasing inside 1..N
   */
  public static PeriodValues of(int periods, int[] at, BigDecimal[] values, int count) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(values, "values");
    if (periods < 0 || count < 0 || count > at.length || count > values.length) {
      throw new IllegalArgumentException("bad sizes: " + periods + " periods, " + count + " entries");
    }
    int k = 0;
    int[] a = new int[count];
    BigDecimal[] v = new BigDecimal[count];
    int last = 0;
    for (int i = 0; i < count; i++) {
      if (at[i] <= last || at[i] > periods) {
        throw new IllegalArgumentException("period " + at[i] + " is out of order or outside 1.." + periods);
      }
      last = at[i];
      BigDecimal x = values[i];
      if (x == null) {
        throw new NullPointerException("values[" + i + "]");
      }
      if (x.signum() != 0) {
        a[k] = at[i];
        v[k] = x.stripTrailingZeros();
        k++;
      }
    }
    return k == 0 ? new PeriodValues(periods, NO_PERIODS, NO_VALUES)
        : new PeriodValues(periods, Arrays.copyOf(a, k), Arrays.copyOf(v, k));
  }

  /** A row of zeros over {@code periods} periods. */
  public static PeriodValues zeros(int periods) {
    return of(periods, NO_PERIODS, NO_VALUES, 0);
  }

  /** The number of periods N. */
  public int periods() {
    return periods;
  }

  /** The value in a period (1..N); zero where nothing is stored. */
  public BigDecimal get(int period) {
    if (period < 1 || period > periods) {
      throw new IndexOutOfBoundsException("period " + period + " outside 1.." + periods);
    }
    int i = Arrays.binarySearch(at, period);
    return i >= 0 ? values[i] : BigDecimal.ZERO;
  }

  /** The number of periods with a non-zero value. */
  public int nonZeroCount() {
    return at.length;
  }

  /** The period of the i-th non-zero entry (0-based), in increasing order. */
  public int nonZeroPeriod(int i) {
    return at[i];
  }

  /** The value of the i-th non-zero entry (0-based). */
  public BigDecimal nonZeroValue(int i) {
    return values[i];
  }

  /** A read-only dense view, index 0 for period 1. */
  public List<BigDecimal> toList() {
    return new AbstractList<BigDecimal>() {
      @Override
      public BigDecimal get(int index) {
        return PeriodValues.this.get(index + 1);
      }

      @Override
      public int size() {
        return periods;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PeriodValues)) {
      return false;
    }
    PeriodValues p = (PeriodValues) o;
    return periods == p.periods && Arrays.equals(at, p.at) && Arrays.equals(values, p.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * periods + Arrays.hashCode(at)) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < at.length; i++) {
      b.append(i == 0 ? "" : ", ").append(at[i]).append('=').append(values[i].toPlainString());
    }
    return b.append("} over ").append(periods).append(" periods").toString();
  }
}

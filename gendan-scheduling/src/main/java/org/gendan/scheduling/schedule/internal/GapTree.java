package org.gendan.scheduling.schedule.internal;

import java.util.Arrays;

/**
 * The free gaps of one line in working-minute coordinates, as a treap keyed by gap start whose nodes
 * know the longest gap in their subtree: the earliest gap that can take {@code w} minutes at or after
 * a position is found in logarithmic time. Not thread-safe; one per decode.
 */
final class GapTree {
  /** A position beyond any schedule. */
  static final long INFINITY = Long.MAX_VALUE / 4;

  private long[] start = new long[16];
  private long[] end = new long[16];
  private long[] maxLen = new long[16];
  private int[] left = new int[16];
  private int[] right = new int[16];
  private int[] prio = new int[16];
  private int[] free = new int[16];
  private int freeCount;
  private int used = 1; // node 0 is the null node
  private int root;
  private int seed = 0x9E3779B9;

  GapTree() {
    insert(0, INFINITY);
  }

  private int newNode(long s, long e) {
    int n;
    if (freeCount > 0) {
      n = free[--freeCount];
    } else {
      if (used == start.length) {
        int c = used * 2;
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
        maxLen = Arrays.copyOf(maxLen, c);
        left = Arrays.copyOf(left, c);
        right = Arrays.copyOf(right, c);
        prio = Arrays.copyOf(prio, c);
      }
      n = used++;
    }
    start[n] = s;
    end[n] = e;
    maxLen[n] = e - s;
    left[n] = 0;
    right[n] = 0;
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    prio[n] = seed;
    return n;
  }

  private void update(int n) {
    long m = end[n] - start[n];
    if (left[n] != 0 && maxLen[left[n]] > m) {
      m = maxLen[left[n]];
    }
    if (right[n] != 0 && maxLen[right[n]] > m) {
      m = maxLen[right[n]];
    }
    maxLen[n] = m;
  }

  private long splitLeft;
  private long splitRight;

  /** Splits t into keys < key (left) and ≥ key (right); results in splitLeft/splitRight as ints. */
  private void split(int t, long key) {
    if (t == 0) {
      splitLeft = 0;
      splitRight = 0;
      return;
    }
    if (start[t] < key) {
      split(right[t], key);
      right[t] = (int) splitLeft;
      update(t);
      splitLeft = t;
    } else {
      split(left[t], key);
      left[t] = (int) splitRight;
      update(t);
      splitRight = t;
    }
  }

  private int merge(int a, int b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    if (prio[a] > prio[b]) {
      right[a] = merge(right[a], b);
      update(a);
      return a;
    }
    left[b] = merge(a, left[b]);
    update(b);
    return b;
  }

  private void insert(long s, long e) {
    int n = newNode(s, e);
    split(root, s);
    int l = (int) splitLeft;
    int r = (int) splitRight;
    root = merge(merge(l, n), r);
  }

  private void remove(long s) {
    split(root, s);
    int l = (int) splitLeft;
    int r = (int) splitRight;
    split(r, s + 1);
    int m = (int) splitLeft;
    int r2 = (int) splitRight;
    if (m != 0) {
      if (freeCount == free.length) {
        free = Arrays.copyOf(free, freeCount * 2);
      }
      free[freeCount++] = m;
    }
    root = merge(l, r2);
  }

  /** The node of the gap with the largest start ≤ x, or 0. */
  private int floor(long x) {
    int t = root;
    int best = 0;
    while (t != 0) {
      if (start[t] <= x) {
        best = t;
        t = right[t];
      } else {
        t = left[t];
      }
    }
    return best;
  }

  /** The node with the smallest start > x whose gap is at least w long, or 0. */
  private int fit(int t, long x, long w) {
    if (t == 0 || maxLen[t] < w) {
      return 0;
    }
    if (start[t] <= x) {
      return fit(right[t], x, w);
    }
    int r = fit(left[t], x, w);
    if (r != 0) {
      return r;
    }
    if (end[t] - start[t] >= w) {
      return t;
    }
    return fit(right[t], x, w);
  }

  /** The earliest position ≥ x where w minutes fit into one gap. */
  long earliest(long x, long w) {
    int g = floor(x);
    if (g != 0 && end[g] - x >= w) {
      return x;
    }
    int n = fit(root, x, w);
    return start[n];
  }

  /** Marks [a, b) busy, whatever gaps it touches. */
  void occupy(long a, long b) {
    if (b <= a) {
      return;
    }
    while (true) {
      int g = floor(b - 1);
      if (g == 0 || end[g] <= a) {
        return;
      }
      long gs = start[g];
      long ge = end[g];
      remove(gs);
      if (gs < a) {
        insert(gs, a);
      }
      if (ge > b) {
        insert(b, ge);
      }
      if (gs < a) {
        return;
      }
    }
  }
}

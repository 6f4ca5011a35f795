package org.gendan.scheduling.schedule.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.schedule.Fixtures;
import org.junit.jupiter.api.Test;

class GapTreeProperties {

  /** A busy/free array of minutes as the obviously right model. */
  static long naiveEarliest(boolean[] busy, int x, int w) {
    for (int a = x; ; a++) {
      boolean fits = true;
      for (int k = a; k < a + w; k++) {
        if (k < busy.length && busy[k]) {
          fits = false;
          break;
        }
      }
      if (fits) {
        return a;
      }
    }
  }

  @Test
  void the_gap_tree_finds_the_same_earliest_fit_as_a_minute_by_minute_search() {
    qt().withExamples(300).forAll(lists().of(lists().of(integers().between(0, 300)).ofSize(3)).ofSizeBetween(1, 60))
        .check(steps -> {
          GapTree tree = new GapTree();
          boolean[] busy = new boolean[2000];
          for (List<Integer> s : steps) {
            int x = s.get(0);
            int w = 1 + s.get(1) % 40;
            if (s.get(2) % 5 == 0) {
              int b = x + w;
              tree.occupy(x, b);
              for (int k = x; k < b; k++) {
                busy[k] = true;
              }
              continue;
            }
            long a = tree.earliest(x, w);
            if (a != naiveEarliest(busy, x, w)) {
              return false;
            }
            tree.occupy(a, a + w);
            for (long k = a; k < a + w; k++) {
              busy[(int) k] = true;
            }
          }
          return true;
        });
  }

  @Test
  void working_minute_indices_and_their_instants_agree_with_the_calendar() {
    qt().withExamples(100).forAll(integers().between(0, 3), integers().between(0, 20000), integers().between(1, 5000))
        .check((kind, offset, w) -> {
          var cal = kind == 0 ? org.gendan.scheduling.calendar.WorkCalendar.continuous() : kind == 1 ? Fixtures.dayShifts() : Fixtures.dayAndNight();
          long origin = Minutes.of(Fixtures.START);
          List<TimeRange> down = List.of(TimeRange.of(Fixtures.START.plusHours(30), Fixtures.START.plusHours(40)));
          Timeline tl = new Timeline("L", cal, kind == 3 ? down : List.of(), origin);
          long t = origin + offset;
          long x = tl.index(t);
          long s = tl.startOfMinute(x);
          long e = tl.startOfMinute(x + w - 1) + 1;
          if (kind == 3) {
            return s >= t && e > s && tl.index(e) - tl.index(s) == w;
          }
          return s == Minutes.of(cal.nextWorkingInstant(Minutes.toTime(t)))
              && e == Minutes.of(cal.plusWorkingMinutes(Minutes.toTime(s), w))
              && tl.finish(s, w) == e;
        });
  }
}

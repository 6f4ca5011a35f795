package org.gendan.scheduling.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gendan.scheduling.calendar.TimeRange;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;

/** The invariants every schedule must satisfy, as independent checks; each returns an error text or null. */
final class ScheduleChecks {
  private ScheduleChecks() {}

  static String violations(Schedule s) {
    SchedulingProblem p = s.problem();
    int ops = p.jobs().stream().mapToInt(j -> j.routing().operations().size()).sum();
    if (s.assignments().size() != ops) {
      return "expected " + ops + " assignments, got " + s.assignments().size();
    }
    Set<OperationRef> seen = new HashSet<>();
    for (Assignment a : s.assignments()) {
      if (!seen.add(new OperationRef(a.job(), a.operationIndex()))) {
        return "operation scheduled twice: " + a;
      }
    }
    Map<LineId, List<Assignment>> byLine = s.assignments().stream().collect(Collectors.groupingBy(Assignment::line));
    for (List<Assignment> list : byLine.values()) {
      List<Assignment> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparing(Assignment::start));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
          return "overlap on " + sorted.get(i).line() + ": " + sorted.get(i - 1) + " and " + sorted.get(i);
        }
      }
    }
    for (Job j : p.jobs()) {
      List<Assignment> as = s.assignmentsOf(j.id());
      LocalDateTime ready = j.release().isAfter(p.start()) ? j.release() : p.start();
      for (int k = 0; k < as.size(); k++) {
        Assignment a = as.get(k);
        WorkCenterGroup g = p.plant().group(j.routing().operations().get(k).group()).orElseThrow();
        ProductionLine line = g.lines().stream().filter(l -> l.id().equals(a.line())).findFirst().orElse(null);
        if (line == null) {
          return a + " is on a line outside group " + g.id();
        }
        if (a.pinned()) {
          continue;
        }
        if (k == 0 && a.start().isBefore(ready)) {
          return a + " starts before release/planning start " + ready;
        }
        if (k > 0 && a.start().isBefore(as.get(k - 1).end().plusMinutes(j.routing().operations().get(k - 1).transferLagMinutes()))) {
          return a + " starts before its predecessor's end plus lag";
        }
        if (a.start().isBefore(p.start())) {
          return a + " starts before the planning start";
        }
        long expected = line.minutesFor(j.routing().operations().get(k).setupMinutes(), j.runMinutes(k));
        if (a.workMinutes() != expected) {
          return a + " takes " + a.workMinutes() + " but the line needs " + expected;
        }
        if (lineWorking(g.calendar(), line, a.start(), a.end()) != expected) {
          return a + " does not use exactly " + expected + " working minutes of its line";
        }
        if (!isLineWorking(g.calendar(), line, a.start())) {
          return a + " starts outside working time";
        }
      }
    }
    return null;
  }

  static long lineWorking(WorkCalendar cal, ProductionLine line, LocalDateTime a, LocalDateTime b) {
    if (!b.isAfter(a)) {
      return 0;
    }
    List<LocalDateTime[]> down = new ArrayList<>();
    for (TimeRange d : line.downPeriods()) {
      if (!down.isEmpty() && !d.start().isAfter(down.get(down.size() - 1)[1])) {
        LocalDateTime[] top = down.get(down.size() - 1);
        if (d.end().isAfter(top[1])) {
          top[1] = d.end();
        }
      } else {
        down.add(new LocalDateTime[] {d.start(), d.end()});
      }
    }
    long total = 0;
    for (TimeRange w : cal.workingPeriods(a, b)) {
      total += w.duration().toMinutes();
      for (LocalDateTime[] d : down) {
        if (d[0].isBefore(w.end()) && w.start().isBefore(d[1])) {
          LocalDateTime s = d[0].isAfter(w.start()) ? d[0] : w.start();
          LocalDateTime e = d[1].isBefore(w.end()) ? d[1] : w.end();
          total -= java.time.Duration.between(s, e).toMinutes();
        }
      }
    }
    return total;
  }

  static boolean isLineWorking(WorkCalendar cal, ProductionLine line, LocalDateTime t) {
    return cal.isWorkingAt(t) && line.downPeriods().stream().noneMatch(d -> d.contains(t));
  }
}

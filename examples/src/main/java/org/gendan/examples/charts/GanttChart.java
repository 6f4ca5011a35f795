package org.gendan.examples.charts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.schedule.Assignment;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.LineLoad;
import org.gendan.scheduling.schedule.Schedule;

/**
 * A Gantt chart (甘特图) of a production {@link Schedule} as a standalone SVG document that any browser
 * opens: one row per production line (in the plant's order), one bar per scheduled operation from its
 * start to its end (a bar spans the nights and holidays the operation pauses over), coloured by the
 * customer's tier; the work of late jobs is outlined and marked in red; days without working time on a
 * line are shaded; a legend explains the colours. Every bar carries a tooltip ({@code <title>}) with
 * the order, line, operation, times and lateness, and {@code data-job}/{@code data-operation}
 * attributes for tools.
 *
 * <p>Pure function of the schedule: the same schedule gives the same text.
 */
public final class GanttChart {

  private static final double LEFT = 120;
  private static final double TOP = 56;
  private static final double ROW = 30;
  private static final double BAR = 20;
  private static final double DAY = 40;
  private static final double LEGEND = 70;
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private GanttChart() {}

  /**
   * The chart as SVG text.
   *
   * @param schedule the schedule
   * @param title    the chart's title, e.g. the factory's name
   */
  public static String svg(Schedule schedule, String title) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(title, "title");
    List<LineId> lines = Svg.lines(schedule);
    Map<LineId, Integer> row = Svg.rows(lines);
    LocalDate first = schedule.problem().start().toLocalDate();
    LocalDateTime endTime = schedule.totals().lastCompletion();
    for (Assignment a : schedule.assignments()) {
      if (a.start().toLocalDate().isBefore(first)) {
        first = a.start().toLocalDate();
      }
      if (a.end().isAfter(endTime)) {
        endTime = a.end();
      }
    }
    LocalDate last = endTime.toLocalDate();
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    LocalDateTime origin = first.atStartOfDay();
    double width = LEFT + days * DAY + 20;
    double height = TOP + lines.size() * ROW + LEGEND;

    Map<JobId, JobOutcome> outcomes = new HashMap<>();
    schedule.jobs().forEach(o -> outcomes.put(o.job(), o));
    Set<String> idle = new HashSet<>();
    for (LineLoad l : schedule.loads()) {
      if (l.workingMinutes() == 0) {
        idle.add(l.line().value() + "|" + l.date());
      }
    }

    StringBuilder b = new StringBuilder(Svg.open(width, height, title));
    b.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
        .append(Svg.escape(title)).append("</text>\n");
    b.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"34\" fill=\"#555\">")
        .append(Svg.escape(schedule.method() + "; " + schedule.totals().lateJobs() + " late job(s)")).append("</text>\n");
    // day grid
    b.append("<g class=\"grid\">\n");
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      double x = LEFT + d * DAY;
      b.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(TOP - 4)).append("\" x2=\"")
          .append(Svg.num(x)).append("\" y2=\"").append(Svg.num(TOP + lines.size() * ROW)).append("\" stroke=\"")
          .append(day.getDayOfWeek().getValue() == 1 ? "#999" : "#e0e0e0").append("\"/>\n");
      b.append("<text x=\"").append(Svg.num(x + DAY / 2)).append("\" y=\"").append(Svg.num(TOP - 8))
          .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#555\">").append(day.format(DAY_LABEL)).append("</text>\n");
      for (int r = 0; r < lines.size(); r++) {
        if (idle.contains(lines.get(r).value() + "|" + day)) {
          b.append("<rect class=\"idle\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(TOP + r * ROW))
              .append("\" width=\"").append(Svg.num(DAY)).append("\" height=\"").append(Svg.num(ROW))
              .append("\" fill=\"#eeeeee\"/>\n");
        }
      }
    }
    b.append("</g>\n");
    // rows
    for (int r = 0; r < lines.size(); r++) {
      double y = TOP + r * ROW;
      String group = schedule.problem().plant().groupOf(lines.get(r)).map(WorkCenterGroup::id).map(Object::toString).orElse("");
      b.append("<text x=\"8\" y=\"").append(Svg.num(y + ROW / 2 + 4)).append("\" font-weight=\"bold\">")
          .append(Svg.escape(lines.get(r).value())).append("</text>");
      b.append("<text x=\"62\" y=\"").append(Svg.num(y + ROW / 2 + 4)).append("\" fill=\"#777\" font-size=\"9\">")
          .append(Svg.escape(group)).append("</text>\n");
      b.append("<line x1=\"0\" y1=\"").append(Svg.num(y + ROW)).append("\" x2=\"").append(Svg.num(width))
          .append("\" y2=\"").append(Svg.num(y + ROW)).append("\" stroke=\"#cccccc\"/>\n");
    }
    // bars
    b.append("<g class=\"operations\">\n");
    for (Assignment a : schedule.assignments()) {
      Integer r = row.get(a.line());
      if (r == null) {
        throw new IllegalArgumentException("assignment on line " + a.line() + ", which the plant does not have");
      }
      Optional<Job> job = schedule.problem().job(a.job());
      Optional<CustomerTier> tier = job.flatMap(Job::tier);
      JobOutcome outcome = outcomes.get(a.job());
      boolean late = outcome != null && outcome.isLate();
      double x = LEFT + minutes(origin, a.start()) / 1440.0 * DAY;
      double w = Math.max(2, minutes(a.start(), a.end()) / 1440.0 * DAY);
      double y = TOP + r * ROW + (ROW - BAR) / 2;
      String tip = a.job() + " · " + a.operationName() + " on " + a.line() + " · " + a.start().format(TIME) + " → "
          + a.end().format(TIME) + " · " + a.workMinutes() + " working min · tier " + tier.map(Enum::name).orElse("?")
          + (outcome == null ? "" : late ? " · LATE by " + days(outcome.latenessMinutes()) + " days (延误)" : " · on time")
          + (a.pinned() ? " · pinned" : "");
      b.append("<g class=\"op").append(late ? " late" : "").append("\" data-job=\"").append(Svg.escape(a.job().toString()))
          .append("\" data-operation=\"").append(a.operationIndex()).append("\" data-line=\"").append(Svg.escape(a.line().value()))
          .append("\">");
      b.append("<title>").append(Svg.escape(tip)).append("</title>");
      b.append("<rect class=\"bar\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"")
          .append(Svg.num(w)).append("\" height=\"").append(Svg.num(BAR)).append("\" rx=\"2\" fill=\"")
          .append(tier.map(Svg::tierColour).orElse(Svg.NO_TIER)).append("\" fill-opacity=\"0.85\"");
      if (late) {
        b.append(" stroke=\"").append(Svg.LATE).append("\" stroke-width=\"2\"");
      } else {
        b.append(" stroke=\"#ffffff\" stroke-width=\"0.5\"");
      }
      b.append("/>");
      if (late) {
        b.append("<circle cx=\"").append(Svg.num(x + w)).append("\" cy=\"").append(Svg.num(y)).append("\" r=\"3\" fill=\"")
            .append(Svg.LATE).append("\"/>");
      }
      if (w > 70) {
        b.append("<text x=\"").append(Svg.num(x + 3)).append("\" y=\"").append(Svg.num(y + BAR / 2 + 4))
            .append("\" fill=\"#ffffff\" font-size=\"9\">").append(Svg.escape(a.job().toString())).append("</text>");
      }
      b.append("</g>\n");
    }
    b.append("</g>\n");
    // non-working days again, over the bars: an operation pauses over a holiday, and the chart shows it
    b.append("<g class=\"idle-overlay\">\n");
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      for (int r = 0; r < lines.size(); r++) {
        if (idle.contains(lines.get(r).value() + "|" + day)) {
          b.append("<rect x=\"").append(Svg.num(LEFT + d * DAY)).append("\" y=\"").append(Svg.num(TOP + r * ROW))
              .append("\" width=\"").append(Svg.num(DAY)).append("\" height=\"").append(Svg.num(ROW))
              .append("\" fill=\"#ffffff\" fill-opacity=\"0.6\"/>\n");
        }
      }
    }
    b.append("</g>\n");
    legend(b, TOP + lines.size() * ROW + 24);
    b.append("</svg>\n");
    return b.toString();
  }

  private static void legend(StringBuilder b, double y) {
    double x = LEFT;
    b.append("<g class=\"legend\">\n");
    for (CustomerTier t : CustomerTier.values()) {
      b.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"14\" height=\"12\" fill=\"")
          .append(Svg.tierColour(t)).append("\"/><text x=\"").append(Svg.num(x + 18)).append("\" y=\"").append(Svg.num(y + 10))
          .append("\">tier ").append(t.name()).append("</text>\n");
      x += 80;
    }
    b.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"14\" height=\"12\" fill=\"#ffffff\" stroke=\"")
        .append(Svg.LATE).append("\" stroke-width=\"2\"/><text x=\"").append(Svg.num(x + 18)).append("\" y=\"").append(Svg.num(y + 10))
        .append("\">late job (延误)</text>\n");
    x += 110;
    b.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y))
        .append("\" width=\"14\" height=\"12\" fill=\"#eeeeee\"/><text x=\"").append(Svg.num(x + 18)).append("\" y=\"")
        .append(Svg.num(y + 10)).append("\">no working time (休息/假日)</text>\n");
    b.append("</g>\n");
  }

  private static long minutes(LocalDateTime from, LocalDateTime to) {
    return Duration.between(from, to).toMinutes();
  }

  private static String days(long minutes) {
    return String.format(Locale.ROOT, "%.1f", minutes / 1440.0);
  }
}

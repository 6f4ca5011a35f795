package org.gendan.examples.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.schedule.LineLoad;
import org.gendan.scheduling.schedule.Schedule;

/**
 * A capacity-load chart (产能负荷图) of a {@link Schedule} as a standalone SVG document: one row per
 * production line, one cell per day, showing the planned share of the line's working minutes that day
 * ({@link LineLoad#utilisation()}) as a percentage and a colour from pale (idle) to orange (full); a day
 * above 100 % is red and marked with "!"; a day without working time is grey. Every cell carries
 * {@code data-line}, {@code data-date}, {@code data-planned} and {@code data-working} attributes with the
 * schedule's figures and a tooltip.
 *
 * <p>Pure function of the schedule: the same schedule gives the same text.
 */
public final class LoadChart {

  private static final double LEFT = 80;
  private static final double TOP = 56;
  private static final double ROW = 26;
  private static final double DAY = 40;
  private static final double LEGEND = 60;
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

  private LoadChart() {}

  /**
   * The chart as SVG text.
   *
   * @param schedule the schedule whose {@link Schedule#loads()} are drawn
   * @param title    the chart's title
   */
  public static String svg(Schedule schedule, String title) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(title, "title");
    List<LineId> lines = Svg.lines(schedule);
    Map<LineId, Integer> row = Svg.rows(lines);
    LocalDate first = schedule.problem().start().toLocalDate();
    LocalDate last = first;
    for (LineLoad l : schedule.loads()) {
      if (l.date().isBefore(first)) {
        first = l.date();
      }
      if (l.date().isAfter(last)) {
        last = l.date();
      }
    }
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    double width = LEFT + days * DAY + 20;
    double height = TOP + lines.size() * ROW + LEGEND;
    long over = schedule.loads().stream().filter(l -> l.plannedMinutes() > l.workingMinutes()).count();

    StringBuilder b = new StringBuilder(Svg.open(width, height, title));
    b.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">")
        .append(Svg.escape(title)).append("</text>\n");
    b.append("<text x=\"").append(Svg.num(LEFT)).append("\" y=\"34\" fill=\"#555\">")
        .append(Svg.escape("planned ÷ available working minutes per line per day; " + over + " day(s) above 100 %"))
        .append("</text>\n");
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      b.append("<text x=\"").append(Svg.num(LEFT + d * DAY + DAY / 2)).append("\" y=\"").append(Svg.num(TOP - 8))
          .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#555\">").append(day.format(DAY_LABEL)).append("</text>\n");
    }
    for (int r = 0; r < lines.size(); r++) {
      b.append("<text x=\"8\" y=\"").append(Svg.num(TOP + r * ROW + ROW / 2 + 4)).append("\" font-weight=\"bold\">")
          .append(Svg.escape(lines.get(r).value())).append("</text>\n");
    }
    b.append("<g class=\"loads\">\n");
    for (LineLoad l : schedule.loads()) {
      Integer r = row.get(l.line());
      if (r == null) {
        throw new IllegalArgumentException("load of line " + l.line() + ", which the plant does not have");
      }
      double x = LEFT + ChronoUnit.DAYS.between(first, l.date()) * DAY;
      double y = TOP + r * ROW;
      boolean overloaded = l.plannedMinutes() > l.workingMinutes();
      long percent = l.workingMinutes() == 0 ? 0 : Math.round(l.utilisation() * 100);
      String fill = l.workingMinutes() == 0 ? "#e6e6e6" : overloaded ? Svg.OVERLOAD : shade(l.utilisation());
      String label = l.workingMinutes() == 0 ? (l.plannedMinutes() > 0 ? "!" : "–") : percent + (overloaded ? "!" : "");
      String tip = l.line() + " " + l.date() + ": " + l.plannedMinutes() + " of " + l.workingMinutes() + " working minutes planned"
          + (l.workingMinutes() == 0 ? " (no working time)" : " (" + percent + " %)") + (overloaded ? " — OVERLOADED (超负荷)" : "");
      b.append("<g class=\"load").append(overloaded ? " over" : "").append("\" data-line=\"").append(Svg.escape(l.line().value()))
          .append("\" data-date=\"").append(l.date()).append("\" data-planned=\"").append(l.plannedMinutes())
          .append("\" data-working=\"").append(l.workingMinutes()).append("\">");
      b.append("<title>").append(Svg.escape(tip)).append("</title>");
      b.append("<rect x=\"").append(Svg.num(x + 1)).append("\" y=\"").append(Svg.num(y + 1)).append("\" width=\"")
          .append(Svg.num(DAY - 2)).append("\" height=\"").append(Svg.num(ROW - 2)).append("\" fill=\"").append(fill).append("\"");
      if (overloaded) {
        b.append(" stroke=\"#7f0000\" stroke-width=\"2\"");
      }
      b.append("/>");
      b.append("<text x=\"").append(Svg.num(x + DAY / 2)).append("\" y=\"").append(Svg.num(y + ROW / 2 + 4))
          .append("\" text-anchor=\"middle\" font-size=\"9\"").append(overloaded ? " font-weight=\"bold\" fill=\"#ffffff\"" : "")
          .append(">").append(Svg.escape(label)).append("</text>");
      b.append("</g>\n");
    }
    b.append("</g>\n");
    legend(b, TOP + lines.size() * ROW + 20);
    b.append("</svg>\n");
    return b.toString();
  }

  /** Pale yellow at 0 % to orange at 100 %. */
  private static String shade(double utilisation) {
    double u = Math.max(0, Math.min(1, utilisation));
    int g = (int) Math.round(245 - u * (245 - 140));
    int bl = (int) Math.round(220 - u * (220 - 30));
    return String.format(Locale.ROOT, "#%02x%02x%02x", 255, g, bl);
  }

  private static void legend(StringBuilder b, double y) {
    String[][] keys = {{shade(0), "idle"}, {shade(0.5), "50 %"}, {shade(1), "100 %"}, {Svg.OVERLOAD, "above 100 % (超负荷) !"},
        {"#e6e6e6", "no working time"}};
    double x = LEFT;
    b.append("<g class=\"legend\">\n");
    for (String[] k : keys) {
      b.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(y)).append("\" width=\"14\" height=\"12\" fill=\"")
          .append(k[0]).append("\"/><text x=\"").append(Svg.num(x + 18)).append("\" y=\"").append(Svg.num(y + 10)).append("\">")
          .append(Svg.escape(k[1])).append("</text>\n");
      x += 130;
    }
    b.append("</g>\n");
  }
}

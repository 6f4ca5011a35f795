package org.gendan.examples.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gendan.core.party.CustomerTier;
import org.gendan.scheduling.resource.LineId;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.schedule.Schedule;

/** Small helpers shared by the charts: escaping, number formatting and the tier palette. */
final class Svg {

  /** Fill of work for a customer of unknown tier. */
  static final String NO_TIER = "#9e9e9e";
  /** Outline and marks of late work. */
  static final String LATE = "#d62728";
  /** Fill of a day loaded above 100 %. */
  static final String OVERLOAD = "#d62728";
  /** Font used by both charts. */
  static final String FONT = "font-family=\"Helvetica, Arial, 'Noto Sans CJK SC', sans-serif\"";

  private Svg() {}

  /** Escapes text for XML content and attribute values. */
  static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }

  /** A coordinate with one decimal, locale-independent. */
  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** The fill of work for a customer tier. */
  static String tierColour(CustomerTier tier) {
    switch (tier) {
      case KEY:
        return "#1f4e79";
      case A:
        return "#2e86c1";
      case B:
        return "#58a55c";
      case C:
        return "#c9a227";
      default:
        throw new IllegalArgumentException("no colour for tier " + tier);
    }
  }

  /** The XML prologue and the opening svg element. */
  static String open(double width, double height, String title) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height)
        + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" " + FONT + " font-size=\"11\">\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<rect x=\"0\" y=\"0\" width=\"" + num(width) + "\" height=\"" + num(height) + "\" fill=\"#ffffff\"/>\n";
  }

  /** The plant's lines in plant order: the rows of a chart. */
  static List<LineId> lines(Schedule schedule) {
    return schedule.problem().plant().groups().stream().flatMap(g -> g.lines().stream()).map(ProductionLine::id).toList();
  }

  /** The row index of each line. */
  static Map<LineId, Integer> rows(List<LineId> lines) {
    Map<LineId, Integer> row = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      row.put(lines.get(i), i);
    }
    return row;
  }
}

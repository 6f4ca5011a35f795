package org.gendan.documents.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table written as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so Chinese text is
 * not garbled), CRLF line ends, RFC 4180 quoting (a cell with a comma, quote, CR or LF is quoted and
 * its quotes doubled), and a guard against CSV formula injection: a cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote, unless it is a plain
 * decimal number such as {@code -12.50}.
 *
 * @param header the column names; at least one
 * @param rows   the rows, each as wide as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

  /** The UTF-8 byte-order mark. */
  public static final String BOM = "\uFEFF";

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Creates the table. @throws IllegalArgumentException if the header is empty or a row has another width */
  public CsvTable {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(rows, "rows");
    header = List.copyOf(header);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV table needs at least one column");
    }
    List<List<String>> copy = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = List.copyOf(Objects.requireNonNull(rows.get(i), "row " + (i + 1)));
      if (r.size() != header.size()) {
        throw new IllegalArgumentException("row " + (i + 1) + " has " + r.size() + " cells, the header " + header.size());
      }
      copy.add(r);
    }
    rows = List.copyOf(copy);
  }

  /** The table of {@code rows} under {@code header}. */
  public static CsvTable of(List<String> header, List<? extends CsvRow> rows) {
    Objects.requireNonNull(rows, "rows");
    return new CsvTable(header, rows.stream().map(r -> Objects.requireNonNull(r, "row").cells()).toList());
  }

  /** The CSV text without the byte-order mark, every record ended by CRLF. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    append(sb, header);
    rows.forEach(r -> append(sb, r));
    return sb.toString();
  }

  /** The bytes of a .csv file for Excel: the byte-order mark and {@link #toCsv()} in UTF-8. */
  public byte[] toExcelBytes() {
    return (BOM + toCsv()).getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /** One cell as written: formula-guarded, then quoted if it must be. */
  public static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}

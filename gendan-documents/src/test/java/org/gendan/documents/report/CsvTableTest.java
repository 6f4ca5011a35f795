package org.gendan.documents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void excel_gets_a_byte_order_mark_crlf_and_quoted_cells_with_commas_quotes_and_line_breaks() {
    CsvTable t = new CsvTable(List.of("客户 Customer", "备注"), List.of(List.of("汉莎纺织, Hamburg", "say \"hi\"\nnext line"), List.of("A", "")));
    byte[] bytes = t.toExcelBytes();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF客户 Customer,备注\r\n\"汉莎纺织, Hamburg\",\"say \"\"hi\"\"\nnext line\"\r\nA,\r\n");
  }

  @Test
  void cells_that_excel_would_run_as_formulas_are_prefixed_with_a_quote_but_negative_numbers_stay_numbers() {
    assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvTable.cell("+1+1")).isEqualTo("'+1+1");
    assertThat(CsvTable.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTable.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvTable.cell("-12.50")).isEqualTo("-12.50");
    assertThat(CsvTable.cell("12")).isEqualTo("12");
    assertThat(CsvTable.cell(null)).isEmpty();
  }

  /** A small RFC 4180 reader, the oracle for the round trip. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void any_table_reads_back_cell_for_cell_apart_from_the_formula_guard() {
    qt().withExamples(300).forAll(lists().of(lists().of(strings().allPossible().ofLengthBetween(0, 8)).ofSize(3)).ofSizeBetween(0, 5))
        .checkAssert(rows -> {
          CsvTable t = new CsvTable(List.of("a", "b", "c"), rows);
          List<List<String>> back = parse(t.toCsv());
          assertThat(back).hasSize(rows.size() + 1);
          for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
              String in = rows.get(r).get(c);
              String out = back.get(r + 1).get(c);
              assertThat(out.equals(in) || out.equals("'" + in)).as("%s -> %s", in, out).isTrue();
              assertThat(out.isEmpty() || "=+-@\t\r".indexOf(out.charAt(0)) < 0 || out.matches("-?[0-9]+(\\.[0-9]+)?")).isTrue();
            }
          }
        });
  }

  @Test
  void bad_tables_are_rejected_clearly() {
    assertThatThrownBy(() -> new CsvTable(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one column");
    assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("x")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 cells");
    assertThatThrownBy(() -> new CsvTable(null, List.of())).isInstanceOf(NullPointerException.class).hasMessageContaining("header");
    assertThatThrownBy(() -> CsvTable.of(List.of("a"), null)).isInstanceOf(NullPointerException.class).hasMessageContaining("rows");
  }
}

package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gendan.core.json.GendanJson;
import org.gendan.core.order.Order;
import org.gendan.core.order.OrderStatus;
import org.gendan.examples.sample.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoCommandTest {

  @TempDir
  static Path shared;
  private static Path out;
  private static int code;
  private static String text;
  private static String err;

  /** Runs the demo once for the tests that read its output. */
  @BeforeAll
  static void runTheDemo() {
    out = shared.resolve("gendan-out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code = GendanCommand.run(new String[] {"demo", "--out", out.toString()}, new PrintWriter(o), new PrintWriter(e));
    text = o.toString();
    err = e.toString();
  }

  @Test
  void the_demo_reviews_schedules_promises_lists_the_work_and_writes_charts_json_and_an_index() throws Exception {
    assertThat(code).as(err).isEqualTo(ExitCodes.OK);
    assertThat(text).contains("Order review (审单)", "Material requirements (MRP 物料需求计划)", "past-due release",
        "Production schedule (排产)", "Capable-to-promise", "worklist (日清日结)", "Summary", "LATE ");
    assertThat(text.strip()).endsWith(out.resolve("index.html").toAbsolutePath().normalize().toString());
    assertThat(err).as("quiet when output is not a terminal").isEmpty();

    for (String f : List.of("gantt.svg", "load.svg", "schedule.json", "index.html")) {
      assertThat(out.resolve(f)).exists();
    }
    JsonNode schedule = GendanJson.mapper().readTree(Files.readString(out.resolve("schedule.json")));
    int operations = schedule.get("assignments").size();
    assertThat(operations).isPositive();
    Document gantt = svg(out.resolve("gantt.svg"));
    assertThat(classed(gantt, "op")).hasSize(operations);
    Document load = svg(out.resolve("load.svg"));
    assertThat(classed(load, "load")).hasSize(schedule.get("loads").size());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document index = f.newDocumentBuilder().parse(out.resolve("index.html").toFile());
    NodeList links = index.getElementsByTagNameNS("*", "a");
    List<String> hrefs = new ArrayList<>();
    for (int i = 0; i < links.getLength(); i++) {
      hrefs.add(((Element) links.item(i)).getAttribute("href"));
    }
    assertThat(hrefs).contains("gantt.svg", "load.svg", "schedule.json", "delay-report.html", "monthly-amounts.csv",
        "quantities-by-item.csv", "payments-received.csv");
    assertThat(hrefs).doesNotHaveDuplicates().allSatisfy(h -> assertThat(out.resolve(h)).exists());
    for (String doc : List.of("sales-contract-", "proforma-invoice-", "commercial-invoice-", "packing-list-")) {
      assertThat(hrefs.stream().filter(h -> h.startsWith(doc) && h.endsWith(".html"))).as(doc + "*.html").hasSize(2);
      assertThat(hrefs.stream().filter(h -> h.startsWith(doc) && h.endsWith(".json"))).as(doc + "*.json").hasSize(2);
    }
    assertThat(hrefs.stream().filter(h -> h.endsWith("-ubl.xml"))).hasSize(2);
    for (String h : hrefs) {
      byte[] bytes = Files.readAllBytes(out.resolve(h));
      assertThat(bytes).as(h).isNotEmpty();
      if (h.endsWith(".json")) {
        assertThat(GendanJson.mapper().readTree(bytes).isObject()).as(h).isTrue();
      } else if (h.endsWith(".html") || h.endsWith(".svg") || h.endsWith(".xml")) {
        assertThat(xml(out.resolve(h)).getDocumentElement()).as(h).isNotNull();
      } else if (h.endsWith(".csv")) {
        assertThat(new String(bytes, StandardCharsets.UTF_8)).as(h).startsWith("\uFEFF");
      } else if (h.endsWith(".pdf")) {
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(h).isEqualTo("%PDF-");
      } else {
        throw new AssertionError("unexpected output file " + h);
      }
    }
    Document ubl = xml(out.resolve(hrefs.stream().filter(h -> h.endsWith("-ubl.xml")).findFirst().orElseThrow()));
    assertThat(ubl.getDocumentElement().getLocalName()).isEqualTo("Invoice");
  }

  @Test
  void the_demo_lists_mrp_shortages_and_past_due_releases_naming_customer_orders_at_risk() {
    assertThat(code).isEqualTo(ExitCodes.OK);
    String mrp = text.substring(text.indexOf("Material requirements (MRP"), text.indexOf("Production schedule (排产)"));
    assertThat(mrp).contains("planned order(s)", "short of material (缺料)", "late purchase order(s)", "past-due release(s)");
    assertThat(mrp).containsPattern("SHORT SO-[0-9-]+: [0-9]+ material\\(s\\) to buy");
    assertThat(mrp).containsPattern("PAST DUE .* at risk: SO-");
  }

  @Test
  void the_csv_reports_add_up_to_the_orders() throws Exception {
    assertThat(code).isEqualTo(ExitCodes.OK);
    Path dir = out;
    SampleData data = SampleData.load();
    List<Order> live = data.orders().stream().filter(x -> x.status() != OrderStatus.CANCELLED).toList();

    Map<String, BigDecimal> ordered = new TreeMap<>();
    for (List<String> row : csv(dir.resolve("monthly-amounts.csv"))) {
      ordered.merge(row.get(3), new BigDecimal(row.get(4)), BigDecimal::add);
    }
    Map<String, BigDecimal> expected = new TreeMap<>();
    live.forEach(x -> expected.merge(x.salesOrder().currency().getCurrencyCode(), x.salesOrder().total().amount(), BigDecimal::add));
    assertThat(ordered.keySet()).isEqualTo(expected.keySet());
    expected.forEach((cur, sum) -> assertThat(ordered.get(cur)).as(cur).isEqualByComparingTo(sum));

    Map<String, BigDecimal> quantities = new TreeMap<>();
    for (List<String> row : csv(dir.resolve("quantities-by-item.csv"))) {
      quantities.merge(row.get(0) + " " + row.get(2), new BigDecimal(row.get(3)), BigDecimal::add);
    }
    Map<String, BigDecimal> lines = new TreeMap<>();
    live.forEach(x -> x.salesOrder().lines().forEach(l -> lines.merge(l.sku().value() + " " + l.quantity().unit(), l.quantity().value(),
        BigDecimal::add)));
    assertThat(quantities.keySet()).isEqualTo(lines.keySet());
    lines.forEach((k, q) -> assertThat(quantities.get(k)).as(k).isEqualByComparingTo(q));

    assertThat(csv(dir.resolve("payments-received.csv"))).isNotEmpty()
        .allSatisfy(row -> assertThat(LocalDate.parse(row.get(0))).isBeforeOrEqualTo(data.today()));
  }

  @Test
  void a_today_that_is_not_a_date_is_bad_input_named_in_the_message(@TempDir Path dir) {
    StringWriter e = new StringWriter();
    int code = GendanCommand.run(new String[] {"demo", "--out", dir.toString(), "--today", "21/09/2026"}, new PrintWriter(new StringWriter()),
        new PrintWriter(e));
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(e.toString()).contains("--today").contains("21/09/2026").doesNotContain("Exception");
  }

  @Test
  void an_output_folder_that_is_a_file_is_bad_input_named_in_the_message(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    StringWriter e = new StringWriter();
    int code = GendanCommand.run(new String[] {"demo", "--out", file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(e));
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(e.toString()).contains("--out").contains("not-a-folder");
  }

  @Test
  void an_unknown_option_is_bad_input() {
    StringWriter e = new StringWriter();
    int code = GendanCommand.run(new String[] {"demo", "--colour"}, new PrintWriter(new StringWriter()), new PrintWriter(e));
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(e.toString()).contains("--colour");
  }

  /** Parses an XML, XHTML or SVG file without fetching any DTD. */
  private static Document xml(Path p) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(p)));
  }

  /** The data rows of a CSV report (after the byte-order mark and the header), quoted cells unquoted. */
  private static List<List<String>> csv(Path p) throws Exception {
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return rows.subList(1, rows.size());
  }

  private static Document svg(Path p) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(p)));
  }

  private static List<Element> classed(Document doc, String cls) {
    NodeList all = doc.getElementsByTagNameNS("*", "g");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element el = (Element) all.item(i);
      if (List.of(el.getAttribute("class").split(" ")).contains(cls)) {
        out.add(el);
      }
    }
    return out;
  }

}

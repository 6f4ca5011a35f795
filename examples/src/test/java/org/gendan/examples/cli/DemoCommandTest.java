package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gendan.core.json.GendanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoCommandTest {

  @Test
  void the_demo_reviews_schedules_promises_lists_the_work_and_writes_charts_json_and_an_index(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("gendan-out");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = GendanCommand.run(new String[] {"demo", "--out", out.toString()}, new PrintWriter(o), new PrintWriter(e));
    String text = o.toString();
    assertThat(code).as(e.toString()).isEqualTo(ExitCodes.OK);
    assertThat(text).contains("Order review (审单)", "Material requirements (MRP 物料需求计划)", "past-due release", "Production schedule (排产)", "Capable-to-promise", "worklist (日清日结)",
        "Summary", "LATE ");
    assertThat(text.strip()).endsWith(out.resolve("index.html").toAbsolutePath().normalize().toString());
    assertThat(e.toString()).as("quiet when output is not a terminal").isEmpty();

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
    assertThat(hrefs).containsExactlyInAnyOrder("gantt.svg", "load.svg", "schedule.json");
    assertThat(hrefs).allSatisfy(h -> assertThat(out.resolve(h)).exists());
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

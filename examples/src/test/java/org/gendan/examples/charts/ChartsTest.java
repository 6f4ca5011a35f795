package org.gendan.examples.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gendan.core.measure.Quantity;
import org.gendan.core.measure.Unit;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.Sku;
import org.gendan.examples.demo.FactoryDemo;
import org.gendan.examples.sample.SampleData;
import org.gendan.scheduling.calendar.Shift;
import org.gendan.scheduling.calendar.WorkCalendar;
import org.gendan.scheduling.resource.Plant;
import org.gendan.scheduling.resource.ProductionLine;
import org.gendan.scheduling.resource.WorkCenterGroup;
import org.gendan.scheduling.routing.Operation;
import org.gendan.scheduling.routing.Routing;
import org.gendan.scheduling.schedule.Job;
import org.gendan.scheduling.schedule.JobId;
import org.gendan.scheduling.schedule.JobOutcome;
import org.gendan.scheduling.schedule.JobSettings;
import org.gendan.scheduling.schedule.LineLoad;
import org.gendan.scheduling.schedule.PriorityRules;
import org.gendan.scheduling.schedule.Schedule;
import org.gendan.scheduling.schedule.Scheduler;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

  private static final LocalDateTime START = LocalDate.of(2026, 9, 21).atStartOfDay();

  @Test
  void the_gantt_chart_of_the_sample_factory_parses_and_has_one_bar_per_scheduled_operation() {
    SampleData data = SampleData.load();
    Schedule s = Scheduler.of(PriorityRules.EDD).schedule(
        FactoryDemo.schedulingProblem(data, data.today(), JobSettings.of(FactoryDemo.BUFFER_DAYS)));
    Document doc = parse(GanttChart.svg(s, "sample"));
    assertThat(groups(doc, "op")).hasSize(s.assignments().size());
    assertThat(s.assignments()).isNotEmpty();
    Document load = parse(LoadChart.svg(s, "sample"));
    assertLoadsAgree(load, s);
  }

  @Test
  void the_work_of_a_late_order_is_marked_late_and_on_time_work_is_not() {
    Schedule s = schedule(List.of(job("SO-LATE", 1, 4000, 1, CustomerTier.KEY), job("SO-EASY", 1, 10, 30, CustomerTier.B)));
    Document doc = parse(GanttChart.svg(s, "late work"));
    List<Element> late = groups(doc, "late");
    assertThat(late).isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("data-job")).isEqualTo("SO-LATE/1"));
    long lateOps = s.assignments().stream().filter(a -> s.outcome(a.job()).map(JobOutcome::isLate).orElse(false)).count();
    assertThat(late).hasSize((int) lateOps);
    assertThat(groups(doc, "op")).filteredOn(e -> e.getAttribute("data-job").equals("SO-EASY/1"))
        .allSatisfy(e -> assertThat(e.getAttribute("class")).isEqualTo("op"));
  }

  @Test
  void bars_are_coloured_by_the_customer_tier() {
    Schedule s = schedule(List.of(job("SO-K", 1, 10, 30, CustomerTier.KEY), job("SO-B", 1, 10, 30, CustomerTier.B)));
    Document doc = parse(GanttChart.svg(s, "tiers"));
    for (Element g : groups(doc, "op")) {
      Element rect = (Element) g.getElementsByTagName("rect").item(0);
      CustomerTier tier = g.getAttribute("data-job").startsWith("SO-K") ? CustomerTier.KEY : CustomerTier.B;
      assertThat(rect.getAttribute("fill")).isEqualTo(Svg.tierColour(tier));
    }
  }

  @Test
  void a_day_planned_above_its_working_minutes_is_marked_as_overloaded() {
    Schedule s = schedule(List.of(job("SO-1", 1, 400, 30, CustomerTier.A)));
    List<LineLoad> loads = new ArrayList<>(s.loads());
    LineLoad first = loads.stream().filter(l -> l.workingMinutes() > 0).findFirst().orElseThrow();
    loads.set(loads.indexOf(first), new LineLoad(first.line(), first.date(), first.workingMinutes() + 60, first.workingMinutes()));
    Schedule over = new Schedule(s.problem(), s.method(), s.sequence(), s.assignments(), s.jobs(), s.totals(), loads);
    Document doc = parse(LoadChart.svg(over, "overload"));
    List<Element> marked = groups(doc, "over");
    assertThat(marked).hasSize(1);
    assertThat(marked.get(0).getAttribute("data-line")).isEqualTo(first.line().value());
    assertThat(marked.get(0).getAttribute("data-date")).isEqualTo(first.date().toString());
    assertThat(marked.get(0).getTextContent()).contains("!").contains("OVERLOADED");
    assertLoadsAgree(doc, over);
  }

  @Test
  void text_with_markup_characters_is_escaped_and_read_back_unchanged() {
    Schedule s = schedule(List.of(job("SO-1", 1, 40, 30, CustomerTier.A)));
    String title = "Tom & Jerry's <factory> \"主线\"";
    for (String svg : List.of(GanttChart.svg(s, title), LoadChart.svg(s, title))) {
      Document doc = parse(svg);
      assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
    }
  }

  @Test
  void charts_of_any_small_schedule_parse_and_agree_with_it() {
    qt().withExamples(40).forAll(lists().of(integers().between(1, 3000)).ofSizeBetween(0, 8), integers().between(0, 20))
        .checkAssert((quantities, dueDays) -> {
          List<Job> jobs = new ArrayList<>();
          for (int i = 0; i < quantities.size(); i++) {
            jobs.add(job("SO-" + i, 1, quantities.get(i), 1 + (dueDays + i) % 20, CustomerTier.values()[i % 4]));
          }
          Schedule s = schedule(jobs);
          Document gantt = parse(GanttChart.svg(s, "property"));
          assertThat(groups(gantt, "op")).hasSize(s.assignments().size());
          Set<String> bars = new HashSet<>();
          groups(gantt, "op").forEach(e -> bars.add(e.getAttribute("data-job") + "#" + e.getAttribute("data-operation")));
          Set<String> ops = new HashSet<>();
          s.assignments().forEach(a -> ops.add(a.job() + "#" + a.operationIndex()));
          assertThat(bars).isEqualTo(ops);
          assertLoadsAgree(parse(LoadChart.svg(s, "property")), s);
        });
  }

  @Test
  void charts_name_the_missing_argument() {
    Schedule s = schedule(List.of());
    assertThatThrownBy(() -> GanttChart.svg(null, "t")).isInstanceOf(NullPointerException.class).hasMessageContaining("schedule");
    assertThatThrownBy(() -> GanttChart.svg(s, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> LoadChart.svg(null, "t")).isInstanceOf(NullPointerException.class).hasMessageContaining("schedule");
    assertThatThrownBy(() -> LoadChart.svg(s, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("title");
    assertThat(groups(parse(GanttChart.svg(s, "empty")), "op")).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static void assertLoadsAgree(Document doc, Schedule s) {
    List<Element> cells = groups(doc, "load");
    assertThat(cells).hasSize(s.loads().size());
    Set<String> drawn = new HashSet<>();
    for (Element e : cells) {
      drawn.add(e.getAttribute("data-line") + "|" + e.getAttribute("data-date") + "|" + e.getAttribute("data-planned") + "|"
          + e.getAttribute("data-working"));
    }
    Set<String> expected = new HashSet<>();
    for (LineLoad l : s.loads()) {
      expected.add(l.line().value() + "|" + l.date() + "|" + l.plannedMinutes() + "|" + l.workingMinutes());
    }
    assertThat(drawn).isEqualTo(expected);
  }

  private static Schedule schedule(List<Job> jobs) {
    WorkCalendar cal = WorkCalendar.builder().weekdayShift(Shift.of("day", LocalTime.of(8, 0), LocalTime.of(16, 0)))
        .holiday(LocalDate.of(2026, 10, 1)).build();
    Plant plant = Plant.of(WorkCenterGroup.of("CUT", "cutting", cal, ProductionLine.of("C1")),
        WorkCenterGroup.of("SEW", "sewing", cal, ProductionLine.of("S1"), ProductionLine.of("S2")));
    return Scheduler.of(PriorityRules.EDD).schedule(org.gendan.scheduling.schedule.SchedulingProblem.of(START, plant, jobs));
  }

  private static Job job(String order, int line, int quantity, int dueDays, CustomerTier tier) {
    Routing r = Routing.of(Sku.of("TS-1"), Unit.PCS, Operation.of("cut", "CUT", 10, "0.2", 0), Operation.of("sew", "SEW", 20, "1.0", 30));
    return Job.builder().id(JobId.of(order, line)).routing(r).quantity(Quantity.of(quantity, Unit.PCS)).release(START)
        .due(START.plusDays(dueDays)).tier(tier).weight(tier.ordinal() + 1L).build();
  }

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
      return d;
    } catch (Exception e) {
      throw new AssertionError("the SVG does not parse as XML: " + e.getMessage(), e);
    }
  }

  /** The g elements whose class list contains the given class. */
  static List<Element> groups(Document doc, String cls) {
    NodeList all = doc.getElementsByTagNameNS("*", "g");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }
}

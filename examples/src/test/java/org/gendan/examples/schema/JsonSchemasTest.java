package org.gendan.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gendan.examples.cli.Cli.gendan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gendan.examples.cli.Cli.Run;
import org.gendan.examples.cli.ExitCodes;
import org.gendan.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas under {@code examples/schemas/} (and the MRP problem schema) describe exactly what the
 * commands read: the examples validate, known-bad inputs fail the schema and are bad input (exit code 2)
 * for the command, and every command's help and the READMEs name the schema.
 */
class JsonSchemasTest {

  /** Data file → its schema. */
  private static final Map<String, String> DATA_SCHEMAS = Map.of(
      "customers.json", "customers.schema.json",
      "suppliers.json", "suppliers.schema.json",
      "items.json", "items.schema.json",
      "prices.json", "prices.schema.json",
      "factory.json", "factory.schema.json",
      "orders.json", "orders.schema.json");
  private static final Path DOCUMENT_ORDER_SCHEMA = SchemaSupport.SCHEMAS.resolve("document-order.schema.json");
  private static final Path MRP_SCHEMA = Path.of("mrp/mrp-problem.schema.json");
  private static final Path PRESENTED_SCHEMA = SchemaSupport.SCHEMAS.resolve("presented-documents.schema.json");

  private static JsonNode file(Path p) throws IOException {
    return SchemaSupport.tree(Files.readString(p, StandardCharsets.UTF_8));
  }

  private static List<Path> schemaFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SchemaSupport.SCHEMAS)) {
      s.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().forEach(out::add);
    }
    out.add(MRP_SCHEMA);
    return out;
  }

  // ------------------------------------------------------------------ the schemas themselves

  @Test
  void every_schema_is_a_valid_draft_2020_12_schema() throws IOException {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Path> files = schemaFiles();
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("common.schema.json", "customers.schema.json",
        "suppliers.schema.json", "items.schema.json", "prices.schema.json", "factory.schema.json", "orders.schema.json",
        "document-order.schema.json", "presented-documents.schema.json", "mrp-problem.schema.json");
    for (Path f : files) {
      JsonNode schema = file(f);
      assertThat(meta.validate(schema)).as(f.toString()).isEmpty();
      assertThat(schema.path("$schema").asText()).as(f.toString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void every_property_of_the_command_line_schemas_has_a_title_and_a_description() throws IOException {
    for (Path f : schemaFiles()) {
      if (f.equals(MRP_SCHEMA)) {
        continue; // the MRP schema is documented in gendan-scheduling/MRP.md
      }
      List<String> undocumented = new ArrayList<>();
      undocumentedProperties(file(f), "#", undocumented);
      assertThat(undocumented).as(f.toString()).isEmpty();
      JsonNode root = file(f);
      assertThat(root.path("$id").asText()).as("relative $id of " + f).isEqualTo(f.getFileName().toString());
      assertThat(root.has("title") && root.has("description")).as(f.toString()).isTrue();
    }
  }

  private static void undocumentedProperties(JsonNode node, String where, List<String> out) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      boolean closed = node.path("additionalProperties").isBoolean();
      if (props != null && props.isObject() && closed) {
        for (Iterator<String> it = props.fieldNames(); it.hasNext();) {
          String name = it.next();
          JsonNode p = props.get(name);
          if (!p.hasNonNull("title") || !p.hasNonNull("description")) {
            out.add(where + "/properties/" + name);
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        undocumentedProperties(e.getValue(), where + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        undocumentedProperties(node.get(i), where + "/" + i, out);
      }
    }
  }

  // ------------------------------------------------------------------ examples validate

  @Test
  void every_file_of_the_embedded_sample_factory_validates_against_its_schema() {
    DATA_SCHEMAS.forEach((data, schema) -> assertThat(
        SchemaSupport.errors(SchemaSupport.SCHEMAS.resolve(schema), SchemaSupport.tree(SchemaSupport.sampleText(data))))
        .as(data).isEmpty());
  }

  @Test
  void the_documents_example_order_validates_against_the_document_order_schema() throws IOException {
    assertThat(SchemaSupport.errors(DOCUMENT_ORDER_SCHEMA, file(Path.of("documents/order.json")))).isEmpty();
  }

  @Test
  void the_mrp_example_problem_validates_against_the_mrp_problem_schema() throws IOException {
    assertThat(SchemaSupport.errors(MRP_SCHEMA, file(Path.of("mrp/example-problem.json")))).isEmpty();
  }

  @Test
  void an_order_missing_what_documents_need_is_well_formed_and_refused_by_the_documents_command_as_a_result(@TempDir Path dir)
      throws IOException {
    // ORDER_INCOMPLETE is a business answer (exit 1), not a format problem: the schema accepts the file
    assertThat(SchemaSupport.errors(DOCUMENT_ORDER_SCHEMA, file(Path.of("documents/order-incomplete.json")))).isEmpty();
    Run run = gendan("documents", "documents/order-incomplete.json", "--out", dir.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.RESULT_HAS_ERRORS);
  }

  @Test
  void the_documents_json_written_by_the_documents_command_is_valid_input_for_check(@TempDir Path dir) throws IOException {
    Run run = gendan("documents", "documents/order.json", "--out", dir.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(SchemaSupport.errors(PRESENTED_SCHEMA, file(dir.resolve("documents.json")))).isEmpty();
    assertThat(gendan("check", dir.resolve("documents.json").toString()).exit()).isNotEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void a_presentation_under_a_letter_of_credit_validates_and_is_checked_with_findings() {
    JsonNode lc = SchemaSupport.tree(SchemaSupport.testResource("presented-documents-lc.json"));
    assertThat(SchemaSupport.errors(PRESENTED_SCHEMA, lc)).isEmpty();
    assertThat(SchemaSupport.readPresentedDocuments(SchemaSupport.text(lc)).accepted()).isTrue();
  }

  @Test
  void a_presentation_with_an_unknown_container_type_fails_the_schema_and_is_bad_input_for_check(@TempDir Path dir)
      throws IOException {
    ObjectNode lc = (ObjectNode) SchemaSupport.tree(SchemaSupport.testResource("presented-documents-lc.json"));
    ((ObjectNode) lc.at("/booking/containers")).put("FR40", 1);
    assertThat(SchemaSupport.errors(PRESENTED_SCHEMA, lc)).anySatisfy(e -> assertThat(e).contains("$.booking.containers"));
    Path f = dir.resolve("docs.json");
    Files.writeString(f, SchemaSupport.text(lc));
    Run run = gendan("check", f.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("docs.json", "$.booking", "FR40").doesNotContain("\tat ");
  }

  // ------------------------------------------------------------------ bad inputs: schema and reader agree

  @Test
  void a_negative_line_quantity_fails_the_schema_and_is_bad_input_for_the_documents_command(@TempDir Path dir)
      throws IOException {
    Path bad = Path.of("documents/order-bad-quantity.json");
    assertThat(SchemaSupport.errors(DOCUMENT_ORDER_SCHEMA, file(bad))).anySatisfy(e -> assertThat(e).contains("$.order.lines[1].quantity.value"));
    Run run = gendan("documents", bad.toString(), "--out", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("order-bad-quantity.json", "$.order.lines[1]").doesNotContain("\tat ");
  }

  @Test
  void a_document_order_with_a_decimal_comma_fails_the_schema_and_is_bad_input(@TempDir Path dir) throws IOException {
    ObjectNode order = (ObjectNode) file(Path.of("documents/order.json"));
    ((ObjectNode) order.at("/order/lines/0/unitPrice")).put("amount", "3,20");
    Path f = dir.resolve("order.json");
    Files.writeString(f, SchemaSupport.text(order));
    assertThat(SchemaSupport.errors(DOCUMENT_ORDER_SCHEMA, order)).anySatisfy(e -> assertThat(e).contains("$.order.lines[0].unitPrice.amount"));
    Run run = gendan("documents", f.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("$.order.lines[0].unitPrice.amount", "3,20").doesNotContain("\tat ");
  }

  @Test
  void a_decimal_written_as_a_plain_string_is_valid_and_read_like_the_number(@TempDir Path dir) throws IOException {
    ObjectNode order = (ObjectNode) file(Path.of("documents/order.json"));
    ((ObjectNode) order.at("/order/lines/0/unitPrice")).put("amount", "3.20");
    Path f = dir.resolve("order.json");
    Files.writeString(f, SchemaSupport.text(order));
    assertThat(SchemaSupport.errors(DOCUMENT_ORDER_SCHEMA, order)).isEmpty();
    Run asString = gendan("documents", f.toString(), "--out", dir.resolve("a").toString(), "--format", "json");
    Run asNumber = gendan("documents", "documents/order.json", "--out", dir.resolve("b").toString(), "--format", "json");
    assertThat(asString.exit()).as(asString.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("a/commercial-invoice.json")))
        .isEqualTo(Files.readString(dir.resolve("b/commercial-invoice.json")));
    assertThat(asNumber.exit()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void an_order_event_without_a_required_property_fails_the_schema_and_is_bad_input_for_every_data_command(@TempDir Path dir)
      throws IOException {
    ArrayNode orders = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("orders.json"));
    ((ObjectNode) orders.get(0).at("/history/0/order")).remove("customerId");
    assertDataFileIsBadInput(dir, "orders.json", orders, "$[0].history[0].order", "customerId");
  }

  @Test
  void an_item_with_units_per_carton_as_a_string_fails_the_schema_and_is_bad_input(@TempDir Path dir) throws IOException {
    ArrayNode items = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("items.json"));
    ((ObjectNode) items.get(0).get("packing")).put("unitsPerCarton", "48");
    assertDataFileIsBadInput(dir, "items.json", items, "$[0].packing.unitsPerCarton", "wrong type");
  }

  @Test
  void a_customer_with_an_unknown_tier_fails_the_schema_and_is_bad_input(@TempDir Path dir) throws IOException {
    ArrayNode customers = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("customers.json"));
    ((ObjectNode) customers.get(0)).put("tier", "PLATINUM");
    assertDataFileIsBadInput(dir, "customers.json", customers, "$[0].tier", "PLATINUM");
  }

  @Test
  void a_factory_with_a_line_missing_its_efficiency_fails_the_schema_and_is_bad_input_not_a_crash(@TempDir Path dir)
      throws IOException {
    ObjectNode factory = (ObjectNode) SchemaSupport.tree(SchemaSupport.sampleText("factory.json"));
    ((ObjectNode) factory.at("/groups/0/lines/0")).remove("efficiency");
    assertDataFileIsBadInput(dir, "factory.json", factory, "$.groups[0].lines[0]", "efficiency");
  }

  @Test
  void a_factory_with_an_unknown_time_zone_is_bad_input_not_a_crash(@TempDir Path dir) throws IOException {
    ObjectNode factory = (ObjectNode) SchemaSupport.tree(SchemaSupport.sampleText("factory.json"));
    factory.put("zone", "Mars/Olympus");
    copySample(dir);
    Files.writeString(dir.resolve("factory.json"), SchemaSupport.text(factory));
    Run run = gendan("schedule", "--data", dir.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("factory.json", "Mars/Olympus").doesNotContain("\tat ");
  }

  @Test
  void a_price_with_an_unknown_property_fails_the_schema_and_is_bad_input(@TempDir Path dir) throws IOException {
    ObjectNode prices = (ObjectNode) SchemaSupport.tree(SchemaSupport.sampleText("prices.json"));
    ((ObjectNode) prices.at("/priceLists/0")).put("validUntil", "2026-12-31");
    assertDataFileIsBadInput(dir, "prices.json", prices, "$.priceLists[0]", "validUntil");
  }

  private static void assertDataFileIsBadInput(Path dir, String name, JsonNode content, String path, String named)
      throws IOException {
    assertThat(SchemaSupport.errors(SchemaSupport.SCHEMAS.resolve(DATA_SCHEMAS.get(name)), content)).as("schema errors").isNotEmpty();
    copySample(dir);
    Files.writeString(dir.resolve(name), SchemaSupport.text(content));
    SampleData sample = SampleData.load();
    List<List<String>> commands = List.of(List.of("review"), List.of("schedule"), List.of("worklist"),
        List.of("promise", "--item", sample.inquiry().sku().toString(), "--quantity", "100",
            "--date", sample.today().plusDays(60).toString(), "--tier", "A"));
    for (List<String> args : commands) {
      String command = args.get(0);
      List<String> all = new ArrayList<>(args);
      all.add("--data");
      all.add(dir.toString());
      Run run = gendan(all.toArray(new String[0]));
      assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as(command).contains(name, path, named).doesNotContain("\tat ").doesNotContain("Exception");
    }
  }

  private static void copySample(Path dir) throws IOException {
    for (String f : SampleData.FILES) {
      Files.writeString(dir.resolve(f), SchemaSupport.sampleText(f));
    }
  }

  @Test
  void the_order_shown_in_the_readme_validates_and_is_read() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## JSON formats");
    int start = readme.indexOf("```json", section) + "```json".length();
    String order = readme.substring(start, readme.indexOf("```", start));
    JsonNode orders = SchemaSupport.PLAIN.createArrayNode().add(SchemaSupport.tree(order));
    assertThat(SchemaSupport.errors(SchemaSupport.SCHEMAS.resolve("orders.schema.json"), orders)).isEmpty();
    assertThat(SchemaSupport.readDataFile("orders.json", SchemaSupport.text(orders)).accepted()).isTrue();
  }

  // ------------------------------------------------------------------ documentation names the schemas

  @Test
  void every_command_that_reads_json_names_its_schema_in_its_help() {
    for (String command : List.of("review", "schedule", "promise", "worklist")) {
      Run run = gendan(command, "--help");
      assertThat(run.exit()).isZero();
      assertThat(run.out().replaceAll("\\s+", " ")).as(command).contains("examples/schemas/", "customers.schema.json", "orders.schema.json");
    }
    assertThat(gendan("documents", "--help").out()).contains("examples/schemas/document-order.schema.json");
    assertThat(gendan("mrp", "--help").out()).contains("examples/mrp/mrp-problem.schema.json");
    assertThat(gendan("check", "--help").out()).contains("examples/schemas/presented-documents.schema.json");
  }

  @Test
  void the_schemas_readme_and_the_project_readme_list_every_schema_file() throws IOException {
    String schemasReadme = Files.readString(SchemaSupport.SCHEMAS.resolve("README.md"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## JSON formats");
    assertThat(start).as("README has a JSON formats section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
    for (Path f : schemaFiles()) {
      String name = f.getFileName().toString();
      assertThat(schemasReadme).as("examples/schemas/README.md").contains(name);
      assertThat(section).as("README ## JSON formats").contains(name);
    }
  }
}

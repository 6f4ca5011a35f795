package org.gendan.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.gendan.examples.cli.ExitCodes;
import org.gendan.examples.cli.GendanCommand;
import org.junit.jupiter.api.Test;

/**
 * Schema and reader agree: a random single mutation of a real input (drop a property, give a value
 * another JSON type, an unknown enum value, an unknown property) that the schema rejects is rejected by
 * gendan's reader as bad input (exit code 2 for the commands), never accepted and never a crash. The
 * data files are read as {@code --data} reads them ({@code SampleData.fromJson}, whose
 * IllegalArgumentException the commands report with exit code 2); the MRP problem through {@code gendan mrp}.
 */
class JsonSchemasPropertiesTest {

  private static final Path SCHEMAS = SchemaSupport.SCHEMAS;
  private static final ArrayNode ORDERS = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("orders.json"));
  private static final ArrayNode ITEMS = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("items.json"));
  private static final ArrayNode CUSTOMERS = (ArrayNode) SchemaSupport.tree(SchemaSupport.sampleText("customers.json"));
  private static final JsonNode FACTORY = SchemaSupport.tree(SchemaSupport.sampleText("factory.json"));
  private static final JsonNode DOCUMENT_ORDER = readDocumentOrder();

  private static JsonNode readDocumentOrder() {
    try {
      return SchemaSupport.tree(Files.readString(Path.of("documents/order.json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The outcome of one mutation: the schema's errors and the reader's verdict. */
  private record Outcome(String mutation, List<String> schemaErrors, SchemaSupport.Verdict verdict) {}

  private static Outcome mutate(JsonNode root, int site, int which, Path schema, Function<String, SchemaSupport.Verdict> reader) {
    int sites = SchemaSupport.sites(root).size();
    List<SchemaSupport.Mutation> ms = SchemaSupport.mutationsAt(root, site % sites);
    SchemaSupport.Mutation m = ms.get(which % ms.size());
    JsonNode mutated = m.apply().apply(root);
    return new Outcome(m.description(), SchemaSupport.errors(schema, mutated), reader.apply(SchemaSupport.text(mutated)));
  }

  private static void assertAgree(Outcome o) {
    assertThat(o.verdict().isCrash()).as(o.mutation() + " crashed the reader: " + o.verdict().crash()).isFalse();
    if (!o.schemaErrors().isEmpty()) {
      assertThat(o.verdict().accepted()).as(o.mutation() + " fails the schema " + o.schemaErrors() + " but the reader accepts it").isFalse();
      assertThat(o.verdict().problem()).as(o.mutation()).isNotBlank();
    }
  }

  private static JsonNode one(ArrayNode list, int index) {
    return SchemaSupport.PLAIN.createArrayNode().add(list.get(index % list.size()).deepCopy());
  }

  @Test
  void a_schema_invalid_mutation_of_a_sample_order_is_rejected_by_the_reader_never_crashing() {
    qt().withExamples(300)
        .forAll(integers().between(0, ORDERS.size() - 1), integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((order, site, which) -> assertAgree(mutate(one(ORDERS, order), site, which,
            SCHEMAS.resolve("orders.schema.json"), text -> SchemaSupport.readDataFile("orders.json", text))));
  }

  @Test
  void a_schema_invalid_mutation_of_a_sample_item_is_rejected_by_the_reader_never_crashing() {
    qt().withExamples(200)
        .forAll(integers().between(0, ITEMS.size() - 1), integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((item, site, which) -> assertAgree(mutate(one(ITEMS, item), site, which,
            SCHEMAS.resolve("items.schema.json"), text -> SchemaSupport.readDataFile("items.json", text))));
  }

  @Test
  void a_schema_invalid_mutation_of_a_sample_customer_is_rejected_by_the_reader_never_crashing() {
    qt().withExamples(100)
        .forAll(integers().between(0, CUSTOMERS.size() - 1), integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((customer, site, which) -> assertAgree(mutate(one(CUSTOMERS, customer), site, which,
            SCHEMAS.resolve("customers.schema.json"), text -> SchemaSupport.readDataFile("customers.json", text))));
  }

  @Test
  void a_schema_invalid_mutation_of_the_sample_factory_is_rejected_by_the_reader_never_crashing() {
    qt().withExamples(150)
        .forAll(integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((site, which) -> assertAgree(mutate(FACTORY, site, which,
            SCHEMAS.resolve("factory.schema.json"), text -> SchemaSupport.readDataFile("factory.json", text))));
  }

  @Test
  void a_schema_invalid_mutation_of_the_documents_example_order_is_rejected_by_the_reader_never_crashing() {
    qt().withExamples(150)
        .forAll(integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((site, which) -> assertAgree(mutate(DOCUMENT_ORDER, site, which,
            SCHEMAS.resolve("document-order.schema.json"), SchemaSupport::readDocumentOrder)));
  }

  @Test
  void a_schema_invalid_mutation_of_a_letter_of_credit_presentation_is_rejected_by_the_reader_never_crashing() {
    JsonNode lc = SchemaSupport.tree(SchemaSupport.testResource("presented-documents-lc.json"));
    qt().withExamples(150)
        .forAll(integers().between(0, 1_000_000), integers().between(0, 20))
        .checkAssert((site, which) -> assertAgree(mutate(lc, site, which,
            SCHEMAS.resolve("presented-documents.schema.json"), SchemaSupport::readPresentedDocuments)));
  }

  @Test
  void a_schema_invalid_mutation_of_the_mrp_example_problem_is_bad_input_for_the_mrp_command() throws IOException {
    JsonNode problem = SchemaSupport.tree(Files.readString(Path.of("mrp/example-problem.json"), StandardCharsets.UTF_8));
    Path file = Files.createTempFile("gendan-mrp-problem", ".json");
    try {
      qt().withExamples(80)
          .forAll(integers().between(0, 1_000_000), integers().between(0, 20))
          .checkAssert((site, which) -> assertAgree(mutate(problem, site, which, Path.of("mrp/mrp-problem.schema.json"),
              text -> runMrp(file, text))));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Runs {@code gendan mrp} on the text: exit 2 is a rejection, 0 or 1 an acceptance, anything else or a stack trace a crash. */
  private static SchemaSupport.Verdict runMrp(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = GendanCommand.run(new String[] {"mrp", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    if (err.toString().contains("\tat ") || (exit != ExitCodes.OK && exit != ExitCodes.RESULT_HAS_ERRORS && exit != ExitCodes.BAD_INPUT)) {
      return SchemaSupport.Verdict.crashed(new AssertionError("exit " + exit + ": " + err));
    }
    return exit == ExitCodes.BAD_INPUT ? SchemaSupport.Verdict.rejected(err.toString()) : SchemaSupport.Verdict.ok();
  }

  @Test
  void the_mutations_cover_drops_type_changes_unknown_enum_values_and_unknown_properties() {
    JsonNode order = one(ORDERS, 0);
    int sites = SchemaSupport.sites(order).size();
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    int invalid = 0;
    for (int s = 0; s < sites; s += 7) {
      for (SchemaSupport.Mutation m : SchemaSupport.mutationsAt(order, s)) {
        kinds.add(m.description().replaceAll(" .*", ""));
        if (!SchemaSupport.errors(SCHEMAS.resolve("orders.schema.json"), m.apply().apply(order)).isEmpty()) {
          invalid++;
        }
      }
    }
    assertThat(kinds).containsExactly("drop", "replace", "unknown");
    assertThat(invalid).as("schema-invalid mutations among those tried").isGreaterThan(50);
  }
}

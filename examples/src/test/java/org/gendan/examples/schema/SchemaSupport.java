package org.gendan.examples.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gendan.core.json.GendanJson;
import org.gendan.documents.check.PresentedDocuments;
import org.gendan.documents.model.DocumentRequest;
import org.gendan.examples.sample.SampleData;

/**
 * Test support for the JSON Schemas under {@code examples/schemas/}: loads a schema with its
 * references, validates JSON against it, reads the same JSON with gendan's own reader, and makes the
 * single mutations the schema tests apply (drop a property, change a value's type, an unknown enum
 * value, an unknown property).
 */
final class SchemaSupport {

  /** The folder of the schemas, relative to the examples module (the test's working directory). */
  static final Path SCHEMAS = Path.of("schemas");
  static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * The base the schemas are retrieved under; their relative {@code $id}s and {@code $ref}s resolve
   * against it, and the registry maps it to the files of {@link #SCHEMAS}.
   */
  static final String BASE = "https://gendan.org/schema/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build())
          .schemas(SchemaSupport::schemaText));
  private static final Map<Path, Schema> CACHE = new LinkedHashMap<>();

  private SchemaSupport() {}

  /** The schema in {@code file} (e.g. {@code schemas/orders.schema.json}), its references resolved next to it. */
  static synchronized Schema schema(Path file) {
    return CACHE.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
      Path dir = f.getParent();
      String base = dir.equals(SCHEMAS.toAbsolutePath().normalize()) ? BASE : "https://gendan.org/" + dir.getFileName() + "/";
      return REGISTRY.getSchema(SchemaLocation.of(base + f.getFileName()));
    });
  }

  /** The text of a schema retrieved by its IRI, or null for IRIs outside gendan's (the registry then tries its own loaders). */
  private static String schemaText(String iri) {
    String prefix = "https://gendan.org/";
    if (!iri.startsWith(prefix)) {
      return null;
    }
    String rest = iri.substring(prefix.length());
    Path file = rest.startsWith("schema/") ? SCHEMAS.resolve(rest.substring("schema/".length())) : Path.of(rest);
    try {
      return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("schema " + iri + " not found at " + file, e);
    }
  }

  /** The schema-validation errors of {@code json} against the schema file; empty if valid. */
  static List<String> errors(Path schemaFile, JsonNode json) {
    List<String> out = new ArrayList<>();
    for (Error e : schema(schemaFile).validate(json)) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  /** Parses JSON text with a plain mapper (for mutating it). */
  static JsonNode tree(String text) {
    try {
      return PLAIN.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a sample resource file, e.g. {@code orders.json}. */
  static String sampleText(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(SampleData.RESOURCE_FOLDER + name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What gendan's reader made of an input. */
  record Verdict(boolean accepted, String problem, Throwable crash) {
    static Verdict ok() {
      return new Verdict(true, null, null);
    }

    static Verdict rejected(String problem) {
      return new Verdict(false, problem, null);
    }

    static Verdict crashed(Throwable t) {
      return new Verdict(false, null, t);
    }

    boolean isCrash() {
      return crash != null;
    }
  }

  /**
   * Reads one file of a {@code --data} folder the way the commands do ({@link SampleData#fromJson}, which
   * {@code --data} turns into exit code 2 when it throws IllegalArgumentException): the other files are the
   * embedded sample's, orders.json is empty unless it is the file read.
   */
  static Verdict readDataFile(String name, String text) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String f : SampleData.FILES) {
      files.put(f, f.equals("orders.json") ? "[]" : SAMPLE_TEXTS.get(f));
    }
    files.put(name, text);
    try {
      SampleData.fromJson(files);
      return Verdict.ok();
    } catch (IllegalArgumentException e) {
      return Verdict.rejected(e.getMessage());
    } catch (RuntimeException e) {
      return Verdict.crashed(e);
    }
  }

  /** Reads a documents order file the way {@code gendan documents} does. */
  static Verdict readDocumentOrder(String text) {
    try {
      return GendanJson.read(text, DocumentRequest.class).fold(p -> Verdict.rejected(p.toString()), r -> Verdict.ok());
    } catch (RuntimeException e) {
      return Verdict.crashed(e);
    }
  }

  /** Reads a set of presented documents the way {@code gendan check} does. */
  static Verdict readPresentedDocuments(String text) {
    try {
      return GendanJson.read(text, PresentedDocuments.class).fold(p -> Verdict.rejected(p.toString()), r -> Verdict.ok());
    } catch (RuntimeException e) {
      return Verdict.crashed(e);
    }
  }

  /** The text of a test resource next to this class. */
  static String testResource(String name) {
    try (InputStream in = SchemaSupport.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, String> SAMPLE_TEXTS = sampleTexts();

  private static Map<String, String> sampleTexts() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : SampleData.FILES) {
      m.put(f, sampleText(f));
    }
    return Map.copyOf(m);
  }

  // ------------------------------------------------------------------ mutations

  /** A place in a JSON tree: the container and the property name or index. */
  record Site(String path, JsonNode container, String field, int index) {
    JsonNode value() {
      return field != null ? container.get(field) : container.get(index);
    }
  }

  /** Every property and array element of {@code root}, depth first, with its JSON path. */
  static List<Site> sites(JsonNode root) {
    List<Site> out = new ArrayList<>();
    collect(root, "$", out);
    return out;
  }

  private static void collect(JsonNode node, String path, List<Site> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
        String f = it.next();
        String p = path + "." + f;
        out.add(new Site(p, node, f, -1));
        collect(node.get(f), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = path + "[" + i + "]";
        out.add(new Site(p, node, null, i));
        collect(node.get(i), p, out);
      }
    }
  }

  /** A single mutation: its description and the function making the mutated copy. */
  record Mutation(String description, Function<JsonNode, JsonNode> apply) {
    @Override
    public String toString() {
      return description;
    }
  }

  /** The values of another JSON type than {@code value}'s that a mutation puts in its place. */
  static List<JsonNode> wrongTyped(JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> out = new ArrayList<>();
    if (!value.isTextual()) {
      out.add(f.textNode("x"));
      if (value.isNumber()) {
        out.add(f.textNode(value.asText()));
      }
    }
    if (!value.isNumber()) {
      out.add(f.numberNode(7));
    }
    if (!value.isBoolean()) {
      out.add(f.booleanNode(true));
    }
    if (!value.isObject()) {
      out.add(f.objectNode());
    }
    if (!value.isArray()) {
      out.add(f.arrayNode().add(value.deepCopy()));
    }
    if (value.isIntegralNumber()) {
      out.add(f.numberNode(new java.math.BigDecimal("1.5")));
    }
    return out;
  }

  /** Every single mutation of {@code root} at {@code site}. */
  static List<Mutation> mutationsAt(JsonNode root, int siteIndex) {
    Site s = sites(root).get(siteIndex);
    List<Mutation> out = new ArrayList<>();
    JsonNode value = s.value();
    if (s.field() != null) {
      out.add(new Mutation("drop " + s.path(), r -> edit(r, siteIndex, (c, site) -> ((ObjectNode) c).remove(site.field()))));
    }
    for (JsonNode w : wrongTyped(value)) {
      out.add(new Mutation("replace " + s.path() + " by " + w, r -> edit(r, siteIndex, (c, site) -> put(c, site, w.deepCopy()))));
    }
    if (value.isTextual() && value.asText().matches("[A-Z][A-Z_]+")) {
      out.add(new Mutation("unknown enum value at " + s.path(),
          r -> edit(r, siteIndex, (c, site) -> put(c, site, JsonNodeFactory.instance.textNode(value.asText() + "_UNKNOWN")))));
    }
    if (value.isObject()) {
      out.add(new Mutation("unknown property in " + s.path(),
          r -> edit(r, siteIndex, (c, site) -> ((ObjectNode) site.value()).put("unknownProperty", 1))));
    }
    return out;
  }

  private interface Edit {
    void on(JsonNode container, Site site);
  }

  private static JsonNode edit(JsonNode root, int siteIndex, Edit edit) {
    JsonNode copy = root.deepCopy();
    Site s = sites(copy).get(siteIndex);
    edit.on(s.container(), s);
    return copy;
  }

  private static void put(JsonNode container, Site s, JsonNode value) {
    if (s.field() != null) {
      ((ObjectNode) container).set(s.field(), value);
    } else {
      ((ArrayNode) container).set(s.index(), value);
    }
  }

  /** JSON text of a tree. */
  static String text(JsonNode node) {
    try {
      return PLAIN.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.gendan.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gendan.core.json.GendanJson;
import org.gendan.core.party.CustomerTier;
import org.gendan.core.product.MakeOrBuy;
import org.gendan.scheduling.inventory.ReceiptKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema {@code examples/mrp/mrp-problem.schema.json} describes exactly what the reader
 * of {@code gendan mrp} accepts: the same properties on every object, the same names for rules, kinds
 * and tiers, and a description on every property. (Validating files against it needs a schema
 * validator, which this module does not depend on.)
 */
class MrpSchemaTest {

  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schema = GendanJson.mapper().readTree(Files.readString(Path.of("mrp/mrp-problem.schema.json")));
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).sorted().toList();
  }

  private static List<String> properties(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    return names.stream().sorted().toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> l = new ArrayList<>();
    array.forEach(n -> l.add(n.asText()));
    return l;
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @Test
  void the_schema_is_draft_2020_12() {
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void every_object_of_the_schema_has_the_fields_of_the_reader_and_no_others() {
    JsonNode defs = schema.get("$defs");
    Map<Class<? extends Record>, JsonNode> objects = Map.of(
        MrpProblemFile.ProblemJson.class, schema,
        MrpProblemFile.ItemJson.class, defs.get("item"),
        MrpProblemFile.LotSizingJson.class, defs.get("lotSizing"),
        MrpProblemFile.BomLineJson.class, defs.get("bomLine"),
        MrpProblemFile.StockJson.class, defs.get("stock"),
        MrpProblemFile.ReceiptJson.class, defs.get("receipt"),
        MrpProblemFile.DemandJson.class, defs.get("demand"));
    objects.forEach((type, object) -> {
      assertThat(properties(object)).as(type.getSimpleName()).isEqualTo(components(type));
      assertThat(object.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
    });
  }

  /** Every property definition has a description; the conditions of {@code if} only restate properties. */
  @Test
  void every_property_has_a_description() {
    List<String> undocumented = new ArrayList<>();
    walk("$", schema, undocumented);
    assertThat(undocumented).isEmpty();
  }

  private static void walk(String at, JsonNode node, List<String> undocumented) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        props.fields().forEachRemaining(e -> {
          JsonNode d = e.getValue().get("description");
          if (d == null || d.asText().isBlank()) {
            undocumented.add(at + ".properties." + e.getKey());
          }
        });
      }
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("if")) {
          walk(at + "." + e.getKey(), e.getValue(), undocumented);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(at + "[" + i + "]", node.get(i), undocumented);
      }
    }
  }

  @Test
  void the_names_of_rules_buckets_kinds_and_tiers_are_those_the_reader_knows() {
    JsonNode defs = schema.get("$defs");
    assertThat(texts(defs.at("/lotSizing/properties/rule/enum"))).isEqualTo(MrpProblemFile.RULES);
    assertThat(texts(schema.at("/properties/bucket/enum"))).isEqualTo(MrpProblemFile.BUCKETS);
    assertThat(texts(defs.at("/item/properties/makeOrBuy/enum"))).isEqualTo(names(MakeOrBuy.class));
    assertThat(texts(defs.at("/receipt/properties/kind/enum"))).isEqualTo(names(ReceiptKind.class));
    assertThat(texts(defs.at("/demand/properties/kind/enum"))).isEqualTo(names(MrpProblemFile.DemandKind.class));
    assertThat(texts(defs.at("/demand/properties/tier/enum"))).isEqualTo(names(CustomerTier.class));
  }
}

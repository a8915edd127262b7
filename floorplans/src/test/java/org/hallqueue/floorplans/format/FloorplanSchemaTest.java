package org.hallqueue.floorplans.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallqueue.floorplans.json.JsonParser;
import org.hallqueue.floorplans.json.JsonValue;
import org.hallqueue.floorplans.json.JsonValue.JsonArray;
import org.hallqueue.floorplans.json.JsonValue.JsonObject;
import org.hallqueue.floorplans.json.JsonValue.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the published JSON Schema in step with what the reader accepts. */
class FloorplanSchemaTest {
  private static JsonObject schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        FloorplanSchemaTest.class.getResourceAsStream(
            "/org/hallqueue/floorplans/floorplan.schema.json")) {
      assertThat(in).as("schema is published in the jar").isNotNull();
      schema = (JsonObject) JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static JsonObject object(JsonValue v, String... path) {
    JsonValue current = v;
    for (String key : path) {
      current = ((JsonObject) current).members().get(key);
    }
    return (JsonObject) current;
  }

  private static Set<String> properties(JsonObject definition) {
    return object(definition, "properties").members().keySet();
  }

  private static JsonObject def(String name) {
    return object(schema, "$defs", name);
  }

  @Test
  void shouldDescribeEveryFieldTheReaderAccepts() {
    assertThat(properties(schema)).isEqualTo(FormatFields.OFFICE);
    assertThat(properties(def("floor"))).isEqualTo(FormatFields.FLOOR);
    assertThat(properties(def("wall"))).isEqualTo(FormatFields.WALL);
    assertThat(properties(def("obstacle"))).isEqualTo(FormatFields.OBSTACLE);
    assertThat(properties(def("levelChange"))).isEqualTo(FormatFields.LEVEL_CHANGE);
    assertThat(properties(def("connector"))).isEqualTo(FormatFields.CONNECTOR);
    assertThat(properties(object(def("connector"), "properties", "stops", "items")))
        .isEqualTo(FormatFields.STOP);
    assertThat(properties(def("element"))).isEqualTo(FormatFields.ELEMENT);
  }

  @Test
  void shouldDescribeEachElementTypeWithItsOwnFields() {
    JsonArray variants = (JsonArray) def("element").members().get("oneOf");
    Map<String, Set<String>> byType = new java.util.HashMap<>();
    for (JsonValue v : variants.items()) {
      JsonObject variant = (JsonObject) v;
      String type =
          ((JsonString) object(variant, "properties", "type").members().get("const")).value();
      Set<String> extras = new HashSet<>(properties(variant));
      extras.removeAll(FormatFields.ELEMENT);
      byType.put(type, extras);
    }
    assertThat(byType).isEqualTo(FormatFields.ELEMENT_EXTRAS);
    assertThat(List.copyOf(byType.keySet()))
        .containsExactlyInAnyOrderElementsOf(FloorplanReader.ELEMENT_TYPES);
  }

  @Test
  void shouldUseTheSameIdPatternAsTheReader() throws IOException {
    String pattern = ((JsonString) def("id").members().get("pattern")).value();
    assertThat(pattern).isEqualTo("^" + ObjectFields.ID.pattern() + "$");
  }
}

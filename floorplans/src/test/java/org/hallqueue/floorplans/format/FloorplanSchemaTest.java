package org.hallqueue.floorplans.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the published JSON Schema in step with what the reader accepts. */
class FloorplanSchemaTest {
  private static JsonNode schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        FloorplanSchemaTest.class.getResourceAsStream(
            "/org/hallqueue/floorplans/floorplan.schema.json")) {
      assertThat(in).as("schema is published in the jar").isNotNull();
      schema = new JsonMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static JsonNode object(JsonNode v, String... path) {
    JsonNode current = v;
    for (String key : path) {
      current = current.get(key);
    }
    return current;
  }

  private static Set<String> properties(JsonNode definition) {
    return new HashSet<>(object(definition, "properties").propertyNames());
  }

  private static JsonNode def(String name) {
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
    JsonNode variants = def("element").get("oneOf");
    Map<String, Set<String>> byType = new java.util.HashMap<>();
    for (JsonNode variant : variants.values()) {
      String type = object(variant, "properties", "type").get("const").stringValue();
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
    String pattern = def("id").get("pattern").stringValue();
    assertThat(pattern).isEqualTo("^" + ObjectFields.ID.pattern() + "$");
  }
}

package org.hallqueue.floorplans.format;

import java.util.Map;
import java.util.Set;

/**
 * The field names of each kind of object in format version 1, shared by the reader, the writer and
 * the test that keeps the published JSON Schema in step with them.
 */
final class FormatFields {
  private FormatFields() {}

  static final int VERSION = 1;

  static final Set<String> OFFICE =
      Set.of("version", "id", "name", "stepFreeRequired", "floors", "connectors");
  static final Set<String> FLOOR =
      Set.of("level", "name", "width", "depth", "walls", "obstacles", "levelChanges", "elements");
  static final Set<String> WALL = Set.of("id", "points", "thickness");
  static final Set<String> OBSTACLE = Set.of("id", "type", "name", "polygon");
  static final Set<String> LEVEL_CHANGE = Set.of("id", "type", "polygon");
  static final Set<String> CONNECTOR = Set.of("id", "type", "name", "accessible", "stops");
  static final Set<String> STOP = Set.of("floor", "at");

  /** Fields every element has. */
  static final Set<String> ELEMENT = Set.of("id", "type", "name", "at");

  /** The extra fields of each element type. */
  static final Map<String, Set<String>> ELEMENT_EXTRAS =
      Map.of(
          "entrance", Set.of(),
          "kiosk", Set.of("facing"),
          "counter", Set.of("number", "facing", "label"),
          "zone", Set.of("area", "seats", "counters"),
          "display", Set.of("zone", "facing"));
}

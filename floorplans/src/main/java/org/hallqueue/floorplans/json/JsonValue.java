package org.hallqueue.floorplans.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value. Objects keep their members in file order, so a document can be written back
 * in the same order; each value remembers the line and column where it started.
 */
public sealed interface JsonValue {

  /** Line (1-based) where the value starts in the source, or 0 when built in code. */
  int line();

  /** Column (1-based) where the value starts in the source, or 0 when built in code. */
  int column();

  /** A name for the kind of value, used in messages. */
  String kind();

  /** A JSON object; {@code duplicateKeys} lists keys that appeared more than once (first wins). */
  record JsonObject(
      Map<String, JsonValue> members, List<String> duplicateKeys, int line, int column)
      implements JsonValue {
    @Override
    public String kind() {
      return "object";
    }

    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
      duplicateKeys = List.copyOf(duplicateKeys);
    }

    public JsonObject(Map<String, JsonValue> members) {
      this(members, List.of(), 0, 0);
    }
  }

  /** A JSON array. */
  record JsonArray(List<JsonValue> items, int line, int column) implements JsonValue {
    @Override
    public String kind() {
      return "array";
    }

    public JsonArray {
      items = List.copyOf(items);
    }

    public JsonArray(List<JsonValue> items) {
      this(items, 0, 0);
    }
  }

  /** A JSON string. */
  record JsonString(String value, int line, int column) implements JsonValue {
    @Override
    public String kind() {
      return "string";
    }

    public JsonString(String value) {
      this(value, 0, 0);
    }
  }

  /** A JSON number, kept as its source text so no precision is lost before it is interpreted. */
  record JsonNumber(String text, int line, int column) implements JsonValue {
    @Override
    public String kind() {
      return "number";
    }

    public JsonNumber(double value) {
      this(JsonNumbers.format(value), 0, 0);
    }

    public double doubleValue() {
      return Double.parseDouble(text);
    }

    /** Whether the number is a whole number that fits an {@code int}. */
    public boolean isInt() {
      double d = doubleValue();
      return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE;
    }
  }

  /** A JSON boolean. */
  record JsonBoolean(boolean value, int line, int column) implements JsonValue {
    @Override
    public String kind() {
      return "boolean";
    }

    public JsonBoolean(boolean value) {
      this(value, 0, 0);
    }
  }

  /** JSON null. */
  record JsonNull(int line, int column) implements JsonValue {
    @Override
    public String kind() {
      return "null";
    }
  }
}

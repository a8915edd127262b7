package org.hallqueue.floorplans.json;

import java.util.Map;

/**
 * Writes JSON the same way every time: two-space indent, members in model order, short objects of
 * plain values and lists of numbers, texts or points on one line, a newline at the end. Printing
 * the same value twice gives the same bytes, which keeps floorplans diff-friendly.
 */
public final class JsonPrinter {
  private static final int INLINE_LIMIT = 100;

  private JsonPrinter() {}

  /** The document as text, ending with a newline. */
  public static String print(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(JsonValue value, StringBuilder out, String indent) {
    if (value instanceof JsonValue.JsonObject object) {
      writeObject(object, out, indent);
    } else if (value instanceof JsonValue.JsonArray array) {
      writeArray(array, out, indent);
    } else {
      writeScalar(value, out);
    }
  }

  private static void writeObject(JsonValue.JsonObject object, StringBuilder out, String indent) {
    if (object.members().isEmpty()) {
      out.append("{}");
      return;
    }
    String inline = inlineObject(object);
    if (inline != null && inline.length() + indent.length() <= INLINE_LIMIT) {
      out.append(inline);
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    int i = 0;
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      out.append(inner);
      writeString(member.getKey(), out);
      out.append(": ");
      write(member.getValue(), out, inner);
      out.append(++i < object.members().size() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static String inlineObject(JsonValue.JsonObject object) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      if (member.getValue() instanceof JsonValue.JsonObject
          || member.getValue() instanceof JsonValue.JsonArray) {
        return null;
      }
      if (out.length() > 1) {
        out.append(", ");
      }
      writeString(member.getKey(), out);
      out.append(": ");
      writeScalar(member.getValue(), out);
    }
    return out.append('}').toString();
  }

  private static void writeArray(JsonValue.JsonArray array, StringBuilder out, String indent) {
    if (array.items().isEmpty()) {
      out.append("[]");
      return;
    }
    if (array.items().stream().allMatch(JsonPrinter::isInlineItem)) {
      out.append('[');
      for (int i = 0; i < array.items().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(array.items().get(i), out, indent);
      }
      out.append(']');
      return;
    }
    String inner = indent + "  ";
    out.append("[\n");
    for (int i = 0; i < array.items().size(); i++) {
      out.append(inner);
      write(array.items().get(i), out, inner);
      out.append(i + 1 < array.items().size() ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }

  /** Numbers, texts and points (arrays of numbers) stay on one line. */
  private static boolean isInlineItem(JsonValue item) {
    if (item instanceof JsonValue.JsonArray inner) {
      return inner.items().stream().allMatch(v -> v instanceof JsonValue.JsonNumber);
    }
    return !(item instanceof JsonValue.JsonObject);
  }

  private static void writeScalar(JsonValue value, StringBuilder out) {
    if (value instanceof JsonValue.JsonString s) {
      writeString(s.value(), out);
    } else if (value instanceof JsonValue.JsonNumber n) {
      out.append(n.text());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      out.append(b.value());
    } else {
      out.append("null");
    }
  }

  private static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}

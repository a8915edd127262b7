package org.hallqueue.floorplans.format;

import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lays out JSON written by Jackson the same way every time: two-space indent, and named values kept
 * on one line (names, points, point lists), so a floorplan reads well and diffs line by line.
 */
public final class JsonLayout implements PrettyPrinter {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();

  private final Set<String> oneLine;
  private final Set<String> itemsOnOneLine;

  /**
   * @param oneLine fields whose whole value goes on one line
   * @param itemsOnOneLine list fields whose items each go on one line
   */
  public JsonLayout(Set<String> oneLine, Set<String> itemsOnOneLine) {
    this.oneLine = Set.copyOf(oneLine);
    this.itemsOnOneLine = Set.copyOf(itemsOnOneLine);
  }

  /** The layout of floorplan files. */
  static JsonLayout floorplan() {
    return new JsonLayout(
        Set.of("name", "label", "at", "points", "polygon", "area", "counters"), Set.of());
  }

  /** A writer whose generators lay JSON out this way (and leave '/' unescaped). */
  public ObjectWriter writer() {
    return MAPPER.writer().with(this);
  }

  /** Whether the object or array being written, and all it holds, stays on one line. */
  private boolean onOneLine(TokenStreamContext context) {
    for (TokenStreamContext c = context; c.getParent() != null; c = c.getParent()) {
      TokenStreamContext parent = c.getParent();
      if (parent.inObject() && oneLine.contains(parent.currentName())) {
        return true;
      }
      if (parent.inArray()
          && parent.getParent() != null
          && parent.getParent().inObject()
          && itemsOnOneLine.contains(parent.getParent().currentName())) {
        return true;
      }
    }
    return false;
  }

  private void newLine(JsonGenerator g, int depth) {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw("  ");
    }
  }

  private void separator(JsonGenerator g) {
    TokenStreamContext context = g.streamWriteContext();
    if (onOneLine(context)) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newLine(g, context.getNestingDepth());
    }
  }

  private void start(JsonGenerator g) {
    TokenStreamContext context = g.streamWriteContext();
    if (!onOneLine(context)) {
      newLine(g, context.getNestingDepth());
    }
  }

  private void end(JsonGenerator g, int entries, char close) {
    TokenStreamContext context = g.streamWriteContext();
    if (entries > 0 && !onOneLine(context)) {
      newLine(g, context.getNestingDepth() - 1);
    }
    g.writeRaw(close);
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    start(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    end(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    start(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    end(g, values, ']');
  }
}

package org.hallqueue.floorplans.format;

import java.util.ArrayDeque;
import java.util.Deque;
import org.hallqueue.floorplans.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON text into a Jackson tree with Jackson's streaming parser, strictly: a key written
 * twice is refused ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), nothing may follow the
 * document, numbers must fit a {@code double}, and values are never coerced (the tree keeps each
 * value's own type, so a number where a text belongs is reported by the reader). The first mistake
 * becomes one problem with its line, column and the JSON pointer of the value being read.
 */
final class StrictJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The tree, or the problem that stopped reading (exactly one of them is set). */
  record Parsed(JsonNode root, Problem problem) {}

  /** An object or array being read, and where it is. */
  private record Open(JsonNode node, JsonPointer pointer) {}

  private final String text;
  private final Deque<Open> open = new ArrayDeque<>();
  private JsonNode root;

  private StrictJson(String text) {
    this.text = text;
  }

  static Parsed parse(String json) {
    // a byte-order mark some Windows editors write is not part of the document
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    StrictJson reader = new StrictJson(text);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return reader.read(parser);
    }
  }

  private Parsed read(JsonParser parser) {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return new Parsed(null, SyntaxMessages.empty());
      }
      while (token != null) {
        take(parser, token);
        if (root != null && open.isEmpty()) {
          break;
        }
        token = parser.nextToken();
      }
    } catch (JacksonException e) {
      return new Parsed(null, problem(parser, e));
    }
    try {
      if (parser.nextToken() == null) {
        return new Parsed(root, null);
      }
    } catch (JacksonException e) {
      // what follows the document is not even JSON; either way it should not be there
    }
    return new Parsed(null, SyntaxMessages.moreAfterTheEnd(parser.currentLocation()));
  }

  private void take(JsonParser parser, JsonToken token) {
    switch (token) {
      case PROPERTY_NAME -> {}
      case END_OBJECT, END_ARRAY -> open.pop();
      case START_OBJECT -> {
        JsonPointer at = where(parser);
        open.push(new Open(attach(parser, NODES.objectNode()), at));
      }
      case START_ARRAY -> {
        JsonPointer at = where(parser);
        open.push(new Open(attach(parser, NODES.arrayNode()), at));
      }
      case VALUE_STRING -> attach(parser, NODES.stringNode(parser.getString()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
          throw new StreamReadException(
              parser, SyntaxMessages.TOO_LARGE, parser.currentTokenLocation());
        }
        attach(parser, NODES.numberNode(value));
      }
      case VALUE_TRUE, VALUE_FALSE ->
          attach(parser, NODES.booleanNode(token == JsonToken.VALUE_TRUE));
      default -> attach(parser, NODES.nullNode());
    }
  }

  /** Puts a new value into the object or array being read (or makes it the root). */
  private <T extends JsonNode> T attach(JsonParser parser, T node) {
    Open parent = open.peek();
    if (parent == null) {
      root = node;
    } else if (parent.node() instanceof ObjectNode object) {
      object.set(parser.currentName(), node);
    } else {
      ((ArrayNode) parent.node()).add(node);
    }
    return node;
  }

  /** The pointer of the value the parser is at: the member named, or the next item. */
  private JsonPointer where(JsonParser parser) {
    Open parent = open.peek();
    if (parent == null) {
      return JsonPointer.empty();
    }
    if (parent.node() instanceof ObjectNode) {
      return parent.pointer().appendProperty(parser.currentName());
    }
    return parent.pointer().appendIndex(parent.node().size());
  }

  private Problem problem(JsonParser parser, JacksonException e) {
    Open parent = open.peek();
    JsonPointer container = parent == null ? JsonPointer.empty() : parent.pointer();
    String name =
        parent != null && parent.node() instanceof ObjectNode ? parser.currentName() : null;
    if (name != null && parent.node().has(name) && e.getOriginalMessage().startsWith("Duplicate")) {
      return FormatMessages.duplicateField(container.appendProperty(name), name, e.getLocation());
    }
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return SyntaxMessages.of(e, at, text, container, where(parser));
  }
}

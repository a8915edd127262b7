package org.hallqueue.printer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a {@link TicketPrint} as JSON: the ticket fields the queue server returns
 * ({@code id, number, service, lane, status, issuedAt, position, estimatedWaitSeconds,
 * estimatedWait, trackingToken}; {@code estimatedWait} is {@code {"fromMinutes":6,"toMinutes":20}},
 * optional: without it the ticket prints the single estimate) plus the layout fields ({@code
 * officeName, serviceName, laneName, waitingArea, documents, trackingUrl, footer, language,
 * timeZone}). Localized fields are objects by language or a plain string for all languages. Server
 * fields that the ticket does not print are ignored.
 */
public final class TicketJson {

  /** The office's zone when the JSON gives none. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TicketJson() {}

  /**
   * Reads a ticket.
   *
   * @throws IllegalArgumentException naming the field and what is wrong with it
   */
  public static TicketPrint read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the ticket must be a JSON object { … }");
    }
    ZoneId zone = zone(root);
    return new TicketPrint(
        localized(root, "officeName"),
        string(root, "number", true),
        localized(root, "serviceName"),
        root.has("language") ? string(root, "language", true) : TicketPrint.ZH,
        root.hasNonNull("laneName") ? localized(root, "laneName") : null,
        issuedAt(root, zone),
        (int) number(root, "position", Integer.MAX_VALUE),
        number(root, "estimatedWaitSeconds", Long.MAX_VALUE),
        waitRange(root),
        root.hasNonNull("waitingArea") ? localized(root, "waitingArea") : null,
        documents(root),
        string(root, "trackingUrl", false),
        root.hasNonNull("footer") ? localized(root, "footer") : null);
  }

  /** Writes a ticket as pretty-printed JSON that {@link #read} reads back to an equal ticket. */
  public static String write(TicketPrint ticket) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("number", ticket.number());
    root.put("language", ticket.language());
    root.set("officeName", object(ticket.officeName()));
    root.set("serviceName", object(ticket.serviceName()));
    if (ticket.laneName() != null) {
      root.set("laneName", object(ticket.laneName()));
    }
    root.put("issuedAt", ticket.issuedAt().toOffsetDateTime().toString());
    root.put("timeZone", ticket.issuedAt().getZone().getId());
    root.put("position", ticket.position());
    root.put("estimatedWaitSeconds", ticket.estimatedWaitSeconds());
    if (ticket.estimatedWait() != null) {
      ObjectNode range = root.putObject("estimatedWait");
      range.put("fromMinutes", ticket.estimatedWait().fromMinutes());
      range.put("toMinutes", ticket.estimatedWait().toMinutes());
    }
    if (!ticket.waitingArea().isEmpty()) {
      root.set("waitingArea", object(ticket.waitingArea()));
    }
    ArrayNode documents = root.putArray("documents");
    ticket.documents().forEach(d -> documents.add(object(d)));
    if (ticket.trackingUrl() != null) {
      root.put("trackingUrl", ticket.trackingUrl());
    }
    if (!ticket.footer().isEmpty()) {
      root.set("footer", object(ticket.footer()));
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode object(Map<String, String> map) {
    ObjectNode node = MAPPER.createObjectNode();
    for (String language : List.of(TicketPrint.ZH, TicketPrint.EN)) {
      if (map.containsKey(language)) {
        node.put(language, map.get(language));
      }
    }
    return node;
  }

  private static String string(JsonNode root, String field, boolean required) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new IllegalArgumentException(field + ": missing");
      }
      return null;
    }
    if (!node.isString()) {
      throw new IllegalArgumentException(field + ": must be a string, not " + node);
    }
    return node.stringValue();
  }

  private static long number(JsonNode root, String field, long max) {
    return number(root, field, max, "");
  }

  private static long number(JsonNode root, String field, long max, String prefix) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException(prefix + field + ": missing (a whole number, 0 or more)");
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() > max) {
      throw new IllegalArgumentException(prefix + field + ": must be a whole number, not " + node);
    }
    return node.longValue();
  }

  private static TicketPrint.WaitRange waitRange(JsonNode root) {
    JsonNode node = root.get("estimatedWait");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "estimatedWait: must be an object {\"fromMinutes\": …, \"toMinutes\": …}, not " + node);
    }
    return new TicketPrint.WaitRange(
        number(node, "fromMinutes", Long.MAX_VALUE, "estimatedWait."),
        number(node, "toMinutes", Long.MAX_VALUE, "estimatedWait."));
  }

  private static Map<String, String> localized(JsonNode root, String field) {
    return localizedNode(root.get(field), field);
  }

  private static Map<String, String> localizedNode(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException(
          field + ": missing (text by language, e.g. {\"zh-CN\": \"…\", \"en\": \"…\"})");
    }
    Map<String, String> map = new LinkedHashMap<>();
    if (node.isString()) {
      map.put(TicketPrint.ZH, node.stringValue());
      map.put(TicketPrint.EN, node.stringValue());
      return map;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          field + ": must be text or an object by language, not " + node);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isString()) {
        throw new IllegalArgumentException(
            field + "." + e.getKey() + ": must be a string, not " + e.getValue());
      }
      map.put(e.getKey(), e.getValue().stringValue());
    }
    return map;
  }

  private static List<Map<String, String>> documents(JsonNode root) {
    JsonNode node = root.get("documents");
    List<Map<String, String>> documents = new ArrayList<>();
    if (node == null || node.isNull()) {
      return documents;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("documents: must be a list, not " + node);
    }
    for (int i = 0; i < node.size(); i++) {
      documents.add(localizedNode(node.get(i), "documents[" + i + "]"));
    }
    return documents;
  }

  private static ZoneId zone(JsonNode root) {
    String id = string(root, "timeZone", false);
    if (id == null) {
      return DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "timeZone: unknown time zone '" + id + "' (e.g. \"Asia/Shanghai\")");
    }
  }

  private static ZonedDateTime issuedAt(JsonNode root, ZoneId zone) {
    String text = string(root, "issuedAt", true);
    try {
      return Instant.parse(text).atZone(zone);
    } catch (DateTimeException notInstant) {
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "issuedAt: '" + text + "' is not a time like \"2026-11-23T01:15:00Z\"");
      }
    }
  }
}

package org.hallqueue.server.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The documents a floor assistant checked for a waiting ticket: each of its service's checklist by
 * id (true: seen), how many of how many, the missing ones by name in both languages, and a short
 * note (no personal data).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrecheckView(
    Map<String, Boolean> documents,
    int checked,
    int total,
    List<Map<String, String>> missing,
    String note,
    boolean needsHelp,
    String by,
    Instant at) {}

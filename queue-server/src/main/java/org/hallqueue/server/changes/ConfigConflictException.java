package org.hallqueue.server.changes;

import java.util.Map;

/**
 * A configuration change that cannot be made as asked: someone else changed the item since it was
 * read (a stale version), or the item is still in use. Answered 409 with the reason in both
 * languages and, for a stale version, who changed it, when, and the item as it is now.
 */
public class ConfigConflictException extends RuntimeException {
  private final Map<String, String> messages;
  private final Map<String, Object> details;

  public ConfigConflictException(Map<String, String> messages, Map<String, Object> details) {
    super(messages.get("en"));
    this.messages = Map.copyOf(messages);
    this.details = details;
  }

  public static ConfigConflictException inUse(String en, String zh) {
    return new ConfigConflictException(Map.of("en", en, "zh-CN", zh), Map.of("reason", "IN_USE"));
  }

  public Map<String, String> messages() {
    return messages;
  }

  public Map<String, Object> details() {
    return details;
  }
}

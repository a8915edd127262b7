package org.hallqueue.server.queue;

import java.time.Duration;
import java.util.Map;

/**
 * A self-declared priority lane. {@code weight} makes waiting count faster; nobody in the lane
 * should wait longer than {@code maxWait}. {@code showOnTicket} and {@code showOnBoard} keep the
 * lane discreet where the office wishes.
 */
public record Lane(
    String code,
    Map<String, String> name,
    Map<String, String> description,
    double weight,
    Duration maxWait,
    boolean showOnTicket,
    boolean showOnBoard,
    int sortOrder) {

  /** The lane assumed for a ticket whose lane is no longer configured. */
  public static Lane fallback(String code) {
    return new Lane(
        code,
        Map.of("zh-CN", code, "en", code),
        Map.of(),
        1.0,
        Duration.ofHours(1),
        false,
        false,
        0);
  }
}

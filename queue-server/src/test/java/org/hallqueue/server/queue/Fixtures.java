package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Intention-revealing builders for queue tests. */
final class Fixtures {
  static final Instant OPENING = Instant.parse("2026-11-23T01:00:00Z");

  static final Lane STANDARD = lane("standard", 1.0, Duration.ofMinutes(60));
  static final Lane ELDERLY = lane("elderly", 2.0, Duration.ofMinutes(30));
  static final Lane WOMEN = lane("women", 1.5, Duration.ofMinutes(40));
  static final Lane MIGRANT = lane("migrant", 1.5, Duration.ofMinutes(40));
  static final Map<String, Lane> LANES =
      Map.of("standard", STANDARD, "elderly", ELDERLY, "women", WOMEN, "migrant", MIGRANT);

  private Fixtures() {}

  static Lane lane(String code, double weight, Duration cap) {
    return new Lane(code, Map.of("zh-CN", code, "en", code), Map.of(), weight, cap, true, true, 0);
  }

  static Ticket waiting(long id, String lane, String service, Instant issuedAt) {
    return Ticket.issued(id, service + id, service, lane, "zh-CN", issuedAt, "token" + id);
  }

  static Ticket waiting(long id, String lane, Duration waitedAtOpening) {
    return waiting(id, lane, "A", OPENING.minus(waitedAtOpening));
  }

  static Counter counter(String id, String affinity, String... services) {
    return new Counter(
        id,
        1,
        Map.of("zh-CN", id, "en", id),
        List.of(services),
        affinity,
        CounterStatus.OPEN,
        null);
  }

  static Counter anyServiceCounter() {
    return counter("counter-1", null, "A", "B", "C");
  }

  static QueueState state(List<Ticket> waiting, Instant now) {
    return new QueueState(waiting, LANES, now);
  }

  static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }
}

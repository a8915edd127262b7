package org.hallqueue.server.learning;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the counts honest without knowing anyone: each game's steps count once, a finish or an
 * answer counts only for a game that started here, and one address may send only so many counts a
 * minute. Held in memory for a few hours; a restart forgets the open games.
 */
@Component
class Plays {
  private static final int MAX_PLAYS = 20_000;
  private static final int MAX_ADDRESSES = 10_000;
  private static final Duration KEPT = Duration.ofHours(3);

  /** Why a count was not taken. */
  enum Refusal {
    NONE,
    DUPLICATE,
    NOT_STARTED,
    TOO_MANY
  }

  private record Open(long startedAt, Set<String> steps) {}

  private record Window(long minute, int count) {}

  private final Map<String, Open> open = new LinkedHashMap<>();
  private final Map<String, Window> byAddress = new LinkedHashMap<>();
  private final int perMinute;
  private final Clock clock;

  Plays(@Value("${queue.learning.counts-per-minute:30}") int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Whether this step of this play may be counted now, and if so records it. */
  synchronized Refusal take(Tally tally, String address) {
    long now = clock.millis();
    long minute = now / 60_000;
    Window w = byAddress.get(address);
    if (w != null && w.minute() == minute && w.count() >= perMinute) {
      return Refusal.TOO_MANY;
    }
    if (byAddress.size() >= MAX_ADDRESSES && w == null) {
      byAddress.clear();
    }
    byAddress.put(
        address, new Window(minute, w != null && w.minute() == minute ? w.count() + 1 : 1));
    var oldestFirst = open.values().iterator();
    while (oldestFirst.hasNext()) {
      if (now - oldestFirst.next().startedAt() <= KEPT.toMillis()) {
        break;
      }
      oldestFirst.remove();
    }
    Open play = open.get(tally.play());
    if (tally.step().equals("STARTED")) {
      if (play != null) {
        return Refusal.DUPLICATE;
      }
      if (open.size() >= MAX_PLAYS) {
        open.remove(open.keySet().iterator().next());
      }
      open.put(tally.play(), new Open(now, new HashSet<>(Set.of("STARTED"))));
      return Refusal.NONE;
    }
    if (play == null) {
      return Refusal.NOT_STARTED;
    }
    return play.steps().add(tally.step()) ? Refusal.NONE : Refusal.DUPLICATE;
  }
}

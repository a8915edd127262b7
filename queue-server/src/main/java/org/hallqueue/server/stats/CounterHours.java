package org.hallqueue.server.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long each counter was staffed (open) in a window, from its COUNTER_STATUS events. A staffed
 * spell ends when the counter pauses or closes, at the end of its office day, or now. A pause is a
 * clerk away from the desk: counting it as staffed made a counter opened for 40 s and then paused
 * look staffed until midnight. (Office days were also compared by reference, so every change after
 * an opening counted the spell to midnight.)
 */
@Component
class CounterHours {
  private final JdbcClient db;

  CounterHours(JdbcClient db) {
    this.db = db;
  }

  /** Seconds staffed by counter id. */
  Map<String, Long> staffedSeconds(StatsWindow window, long now) {
    Map<String, Long> since = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    db.sql(
            """
            SELECT at, json_extract(payload, '$.counter.id'), json_extract(payload, '$.counter.status')
            FROM event WHERE type = 'COUNTER_STATUS' AND at >= ? AND at < ? ORDER BY at, seq""")
        .params(window.startMillis(), window.endMillis())
        .query(
            (RowCallbackHandler)
                rs -> {
                  long at = rs.getLong(1);
                  String id = rs.getString(2);
                  boolean staffed = "OPEN".equals(rs.getString(3));
                  Long start = since.get(id);
                  if (start != null && !dayOf(start, window).equals(dayOf(at, window))) {
                    total.merge(id, endOfDay(start, window) - start, Long::sum);
                    since.remove(id);
                    start = null;
                  }
                  if (staffed && start == null) {
                    since.put(id, at);
                  } else if (!staffed && start != null) {
                    total.merge(id, at - start, Long::sum);
                    since.remove(id);
                  }
                });
    since.forEach(
        (id, start) ->
            total.merge(
                id, Math.max(0, Math.min(endOfDay(start, window), now) - start), Long::sum));
    Map<String, Long> seconds = new HashMap<>();
    total.forEach((id, ms) -> seconds.put(id, ms / 1000));
    return seconds;
  }

  private static LocalDate dayOf(long millis, StatsWindow w) {
    return Instant.ofEpochMilli(millis).atZone(w.zone()).toLocalDate();
  }

  private static long endOfDay(long millis, StatsWindow w) {
    return dayOf(millis, w).plusDays(1).atStartOfDay(w.zone()).toInstant().toEpochMilli();
  }
}

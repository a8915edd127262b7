package org.hallqueue.server.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.persistence.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only log of every state change. {@link #append} must run inside the writing
 * transaction of the change it records (see {@code Writes}), so a change and its event commit
 * together. Seq is max + 1 within that transaction: strictly increasing and gap-free, also across
 * restarts.
 */
@Component
public class EventLog {
  private final JdbcClient db;
  private final Json json;
  private final Clock clock;

  public EventLog(JdbcClient db, Json json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  public Event append(EventType type, Map<String, ?> body) {
    long seq = db.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM event").query(Long.class).single();
    Instant at = clock.instant();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("seq", seq);
    event.put("type", type.name());
    event.put("at", at.toString());
    event.putAll(body);
    String text = json.write(event);
    db.sql("INSERT INTO event (seq, type, at, payload) VALUES (?, ?, ?, ?)")
        .params(seq, type.name(), at.toEpochMilli(), text)
        .update();
    return new Event(seq, type.name(), text);
  }

  public List<Event> since(long seq, int limit) {
    return db.sql("SELECT seq, type, payload FROM event WHERE seq > ? ORDER BY seq LIMIT ?")
        .params(seq, limit)
        .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  public long latestSeq() {
    return db.sql("SELECT COALESCE(MAX(seq), 0) FROM event").query(Long.class).single();
  }
}

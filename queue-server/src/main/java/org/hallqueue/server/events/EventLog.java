package org.hallqueue.server.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.persistence.WriterCounter;
import org.hallqueue.server.persistence.Writes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only log of every state change. {@link #append} must run inside the writing
 * transaction of the change it records (see {@code Writes}), so a change and its event commit
 * together. Seq is max + 1 within that transaction: strictly increasing and gap-free, also across
 * restarts. The writer reads the max once and counts on from it; a change that rolls back makes it
 * read the max again.
 */
@Component
public class EventLog implements EventJournal {
  private final JdbcClient db;
  private final Json json;
  private final Clock clock;
  private final WriterCounter seqs;
  private volatile String identity;

  public EventLog(JdbcClient db, Json json, Clock clock, Writes writes) {
    this.db = db;
    this.json = json;
    this.clock = clock;
    this.seqs = new WriterCounter(writes, this::latestSeq);
  }

  /** Records the event under the next seq, in the calling transaction. */
  public Event append(QueueEvent event) {
    long seq = seqs.next();
    Instant at = clock.instant();
    String type = event.type().name();
    String text = text(seq, type, at, json.write(event));
    db.sql("INSERT INTO event (seq, type, at, payload) VALUES (?, ?, ?, ?)")
        .params(seq, type, at.toEpochMilli(), text)
        .update();
    return new Event(seq, type, text);
  }

  /**
   * The event's message: {@code seq}, {@code type} and {@code at}, then the record's own fields
   * (none of which has those names; {@code type} is left out of the record's JSON), written once.
   */
  static String text(long seq, String type, Instant at, String fields) {
    if (!fields.startsWith("{") || !fields.endsWith("}")) {
      throw new IllegalArgumentException("an event is written as a JSON object: " + fields);
    }
    StringBuilder text = new StringBuilder(fields.length() + 80);
    text.append("{\"seq\":").append(seq);
    text.append(",\"type\":\"").append(type).append('"');
    text.append(",\"at\":\"").append(at).append('"');
    if (fields.length() > 2) {
      text.append(',').append(fields, 1, fields.length());
    } else {
      text.append('}');
    }
    return text.toString();
  }

  public List<Event> since(long seq, int limit) {
    return db.sql("SELECT seq, type, payload FROM event WHERE seq > ? ORDER BY seq LIMIT ?")
        .params(seq, limit)
        .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /**
   * This log's identity: random, and new after a restore from a backup, when seqs a client has seen
   * may stand for other events.
   */
  public String identity() {
    String id = identity;
    if (id == null) {
      id = db.sql("SELECT id FROM event_log_identity").query(String.class).single();
      identity = id;
    }
    return id;
  }

  public long latestSeq() {
    return db.sql("SELECT COALESCE(MAX(seq), 0) FROM event").query(Long.class).single();
  }
}

package org.hallqueue.server.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hallqueue.server.persistence.CommittedCache;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets in the database. Writes must run inside {@code Writes.inTransaction}; this is the only
 * writer of the ticket table, which keeps the in-memory {@link WaitingTickets} in step with it.
 */
@Component
public class TicketStore implements TicketLedger {
  private final JdbcClient db;
  private final WaitingTickets waiting;

  /** The last service times per service: read on every issue, changed only by a completed visit. */
  private final CommittedCache<RecentKey, List<Duration>> recentTimes;

  private record RecentKey(String service, int limit) {}

  public TicketStore(JdbcClient db, Writes writes) {
    this.db = db;
    this.recentTimes = new CommittedCache<>(writes);
    this.waiting =
        new WaitingTickets(
            writes,
            db.sql("SELECT * FROM ticket WHERE status = 'WAITING'")
                .query(TicketStore::ticket)
                .list());
  }

  /** The next number of a service on an office day; never reused, even after a crash. */
  long nextSequence(String service, LocalDate officeDay) {
    db.sql(
            """
            INSERT INTO ticket_sequence (service, office_day, last_value) VALUES (?, ?, 1)
            ON CONFLICT (service, office_day) DO UPDATE SET last_value = ticket_sequence.last_value + 1""")
        .params(service, officeDay.toString())
        .update();
    return db.sql("SELECT last_value FROM ticket_sequence WHERE service = ? AND office_day = ?")
        .params(service, officeDay.toString())
        .query(Long.class)
        .single();
  }

  /** Tickets still waiting or called from office days before {@code day}, oldest first. */
  List<Ticket> unfinishedBefore(LocalDate day) {
    return db.sql(
            "SELECT * FROM ticket WHERE status IN ('WAITING', 'CALLED') AND office_day < ?"
                + " ORDER BY id")
        .param(day.toString())
        .query(TicketStore::ticket)
        .list();
  }

  long nextId() {
    return db.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM ticket").query(Long.class).single();
  }

  void insert(Ticket t, LocalDate officeDay, long daySequence, String idempotencyKey, String by) {
    db.sql(
            """
            INSERT INTO ticket (id, number, issued_service, office_day, day_sequence, service, lane,
              language, status, issued_at, queued_at, tracking_token, request_key, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            t.id(),
            t.number(),
            t.service(),
            officeDay.toString(),
            daySequence,
            t.service(),
            t.lane(),
            t.language(),
            t.status().name(),
            t.issuedAt().toEpochMilli(),
            t.queuedAt().toEpochMilli(),
            t.trackingToken(),
            idempotencyKey,
            by)
        .update();
    waiting.written(t);
  }

  /** Keeps the wait estimate the ticket showed at issue, to be measured against its real wait. */
  void recordEstimateAtIssue(long id, Long estimatedWaitSeconds) {
    db.sql("UPDATE ticket SET estimated_wait_seconds = ? WHERE id = ?")
        .params(estimatedWaitSeconds, id)
        .update();
  }

  public void update(Ticket t) {
    if (t.status() == TicketStatus.DONE) {
      recentTimes.changing();
    }
    db.sql(
            """
            UPDATE ticket SET service = ?, status = ?, counter_id = ?, recall_count = ?,
              called_at = ?, started_at = ?, finished_at = ?, transfer_count = ? WHERE id = ?""")
        .params(
            t.service(),
            t.status().name(),
            t.counterId(),
            t.recallCount(),
            millis(t.calledAt()),
            millis(t.startedAt()),
            millis(t.finishedAt()),
            t.transferCount(),
            t.id())
        .update();
    waiting.written(t);
  }

  public Optional<Ticket> byId(long id) {
    return db.sql("SELECT * FROM ticket WHERE id = ?")
        .param(id)
        .query(TicketStore::ticket)
        .optional();
  }

  public Optional<Ticket> byTrackingToken(String token) {
    return db.sql("SELECT * FROM ticket WHERE tracking_token = ?")
        .param(token)
        .query(TicketStore::ticket)
        .optional();
  }

  /** The ticket {@code by} issued on {@code officeDay} under this idempotency key, if any. */
  Optional<Ticket> byIdempotencyKey(String by, LocalDate officeDay, String key) {
    return db.sql(
            """
            SELECT * FROM ticket WHERE issued_by = ? AND office_day = ?
              AND (request_key = ? OR idempotency_key = ?)""")
        .params(by, officeDay.toString(), key, key)
        .query(TicketStore::ticket)
        .optional();
  }

  /**
   * How many tickets wait for each service (services without any are left out). Like {@link
   * #waiting()}, read from memory: inside the writer's transaction as that transaction sees it,
   * elsewhere as last committed.
   */
  public java.util.Map<String, Integer> waitingCounts() {
    return waiting.counts();
  }

  /** The tickets waiting for one service, in first-come order. */
  public List<Ticket> waiting(String service) {
    return waiting.of(service);
  }

  /** Every waiting ticket. */
  public List<Ticket> waiting() {
    return waiting.all();
  }

  /** The ticket a counter has called or is serving, if any. */
  public Optional<Ticket> currentAt(String counterId) {
    return db.sql(
            "SELECT * FROM ticket WHERE counter_id = ? AND status IN ('CALLED', 'SERVING')"
                + " ORDER BY called_at DESC LIMIT 1")
        .param(counterId)
        .query(TicketStore::ticket)
        .optional();
  }

  /** The counters that have called or are serving a visitor now. */
  public Set<String> busyCounters() {
    return new HashSet<>(
        db.sql("SELECT DISTINCT counter_id FROM ticket WHERE status IN ('CALLED', 'SERVING')")
            .query(String.class)
            .list());
  }

  /** How long the last {@code limit} completed visits of a service took at the counter. */
  public List<Duration> recentServiceTimes(String service, int limit) {
    return recentTimes.get(new RecentKey(service, limit), this::readRecentServiceTimes);
  }

  private List<Duration> readRecentServiceTimes(RecentKey key) {
    return List.copyOf(
        db.sql(
                """
            SELECT finished_at - started_at FROM ticket
            WHERE service = ? AND status = 'DONE' AND started_at IS NOT NULL
            ORDER BY finished_at DESC LIMIT ?""")
            .params(key.service(), key.limit())
            .query((rs, row) -> Duration.ofMillis(rs.getLong(1)))
            .list());
  }

  private static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  static Ticket ticket(ResultSet rs, int row) throws SQLException {
    return new Ticket(
        rs.getLong("id"),
        rs.getString("number"),
        rs.getString("service"),
        rs.getString("lane"),
        rs.getString("language"),
        TicketStatus.valueOf(rs.getString("status")),
        instant(rs, "issued_at"),
        instant(rs, "queued_at"),
        rs.getString("counter_id"),
        rs.getInt("recall_count"),
        instant(rs, "called_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"),
        rs.getString("tracking_token"),
        rs.getInt("transfer_count"));
  }
}

package org.hallqueue.server.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hallqueue.server.events.TicketView;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.persistence.CommittedCache;
import org.hallqueue.server.persistence.WriterCounter;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.LaneQueue;
import org.hallqueue.server.queue.Park;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.queue.WaitForecast;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets in the database. Writes must run inside {@code Writes.inTransaction}; this is the only
 * writer of the ticket table, which keeps the in-memory {@link WaitingTickets} in step with it.
 */
@Component
public class TicketStore implements TicketLedger {
  private final JdbcClient db;

  /** Read when the server is active (a standby reads nothing), then kept in step. */
  private volatile WaitingTickets waiting;

  private final WriterCounter ids;

  /** The last service times per service: read on every issue, changed only by a completed visit. */
  private final CommittedCache<RecentKey, List<Duration>> recentTimes;

  private record RecentKey(String service, int limit) {}

  /** The counters that have called or serve a visitor: read on every issue, changed by a call. */
  private final CommittedCache<Boolean, Map<String, WaitForecast.Visit>> busy;

  public TicketStore(JdbcClient db, Writes writes, Leadership leadership) {
    this.db = db;
    this.ids = new WriterCounter(writes, this::highestId);
    this.recentTimes = new CommittedCache<>(writes);
    this.busy = new CommittedCache<>(writes);
    leadership.whenActive(
        "the waiting tickets",
        () ->
            this.waiting =
                new WaitingTickets(
                    writes,
                    db.sql("SELECT * FROM ticket WHERE status = 'WAITING'")
                        .query(TicketStore::ticket)
                        .list()));
  }

  /** The next number of a service on an office day; never reused, even after a crash. */
  long nextSequence(String service, LocalDate officeDay) {
    return db.sql(
            """
            INSERT INTO ticket_sequence (service, office_day, last_value) VALUES (?, ?, 1)
            ON CONFLICT (service, office_day) DO UPDATE SET last_value = ticket_sequence.last_value + 1
            RETURNING last_value""")
        .params(service, officeDay.toString())
        .query(Long.class)
        .single();
  }

  /** Tickets still waiting, parked or called from office days before {@code day}, oldest first. */
  List<Ticket> unfinishedBefore(LocalDate day) {
    return db.sql(
            "SELECT * FROM ticket WHERE status IN ('WAITING', 'CALLED', 'PARKED')"
                + " AND office_day < ? ORDER BY id")
        .param(day.toString())
        .query(TicketStore::ticket)
        .list();
  }

  /**
   * The next ticket id: one more than the highest, counted by the writer (the only writer of the
   * table).
   */
  long nextId() {
    return ids.next();
  }

  private long highestId() {
    return db.sql("SELECT COALESCE(MAX(id), 0) FROM ticket").query(Long.class).single();
  }

  /**
   * Writes an issued ticket with the view {@code place} gives it, and the wait estimate shown in
   * that view (kept to be measured against the real wait). The ticket waits in memory before {@code
   * place} runs, so its place counts it as the database will.
   */
  TicketView insert(
      Ticket t,
      LocalDate officeDay,
      long daySequence,
      String idempotencyKey,
      String by,
      Function<Ticket, TicketView> place) {
    waiting.written(t);
    TicketView placed = place.apply(t);
    db.sql(
            """
            INSERT INTO ticket (id, number, issued_service, office_day, day_sequence, service, lane,
              language, status, issued_at, queued_at, tracking_token, request_key, issued_by,
              estimated_wait_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
            by,
            placed.estimatedWaitSeconds())
        .update();
    return placed;
  }

  public void update(Ticket t) {
    if (t.status() == TicketStatus.DONE) {
      recentTimes.changing();
    }
    busy.changing();
    db.sql(
            """
            UPDATE ticket SET service = ?, status = ?, counter_id = ?, recall_count = ?,
              called_at = ?, started_at = ?, finished_at = ?, transfer_count = ?, parked_until = ?,
              park_reason = ? WHERE id = ?""")
        .params(
            t.service(),
            t.status().name(),
            t.counterId(),
            t.recallCount(),
            millis(t.calledAt()),
            millis(t.startedAt()),
            millis(t.finishedAt()),
            t.transferCount(),
            t.park() == null ? null : millis(t.park().until()),
            t.park() == null ? null : t.park().reason(),
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

  /** The tickets waiting for one service, per lane in first-come order. */
  public List<LaneQueue> waitingByLane(String service, Map<String, Lane> lanes) {
    return waiting.byLane(service, lanes);
  }

  /**
   * Whether a waiting ticket is back from a park, as the thread's view of the waiting tickets holds
   * them (the writer's working view, or the published one); false only when none is.
   */
  public boolean anyBackFromPark() {
    return waiting.anyBackFromPark();
  }

  /**
   * How many times the waiting tickets changed other than by a new ticket joining the end of its
   * lane, as the writer's transaction sees them; -1 off the writer thread.
   */
  public long waitingChanges() {
    return waiting.changes();
  }

  /** The waiting tickets, one queue per service and lane, each in first-come order. */
  public List<LaneQueue> waitingQueues(Map<String, Lane> lanes) {
    return waiting.byServiceAndLane(lanes);
  }

  /** Every waiting ticket, lane by lane of each service, in first-come order within a lane. */
  public List<Ticket> waitingByLane() {
    return waiting.allByLane();
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

  /** The parked tickets, the first to come back first. */
  public List<Ticket> parked() {
    return db.sql("SELECT * FROM ticket WHERE status = 'PARKED' ORDER BY parked_until, id")
        .query(TicketStore::ticket)
        .list();
  }

  /** The counters that have called or are serving a visitor now. */
  /** The visit each counter has called or is serving, by counter id (cached until one changes). */
  public Map<String, WaitForecast.Visit> busyCounters() {
    return busy.get(true, k -> readBusyCounters());
  }

  private Map<String, WaitForecast.Visit> readBusyCounters() {
    Map<String, WaitForecast.Visit> visits = new HashMap<>();
    db.sql(
            "SELECT counter_id, service, called_at FROM ticket"
                + " WHERE status IN ('CALLED', 'SERVING') AND counter_id IS NOT NULL")
        .query(
            (rs, row) ->
                visits.put(
                    rs.getString("counter_id"),
                    new WaitForecast.Visit(rs.getString("service"), instant(rs, "called_at"))))
        .list();
    return Map.copyOf(visits);
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
        rs.getInt("transfer_count"),
        park(rs));
  }

  private static Park park(ResultSet rs) throws SQLException {
    Instant until = instant(rs, "parked_until");
    return until == null ? null : new Park(until, rs.getString("park_reason"));
  }
}

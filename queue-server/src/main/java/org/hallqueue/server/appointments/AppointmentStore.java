package org.hallqueue.server.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appointments in the database. Writes run inside {@code Writes.inTransaction} only. */
@Component
class AppointmentStore {
  private final JdbcClient db;

  AppointmentStore(JdbcClient db) {
    this.db = db;
  }

  Optional<Appointment> byCode(String code) {
    return db.sql("SELECT * FROM appointment WHERE code = ?")
        .param(code)
        .query(AppointmentStore::appointment)
        .optional();
  }

  Optional<Appointment> byRequestKey(String by, String key) {
    return db.sql("SELECT * FROM appointment WHERE booked_by = ? AND request_key = ?")
        .params(by, key)
        .query(AppointmentStore::appointment)
        .optional();
  }

  /** Places taken in a slot: bookings not cancelled. */
  int taken(String service, Instant start) {
    return db.sql(
            "SELECT COUNT(*) FROM appointment WHERE service = ? AND slot_start = ?"
                + " AND status <> 'CANCELLED'")
        .params(service, start.toEpochMilli())
        .query(Integer.class)
        .single();
  }

  /** Appointments whose slot starts in [from, to), in time order. */
  List<Appointment> starting(Instant from, Instant to) {
    return db.sql(
            "SELECT * FROM appointment WHERE slot_start >= ? AND slot_start < ?"
                + " ORDER BY slot_start, booked_at")
        .params(from.toEpochMilli(), to.toEpochMilli())
        .query(AppointmentStore::appointment)
        .list();
  }

  /** The ids of tickets given at check-in since {@code since}. */
  List<Long> ticketsCheckedInSince(Instant since) {
    return db.sql(
            "SELECT ticket_id FROM appointment WHERE status = 'CHECKED_IN' AND checked_in_at >= ?")
        .param(since.toEpochMilli())
        .query(Long.class)
        .list();
  }

  void insert(Appointment a, String requestKey) {
    db.sql(
            """
            INSERT INTO appointment (code, service, lane, language, slot_start, slot_end, status,
              booked_at, booked_by, channel, request_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            a.code(),
            a.service(),
            a.lane(),
            a.language(),
            a.start().toEpochMilli(),
            a.end().toEpochMilli(),
            a.status().name(),
            a.bookedAt().toEpochMilli(),
            a.bookedBy(),
            a.channel(),
            requestKey)
        .update();
  }

  void update(Appointment a) {
    db.sql(
            "UPDATE appointment SET status = ?, cancelled_at = ?, checked_in_at = ?, ticket_id = ?"
                + " WHERE code = ?")
        .params(
            a.status().name(),
            millis(a.cancelledAt()),
            millis(a.checkedInAt()),
            a.ticketId(),
            a.code())
        .update();
  }

  private static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(value);
  }

  private static Appointment appointment(ResultSet rs, int row) throws SQLException {
    long ticket = rs.getLong("ticket_id");
    Long ticketId = rs.wasNull() ? null : ticket;
    return new Appointment(
        rs.getString("code"),
        rs.getString("service"),
        rs.getString("lane"),
        rs.getString("language"),
        instant(rs, "slot_start"),
        instant(rs, "slot_end"),
        Appointment.Status.valueOf(rs.getString("status")),
        instant(rs, "booked_at"),
        rs.getString("booked_by"),
        rs.getString("channel"),
        instant(rs, "cancelled_at"),
        instant(rs, "checked_in_at"),
        ticketId);
  }
}

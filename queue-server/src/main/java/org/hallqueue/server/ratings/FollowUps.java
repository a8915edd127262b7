package org.hallqueue.server.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hallqueue.server.persistence.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Follow-ups of bad ratings in the database. Writes run inside {@code Writes.inTransaction}. */
@Component
class FollowUps {
  private static final TypeReference<List<String>> CODES = new TypeReference<>() {};
  private static final String SELECT =
      """
      SELECT f.*, r.score, r.reasons, r.comment, r.comment_redacted, r.service, t.number
        FROM follow_up f JOIN rating r ON r.ticket_id = f.ticket_id
        LEFT JOIN ticket t ON t.id = f.ticket_id""";

  private final JdbcClient db;
  private final Json json;

  FollowUps(JdbcClient db, Json json) {
    this.db = db;
    this.json = json;
  }

  /** Which follow-ups to list; null fields do not filter. */
  record Filter(FollowUpStatus status, String clerk, Boolean appealed, boolean overdueOnly) {}

  long open(Rating rating, LocalDate due, Instant at) {
    long id = db.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM follow_up").query(Long.class).single();
    db.sql(
            """
            INSERT INTO follow_up (id, ticket_id, opened_at, due_day, status, counter_id, clerk)
            VALUES (?, ?, ?, ?, 'OPEN', ?, ?)""")
        .params(
            id,
            rating.ticketId(),
            at.toEpochMilli(),
            due.toString(),
            rating.counterId(),
            rating.clerk())
        .update();
    return id;
  }

  Optional<FollowUp> byId(long id, LocalDate today) {
    return db.sql(SELECT + " WHERE f.id = ?")
        .param(id)
        .query((rs, row) -> followUp(rs, today))
        .optional()
        .map(this::withNotes);
  }

  List<FollowUp> list(Filter filter, LocalDate today) {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (filter.status() != null) {
      sql.append(" AND f.status = ?");
      params.add(filter.status().name());
    }
    if (filter.clerk() != null) {
      sql.append(" AND f.clerk = ?");
      params.add(filter.clerk());
    }
    if (filter.appealed() != null) {
      sql.append(" AND f.appealed = ?");
      params.add(filter.appealed() ? 1 : 0);
    }
    if (filter.overdueOnly()) {
      sql.append(" AND f.status <> 'RESOLVED' AND f.due_day < ?");
      params.add(today.toString());
    }
    sql.append(" ORDER BY f.due_day, f.id LIMIT 500");
    return db
        .sql(sql.toString())
        .params(params)
        .query((rs, row) -> followUp(rs, today))
        .list()
        .stream()
        .map(this::withNotes)
        .toList();
  }

  void move(long id, FollowUpStatus status, Instant at, LocalDate day) {
    if (status == FollowUpStatus.RESOLVED) {
      db.sql("UPDATE follow_up SET status = ?, resolved_at = ?, resolved_day = ? WHERE id = ?")
          .params(status.name(), at.toEpochMilli(), day.toString(), id)
          .update();
    } else {
      db.sql("UPDATE follow_up SET status = ?, contacted_at = ? WHERE id = ?")
          .params(status.name(), at.toEpochMilli(), id)
          .update();
    }
  }

  void assign(long id, String owner) {
    db.sql("UPDATE follow_up SET owner = ? WHERE id = ?").params(owner, id).update();
  }

  void appeal(long id) {
    db.sql("UPDATE follow_up SET appealed = 1 WHERE id = ?").param(id).update();
  }

  void note(long id, Instant at, String author, String kind, String text) {
    db.sql(
            "INSERT INTO follow_up_note (follow_up_id, at, author, kind, text)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id, at.toEpochMilli(), author, kind, text)
        .update();
  }

  private FollowUp withNotes(FollowUp f) {
    List<FollowUp.Note> notes =
        db.sql(
                "SELECT at, author, kind, text FROM follow_up_note WHERE follow_up_id = ?"
                    + " ORDER BY at")
            .param(f.id())
            .query(
                (rs, row) ->
                    new FollowUp.Note(
                        Instant.ofEpochMilli(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
            .list();
    return new FollowUp(
        f.id(),
        f.ticketId(),
        f.number(),
        f.service(),
        f.counter(),
        f.clerk(),
        f.score(),
        f.reasons(),
        f.comment(),
        f.commentRedacted(),
        f.openedAt(),
        f.due(),
        f.status(),
        f.owner(),
        f.appealed(),
        f.contactedAt(),
        f.resolvedAt(),
        f.overdue(),
        notes);
  }

  private FollowUp followUp(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate due = LocalDate.parse(rs.getString("due_day"));
    FollowUpStatus status = FollowUpStatus.valueOf(rs.getString("status"));
    return new FollowUp(
        rs.getLong("id"),
        rs.getLong("ticket_id"),
        rs.getString("number"),
        rs.getString("service"),
        rs.getString("counter_id"),
        rs.getString("clerk"),
        rs.getInt("score"),
        json.read(rs.getString("reasons"), CODES),
        rs.getString("comment"),
        rs.getInt("comment_redacted") == 1,
        Instant.ofEpochMilli(rs.getLong("opened_at")),
        due,
        status,
        rs.getString("owner"),
        rs.getInt("appealed") == 1,
        instant(rs, "contacted_at"),
        instant(rs, "resolved_at"),
        status != FollowUpStatus.RESOLVED && today.isAfter(due),
        List.of());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}

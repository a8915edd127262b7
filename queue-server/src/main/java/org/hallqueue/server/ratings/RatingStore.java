package org.hallqueue.server.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hallqueue.server.persistence.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** Ratings in the database. Writes run inside {@code Writes.inTransaction}. */
@Component
class RatingStore {
  private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

  private final JdbcClient db;
  private final Json json;

  RatingStore(JdbcClient db, Json json) {
    this.db = db;
    this.json = json;
  }

  boolean exists(long ticketId) {
    return db.sql("SELECT COUNT(*) FROM rating WHERE ticket_id = ?")
            .param(ticketId)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<Rating> byTicket(long ticketId) {
    return db.sql("SELECT * FROM rating WHERE ticket_id = ?")
        .param(ticketId)
        .query(this::rating)
        .optional();
  }

  void insert(Rating r) {
    db.sql(
            """
            INSERT INTO rating (ticket_id, score, reasons, comment, comment_redacted, channel,
              rated_at, office_day, service, counter_id, clerk)
            VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.ticketId(),
            r.score(),
            json.write(r.reasons()),
            r.comment(),
            r.channel(),
            r.ratedAt().toEpochMilli(),
            r.officeDay().toString(),
            r.service(),
            r.counterId(),
            r.clerk())
        .update();
  }

  /** Removes the comment's text for good; the rating itself stays. */
  int redact(long ticketId) {
    return db.sql("UPDATE rating SET comment = NULL, comment_redacted = 1 WHERE ticket_id = ?")
        .param(ticketId)
        .update();
  }

  /** Ratings of these office days, newest first, at most {@code limit}. */
  List<Rating> between(LocalDate from, LocalDate to, int limit) {
    return db.sql(
            "SELECT * FROM rating WHERE office_day BETWEEN ? AND ? ORDER BY rated_at DESC LIMIT ?")
        .params(from.toString(), to.toString(), limit)
        .query(this::rating)
        .list();
  }

  /**
   * The staff member who completed the ticket, from its TICKET_COMPLETED event (the ticket row
   * keeps the counter, not the person).
   */
  Optional<String> clerkOf(long ticketId, Instant finishedAt) {
    if (finishedAt == null) {
      return Optional.empty();
    }
    long at = finishedAt.toEpochMilli();
    return db
        .sql("SELECT payload FROM event WHERE type = 'TICKET_COMPLETED' AND at BETWEEN ? AND ?")
        .params(at - 60_000, at + 60_000)
        .query((rs, row) -> json.read(rs.getString(1), JsonNode.class))
        .list()
        .stream()
        .filter(e -> e.path("ticket").path("id").asLong() == ticketId)
        .map(e -> e.path("by").asString(null))
        .filter(by -> by != null && !by.isBlank())
        .findFirst();
  }

  /** The ticket a counter's rating screen offers: finished there since {@code since}, unrated. */
  Optional<Long> lastUnratedDoneAt(String counterId, Instant since) {
    return db.sql(
            """
            SELECT id FROM ticket WHERE counter_id = ? AND status = 'DONE' AND finished_at >= ?
              AND id NOT IN (SELECT ticket_id FROM rating) ORDER BY finished_at DESC LIMIT 1""")
        .params(counterId, since.toEpochMilli())
        .query(Long.class)
        .optional();
  }

  private Rating rating(ResultSet rs, int row) throws SQLException {
    return new Rating(
        rs.getLong("ticket_id"),
        rs.getInt("score"),
        json.read(rs.getString("reasons"), CODES),
        rs.getString("comment"),
        rs.getInt("comment_redacted") == 1,
        rs.getString("channel"),
        Instant.ofEpochMilli(rs.getLong("rated_at")),
        LocalDate.parse(rs.getString("office_day")),
        rs.getString("service"),
        rs.getString("counter_id"),
        rs.getString("clerk"));
  }
}

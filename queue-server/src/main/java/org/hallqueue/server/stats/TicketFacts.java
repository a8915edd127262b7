package org.hallqueue.server.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymous facts of each ticket that statistics need: no tracking token, no language, no
 * number. Read by office day through the covering index {@code ticket_stats} (migration V2, V7), so
 * a day's or a week's tickets come from the index alone, however long the history.
 */
@Component
class TicketFacts {
  /** One ticket; times are epoch milliseconds, null where the step has not happened. */
  record Fact(
      String officeDay,
      String service,
      String lane,
      String status,
      long issuedAt,
      Long calledAt,
      Long startedAt,
      Long finishedAt,
      String counterId,
      int transferCount,
      Long estimatedWaitSeconds) {

    Long waitSeconds() {
      return calledAt == null ? null : Math.max(0, calledAt - issuedAt) / 1000;
    }

    Long serviceSeconds() {
      return startedAt == null || finishedAt == null || !"DONE".equals(status)
          ? null
          : Math.max(0, finishedAt - startedAt) / 1000;
    }
  }

  private final JdbcClient db;

  TicketFacts(JdbcClient db) {
    this.db = db;
  }

  void forEach(LocalDate from, LocalDate to, Consumer<Fact> each) {
    db.sql(
            """
            SELECT office_day, service, lane, status, issued_at, called_at, started_at, finished_at,
              counter_id, transfer_count, estimated_wait_seconds
            FROM ticket WHERE office_day BETWEEN ? AND ?""")
        .params(from.toString(), to.toString())
        .query((RowCallbackHandler) rs -> each.accept(fact(rs)));
  }

  private static Fact fact(ResultSet rs) throws SQLException {
    return new Fact(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        nullable(rs, 6),
        nullable(rs, 7),
        nullable(rs, 8),
        rs.getString(9),
        rs.getInt(10),
        nullable(rs, 11));
  }

  private static Long nullable(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}

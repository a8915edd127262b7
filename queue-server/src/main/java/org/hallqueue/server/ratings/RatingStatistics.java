package org.hallqueue.server.ratings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Satisfaction in numbers: how many rated, the mean score, the share of good ratings (基本满意 and
 * better: the satisfaction rate) and of bad ones (差评), by service, counter, clerk and day; and
 * whether follow-ups were resolved by their due day.
 */
@Component
class RatingStatistics {
  /** The groupings a manager can read, each a column of the rating table. */
  enum By {
    SERVICE("service"),
    COUNTER("counter_id"),
    CLERK("clerk"),
    DAY("office_day");

    private final String column;

    By(String column) {
      this.column = column;
    }
  }

  private final JdbcClient db;

  RatingStatistics(JdbcClient db) {
    this.db = db;
  }

  /** One group's numbers; {@code key} is null for the whole period. */
  record Tally(
      String key,
      long count,
      Double average,
      Double satisfaction,
      Double badShare,
      Map<String, Long> levels) {}

  /** Follow-ups opened in the period: how many, resolved, resolved by their due day, overdue. */
  record FollowUpTally(
      long opened, long resolved, long resolvedOnTime, Double onTimeShare, long overdue) {}

  Tally overall(RatingPeriod period) {
    List<Tally> all = grouped(null, period);
    return all.isEmpty() ? new Tally(null, 0, null, null, null, levels(0, 0, 0, 0, 0)) : all.get(0);
  }

  List<Tally> by(By by, RatingPeriod period) {
    return grouped(by, period);
  }

  FollowUpTally followUps(RatingPeriod period, LocalDate today) {
    return db.sql(
            """
            SELECT COUNT(*),
              SUM(CASE WHEN f.status = 'RESOLVED' THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.status = 'RESOLVED' AND f.resolved_day <= f.due_day THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.status <> 'RESOLVED' AND f.due_day < ? THEN 1 ELSE 0 END)
            FROM follow_up f JOIN rating r ON r.ticket_id = f.ticket_id
            WHERE r.office_day BETWEEN ? AND ?""")
        .params(today.toString(), period.from().toString(), period.to().toString())
        .query(
            (rs, row) -> {
              long opened = rs.getLong(1);
              long resolved = rs.getLong(2);
              long onTime = rs.getLong(3);
              return new FollowUpTally(
                  opened,
                  resolved,
                  onTime,
                  resolved == 0 ? null : (double) onTime / resolved,
                  rs.getLong(4));
            })
        .single();
  }

  private List<Tally> grouped(By by, RatingPeriod period) {
    String key = by == null ? "NULL" : by.column;
    String group = by == null ? "" : " GROUP BY " + by.column + " ORDER BY " + by.column;
    return db
        .sql(
            "SELECT "
                + key
                + ", COUNT(*), AVG(score),"
                + " SUM(CASE WHEN score = 1 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score = 2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score = 3 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score = 4 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score = 5 THEN 1 ELSE 0 END)"
                + " FROM rating WHERE office_day BETWEEN ? AND ?"
                + group)
        .params(period.from().toString(), period.to().toString())
        .query(
            (rs, row) -> {
              long count = rs.getLong(2);
              long[] n = {
                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)
              };
              long bad = n[0] + n[1];
              return new Tally(
                  rs.getString(1),
                  count,
                  count == 0 ? null : Math.round(rs.getDouble(3) * 100) / 100.0,
                  count == 0 ? null : (double) (count - bad) / count,
                  count == 0 ? null : (double) bad / count,
                  levels(n[0], n[1], n[2], n[3], n[4]));
            })
        .list()
        .stream()
        .filter(t -> t.count() > 0)
        .toList();
  }

  private static Map<String, Long> levels(long... counts) {
    Map<String, Long> levels = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      levels.put(String.valueOf(i + 1), counts[i]);
    }
    return levels;
  }
}

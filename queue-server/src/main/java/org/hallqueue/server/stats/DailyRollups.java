package org.hallqueue.server.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.catalog.CatalogStore;
import org.hallqueue.server.persistence.Database;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.Lane;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Daily totals for trends over weeks to a year. A closed office day (before today) is computed once
 * from its tickets and kept in {@code stats_day}; later trends read the stored row. Today is always
 * computed live. A year's trend, once its days are stored, reads 365 small rows.
 */
@Component
public class DailyRollups {
  public static final int MAX_DAYS = 366;

  private final JdbcClient db;
  private final TicketFacts facts;
  private final CatalogStore catalog;
  private final Writes writes;
  private final Clock clock;
  private final String save;

  /** One day's totals. Wait and service times in seconds. */
  public record Day(
      String day,
      int issued,
      int called,
      int served,
      int noShows,
      int transferred,
      int withinTarget,
      Long waitMedian,
      Long waitP90,
      Long waitMax,
      Long serviceMedian) {}

  public DailyRollups(
      JdbcClient db,
      TicketFacts facts,
      CatalogStore catalog,
      Writes writes,
      Clock clock,
      Database database) {
    this.db = db;
    this.save =
        database.insertOrReplace(
            "stats_day",
            "office_day",
            "office_day",
            "issued",
            "called",
            "served",
            "no_shows",
            "transferred",
            "within_target",
            "wait_median_s",
            "wait_p90_s",
            "wait_max_s",
            "service_median_s",
            "computed_at");
    this.facts = facts;
    this.catalog = catalog;
    this.writes = writes;
    this.clock = clock;
  }

  /** The days from {@code from} to {@code to} inclusive, {@code today} computed live. */
  public List<Day> days(LocalDate from, LocalDate to, LocalDate today) {
    Map<String, Day> stored = new HashMap<>();
    db.sql("SELECT * FROM stats_day WHERE office_day BETWEEN ? AND ?")
        .params(from.toString(), to.toString())
        .query(
            (rs, row) ->
                new Day(
                    rs.getString("office_day"),
                    rs.getInt("issued"),
                    rs.getInt("called"),
                    rs.getInt("served"),
                    rs.getInt("no_shows"),
                    rs.getInt("transferred"),
                    rs.getInt("within_target"),
                    nullable(rs, "wait_median_s"),
                    nullable(rs, "wait_p90_s"),
                    nullable(rs, "wait_max_s"),
                    nullable(rs, "service_median_s")))
        .list()
        .forEach(d -> stored.put(d.day(), d));
    LocalDate lastClosed = to.isBefore(today) ? to : today.minusDays(1);
    LocalDate firstMissing = null;
    for (LocalDate d = from; !d.isAfter(lastClosed); d = d.plusDays(1)) {
      if (!stored.containsKey(d.toString())) {
        firstMissing = d;
        break;
      }
    }
    if (firstMissing != null) {
      Map<String, Day> computed = compute(firstMissing, lastClosed);
      computed.keySet().removeAll(stored.keySet());
      store(computed.values());
      stored.putAll(computed);
    }
    if (!today.isBefore(from) && !today.isAfter(to)) {
      stored.putAll(compute(today, today));
    }
    List<Day> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(stored.getOrDefault(d.toString(), empty(d.toString())));
    }
    return days;
  }

  private Map<String, Day> compute(LocalDate from, LocalDate to) {
    Map<String, Lane> lanes = catalog.lanesByCode();
    Map<String, Statistics.Group> groups = new LinkedHashMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      groups.put(d.toString(), new Statistics.Group());
    }
    facts.forEach(
        from,
        to,
        f ->
            groups
                .computeIfAbsent(f.officeDay(), k -> new Statistics.Group())
                .add(
                    f,
                    lanes.getOrDefault(f.lane(), Lane.fallback(f.lane())).maxWait().toSeconds()));
    Map<String, Day> days = new LinkedHashMap<>();
    groups.forEach(
        (day, g) -> {
          Spread wait = g.waits.spread();
          days.put(
              day,
              new Day(
                  day,
                  g.issued,
                  g.called,
                  g.served,
                  g.noShows,
                  g.transferred,
                  g.withinTarget,
                  wait.median(),
                  wait.p90(),
                  wait.max(),
                  g.serviceTimes.spread().median()));
        });
    return days;
  }

  private void store(java.util.Collection<Day> days) {
    if (days.isEmpty()) {
      return;
    }
    long now = clock.millis();
    writes.inTransaction(
        () -> {
          for (Day d : days) {
            db.sql(save)
                .params(
                    d.day(),
                    d.issued(),
                    d.called(),
                    d.served(),
                    d.noShows(),
                    d.transferred(),
                    d.withinTarget(),
                    d.waitMedian(),
                    d.waitP90(),
                    d.waitMax(),
                    d.serviceMedian(),
                    now)
                .update();
          }
          return null;
        });
  }

  private static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static Day empty(String day) {
    return new Day(day, 0, 0, 0, 0, 0, 0, null, null, null, null);
  }
}

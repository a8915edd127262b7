package org.hallqueue.server.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the office's own tickets of the last weeks say: visitors per service, lane and hour on a
 * weekday, and how long each service took at the counter by hour. Read straight from the ticket
 * table; nothing personal (no number, token or language) is read.
 */
@Component
class OfficeHistory {
  /** How far back a plan learns from. */
  static final int WEEKS = 4;

  private final JdbcClient db;

  OfficeHistory(JdbcClient db) {
    this.db = db;
  }

  /**
   * The history before {@code today}.
   *
   * @param demand mean visitors per day by "service/lane", per hour of the office day, on the
   *     weekday asked for (or on all days when that weekday has no history); empty without history
   * @param days how many office days with tickets the demand averages over
   * @param serviceMinutes minutes at the counter of every DONE ticket, by service
   * @param serviceMinutesByHour the same by hour of the office day
   */
  record Learned(
      Map<String, double[]> demand,
      int days,
      Map<String, List<Double>> serviceMinutes,
      Map<String, List<List<Double>>> serviceMinutesByHour) {}

  Learned learn(LocalDate today, DayOfWeek weekday, ZoneId zone) {
    LocalDate from = today.minusWeeks(WEEKS);
    LocalDate to = today.minusDays(1);
    Map<String, double[]> onWeekday = new LinkedHashMap<>();
    Map<String, double[]> onAnyDay = new LinkedHashMap<>();
    Set<String> weekdayDays = new HashSet<>();
    Set<String> anyDays = new HashSet<>();
    Map<String, List<Double>> minutes = new LinkedHashMap<>();
    Map<String, List<List<Double>>> byHour = new HashMap<>();
    db.sql(
            """
            SELECT office_day, issued_service, lane, issued_at, service, status, started_at,
              finished_at
            FROM ticket WHERE office_day BETWEEN ? AND ?""")
        .params(from.toString(), to.toString())
        .query(
            (RowCallbackHandler)
                rs -> {
                  String day = rs.getString(1);
                  String key = rs.getString(2) + "/" + rs.getString(3);
                  int hour = hourOf(rs.getLong(4), zone);
                  anyDays.add(day);
                  onAnyDay.computeIfAbsent(key, k -> new double[OfficeHours.HOURS])[hour]++;
                  if (LocalDate.parse(day).getDayOfWeek() == weekday) {
                    weekdayDays.add(day);
                    onWeekday.computeIfAbsent(key, k -> new double[OfficeHours.HOURS])[hour]++;
                  }
                  long started = rs.getLong(7);
                  boolean hasStart = !rs.wasNull();
                  long finished = rs.getLong(8);
                  if ("DONE".equals(rs.getString(6)) && hasStart && !rs.wasNull()) {
                    double m = Math.max(0, finished - started) / 60_000.0;
                    String service = rs.getString(5);
                    minutes.computeIfAbsent(service, s -> new ArrayList<>()).add(m);
                    byHour
                        .computeIfAbsent(service, s -> emptyHours())
                        .get(hourOf(started, zone))
                        .add(m);
                  }
                });
    boolean weekdayKnown = !weekdayDays.isEmpty();
    Map<String, double[]> counts = weekdayKnown ? onWeekday : onAnyDay;
    int days = weekdayKnown ? weekdayDays.size() : anyDays.size();
    counts.values().forEach(perHour -> scale(perHour, 1.0 / Math.max(1, days)));
    return new Learned(counts, days, minutes, byHour);
  }

  private static List<List<Double>> emptyHours() {
    List<List<Double>> hours = new ArrayList<>();
    for (int h = 0; h < OfficeHours.HOURS; h++) {
      hours.add(new ArrayList<>());
    }
    return hours;
  }

  private static int hourOf(long epochMillis, ZoneId zone) {
    return OfficeHours.hourOf(Instant.ofEpochMilli(epochMillis).atZone(zone).getHour());
  }

  private static void scale(double[] values, double factor) {
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.round(values[i] * factor * 100) / 100.0;
    }
  }
}

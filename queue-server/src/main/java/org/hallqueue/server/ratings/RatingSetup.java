package org.hallqueue.server.ratings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.persistence.Json;
import org.hallqueue.server.ratings.WorkingDays.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * What a manager sets for ratings: the rules, the reasons visitors pick from, the office's holiday
 * calendar and the counter each rating screen stands at. Writes run inside {@code
 * Writes.inTransaction}.
 */
@Component
class RatingSetup {
  private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {};

  private final JdbcClient db;
  private final Json json;

  RatingSetup(JdbcClient db, Json json) {
    this.db = db;
    this.json = json;
  }

  /** A reason a visitor may pick; a retired one stays for the ratings that named it. */
  record Reason(String code, Map<String, String> name, boolean active) {}

  /** A day that differs from the ordinary week. */
  record CalendarDay(LocalDate day, DayKind kind, String name) {}

  RatingRules rules() {
    return db.sql("SELECT follow_up_days, window_hours FROM rating_rule WHERE id = 1")
        .query((rs, row) -> new RatingRules(rs.getInt(1), rs.getInt(2)))
        .single();
  }

  void saveRules(RatingRules rules) {
    db.sql("UPDATE rating_rule SET follow_up_days = ?, window_hours = ? WHERE id = 1")
        .params(rules.followUpDays(), rules.windowHours())
        .update();
  }

  List<Reason> reasons() {
    return db.sql("SELECT code, name, active FROM rating_reason ORDER BY sort_order, code")
        .query(
            (rs, row) ->
                new Reason(rs.getString(1), json.read(rs.getString(2), TEXT), rs.getInt(3) == 1))
        .list();
  }

  List<Reason> activeReasons() {
    return reasons().stream().filter(Reason::active).toList();
  }

  /** Makes {@code reasons} the active list, in this order; reasons left out are retired. */
  void replaceReasons(List<Reason> reasons) {
    db.sql("UPDATE rating_reason SET active = 0").update();
    int order = 0;
    for (Reason r : reasons) {
      order++;
      int changed =
          db.sql("UPDATE rating_reason SET name = ?, active = 1, sort_order = ? WHERE code = ?")
              .params(json.write(r.name()), order, r.code())
              .update();
      if (changed == 0) {
        db.sql("INSERT INTO rating_reason (code, name, active, sort_order) VALUES (?, ?, 1, ?)")
            .params(r.code(), json.write(r.name()), order)
            .update();
      }
    }
  }

  List<CalendarDay> calendar() {
    return db.sql("SELECT day, kind, name FROM rating_calendar ORDER BY day")
        .query(
            (rs, row) ->
                new CalendarDay(
                    LocalDate.parse(rs.getString(1)),
                    DayKind.valueOf(rs.getString(2)),
                    rs.getString(3)))
        .list();
  }

  void replaceCalendar(List<CalendarDay> days) {
    db.sql("DELETE FROM rating_calendar").update();
    for (CalendarDay d : days) {
      db.sql("INSERT INTO rating_calendar (day, kind, name) VALUES (?, ?, ?)")
          .params(d.day().toString(), d.kind().name(), d.name())
          .update();
    }
  }

  WorkingDays workingDays() {
    Map<LocalDate, DayKind> byDay = new LinkedHashMap<>();
    calendar().forEach(d -> byDay.put(d.day(), d.kind()));
    return new WorkingDays(byDay);
  }

  Optional<String> counterOfRater(String deviceId) {
    return db.sql("SELECT counter_id FROM rater WHERE device_id = ?")
        .param(deviceId)
        .query(String.class)
        .optional();
  }

  Map<String, String> raterCounters() {
    Map<String, String> byDevice = new LinkedHashMap<>();
    db.sql("SELECT device_id, counter_id FROM rater")
        .query(
            (rs, row) -> {
              byDevice.put(rs.getString(1), rs.getString(2));
              return null;
            })
        .list();
    return byDevice;
  }

  void bindRater(String deviceId, String counterId) {
    int changed =
        db.sql("UPDATE rater SET counter_id = ? WHERE device_id = ?")
            .params(counterId, deviceId)
            .update();
    if (changed == 0) {
      db.sql("INSERT INTO rater (device_id, counter_id) VALUES (?, ?)")
          .params(deviceId, counterId)
          .update();
    }
  }
}

package org.hallqueue.server.changes;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hallqueue.server.office.OfficeDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each configured service, lane and counter, for optimistic concurrency. Database
 * triggers (migration V2) bump a version on every insert or edit, whoever makes it; the console
 * then signs the change with who made it.
 */
@Component
public class ConfigVersions {
  public static final String SERVICE = "service";
  public static final String LANE = "lane";
  public static final String COUNTER = "counter";
  public static final String STAFF = "staff";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** An item's version and its last change. */
  public record Stamp(long version, Instant updatedAt, String updatedBy) {}

  private final JdbcClient db;
  private final Clock clock;
  private final OfficeDay officeDay;

  public ConfigVersions(JdbcClient db, Clock clock, OfficeDay officeDay) {
    this.db = db;
    this.clock = clock;
    this.officeDay = officeDay;
  }

  public Map<String, Stamp> all(String kind) {
    Map<String, Stamp> byKey = new HashMap<>();
    db.sql("SELECT key, version, updated_at, updated_by FROM config_version WHERE kind = ?")
        .param(kind)
        .query(
            (rs, row) ->
                byKey.put(
                    rs.getString(1),
                    new Stamp(rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4))))
        .list();
    return byKey;
  }

  public Optional<Stamp> of(String kind, String key) {
    return db.sql(
            "SELECT version, updated_at, updated_by FROM config_version WHERE kind = ? AND key = ?")
        .params(kind, key)
        .query(
            (rs, row) ->
                new Stamp(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)))
        .optional();
  }

  /** Records who made the change just saved. Run inside the change's transaction. */
  public Stamp sign(String kind, String key, String by) {
    db.sql("UPDATE config_version SET updated_by = ?, updated_at = ? WHERE kind = ? AND key = ?")
        .params(by, clock.millis(), kind, key)
        .update();
    return of(kind, key).orElseThrow();
  }

  /**
   * Refuses a change made on a version other than the current one (or made without a version),
   * naming who changed the item, when, and what it is now. {@code en}/{@code zh} name the kind of
   * item in each language.
   */
  public void expect(
      String kind,
      String key,
      Long version,
      Function<Stamp, Object> current,
      String en,
      String zh) {
    Stamp stamp = of(kind, key).orElse(new Stamp(0, Instant.EPOCH, null));
    if (version != null && version == stamp.version()) {
      return;
    }
    String when = WHEN.format(stamp.updatedAt().atZone(officeDay.zone()));
    String whoEn = stamp.updatedBy() == null ? "an import or another process" : stamp.updatedBy();
    String whoZh = stamp.updatedBy() == null ? "导入或其他操作" : stamp.updatedBy();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", "STALE_VERSION");
    details.put("changedBy", stamp.updatedBy());
    details.put("changedAt", stamp.updatedAt().toString());
    details.put("currentVersion", stamp.version());
    details.put("current", current.apply(stamp));
    throw new ConfigConflictException(
        Map.of(
            "en",
            "This "
                + en
                + " ("
                + key
                + ") was changed by "
                + whoEn
                + " at "
                + when
                + " after you opened it. Your changes are not saved: compare, then save again to"
                + " overwrite theirs, or reload.",
            "zh-CN",
            "您打开后，此"
                + zh
                + "（"
                + key
                + "）已被 "
                + whoZh
                + " 于 "
                + when
                + " 修改。您的修改尚未保存：请核对后再次保存以覆盖，或重新载入。"),
        details);
  }
}

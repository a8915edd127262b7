package org.hallqueue.server.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each configured service, lane and counter, for optimistic concurrency. Database
 * triggers (migration V2) bump a version on every insert or edit, whoever makes it; the console
 * then signs the change with who made it.
 */
@Component
class ConfigVersions {
  static final String SERVICE = "service";
  static final String LANE = "lane";
  static final String COUNTER = "counter";

  /** An item's version and its last change. */
  record Stamp(long version, Instant updatedAt, String updatedBy) {}

  private final JdbcClient db;
  private final Clock clock;

  ConfigVersions(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  Map<String, Stamp> all(String kind) {
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

  Optional<Stamp> of(String kind, String key) {
    return db.sql(
            "SELECT version, updated_at, updated_by FROM config_version WHERE kind = ? AND key = ?")
        .params(kind, key)
        .query(
            (rs, row) ->
                new Stamp(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)))
        .optional();
  }

  /** Records who made the change just saved. Run inside the change's transaction. */
  Stamp sign(String kind, String key, String by) {
    db.sql("UPDATE config_version SET updated_by = ?, updated_at = ? WHERE kind = ? AND key = ?")
        .params(by, clock.millis(), kind, key)
        .update();
    return of(kind, key).orElseThrow();
  }
}

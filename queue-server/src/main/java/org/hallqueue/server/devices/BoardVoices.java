package org.hallqueue.server.devices;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether each display board can speak, as it last reported: {@code ON}, or {@code OFF} with the
 * reason. Stored, and kept in memory too, because the devices list asks for every device at once.
 */
@Component
class BoardVoices {
  /** A board's last voice report. */
  record Voice(String status, String detail, Instant at) {}

  private final JdbcClient jdbc;
  private final Map<String, Voice> known = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  BoardVoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Voice> of(String deviceId) {
    load();
    return Optional.ofNullable(known.get(deviceId));
  }

  /** Saves the report; call within the transaction that records it as an event. */
  void save(String deviceId, Voice voice) {
    int updated =
        jdbc.sql(
                "UPDATE device_voice SET status = ?, detail = ?, reported_at = ? WHERE device_id = ?")
            .params(voice.status(), voice.detail(), voice.at().toEpochMilli(), deviceId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO device_voice (device_id, status, detail, reported_at) VALUES (?, ?, ?, ?)")
          .params(deviceId, voice.status(), voice.detail(), voice.at().toEpochMilli())
          .update();
    }
    known.put(deviceId, voice);
  }

  /** Forgets what memory holds, after a save whose transaction did not commit. */
  void reload() {
    loaded = false;
    known.clear();
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    jdbc.sql("SELECT device_id, status, detail, reported_at FROM device_voice")
        .query(
            (rs, n) ->
                known.putIfAbsent(
                    rs.getString(1),
                    new Voice(
                        rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)))))
        .list();
  }
}

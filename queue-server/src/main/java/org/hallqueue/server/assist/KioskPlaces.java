package org.hallqueue.server.assist;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which kiosk of the floor plan each kiosk device is, as the kiosk says when it connects ({@code
 * floorplan.kiosk-id} in its settings). Writes run inside {@code Writes.inTransaction}.
 */
@Component
class KioskPlaces {
  private final JdbcClient db;
  private final Clock clock;

  KioskPlaces(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  void tell(String deviceId, String kiosk) {
    db.sql("DELETE FROM kiosk_place WHERE device_id = ?").param(deviceId).update();
    db.sql("INSERT INTO kiosk_place (device_id, kiosk, told_at) VALUES (?, ?, ?)")
        .params(deviceId, kiosk, clock.millis())
        .update();
  }

  Optional<String> of(String deviceId) {
    return db.sql("SELECT kiosk FROM kiosk_place WHERE device_id = ?")
        .param(deviceId)
        .query(String.class)
        .optional();
  }

  /** Every device's place: device id → floor-plan kiosk id. */
  Map<String, String> all() {
    Map<String, String> places = new HashMap<>();
    db.sql("SELECT device_id, kiosk FROM kiosk_place")
        .query(
            (rs, row) -> {
              places.put(rs.getString(1), rs.getString(2));
              return null;
            })
        .list();
    return places;
  }
}

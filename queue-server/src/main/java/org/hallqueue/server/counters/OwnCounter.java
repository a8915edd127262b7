package org.hallqueue.server.counters;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hallqueue.server.office.OfficeDay;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter a clerk has open, so the dashboard opens on it on any PC: the counter whose last
 * status change today was theirs and left it open or paused (the last such one). 204 when none: the
 * dashboard then opens on the counter chosen last on that PC.
 */
@RestController
class OwnCounter {
  private final JdbcClient db;
  private final OfficeDay officeDay;

  OwnCounter(JdbcClient db, OfficeDay officeDay) {
    this.db = db;
    this.officeDay = officeDay;
  }

  record Mine(String counter) {}

  @GetMapping("/api/v1/counters/mine")
  ResponseEntity<Mine> mine(Principal who) {
    long since = officeDay.endOf(officeDay.today().minusDays(1)).toEpochMilli();
    Map<String, String[]> last = new LinkedHashMap<>(); // counter → {status, by}, latest last
    db.sql(
            """
            SELECT json_extract(payload, '$.counter.id'), json_extract(payload, '$.counter.status'),
              json_extract(payload, '$.by')
            FROM event WHERE type = 'COUNTER_STATUS' AND at >= ? ORDER BY at, seq""")
        .param(since)
        .query(
            (RowCallbackHandler)
                rs -> {
                  String id = rs.getString(1);
                  last.remove(id);
                  last.put(id, new String[] {rs.getString(2), rs.getString(3)});
                });
    String mine = null;
    for (Map.Entry<String, String[]> e : last.entrySet()) {
      String[] statusBy = e.getValue();
      if (who.getName().equals(statusBy[1]) && !"CLOSED".equals(statusBy[0])) {
        mine = e.getKey();
      }
    }
    return mine == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(new Mine(mine));
  }
}

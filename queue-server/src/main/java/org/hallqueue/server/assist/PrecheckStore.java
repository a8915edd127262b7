package org.hallqueue.server.assist;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hallqueue.server.events.PrecheckView;
import org.hallqueue.server.persistence.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Pre-checks in the database, one per ticket; writes run inside {@code Writes.inTransaction}. */
@Component
class PrecheckStore {
  private static final TypeReference<Map<String, Boolean>> DOCUMENTS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, String>>> TEXTS = new TypeReference<>() {};

  private final JdbcClient db;
  private final Json json;

  PrecheckStore(JdbcClient db, Json json) {
    this.db = db;
    this.json = json;
  }

  void save(long ticketId, PrecheckView p) {
    db.sql("DELETE FROM ticket_precheck WHERE ticket_id = ?").param(ticketId).update();
    db.sql(
            """
            INSERT INTO ticket_precheck (ticket_id, documents, checked, total, missing, note,
              needs_help, checked_by, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            ticketId,
            json.write(p.documents()),
            p.checked(),
            p.total(),
            json.write(p.missing()),
            p.note(),
            p.needsHelp() ? 1 : 0,
            p.by(),
            p.at().toEpochMilli())
        .update();
  }

  Optional<PrecheckView> of(long ticketId) {
    return db.sql("SELECT * FROM ticket_precheck WHERE ticket_id = ?")
        .param(ticketId)
        .query((rs, row) -> view(rs))
        .optional();
  }

  /** The pre-checks of these tickets, by ticket id. */
  Map<Long, PrecheckView> of(Collection<Long> ticketIds) {
    Map<Long, PrecheckView> found = new HashMap<>();
    if (ticketIds.isEmpty()) {
      return found;
    }
    String marks = String.join(",", ticketIds.stream().map(id -> "?").toList());
    db.sql("SELECT * FROM ticket_precheck WHERE ticket_id IN (" + marks + ")")
        .params(List.copyOf(ticketIds))
        .query(
            (rs, row) -> {
              found.put(rs.getLong("ticket_id"), view(rs));
              return null;
            })
        .list();
    return found;
  }

  private PrecheckView view(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new PrecheckView(
        json.read(rs.getString("documents"), DOCUMENTS),
        rs.getInt("checked"),
        rs.getInt("total"),
        json.read(rs.getString("missing"), TEXTS),
        rs.getString("note"),
        rs.getInt("needs_help") == 1,
        rs.getString("checked_by"),
        Instant.ofEpochMilli(rs.getLong("checked_at")));
  }
}

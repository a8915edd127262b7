package org.hallqueue.server.changes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hallqueue.server.events.EventLog;
import org.hallqueue.server.events.QueueEvent.ConfigChanged;
import org.hallqueue.server.events.QueueEvent.FieldChange;
import org.hallqueue.server.persistence.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of configuration changes. Each change is a CONFIG_CHANGED event appended in the
 * change's own transaction (who, what, which item, which fields from what to what), so the trail
 * cannot miss a change or record one that did not happen; it also lists the changes other parts of
 * the server record the same way (floorplan, office bundle). Read through the index on (type, at).
 */
@Component
public class ConfigAudit {
  private final EventLog events;
  private final JdbcClient db;
  private final Json json;

  public ConfigAudit(EventLog events, JdbcClient db, Json json) {
    this.events = events;
    this.db = db;
    this.json = json;
  }

  /** One field's change; values as JSON. */

  /** Appends the CONFIG_CHANGED event. Run inside the change's transaction. */
  public void record(
      String what, String action, String key, String by, Long version, List<FieldChange> changes) {
    events.append(new ConfigChanged(what, action, key, by, version, changes));
  }

  /** The fields whose values differ between two JSON objects (either may be null). */
  public List<FieldChange> diff(Object before, Object after) {
    JsonNode a = before == null ? null : json.mapper().valueToTree(before);
    JsonNode b = after == null ? null : json.mapper().valueToTree(after);
    List<FieldChange> changes = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (JsonNode n : new JsonNode[] {a, b}) {
      if (n != null) {
        for (Iterator<String> it = n.propertyNames().iterator(); it.hasNext(); ) {
          String f = it.next();
          if (!fields.contains(f)) {
            fields.add(f);
          }
        }
      }
    }
    for (String f : fields) {
      JsonNode from = a == null ? null : a.get(f);
      JsonNode to = b == null ? null : b.get(f);
      boolean same = from == null ? to == null || to.isNull() : from.equals(to);
      if (from != null && from.isNull() && to == null) {
        same = true;
      }
      if (!same) {
        changes.add(new FieldChange(f, from, to));
      }
    }
    return changes;
  }

  /** The latest configuration changes, newest first, before event {@code beforeSeq}. */
  public List<JsonNode> list(int limit, long beforeSeq) {
    return db.sql(
            """
            SELECT payload FROM event WHERE type = 'CONFIG_CHANGED' AND seq < ?
            ORDER BY at DESC, seq DESC LIMIT ?""")
        .params(beforeSeq, limit)
        .query((rs, row) -> json.read(rs.getString(1), JsonNode.class))
        .list();
  }
}

package org.hallqueue.server.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which calls passed over visitors who had come earlier, and why: the reason each TICKET_CALLED
 * event records (the rule that decided, the lane, the wait, how many earlier tickets were passed).
 * Reads one window's call events through the index on (type, at) and extracts only the reason's
 * fields in SQL.
 */
@Component
class FairnessAudit {
  static final int EXAMPLES = 200;

  private final JdbcClient db;

  FairnessAudit(JdbcClient db) {
    this.db = db;
  }

  /** A call that went ahead of earlier tickets. The ticket number is not personal data. */
  record OutOfOrderCall(
      String at,
      String ticket,
      String service,
      String lane,
      Integer counter,
      String rule,
      long waitedSeconds,
      long capSeconds,
      int aheadOfEarlier) {}

  /** Calls and out-of-order calls by rule, and the latest out-of-order calls. */
  record Result(
      int calls,
      int outOfOrder,
      Map<String, Map<String, Integer>> byRule,
      List<OutOfOrderCall> examples) {}

  Result audit(StatsWindow window) {
    int[] totals = new int[2];
    Map<String, Map<String, Integer>> byRule = new TreeMap<>();
    List<OutOfOrderCall> examples = new ArrayList<>();
    db.sql(
            """
            SELECT json_extract(payload, '$.at'), json_extract(payload, '$.ticket.number'),
              json_extract(payload, '$.ticket.service'), json_extract(payload, '$.reason.lane'),
              json_extract(payload, '$.counter.number'), json_extract(payload, '$.reason.rule'),
              json_extract(payload, '$.reason.waitedSeconds'),
              json_extract(payload, '$.reason.capSeconds'),
              json_extract(payload, '$.reason.aheadOfEarlier')
            FROM event WHERE type = 'TICKET_CALLED' AND at >= ? AND at < ? ORDER BY at DESC""")
        .params(window.startMillis(), window.endMillis())
        .query(
            (RowCallbackHandler)
                rs -> {
                  String rule = rs.getString(6) == null ? "UNRECORDED" : rs.getString(6);
                  int ahead = rs.getInt(9);
                  totals[0]++;
                  Map<String, Integer> counts =
                      byRule.computeIfAbsent(
                          rule,
                          r -> {
                            Map<String, Integer> m = new LinkedHashMap<>();
                            m.put("calls", 0);
                            m.put("outOfOrder", 0);
                            return m;
                          });
                  counts.merge("calls", 1, Integer::sum);
                  if (ahead > 0) {
                    totals[1]++;
                    counts.merge("outOfOrder", 1, Integer::sum);
                    if (examples.size() < EXAMPLES) {
                      int counter = rs.getInt(5);
                      examples.add(
                          new OutOfOrderCall(
                              rs.getString(1),
                              rs.getString(2),
                              rs.getString(3),
                              rs.getString(4),
                              rs.wasNull() ? null : counter,
                              rule,
                              rs.getLong(7),
                              rs.getLong(8),
                              ahead));
                    }
                  }
                });
    return new Result(totals[0], totals[1], byRule, examples);
  }
}

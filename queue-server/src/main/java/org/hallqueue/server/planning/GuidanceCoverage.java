package org.hallqueue.server.planning;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Which services the guidance questions lead to, walking from the start question. */
final class GuidanceCoverage {
  private GuidanceCoverage() {}

  /** The services of {@code services} that no answer reachable from the start leads to. */
  static List<String> unreached(JsonNode guidance, List<String> services) {
    Set<String> reached = new HashSet<>();
    if (guidance != null) {
      Map<String, JsonNode> byId = new HashMap<>();
      guidance.path("questions").forEach(q -> byId.put(q.path("id").asString(""), q));
      Deque<String> next = new ArrayDeque<>();
      Set<String> seen = new HashSet<>();
      next.add(guidance.path("start").asString(""));
      while (!next.isEmpty()) {
        JsonNode q = byId.get(next.poll());
        if (q == null) {
          continue;
        }
        for (JsonNode a : q.path("answers")) {
          String service = a.path("result").path("service").asString(null);
          if (service != null) {
            reached.add(service);
          }
          String to = a.path("next").asString(null);
          if (to != null && seen.add(to)) {
            next.add(to);
          }
        }
      }
    }
    return services.stream().filter(s -> !reached.contains(s)).toList();
  }
}

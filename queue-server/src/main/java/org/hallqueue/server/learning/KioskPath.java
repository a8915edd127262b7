package org.hallqueue.server.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The answers on the kiosk's guidance that lead to a service: what the game tells a visitor to
 * touch at the kiosk. Found in the office's own guidance, so it follows the manager's edits: the
 * first way in the order the manager wrote the answers (the usual case first), depth first.
 */
final class KioskPath {
  private static final int MAX_DEPTH = 50;

  private KioskPath() {}

  /** The answer labels (each in both languages) from the start to the service, or empty. */
  static List<JsonNode> to(String service, JsonNode guidance) {
    if (guidance == null || !guidance.path("questions").isArray()) {
      return List.of();
    }
    Map<String, JsonNode> questions = new HashMap<>();
    guidance.path("questions").forEach(q -> questions.put(q.path("id").asString(""), q));
    List<JsonNode> labels = new ArrayList<>();
    boolean found =
        walk(guidance.path("start").asString(""), service, questions, new HashSet<>(), labels);
    return found ? labels : List.of();
  }

  private static boolean walk(
      String id,
      String service,
      Map<String, JsonNode> questions,
      Set<String> seen,
      List<JsonNode> labels) {
    JsonNode question = questions.get(id);
    if (question == null || !seen.add(id) || labels.size() >= MAX_DEPTH) {
      return false;
    }
    for (JsonNode answer : question.path("answers")) {
      labels.add(answer.path("label"));
      JsonNode result = answer.path("result");
      boolean here =
          "SERVICE".equals(result.path("kind").asString(""))
              && service.equals(result.path("service").asString(""));
      String next = answer.path("next").asString(null);
      if (here || (next != null && walk(next, service, questions, seen, labels))) {
        return true;
      }
      labels.remove(labels.size() - 1);
    }
    return false;
  }
}

package org.hallqueue.server.guidance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallqueue.server.web.Checks;
import org.hallqueue.server.web.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Checks the kiosk's question tree: unique ids, answers that lead to an existing question or a
 * result, results that name an existing service, no loops, no unreachable question, both languages
 * everywhere.
 */
public final class GuidanceCheck {
  /** Every problem of a guidance tree, fields named under {@code guidance}, given the services. */
  public static List<FieldProblem> problems(JsonNode guidance, Set<String> services) {
    Checks checks = new Checks();
    if (guidance == null || guidance.isNull()) {
      checks.problem("guidance", "a guidance document with start and questions is required");
    } else {
      check(guidance, services, checks, "guidance");
    }
    return checks.problems();
  }

  public static final Set<String> KINDS = Set.of("SERVICE", "ONLINE", "STAFF", "INFO");

  private GuidanceCheck() {}

  public static void check(JsonNode guidance, Set<String> services, Checks checks, String at) {
    if (guidance == null || guidance.isNull()) {
      return;
    }
    if (!guidance.isObject()) {
      checks.problem(at, "must be an object with start and questions");
      return;
    }
    JsonNode questions = guidance.path("questions");
    if (!questions.isArray() || questions.isEmpty()) {
      checks.problem(at + ".questions", "must list at least one question");
      return;
    }
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      JsonNode q = questions.get(i);
      String qAt = at + ".questions[" + i + "]";
      String id = q.path("id").asString("");
      if (id.isBlank()) {
        checks.problem(qAt + ".id", "is required");
        continue;
      }
      if (byId.putIfAbsent(id, q) != null) {
        checks.problem(qAt + ".id", "'" + id + "' is used by another question");
      }
      index.putIfAbsent(id, i);
      bilingual(q.path("text"), checks, qAt + ".text", false);
      bilingual(q.path("help"), checks, qAt + ".help", true);
      JsonNode answers = q.path("answers");
      if (!answers.isArray() || answers.isEmpty()) {
        checks.problem(qAt + ".answers", "must list at least one answer");
        continue;
      }
      for (int j = 0; j < answers.size(); j++) {
        answer(answers.get(j), services, checks, qAt + ".answers[" + j + "]");
      }
    }
    String start = guidance.path("start").asString("");
    if (!byId.containsKey(start)) {
      checks.problem(at + ".start", "must be the id of a question, got '" + start + "'");
      return;
    }
    for (Map.Entry<String, JsonNode> q : byId.entrySet()) {
      JsonNode answers = q.getValue().path("answers");
      for (int j = 0; j < answers.size(); j++) {
        String next = answers.get(j).path("next").asString(null);
        if (next != null && !byId.containsKey(next)) {
          checks.problem(
              at + ".questions[" + index.get(q.getKey()) + "].answers[" + j + "].next",
              "leads to '" + next + "', which is not a question");
        }
      }
    }
    reachabilityAndLoops(start, byId, index, checks, at);
  }

  private static void answer(JsonNode a, Set<String> services, Checks checks, String at) {
    bilingual(a.path("label"), checks, at + ".label", false);
    boolean hasNext = a.hasNonNull("next");
    JsonNode result = a.path("result");
    if (hasNext == result.isObject()) {
      checks.problem(at, "must have either next (a question id) or result, not both or neither");
      return;
    }
    if (!result.isObject()) {
      return;
    }
    String kind = result.path("kind").asString("");
    if (!KINDS.contains(kind)) {
      checks.problem(at + ".result.kind", "must be one of SERVICE, ONLINE, STAFF, INFO");
      return;
    }
    if (kind.equals("SERVICE") || kind.equals("ONLINE")) {
      String service = result.path("service").asString("");
      checks.require(
          services.contains(service),
          at + ".result.service",
          "must name a service of this office, got '" + service + "'");
    }
    if (!kind.equals("SERVICE")) {
      bilingual(result.path("message"), checks, at + ".result.message", false);
    } else {
      bilingual(result.path("message"), checks, at + ".result.message", true);
    }
  }

  private static void bilingual(JsonNode text, Checks checks, String at, boolean optional) {
    if (text.isMissingNode() || text.isNull()) {
      if (!optional) {
        checks.problem(at, "is required in zh-CN and en");
      }
      return;
    }
    for (String language : Checks.LANGUAGES) {
      if (text.path(language).asString("").isBlank()) {
        checks.problem(
            at + "." + language, "is missing: every visitor-facing text needs zh-CN and en");
      }
    }
  }

  private static void reachabilityAndLoops(
      String start,
      Map<String, JsonNode> byId,
      Map<String, Integer> index,
      Checks checks,
      String at) {
    Set<String> reached = new HashSet<>();
    Set<String> onPath = new HashSet<>();
    Deque<String> path = new ArrayDeque<>();
    walk(start, byId, index, reached, onPath, path, checks, at);
    for (String id : byId.keySet()) {
      if (!reached.contains(id)) {
        checks.problem(
            at + ".questions[" + index.get(id) + "]",
            "question '" + id + "' cannot be reached from the start question");
      }
    }
  }

  private static void walk(
      String id,
      Map<String, JsonNode> byId,
      Map<String, Integer> index,
      Set<String> reached,
      Set<String> onPath,
      Deque<String> path,
      Checks checks,
      String at) {
    if (onPath.contains(id)) {
      checks.problem(
          at + ".questions[" + index.get(id) + "]",
          "answers loop back to question '"
              + id
              + "' ("
              + String.join(" → ", path)
              + " → "
              + id
              + ")");
      return;
    }
    if (!reached.add(id)) {
      return;
    }
    onPath.add(id);
    path.addLast(id);
    for (JsonNode a : byId.get(id).path("answers")) {
      String next = a.path("next").asString(null);
      if (next != null && byId.containsKey(next)) {
        walk(next, byId, index, reached, onPath, path, checks, at);
      }
    }
    path.removeLast();
    onPath.remove(id);
  }
}

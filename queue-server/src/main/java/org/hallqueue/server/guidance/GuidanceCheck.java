package org.hallqueue.server.guidance;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

  /** Bounds that keep a check short whatever is sent; real guidance stays far below them. */
  static final int MAX_QUESTIONS = 1_000;

  static final int MAX_ANSWERS = 20;
  static final int MAX_DEPTH = 50;

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
    if (questions.size() > MAX_QUESTIONS) {
      checks.problem(
          at + ".questions",
          "lists " + questions.size() + " questions; at most " + MAX_QUESTIONS + " are accepted");
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
      if (!checks.text(id, qAt + ".id", 64, false)) {
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
      if (answers.size() > MAX_ANSWERS) {
        checks.problem(qAt + ".answers", "lists more than " + MAX_ANSWERS + " answers");
        continue;
      }
      for (int j = 0; j < answers.size(); j++) {
        answer(answers.get(j), services, checks, qAt + ".answers[" + j + "]");
      }
    }
    String start = guidance.path("start").asString("");
    if (!byId.containsKey(start)) {
      checks.problem(at + ".start", "must be the id of a question, got " + Checks.quote(start));
      return;
    }
    for (Map.Entry<String, JsonNode> q : byId.entrySet()) {
      JsonNode answers = q.getValue().path("answers");
      for (int j = 0; j < answers.size(); j++) {
        String next = answers.get(j).path("next").asString(null);
        if (next != null && !byId.containsKey(next)) {
          checks.problem(
              at + ".questions[" + index.get(q.getKey()) + "].answers[" + j + "].next",
              "leads to " + Checks.quote(next) + ", which is not a question");
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
          "must name a service of this office, got " + Checks.quote(service));
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
      String value = text.path(language).asString("");
      if (value.isBlank()) {
        checks.problem(
            at + "." + language, "is missing: every visitor-facing text needs zh-CN and en");
      } else {
        boolean shortText = at.endsWith(".text") || at.endsWith(".label");
        checks.text(value, at + "." + language, shortText ? 200 : 500, !shortText);
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
    if (!walk(start, byId, index, reached, checks, at)) {
      return; // too deep: which questions are unreachable is not known, and not the point
    }
    for (String id : byId.keySet()) {
      if (!reached.contains(id)) {
        checks.problem(
            at + ".questions[" + index.get(id) + "]",
            "question '" + id + "' cannot be reached from the start question");
      }
    }
  }

  /** One question on the walk's path, with the next of its answers to follow. */
  private static final class Step {
    final String id;
    final JsonNode answers;
    int next;

    Step(String id, JsonNode answers) {
      this.id = id;
      this.answers = answers;
    }
  }

  /**
   * Walks the questions depth first without recursion, reporting each answer that loops back to a
   * question on its own path. Stops at {@value #MAX_DEPTH} questions in a row.
   *
   * @return false if the walk stopped because the questions lead too deep
   */
  private static boolean walk(
      String start,
      Map<String, JsonNode> byId,
      Map<String, Integer> index,
      Set<String> reached,
      Checks checks,
      String at) {
    Deque<Step> path = new ArrayDeque<>();
    Set<String> onPath = new HashSet<>();
    reached.add(start);
    onPath.add(start);
    path.push(new Step(start, byId.get(start).path("answers")));
    while (!path.isEmpty()) {
      Step step = path.peek();
      if (step.next >= step.answers.size()) {
        path.pop();
        onPath.remove(step.id);
        continue;
      }
      String next = step.answers.get(step.next++).path("next").asString(null);
      if (next == null || !byId.containsKey(next)) {
        continue;
      }
      if (onPath.contains(next)) {
        checks.problem(
            at + ".questions[" + index.get(next) + "]",
            "answers loop back to question '" + next + "' (" + shortPath(path, next) + ")");
      } else if (reached.add(next)) {
        if (path.size() >= MAX_DEPTH) {
          checks.problem(
              at + ".questions",
              "the answers lead deeper than "
                  + MAX_DEPTH
                  + " questions in a row ("
                  + shortPath(path, next)
                  + "); a visitor would give up long before");
          return false;
        }
        onPath.add(next);
        path.push(new Step(next, byId.get(next).path("answers")));
      }
    }
    return true;
  }

  /** The last few questions of the path and then {@code to}: "… → q7 → q8 → q9 → q2". */
  private static String shortPath(Deque<Step> path, String to) {
    List<String> last = new ArrayList<>();
    var newestFirst = path.iterator();
    while (newestFirst.hasNext() && last.size() < 4) {
      last.add(0, newestFirst.next().id);
    }
    return (path.size() > last.size() ? "… → " : "") + String.join(" → ", last) + " → " + to;
  }
}

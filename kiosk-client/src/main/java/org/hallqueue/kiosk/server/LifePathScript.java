package org.hallqueue.kiosk.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The game "Insure or not?" as the server sends it (/api/v1/learning/game): its texts in both
 * languages with the office's yuan filled in, the pension for each number of years, and the way to
 * the fitting service at this kiosk. {years}, {pension}, {age} and {minimum} are left to fill.
 */
public record LifePathScript(
    Text title,
    Text hero,
    Text intro,
    Text exampleNote,
    int startAge,
    int retirementAge,
    double minimumYears,
    List<Long> pensionByYears,
    Step start,
    List<Event> events,
    OldAge oldAge,
    Text question,
    Map<String, Text> answers,
    Text anonymous,
    Text thanks,
    Text fits,
    Text atKiosk,
    Text again,
    Text next,
    Text play,
    Text ageLabel,
    String serviceCode,
    Text serviceName,
    List<Text> kioskPath) {

  /** One choice: its button and what it led to. */
  public record Choice(Text label, Text outcome) {}

  /** A scene with its two choices. */
  public record Step(Text scene, Choice insure, Choice skip) {}

  /** A life event: one step, or two (the baby step) by whether the player has enrolled. */
  public record Event(String id, Step step, Step ifNotEnrolled) {}

  public record OldAge(Text scene, Text enough, Text tooFew, Text never) {}

  static LifePathScript from(JsonNode g) {
    List<Long> byYears = new ArrayList<>();
    g.path("pensionByYears").forEach(n -> byYears.add(n.asLong()));
    List<Event> events = new ArrayList<>();
    for (JsonNode e : g.path("events")) {
      boolean split = e.has("enrolled");
      events.add(
          new Event(
              e.path("id").asString(""),
              step(split ? e.path("enrolled") : e),
              split ? step(e.path("notEnrolled")) : null));
    }
    Map<String, Text> answers = new java.util.LinkedHashMap<>();
    g.path("answers").properties().forEach(a -> answers.put(a.getKey(), Text.from(a.getValue())));
    JsonNode o = g.path("oldAge");
    JsonNode s = g.path("service");
    List<Text> path = new ArrayList<>();
    s.path("kioskPath").forEach(l -> path.add(Text.from(l)));
    return new LifePathScript(
        Text.from(g.get("title")),
        Text.from(g.get("hero")),
        Text.from(g.get("intro")),
        Text.from(g.get("exampleNote")),
        g.path("startAge").asInt(),
        g.path("retirementAge").asInt(),
        g.path("minimumYears").asDouble(),
        List.copyOf(byYears),
        step(g.path("start")),
        List.copyOf(events),
        new OldAge(
            Text.from(o.get("scene")),
            Text.from(o.get("enough")),
            Text.from(o.get("tooFew")),
            Text.from(o.get("never"))),
        Text.from(g.get("question")),
        answers,
        Text.from(g.get("anonymous")),
        Text.from(g.get("thanks")),
        Text.from(g.get("fits")),
        Text.from(g.get("atKiosk")),
        Text.from(g.get("again")),
        Text.from(g.get("next")),
        Text.from(g.get("play")),
        Text.from(g.get("ageLabel")),
        s.path("code").asString(""),
        Text.from(s.get("name")),
        List.copyOf(path));
  }

  private static Step step(JsonNode n) {
    return new Step(Text.from(n.get("scene")), choice(n.path("insure")), choice(n.path("skip")));
  }

  private static Choice choice(JsonNode n) {
    return new Choice(Text.from(n.get("label")), Text.from(n.get("outcome")));
  }
}

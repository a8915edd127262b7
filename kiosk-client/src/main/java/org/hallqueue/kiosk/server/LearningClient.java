package org.hallqueue.kiosk.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Learning while waiting, from the queue server: the game's script, its counts (channel KIOSK), and
 * the pension calculator's figures and estimates.
 */
public final class LearningClient {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The calculator's range and the services whose results offer it. */
  public record Figures(int baseMinPercent, int baseMaxPercent, List<String> services) {}

  /**
   * An estimate: the yuan a month paid and received, whether the years reach the minimum, the
   * formula's lines; or, for input the server refused, the problem in both languages.
   */
  public record Estimate(
      double monthlyContribution,
      double monthlyPension,
      boolean enoughYears,
      double minimumYears,
      List<Text> formula,
      Text problem) {}

  private final Servers servers;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  public LearningClient(URI server, String token, Duration timeout) {
    this(Servers.of(server), token, timeout);
  }

  /** On an active server and its standby, following the kiosk's other requests. */
  public LearningClient(Servers servers, String token, Duration timeout) {
    this.servers = servers;
    this.token = token;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public LifePathScript game() throws ServerException {
    return LifePathScript.from(get("learning/game", 200));
  }

  public Figures figures() throws ServerException {
    JsonNode f = get("pension/figures", 200);
    List<String> services = new ArrayList<>();
    f.path("services").forEach(s -> services.add(s.asString()));
    return new Figures(
        f.path("baseMinPercent").asInt(60), f.path("baseMaxPercent").asInt(300), services);
  }

  /** Counts one step of a game (answer only for ANSWERED). */
  public void tally(String play, String step, String answer) throws ServerException {
    ObjectNode body = JSON.createObjectNode().put("play", play).put("step", step);
    body.put("channel", "KIOSK");
    if (answer != null) {
      body.put("answer", answer);
    }
    send(
        request("learning/tallies")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        200);
  }

  public Estimate estimate(int basePercent, int years, int retirementAge, int retirementYear)
      throws ServerException {
    String query =
        "pension/estimate?basePercent=%d&years=%d&retirementAge=%d&retirementYear=%d"
            .formatted(basePercent, years, retirementAge, retirementYear);
    JsonNode a = get(query, 200, 400);
    if (a.has("errors")) {
      JsonNode first = a.path("errors").path(0);
      return new Estimate(0, 0, false, 0, List.of(), Text.from(first.get("messages")));
    }
    List<Text> formula = new ArrayList<>();
    a.path("formula").forEach(l -> formula.add(Text.from(l.get("text"))));
    JsonNode e = a.path("estimate");
    return new Estimate(
        e.path("monthlyContribution").asDouble(),
        a.path("monthlyPension").asDouble(),
        a.path("enoughYears").asBoolean(),
        e.path("minimumMonths").asInt() / 12.0,
        List.copyOf(formula),
        null);
  }

  private JsonNode get(String path, int... ok) throws ServerException {
    return send(request(path).GET().build(), ok);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(servers.resolve("api/v1/" + path))
        .timeout(timeout)
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Bearer " + token);
  }

  private JsonNode send(HttpRequest request, int... ok) throws ServerException {
    HttpResponse<String> response = servers.send(http, request);
    for (int code : ok) {
      if (response.statusCode() == code) {
        try {
          return JSON.readTree(response.body());
        } catch (JacksonException e) {
          throw new ServerException("not JSON from " + request.uri(), false, e);
        }
      }
    }
    throw new ServerException(
        request.uri() + " answered " + response.statusCode(),
        response.statusCode() >= 500,
        response.statusCode(),
        null);
  }
}

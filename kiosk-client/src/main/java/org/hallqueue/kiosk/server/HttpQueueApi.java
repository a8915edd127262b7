package org.hallqueue.kiosk.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hallqueue.floorplans.Floorplans;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.model.Office;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The queue server's REST API over {@link HttpClient}, authenticated with the device token. */
public final class HttpQueueApi implements QueueApi, FloorAssistApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Servers servers;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  public HttpQueueApi(URI server, String token, Duration timeout) {
    this(Servers.of(server), token, timeout);
  }

  /** On an active server and its standby: requests follow the one that answers as active. */
  public HttpQueueApi(Servers servers, String token, Duration timeout) {
    this.servers = servers;
    this.token = token;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public Catalog catalog() throws ServerException {
    // the four requests go out together: the kiosk's start waits for the slowest, not the sum
    HttpRequest servicesAsked = request("services").GET().build();
    HttpRequest lanesAsked = request("lanes").GET().build();
    HttpRequest guidanceAsked = request("guidance").GET().build();
    HttpRequest planAsked = request("floorplan").GET().build();
    var servicesAnswer = sendAsync(servicesAsked);
    var lanesAnswer = sendAsync(lanesAsked);
    var guidanceAnswer = sendAsync(guidanceAsked);
    var floorplanAnswer = sendAsync(planAsked);
    JsonNode servicesJson = parse(expect(await(servicesAnswer, servicesAsked), 200));
    JsonNode lanesJson = parse(expect(await(lanesAnswer, lanesAsked), 200));
    JsonNode guidanceJson = parse(expect(await(guidanceAnswer, guidanceAsked), 200));
    HttpResponse<String> floorplan = await(floorplanAnswer, planAsked);
    List<Catalog.Service> services = new ArrayList<>();
    for (JsonNode s : servicesJson) {
      JsonNode online = s.path("online");
      List<Text> documents = new ArrayList<>();
      s.path("documents").forEach(d -> documents.add(Text.from(d)));
      services.add(
          new Catalog.Service(
              s.path("code").asString(),
              Text.from(s.get("name")),
              Text.from(s.get("description")),
              documents,
              online.isObject()
                  ? Optional.of(
                      new Catalog.Online(
                          Text.from(online.get("name")), online.path("url").asString("")))
                  : Optional.empty(),
              s.path("zone").asString("")));
    }
    List<Catalog.Lane> lanes = new ArrayList<>();
    for (JsonNode l : lanesJson) {
      lanes.add(
          new Catalog.Lane(
              l.path("code").asString(),
              Text.from(l.get("name")),
              Text.from(l.get("description")),
              l.path("showOnTicket").asBoolean(false)));
    }
    Optional<Office> office =
        floorplan.statusCode() == 200
            ? Floorplans.read(floorplan.body()).office()
            : Optional.empty();
    return new Catalog(services, lanes, guidance(guidanceJson), office);
  }

  private static Catalog.Guidance guidance(JsonNode g) {
    Map<String, Catalog.Question> questions = new LinkedHashMap<>();
    for (JsonNode q : g.path("questions")) {
      List<Catalog.Answer> answers = new ArrayList<>();
      for (JsonNode a : q.path("answers")) {
        JsonNode r = a.path("result");
        Optional<Catalog.Outcome> result =
            r.isObject()
                ? Optional.of(
                    new Catalog.Outcome(
                        Catalog.OutcomeKind.valueOf(r.path("kind").asString("INFO")),
                        r.hasNonNull("service")
                            ? Optional.of(r.get("service").asString())
                            : Optional.empty(),
                        Text.from(r.get("message"))))
                : Optional.empty();
        Optional<String> next =
            a.hasNonNull("next") ? Optional.of(a.get("next").asString()) : Optional.empty();
        answers.add(new Catalog.Answer(Text.from(a.get("label")), next, result));
      }
      String id = q.path("id").asString();
      questions.put(
          id,
          new Catalog.Question(id, Text.from(q.get("text")), Text.from(q.get("help")), answers));
    }
    return new Catalog.Guidance(g.path("start").asString(""), questions);
  }

  @Override
  public Ticket issue(String service, String lane, Lang language, String idempotencyKey)
      throws ServerException {
    ObjectNode body = JSON.createObjectNode();
    body.put("service", service);
    body.put("lane", lane);
    body.put("language", language.tag());
    HttpResponse<String> response =
        send(
            request("tickets")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    return ticket(parse(expect(response, 200, 201)));
  }

  private static Ticket ticket(JsonNode t) {
    return new Ticket(
        t.path("id").asLong(),
        t.path("number").asString(),
        t.path("service").asString(),
        t.path("lane").asString(),
        Instant.parse(t.path("issuedAt").asString()),
        t.path("position").asInt(0),
        t.path("estimatedWaitSeconds").asLong(0),
        waitRange(t.get("estimatedWait")),
        t.hasNonNull("trackingUrl") ? t.get("trackingUrl").asString() : null);
  }

  @Override
  public List<Slot> freeSlots(String service, int atMost) throws ServerException {
    String code = java.net.URLEncoder.encode(service, StandardCharsets.UTF_8);
    JsonNode days =
        parse(expect(send(request("appointments/days?service=" + code).GET().build()), 200));
    List<Slot> slots = new ArrayList<>();
    for (JsonNode day : days) {
      String date = day.path("date").asString();
      JsonNode free =
          parse(
              expect(
                  send(
                      request("appointments/slots?service=" + code + "&date=" + date)
                          .GET()
                          .build()),
                  200));
      for (JsonNode slot : free) {
        if (slot.path("bookable").asBoolean(false) && slots.size() < atMost) {
          slots.add(
              new Slot(
                  Instant.parse(slot.path("start").asString()),
                  LocalDate.parse(slot.path("date").asString()),
                  LocalTime.parse(slot.path("startTime").asString()),
                  LocalTime.parse(slot.path("endTime").asString()),
                  slot.path("free").asInt()));
        }
      }
      if (slots.size() >= atMost) {
        break;
      }
    }
    return slots;
  }

  @Override
  public Booking book(
      String service, Instant start, String lane, Lang language, String idempotencyKey)
      throws ServerException {
    ObjectNode body = JSON.createObjectNode();
    body.put("service", service);
    body.put("start", start.toString());
    body.put("lane", lane);
    body.put("language", language.tag());
    JsonNode b =
        parse(
            expect(
                send(
                    request("appointments")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build()),
                200,
                201));
    return new Booking(
        b.path("code").asString(),
        b.path("service").asString(),
        LocalDate.parse(b.path("date").asString()),
        LocalTime.parse(b.path("startTime").asString()),
        LocalTime.parse(b.path("endTime").asString()),
        Instant.parse(b.path("checkInFrom").asString()),
        Instant.parse(b.path("checkInUntil").asString()));
  }

  @Override
  public CheckIn checkIn(String code) throws ServerException {
    String typed = java.net.URLEncoder.encode(code.strip(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            request("appointments/" + typed + "/check-in")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    if (response.statusCode() == 404) {
      return new CheckIn(null, null, null);
    }
    if (response.statusCode() == 409) {
      JsonNode problem = parse(response.body());
      JsonNode walkIn = problem.path("walkIn");
      return new CheckIn(
          null,
          Text.from(problem.get("messages")),
          walkIn.hasNonNull("service") ? walkIn.get("service").asString() : null);
    }
    return new CheckIn(ticket(parse(expect(response, 200, 201))), null, null);
  }

  private static Ticket.WaitRange waitRange(JsonNode range) {
    if (range == null
        || !range.path("fromMinutes").canConvertToLong()
        || !range.path("toMinutes").canConvertToLong()) {
      return null; // a server from before ranges: the kiosk shows the single estimate
    }
    long from = range.path("fromMinutes").asLong();
    long to = range.path("toMinutes").asLong();
    return from < 0 || from > to ? null : new Ticket.WaitRange(from, to);
  }

  @Override
  public void reportStatus(String state, String detail) throws ServerException {
    ObjectNode body = JSON.createObjectNode();
    body.put("printer", state);
    body.put("detail", detail == null ? "" : detail);
    expect(
        send(
            request("devices/me/status")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build()),
        200,
        201,
        204);
  }

  @Override
  public String callHelp() throws ServerException {
    HttpResponse<String> response =
        send(request("devices/me/help").POST(HttpRequest.BodyPublishers.noBody()).build());
    return parse(expect(response, 201)).path("id").asString();
  }

  @Override
  public String tellPlace(String kioskId) throws ServerException {
    ObjectNode body = JSON.createObjectNode();
    body.put("kiosk", kioskId);
    HttpResponse<String> response =
        send(
            request("devices/me/place")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    return parse(expect(response, 200)).path("device").asString();
  }

  @Override
  public Ticket printJob(String requestId) throws ServerException {
    HttpResponse<String> response = send(request("devices/me/prints/" + requestId).GET().build());
    return ticket(parse(expect(response, 200)));
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * The answer to a request sent with others at once; when its server could not be reached or
   * answered as a standby, the request is sent again the failover way (a GET: safe to repeat).
   */
  private HttpResponse<String> await(
      CompletableFuture<HttpResponse<String>> answer, HttpRequest request) throws ServerException {
    try {
      HttpResponse<String> response = answer.get();
      return Servers.standby(response) && servers.size() > 1 ? send(request) : response;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof HttpTimeoutException) {
        servers.noAnswerFrom(request.uri());
        throw new ServerException(
            "the server did not answer within " + timeout.toMillis() + " ms", true, c);
      }
      if (servers.size() > 1) {
        return send(request);
      }
      throw new ServerException("cannot reach the server " + request.uri() + ": " + c, true, c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException("interrupted", true, e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(servers.resolve("api/v1/" + path))
        .timeout(timeout)
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest request) throws ServerException {
    return servers.send(http, request);
  }

  private static String expect(HttpResponse<String> response, int... ok) throws ServerException {
    for (int code : ok) {
      if (response.statusCode() == code) {
        return response.body();
      }
    }
    String detail = response.body();
    try {
      JsonNode problem = JSON.readTree(response.body());
      detail = problem.path("detail").asString(problem.path("title").asString(detail));
    } catch (JacksonException e) {
      // not problem+json: keep the body
    }
    throw new ServerException(
        response.request().method()
            + " "
            + response.uri()
            + " answered "
            + response.statusCode()
            + ": "
            + detail,
        response.statusCode() >= 500,
        response.statusCode(),
        null);
  }

  private static JsonNode parse(String body) throws ServerException {
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      throw new ServerException("the server sent something that is not JSON: " + e, false, e);
    }
  }
}

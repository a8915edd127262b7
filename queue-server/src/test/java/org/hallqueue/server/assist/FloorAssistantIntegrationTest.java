package org.hallqueue.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.EventSocket;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The floor assistant's API on the real server: pre-checks against the service's checklist, print
 * requests that reach only the kiosk they name, and help calls that exactly one assistant takes.
 */
class FloorAssistantIntegrationTest extends ServerTest {
  private static final Auth STAFF3 = Auth.basic("staff3", "staff-demo");

  @Test
  void shouldRecordAPrecheckWithItsMissingDocumentsAndEmitTicketPrechecked() {
    JsonNode ticket = issue("A");
    long id = ticket.path("id").asLong();
    long since = latestSeq();

    Api.Response r =
        api.post(
            "/api/v1/tickets/" + id + "/precheck",
            "{\"documents\":{\"d1\":true,\"d2\":true,\"d3\":true,\"d4\":true,\"d5\":false},"
                + "\"note\":\"复印件已备\"}",
            STAFF);

    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    assertThat(r.json().path("number").asString()).isEqualTo(ticket.path("number").asString());
    assertThat(r.json().path("precheck").path("checked").asInt()).isEqualTo(4);
    assertThat(r.json().path("precheck").path("total").asInt()).isEqualTo(5);
    assertThat(r.json().path("precheck").path("missing")).hasSize(1);
    JsonNode read = api.get("/api/v1/tickets/" + id + "/precheck", STAFF).json();
    assertThat(read.path("precheck").path("note").asString()).isEqualTo("复印件已备");
    assertThat(read.path("checklist")).hasSize(5);
    JsonNode event = eventOf("TICKET_PRECHECKED", since);
    assertThat(event.path("ticket").path("id").asLong()).isEqualTo(id);
    assertThat(event.path("precheck").path("by").asString()).isEqualTo("staff1");
    assertThat(event.path("ticket").has("trackingToken")).isFalse();
  }

  @Test
  void shouldRefuseAnUnknownDocumentNamingIt() {
    long id = issue("C").path("id").asLong();

    Api.Response r =
        api.post("/api/v1/tickets/" + id + "/precheck", "{\"documents\":{\"d9\":true}}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("documents.d9");
    assertThat(r.raw().body()).contains("d1, d2, d3");
  }

  @Test
  void shouldRefuseToPrecheckATicketAlreadyServedNamingTheTicket() {
    long id = issue("E").path("id").asLong();
    api.post("/api/v1/tickets/" + id + "/cancel", null, STAFF);

    Api.Response r =
        api.post("/api/v1/tickets/" + id + "/precheck", "{\"documents\":{\"d1\":true}}", STAFF);

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("ticket");
    assertThat(r.json().path("detail").asString()).contains("CANCELLED");
  }

  @Test
  void shouldSendAPrintRequestOnlyToTheKioskItNames() throws Exception {
    Auth kiosk = api.newKiosk("Print kiosk");
    Auth other = api.newKiosk("Other kiosk");
    String device = place(kiosk, "kiosk-2");
    JsonNode ticket = issue("B");
    try (EventSocket stream = EventSocket.open(api, "?since=" + latestSeq(), kiosk)) {
      Api.Response r =
          api.post(
              "/api/v1/devices/" + device + "/print",
              "{\"ticket\":" + ticket.path("id").asLong() + "}",
              STAFF);
      assertThat(r.status()).as(r.raw().body()).isEqualTo(202);

      JsonNode event = next(stream, "PRINT_REQUESTED");
      assertThat(event.path("print").path("device").asString()).isEqualTo(device);
      assertThat(event.path("print").path("kiosk").asString()).isEqualTo("kiosk-2");
      assertThat(event.path("print").path("number").asString())
          .isEqualTo(ticket.path("number").asString());
      String job = "/api/v1/devices/me/prints/" + event.path("print").path("id").asString();
      JsonNode toPrint = api.get(job, kiosk).json();
      assertThat(toPrint.path("trackingUrl").asString()).contains("/t/");
      assertThat(api.get(job, other).status()).isEqualTo(404);
    }
  }

  @Test
  void shouldLetExactlyOneOfTwoAssistantsTakeAHelpCall() throws Exception {
    Auth kiosk = api.newKiosk("Help kiosk");
    place(kiosk, "kiosk-1");
    long since = latestSeq();
    Api.Response raised = api.post("/api/v1/devices/me/help", null, kiosk);
    assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
    String id = raised.json().path("id").asString();
    assertThat(eventOf("HELP_REQUESTED", since).path("help").path("kiosk").asString())
        .isEqualTo("kiosk-1");

    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<Api.Response>> answers = new ArrayList<>();
    for (Auth who : List.of(STAFF, STAFF3)) {
      Callable<Api.Response> accept = () -> api.post("/api/v1/help/" + id + "/accept", null, who);
      answers.add(two.submit(accept));
    }
    List<Integer> statuses = new ArrayList<>();
    String taker = null;
    String refusal = null;
    for (Future<Api.Response> f : answers) {
      Api.Response r = f.get();
      statuses.add(r.status());
      if (r.status() == 200) {
        taker = r.json().path("acceptedBy").asString();
      } else {
        refusal = r.json().path("detail").asString();
      }
    }
    two.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(refusal).contains("taken by " + taker);
    JsonNode accepted = eventOf("HELP_ACCEPTED", since);
    assertThat(accepted.path("by").asString()).isEqualTo(taker);
    assertThat(accepted.path("help").path("id").asString()).isEqualTo(id);
  }

  @Test
  void shouldMeasureThePrecheckedShareAndHelpCallsOfTheDay() {
    long id = issue("D").path("id").asLong();
    api.post("/api/v1/tickets/" + id + "/precheck", "{\"documents\":{\"d1\":true}}", STAFF);

    JsonNode benefit = api.get("/api/v1/assist/benefit", STAFF).json();

    assertThat(benefit.path("prechecked").asInt()).isPositive();
    assertThat(benefit.path("tickets").asInt()).isGreaterThan(benefit.path("prechecked").asInt());
    assertThat(benefit.path("precheckedShare").asDouble()).isBetween(0.0, 1.0);
    assertThat(benefit.path("help").has("answerSeconds")).isTrue();
    assertThat(api.get("/api/v1/assist/benefit?date=20261206", STAFF).status()).isEqualTo(400);
  }

  @Test
  void shouldPublishTheFloorAssistantInTheOpenApiDescription() {
    JsonNode paths = api.get("/v3/api-docs", Auth.none()).json().path("paths");

    assertThat(paths.has("/api/v1/tickets/{id}/precheck")).isTrue();
    assertThat(paths.has("/api/v1/devices/{id}/print")).isTrue();
    assertThat(paths.has("/api/v1/devices/me/help")).isTrue();
    assertThat(paths.has("/api/v1/help/{id}/accept")).isTrue();
    assertThat(paths.path("/api/v1/help/{id}/accept").path("post").path("description").asString())
        .contains("409");
  }

  @Test
  void shouldLetOnlyStaffAcceptHelpOnlyKiosksCallItAndNobodyElsePrint() {
    Auth kiosk = api.newKiosk("Kiosk that tries too much");
    Auth display =
        Auth.bearer(
            api.post("/api/v1/devices", "{\"name\":\"Board\",\"kind\":\"DISPLAY\"}", MANAGER)
                .json()
                .path("token")
                .asString());
    String id = api.post("/api/v1/devices/me/help", null, kiosk).json().path("id").asString();

    assertThat(api.post("/api/v1/help/" + id + "/accept", null, kiosk).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/devices/me/help", null, STAFF).status()).isEqualTo(403);
    Api.Response board = api.post("/api/v1/devices/me/help", null, display);
    assertThat(board.status()).isEqualTo(409);
    assertThat(board.json().path("field").asString()).isEqualTo("device");
    assertThat(api.post("/api/v1/devices/x/print", "{\"ticket\":1}", kiosk).status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/help/no-such-call/accept", null, STAFF).status()).isEqualTo(404);
    Api.Response nowhere = api.put("/api/v1/devices/me/place", "{\"kiosk\":\"counter-1\"}", kiosk);
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(nowhere.json().path("field").asString()).isEqualTo("kiosk");
  }

  @Test
  void shouldDrawTheWalkToAKioskAndRefusePlacesThePlanLacks() {
    Api.Response walk = api.get("/api/v1/assist/route.svg?from=zone-b&to=kiosk-1&lang=en", STAFF);
    assertThat(walk.status()).isEqualTo(200);
    assertThat(walk.contentType()).startsWith("image/svg+xml");
    assertThat(walk.raw().body()).contains("<svg").contains("Kiosk 1");

    assertThat(api.get("/api/v1/assist/route.svg?from=nowhere&to=kiosk-1", STAFF).status())
        .isEqualTo(200);
    Api.Response unknown = api.get("/api/v1/assist/route.svg?to=nowhere", STAFF);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    Api.Response lang = api.get("/api/v1/assist/route.svg?to=kiosk-1&lang=fr", STAFF);
    assertThat(lang.status()).isEqualTo(400);
    assertThat(lang.json().path("field").asString()).isEqualTo("lang");
    JsonNode kiosks = api.get("/api/v1/assist?from=zone-b", STAFF).json().path("kiosks");
    assertThat(kiosks).isNotEmpty();
  }

  private String place(Auth kiosk, String where) {
    Api.Response r = api.put("/api/v1/devices/me/place", "{\"kiosk\":\"" + where + "\"}", kiosk);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json().path("device").asString();
  }

  private JsonNode issue(String service) {
    Api.Response r =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\"" + service + "\",\"lane\":\"standard\",\"language\":\"zh-CN\"}",
            STAFF);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  private long latestSeq() {
    return api.get("/api/v1/assist", STAFF).json().path("seq").asLong();
  }

  private JsonNode eventOf(String type, long since) {
    for (JsonNode e : api.get("/api/v1/events?since=" + since + "&limit=1000", STAFF).json()) {
      if (e.path("type").asString().equals(type)) {
        return e;
      }
    }
    throw new AssertionError("no " + type + " after seq " + since);
  }

  private static JsonNode next(EventSocket stream, String type) throws InterruptedException {
    for (JsonNode e = stream.next(10); e != null; e = stream.next(10)) {
      if (e.path("type").asString().equals(type)) {
        return e;
      }
    }
    throw new AssertionError("no " + type + " on the stream");
  }
}

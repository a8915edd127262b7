package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.EmptyCounter;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Park (hold) through the HTTP contract: a clerk sends a visitor to fetch a copy; meanwhile the
 * visitor is never called; unparked, they are the next one called at their service.
 */
class ParkIntegrationTest extends ServerTest {
  private static final String COUNTER = "counter-6"; // serves F only

  @Test
  void shouldNotCallAParkedTicketAndCallItNextOnceUnparked() {
    EmptyCounter.at(api, STAFF, COUNTER);
    long sent = issue("standard");
    assertThat(callNext().path("id").asLong()).isEqualTo(sent);
    long other = issue("standard");
    long elderly = issue("elderly");

    Response parked =
        api.post(
            "/api/v1/tickets/" + sent + "/park",
            "{\"minutes\":10,\"reason\":\"复印身份证 copy of the ID card\"}",
            STAFF);

    assertThat(parked.status()).isEqualTo(200);
    assertThat(parked.json().path("status").asString()).isEqualTo("PARKED");
    JsonNode listed = api.get("/api/v1/parked", STAFF).json();
    JsonNode mine = find(listed, sent);
    assertThat(mine.path("reason").asString()).isEqualTo("复印身份证 copy of the ID card");
    assertThat(mine.path("counter").path("number").asInt()).isEqualTo(6);
    assertThat(mine.path("until").asString()).isNotBlank();
    JsonNode tracked = track(parked.json());
    assertThat(tracked.path("status").asString()).isEqualTo("PARKED");
    assertThat(tracked.path("counter").path("number").asInt()).isEqualTo(6);
    assertThat(tracked.path("parkedUntil").asString()).isEqualTo(mine.path("until").asString());

    long first = callNext().path("id").asLong();
    startAndKeep(first);
    long second = callNext().path("id").asLong();
    startAndKeep(second);
    assertThat(java.util.List.of(first, second)).containsExactlyInAnyOrder(elderly, other);
    assertThat(api.post("/api/v1/counters/" + COUNTER + "/call-next", null, STAFF).status())
        .as("only the parked ticket is left, and it is not called")
        .isEqualTo(204);

    long fourth = issue("elderly");
    Response unparked = api.post("/api/v1/tickets/" + sent + "/unpark", null, STAFF);
    assertThat(unparked.status()).isEqualTo(200);
    assertThat(unparked.json().path("status").asString()).isEqualTo("WAITING");
    assertThat(unparked.json().path("position").asInt()).isEqualTo(1);
    assertThat(find(api.get("/api/v1/parked", STAFF).json(), sent)).isNull();

    JsonNode called = callNext();
    assertThat(called.path("id").asLong()).isEqualTo(sent);
    startAndKeep(sent);
    assertThat(called.path("reason").path("rule").asString()).isEqualTo("BACK_FROM_PARK");
    assertThat(api.post("/api/v1/tickets/" + sent + "/unpark", null, STAFF).status())
        .isEqualTo(409);
    assertThat(callNext().path("id").asLong()).isEqualTo(fourth);
  }

  @Test
  void shouldRefuseABadParkNamingTheFieldAndAParkOfAWaitingTicket() {
    long waiting = issue("standard");

    for (String body :
        new String[] {"{}", "{\"minutes\":0}", "{\"minutes\":\"ten\"}", "{\"minutes\":1000}"}) {
      Response r = api.post("/api/v1/tickets/" + waiting + "/park", body, STAFF);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.raw().body()).as(body).contains("minutes");
    }
    Response longReason =
        api.post(
            "/api/v1/tickets/" + waiting + "/park",
            "{\"minutes\":5,\"reason\":\"" + "x".repeat(300) + "\"}",
            STAFF);
    assertThat(longReason.status()).isEqualTo(400);
    assertThat(longReason.json().path("field").asString()).isEqualTo("reason");
    assertThat(api.post("/api/v1/tickets/" + waiting + "/park", "{\"minutes\":5}", STAFF).status())
        .isEqualTo(409);
    assertThat(api.post("/api/v1/tickets/999999/park", "{\"minutes\":5}", STAFF).status())
        .isEqualTo(404);
    assertThat(
            api.post("/api/v1/tickets/" + waiting + "/park", "{\"minutes\":5}", Api.Auth.none())
                .status())
        .isEqualTo(401);
  }

  private long issue(String lane) {
    Response r =
        api.post("/api/v1/tickets", "{\"service\":\"F\",\"lane\":\"" + lane + "\"}", STAFF);
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private JsonNode callNext() {
    Response r = api.post("/api/v1/counters/" + COUNTER + "/call-next", null, STAFF);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json();
  }

  /** Starts the visit; the next call-next completes it. */
  private void startAndKeep(long id) {
    assertThat(api.post("/api/v1/tickets/" + id + "/start", null, STAFF).status()).isEqualTo(200);
  }

  private JsonNode track(JsonNode ticket) {
    String token =
        api.get("/api/v1/tickets/" + ticket.path("id").asLong(), STAFF)
            .json()
            .path("trackingToken")
            .asString();
    return api.get("/api/v1/tickets/track/" + token, Api.Auth.none()).json();
  }

  private static JsonNode find(JsonNode list, long id) {
    for (JsonNode n : list) {
      if (n.path("id").asLong() == id) {
        return n;
      }
    }
    return null;
  }
}

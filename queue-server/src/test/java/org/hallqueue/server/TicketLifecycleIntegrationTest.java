package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.EmptyCounter;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tickets from issue to the end of the visit, through the HTTP contract. Each test uses services
 * and counters no other test calls, so tests do not depend on each other's order.
 */
class TicketLifecycleIntegrationTest extends ServerTest {

  @Test
  void shouldIssueATicketWithItsNumberPlaceEstimateAndTrackingToken() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\",\"lane\":\"standard\"}", STAFF);

    assertThat(r.status()).isEqualTo(201);
    JsonNode t = r.json();
    assertThat(t.path("number").asString()).matches("A\\d{3,}");
    assertThat(t.path("status").asString()).isEqualTo("WAITING");
    assertThat(t.path("position").asInt()).isPositive();
    assertThat(t.has("estimatedWaitSeconds")).isTrue();
    long estimate = t.path("estimatedWaitSeconds").asLong();
    assertThat(t.path("estimatedWait").path("fromMinutes").asLong()).isEqualTo(estimate * 6 / 600);
    assertThat(t.path("estimatedWait").path("toMinutes").asLong())
        .isEqualTo((estimate * 15 / 10 + 300 + 59) / 60);
    assertThat(t.path("trackingToken").asString()).hasSizeGreaterThanOrEqualTo(20);
    // the server's own address on the hall's network (the test calls it on localhost), same port
    java.net.URI url = java.net.URI.create(t.path("trackingUrl").asString());
    assertThat(url.getPath()).isEqualTo("/t/" + t.path("trackingToken").asString());
    assertThat(url.getPort()).isEqualTo(java.net.URI.create(api.base()).getPort());
    assertThat(r.header("Location")).isEqualTo("/api/v1/tickets/" + t.path("id").asLong());
  }

  @Test
  void shouldGiveConsecutiveNumbersPerServiceThatAreNeverReused() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      numbers.add(
          api.post("/api/v1/tickets", "{\"service\":\"C\"}", STAFF)
              .json()
              .path("number")
              .asString());
    }
    assertThat(numbers).doesNotHaveDuplicates();
    int first = Integer.parseInt(numbers.get(0).substring(1));
    for (int i = 0; i < numbers.size(); i++) {
      assertThat(numbers.get(i)).isEqualTo(String.format("C%03d", first + i));
    }
  }

  @Test
  void shouldReturnTheSameTicketWhenAKioskRetriesWithTheSameIdempotencyKey() {
    String body = "{\"service\":\"A\",\"lane\":\"elderly\",\"language\":\"en\"}";
    Response first = api.post("/api/v1/tickets", body, STAFF, "Idempotency-Key", "kiosk-1-0001");
    Response retry = api.post("/api/v1/tickets", body, STAFF, "Idempotency-Key", "kiosk-1-0001");

    assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
    assertThat(retry.json().path("number")).isEqualTo(first.json().path("number"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
  }

  @Test
  void shouldRefuseAnIdempotencyKeyReusedForADifferentRequest() {
    api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF, "Idempotency-Key", "reused-key");

    Response other =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\"A\",\"lane\":\"women\"}",
            STAFF,
            "Idempotency-Key",
            "reused-key");

    assertThat(other.status()).isEqualTo(409);
  }

  @Test
  void shouldCallStartAndCompleteAVisitRecordingWhyTheTicketWasChosen() {
    api.post("/api/v1/counters/counter-6/open", null, STAFF);
    serveEverything("counter-6");
    JsonNode issued =
        api.post("/api/v1/tickets", "{\"service\":\"F\",\"lane\":\"elderly\"}", STAFF).json();
    long since = api.latestSeq(STAFF);

    Response called = api.post("/api/v1/counters/counter-6/call-next", null, STAFF);

    assertThat(called.status()).isEqualTo(200);
    JsonNode ticket = called.json();
    assertThat(ticket.path("id")).isEqualTo(issued.path("id"));
    assertThat(ticket.path("status").asString()).isEqualTo("CALLED");
    assertThat(ticket.path("counter").asString()).isEqualTo("counter-6");
    assertThat(ticket.path("reason").path("rule").asString()).isEqualTo("WEIGHTED_AGING");
    assertThat(ticket.path("reason").path("lane").asString()).isEqualTo("elderly");
    assertThat(ticket.path("reason").path("weight").asDouble()).isEqualTo(2.0);

    JsonNode event = eventsSince(since).get(0);
    assertThat(event.path("type").asString()).isEqualTo("TICKET_CALLED");
    assertThat(event.path("reason").path("strategy").asString()).isEqualTo("WEIGHTED_AGING");
    assertThat(event.path("counter").path("number").asInt()).isEqualTo(6);
    String number = issued.path("number").asString();
    assertThat(event.path("announcement").path("zh-CN").asString())
        .isEqualTo("请 " + number + " 号到 6 号窗口办理");
    assertThat(event.path("by").asString()).isEqualTo("staff1");
    assertThat(event.path("ticket").has("trackingToken")).isFalse();

    long id = ticket.path("id").asLong();
    assertThat(
            api.post("/api/v1/tickets/" + id + "/start", null, STAFF)
                .json()
                .path("status")
                .asString())
        .isEqualTo("SERVING");
    assertThat(
            api.post("/api/v1/tickets/" + id + "/complete", null, STAFF)
                .json()
                .path("status")
                .asString())
        .isEqualTo("DONE");
    assertThat(eventsSince(since))
        .extracting(e -> e.path("type").asString())
        .containsExactly("TICKET_CALLED", "TICKET_STARTED", "TICKET_COMPLETED");
  }

  @Test
  void shouldAnswer204WhenNothingWaitsForTheCounter() {
    api.post("/api/v1/counters/counter-6/open", null, STAFF);
    serveEverything("counter-6");

    assertThat(api.post("/api/v1/counters/counter-6/call-next", null, STAFF).status())
        .isEqualTo(204);
  }

  @Test
  void shouldRefuseToCallAtAClosedCounter() {
    api.post("/api/v1/counters/counter-5/close", null, STAFF);

    Response r = api.post("/api/v1/counters/counter-5/call-next", null, STAFF);

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("detail").asString()).contains("open it first");
  }

  @Test
  void shouldTurnATicketIntoANoShowWhenRecalledPastTheLimit() {
    api.post("/api/v1/counters/counter-3/open", null, STAFF);
    serveEverything("counter-3");
    long id =
        callUntil("counter-3", api.post("/api/v1/tickets", "{\"service\":\"B\"}", STAFF).json());

    JsonNode once = api.post("/api/v1/tickets/" + id + "/recall", null, STAFF).json();
    JsonNode twice = api.post("/api/v1/tickets/" + id + "/recall", null, STAFF).json();
    JsonNode third = api.post("/api/v1/tickets/" + id + "/recall", null, STAFF).json();

    assertThat(once.path("recallCount").asInt()).isEqualTo(1);
    assertThat(twice.path("status").asString()).isEqualTo("CALLED");
    assertThat(third.path("status").asString()).isEqualTo("NO_SHOW");
    assertThat(api.post("/api/v1/tickets/" + id + "/start", null, STAFF).status()).isEqualTo(409);
  }

  @Test
  void shouldTransferATicketKeepingItsLaneNumberAndPlace() {
    api.post("/api/v1/counters/counter-4/open", null, STAFF);
    serveEverything("counter-4");
    JsonNode issued =
        api.post("/api/v1/tickets", "{\"service\":\"E\",\"lane\":\"migrant\"}", STAFF).json();
    long id = callUntil("counter-4", issued);
    api.post("/api/v1/tickets/" + id + "/start", null, STAFF);

    Response moved = api.post("/api/v1/tickets/" + id + "/transfer", "{\"service\":\"D\"}", STAFF);

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().path("status").asString()).isEqualTo("WAITING");
    assertThat(moved.json().path("service").asString()).isEqualTo("D");
    assertThat(moved.json().path("lane").asString()).isEqualTo("migrant");
    assertThat(moved.json().path("number")).isEqualTo(issued.path("number"));
    assertThat(moved.json().path("queuedAt")).isEqualTo(issued.path("issuedAt"));
    assertThat(
            api.post("/api/v1/tickets/" + id + "/transfer", "{\"service\":\"Q\"}", STAFF)
                .json()
                .path("field")
                .asString())
        .isEqualTo("service");
  }

  @Test
  void shouldLetTheVisitorFollowTheirTicketByItsTrackingTokenOnly() {
    JsonNode issued = api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF).json();
    String token = issued.path("trackingToken").asString();

    Response tracked =
        api.get("/api/v1/tickets/track/" + token, org.hallqueue.server.support.Api.Auth.none());

    assertThat(tracked.status()).isEqualTo(200);
    assertThat(tracked.json().path("number")).isEqualTo(issued.path("number"));
    assertThat(tracked.json().path("position").asInt()).isPositive();
    assertThat(tracked.json().has("trackingToken")).isFalse();
    assertThat(tracked.json().has("id")).isFalse();
    Response unknown =
        api.get("/api/v1/tickets/track/not-a-token", org.hallqueue.server.support.Api.Auth.none());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldListTheQueueInCallingOrderWithReasons() {
    api.post("/api/v1/tickets", "{\"service\":\"A\",\"lane\":\"standard\"}", STAFF);
    api.post("/api/v1/tickets", "{\"service\":\"A\",\"lane\":\"elderly\"}", STAFF);

    JsonNode queue = api.get("/api/v1/queue?counter=counter-9", STAFF).json();

    assertThat(queue.isArray()).isTrue();
    assertThat(queue.get(0).path("reason").path("rule").asString())
        .isIn("AFFINITY", "CAP_EXCEEDED");
    assertThat(api.get("/api/v1/queue?counter=nope", STAFF).status()).isEqualTo(404);
  }

  /**
   * Leaves nothing this counter serves waiting, and the counter free: the shared server may hold
   * tickets and calls that other test classes left behind.
   */
  private void serveEverything(String counter) {
    EmptyCounter.at(api, STAFF, counter);
  }

  /** Calls at the counter until this ticket is called (others left over go no-show). */
  private long callUntil(String counter, JsonNode ticket) {
    long wanted = ticket.path("id").asLong();
    for (int i = 0; i < 100; i++) {
      JsonNode called = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF).json();
      long id = called.path("id").asLong();
      if (id == wanted) {
        return id;
      }
      api.post("/api/v1/tickets/" + id + "/no-show", null, STAFF);
    }
    throw new AssertionError("ticket " + wanted + " was never called at " + counter);
  }

  private List<JsonNode> eventsSince(long seq) {
    List<JsonNode> list = new ArrayList<>();
    api.get("/api/v1/events?since=" + seq + "&limit=1000", STAFF).json().forEach(list::add);
    return list;
  }
}

package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.EventSocket;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The event log over HTTP and WebSocket: in order, gap-free, resumable with since. */
class EventStreamIntegrationTest extends ServerTest {

  @Test
  void shouldNumberEventsStrictlyIncreasingWithoutGaps() {
    for (int i = 0; i < 3; i++) {
      api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF);
    }
    JsonNode all = api.get("/api/v1/events?since=0&limit=1000", STAFF).json();

    long expected = 1;
    for (JsonNode e : all) {
      assertThat(e.path("seq").asLong()).isEqualTo(expected++);
      assertThat(e.path("type").asString()).isNotBlank();
      assertThat(e.path("at").asString()).endsWith("Z");
    }
  }

  @Test
  void shouldReplayMissedEventsOverTheWebSocketAndThenStreamNewOnes() throws Exception {
    long since = api.latestSeq(STAFF);
    String first = issue("A");
    String second = issue("B");

    try (EventSocket socket = EventSocket.open(api, "?since=" + since, STAFF)) {
      JsonNode replayed1 = socket.next(5);
      JsonNode replayed2 = socket.next(5);
      String third = issue("C");
      JsonNode live = socket.next(5);

      assertThat(List.of(replayed1, replayed2, live))
          .extracting(e -> e.path("ticket").path("number").asString())
          .containsExactly(first, second, third);
      assertThat(replayed2.path("seq").asLong()).isEqualTo(replayed1.path("seq").asLong() + 1);
      assertThat(live.path("seq").asLong()).isEqualTo(replayed2.path("seq").asLong() + 1);
    }
  }

  @Test
  void shouldStreamOnlyNewEventsWithoutSince() throws Exception {
    issue("A");
    try (EventSocket socket = EventSocket.open(api, "", STAFF)) {
      Thread.sleep(300);
      String fresh = issue("D");

      assertThat(socket.next(5).path("ticket").path("number").asString()).isEqualTo(fresh);
    }
  }

  @Test
  void shouldLetADisplayBoardSubscribeWithItsTokenAsAQueryParameter() throws Exception {
    String token =
        api.post("/api/v1/devices", "{\"name\":\"Board\",\"kind\":\"DISPLAY\"}", MANAGER)
            .json()
            .path("token")
            .asString();
    try (EventSocket socket = EventSocket.open(api, "?access_token=" + token, Auth.none())) {
      Thread.sleep(300);
      String fresh = issue("E");

      assertThat(socket.next(5).path("ticket").path("number").asString()).isEqualTo(fresh);
    }
  }

  @Test
  void shouldRefuseAnAnonymousSubscriber() {
    assertThat(api.get("/ws/events", Auth.none()).status()).isEqualTo(401);
  }

  @Test
  void shouldCloseASocketWithAMalformedSince() throws Exception {
    try (EventSocket socket = EventSocket.open(api, "?since=yesterday", STAFF)) {
      assertThat(socket.closeCode(5)).isEqualTo(1007);
    }
  }

  private String issue(String service) {
    return api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", STAFF)
        .json()
        .path("number")
        .asString();
  }
}

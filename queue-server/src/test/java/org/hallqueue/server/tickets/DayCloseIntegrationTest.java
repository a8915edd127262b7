package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ClockedServer;
import org.hallqueue.server.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Review finding 16: at the office's midnight (the bundle's Asia/Shanghai) the tickets still
 * waiting or called end EXPIRED with an event, whether the server ran over midnight or was off.
 */
class DayCloseIntegrationTest {
  private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");

  @TempDir Path data;

  @Test
  void shouldExpireYesterdaysTicketsAtStartAndAtTheNextMidnightWhileRunning() throws Exception {
    MovableClock clock = new MovableClock(at("2026-03-02T10:00"));
    JsonNode waiting;
    JsonNode called;
    try (ConfigurableApplicationContext server = start(clock)) {
      Api api = api(server);
      api.post("/api/v1/counters/counter-6/open", null, STAFF);
      called = issue(api, "F");
      waiting = issue(api, "A");
      assertThat(api.post("/api/v1/counters/counter-6/call-next", null, STAFF).status())
          .isEqualTo(200);
    }

    clock.moveTo(at("2026-03-03T08:00"));
    try (ConfigurableApplicationContext server = start(clock)) {
      Api api = api(server);
      for (JsonNode left : List.of(waiting, called)) {
        JsonNode now = api.get("/api/v1/tickets/" + left.path("id").asLong(), STAFF).json();
        assertThat(now.path("status").asString()).isEqualTo("EXPIRED");
        JsonNode tracked =
            api.get(
                    "/api/v1/tickets/track/" + left.path("trackingToken").asString(),
                    Api.Auth.none())
                .json();
        assertThat(tracked.path("status").asString()).isEqualTo("EXPIRED");
      }
      assertThat(expiredIds(api))
          .containsExactlyInAnyOrder(waiting.path("id").asLong(), called.path("id").asLong());
      assertThat(api.get("/api/v1/queue", STAFF).json()).isEmpty();

      JsonNode today = issue(api, "A");
      assertThat(today.path("number").asString()).isEqualTo(waiting.path("number").asString());

      clock.moveTo(at("2026-03-04T00:00").plusSeconds(1));
      JsonNode ended = null;
      for (int i = 0; i < 100; i++) {
        ended = api.get("/api/v1/tickets/" + today.path("id").asLong(), STAFF).json();
        if (ended.path("status").asString().equals("EXPIRED")) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(ended.path("status").asString()).isEqualTo("EXPIRED");
      assertThat(expiredIds(api)).contains(today.path("id").asLong());
    }
  }

  private ConfigurableApplicationContext start(MovableClock clock) {
    return ClockedServer.start(data, clock, "--queue.day-close-check=PT0.2S");
  }

  private static Api api(ConfigurableApplicationContext server) {
    return ClockedServer.api(server);
  }

  private static JsonNode issue(Api api, String service) {
    Api.Response issued = api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", STAFF);
    assertThat(issued.status()).isEqualTo(201);
    return issued.json();
  }

  private static List<Long> expiredIds(Api api) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode e : api.get("/api/v1/events?since=0&limit=1000", STAFF).json()) {
      if (e.path("type").asString().equals("TICKET_EXPIRED")) {
        ids.add(e.path("ticket").path("id").asLong());
      }
    }
    return ids;
  }

  private static java.time.Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(OFFICE).toInstant();
  }
}

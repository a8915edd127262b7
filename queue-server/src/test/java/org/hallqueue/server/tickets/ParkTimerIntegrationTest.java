package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ClockedServer;
import org.hallqueue.server.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A parked ticket comes back by itself when its minutes are up: while the server runs, and after a
 * restart for a park that ended while the server was off (as if it had been running).
 */
class ParkTimerIntegrationTest {
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in Shanghai

  @TempDir Path data;

  @Test
  void shouldBringAParkedTicketBackWhenItsMinutesAreUpAlsoAcrossARestart() throws Exception {
    MovableClock clock = new MovableClock(MORNING);
    long overRestart;
    try (ConfigurableApplicationContext server = start(clock)) {
      Api api = api(server);
      api.post("/api/v1/counters/counter-6/open", null, STAFF);
      long whileRunning = parkOne(api, 2);
      clock.advance(Duration.ofMinutes(1));
      Thread.sleep(600);
      assertThat(status(api, whileRunning)).isEqualTo("PARKED");

      clock.advance(Duration.ofMinutes(2));
      assertThat(waitForStatus(api, whileRunning, "WAITING")).isEqualTo("WAITING");
      JsonNode back = lastEventOf(api, whileRunning);
      assertThat(back.path("type").asString()).isEqualTo("TICKET_UNPARKED");
      assertThat(back.path("by").asString()).isEqualTo("park-timer");
      assertThat(back.path("until").asString()).isEqualTo(MORNING.plusSeconds(120).toString());

      serveEverything(api);
      overRestart = parkOne(api, 10);
    }

    clock.advance(Duration.ofMinutes(30));
    try (ConfigurableApplicationContext server = start(clock)) {
      Api api = api(server);
      assertThat(status(api, overRestart)).isEqualTo("WAITING");
      JsonNode called = api.post("/api/v1/counters/counter-6/call-next", null, STAFF).json();
      assertThat(called.path("id").asLong()).isEqualTo(overRestart);
      assertThat(called.path("reason").path("rule").asString()).isEqualTo("BACK_FROM_PARK");
    }
  }

  /**
   * Issues an F ticket, calls it at counter 6 and parks it; then an elderly visitor comes, who
   * would be called first if the parked one did not come back to the front.
   */
  private static long parkOne(Api api, int minutes) {
    long id = api.post("/api/v1/tickets", "{\"service\":\"F\"}", STAFF).json().path("id").asLong();
    JsonNode called = api.post("/api/v1/counters/counter-6/call-next", null, STAFF).json();
    assertThat(called.path("id").asLong()).isEqualTo(id);
    assertThat(
            api.post("/api/v1/tickets/" + id + "/park", "{\"minutes\":" + minutes + "}", STAFF)
                .status())
        .isEqualTo(200);
    api.post("/api/v1/tickets", "{\"service\":\"F\",\"lane\":\"elderly\"}", STAFF);
    return id;
  }

  /** Serves every F visitor at counter 6 and completes the last visit. */
  private static void serveEverything(Api api) {
    for (int i = 0; i < 20; i++) {
      Api.Response r = api.post("/api/v1/counters/counter-6/call-next", null, STAFF);
      if (r.status() == 204) {
        return;
      }
      api.post("/api/v1/tickets/" + r.json().path("id").asLong() + "/start", null, STAFF);
    }
  }

  private static String waitForStatus(Api api, long id, String wanted) throws InterruptedException {
    String now = null;
    for (int i = 0; i < 100 && !wanted.equals(now); i++) {
      Thread.sleep(100);
      now = status(api, id);
    }
    return now;
  }

  private static String status(Api api, long id) {
    return api.get("/api/v1/tickets/" + id, STAFF).json().path("status").asString();
  }

  private static JsonNode lastEventOf(Api api, long id) {
    JsonNode last = null;
    for (JsonNode e : api.get("/api/v1/events?since=0&limit=1000", STAFF).json()) {
      if (e.path("ticket").path("id").asLong() == id) {
        last = e;
      }
    }
    return last;
  }

  private ConfigurableApplicationContext start(MovableClock clock) {
    return ClockedServer.start(data, clock, "--queue.park-check=PT0.2S");
  }

  private static Api api(ConfigurableApplicationContext server) {
    return ClockedServer.api(server);
  }
}

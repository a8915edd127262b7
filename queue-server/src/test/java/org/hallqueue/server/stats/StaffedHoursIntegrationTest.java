package org.hallqueue.server.stats;

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
 * Found by trying it: a counter opened for 40 s and then paused showed "staffed 36 min". Staffed
 * time is the time a counter is open; a pause or a close ends it.
 */
class StaffedHoursIntegrationTest {
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  private static final Api.Auth MANAGER = Api.Auth.basic("manager", "manager-demo");
  private static final Instant MORNING = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in Shanghai

  @TempDir Path data;

  @Test
  void shouldCountOnlyTheTimeACounterIsOpenAsStaffed() {
    MovableClock clock = new MovableClock(MORNING);
    try (ConfigurableApplicationContext server = ClockedServer.start(data, clock)) {
      Api api = ClockedServer.api(server);
      api.post("/api/v1/counters/counter-2/open", null, STAFF);
      clock.advance(Duration.ofSeconds(40));
      api.post("/api/v1/counters/counter-2/pause", null, STAFF);
      clock.advance(Duration.ofMinutes(36));
      api.post("/api/v1/counters/counter-2/open", null, STAFF);
      clock.advance(Duration.ofMinutes(5));
      api.post("/api/v1/counters/counter-2/close", null, STAFF);
      clock.advance(Duration.ofMinutes(20));

      assertThat(staffedSeconds(api, "counter-2")).isEqualTo(40 + 5 * 60);
    }
  }

  private static long staffedSeconds(Api api, String counter) {
    for (JsonNode c : api.get("/api/v1/admin/stats", MANAGER).json().path("counters")) {
      if (c.path("id").asString().equals(counter)) {
        return c.path("staffedSeconds").asLong();
      }
    }
    throw new AssertionError("no statistics for " + counter);
  }
}

package org.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.queue.EstimateRange;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.MovableClock;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The statistics measure the wait each ticket showed at issue against the wait that followed: a
 * server of its own whose clock the test moves on while the visitors wait.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"queue.demo=true", "queue.admin-password=" + ServerTest.ADMIN_PASSWORD})
class EstimateAccuracyIntegrationTest {
  private static final Api.Auth MANAGER = ServerTest.MANAGER;
  private static final Api.Auth STAFF = ServerTest.STAFF;

  @TestConfiguration
  static class Time {
    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    Path dir = Files.createTempDirectory("queue-server-accuracy");
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:sqlite:" + dir.resolve("queue.db") + "?journal_mode=WAL&busy_timeout=10000");
  }

  @LocalServerPort int port;
  @Autowired MovableClock clock;

  @Test
  void shouldReportHowTheWaitShownAtIssueCameTrueForTheCalledTickets() {
    Api api = new Api(port);
    String counter = closedCounterServing(api, "B");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api.Response issued =
          api.post("/api/v1/tickets", "{\"service\":\"B\",\"lane\":\"standard\"}", STAFF);
      assertThat(issued.status()).isEqualTo(201);
      ids.add(issued.json().path("id").asLong());
    }
    List<Long> estimates = new ArrayList<>();
    for (long id : ids) {
      JsonNode t = api.get("/api/v1/tickets/" + id, STAFF).json();
      estimates.add(t.path("estimatedWaitSeconds").asLong());
    }
    String day = api.get("/api/v1/admin/stats", MANAGER).json().path("from").asString();

    api.post("/api/v1/counters/" + counter + "/open", null, STAFF);
    List<long[]> measured = new ArrayList<>(); // wait, estimate at issue
    for (Duration later : List.of(Duration.ofMinutes(3), Duration.ofMinutes(25))) {
      clock.advance(later);
      JsonNode called = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF).json();
      long id = called.path("id").asLong();
      assertThat(ids).contains(id);
      long wait =
          Duration.between(
                  Instant.parse(called.path("issuedAt").asString()),
                  Instant.parse(called.path("calledAt").asString()))
              .toSeconds();
      measured.add(new long[] {wait, estimates.get(ids.indexOf(id))});
      api.post("/api/v1/tickets/" + id + "/start", null, STAFF);
      api.post("/api/v1/tickets/" + id + "/complete", null, STAFF);
    }

    JsonNode report = api.get("/api/v1/admin/stats?day=" + day, MANAGER).json();
    JsonNode accuracy = report.path("estimateAccuracy");
    assertThat(accuracy.path("measured").asInt()).isEqualTo(2); // the third is still waiting
    double mae =
        measured.stream().mapToLong(m -> Math.abs(m[0] - m[1])).sum() / 60.0 / measured.size();
    long within =
        measured.stream()
            .filter(
                m ->
                    EstimateRange.around(Duration.ofSeconds(m[1]))
                        .contains(Duration.ofSeconds(m[0])))
            .count();
    long under = measured.stream().filter(m -> m[0] > m[1]).count();
    assertThat(accuracy.path("meanAbsoluteErrorMinutes").asDouble()).isCloseTo(mae, within(1e-9));
    assertThat(accuracy.path("withinRangeShare").asDouble()).isEqualTo(within / 2.0);
    assertThat(accuracy.path("underPredictedShare").asDouble()).isEqualTo(under / 2.0);
    assertThat(measured.get(1)[0]).isGreaterThanOrEqualTo(28 * 60); // the moved clock counted
    JsonNode byDay = accuracy.path("byDay");
    assertThat(byDay.size()).isEqualTo(1);
    assertThat(byDay.get(0).path("day").asString()).isEqualTo(day);
    assertThat(byDay.get(0).path("measured").asInt()).isEqualTo(2);

    String csv = api.get("/api/v1/admin/stats/csv?day=" + day, MANAGER).raw().body();
    assertThat(csv)
        .contains("estimateAccuracy,all,,,measured,2\r\n")
        .contains("estimateAccuracy," + day + ",,,withinRangeShare,");
  }

  private static String closedCounterServing(Api api, String service) {
    for (JsonNode c : api.get("/api/v1/counters", Api.Auth.none()).json()) {
      if (c.path("services").toString().contains("\"" + service + "\"")
          && c.path("status").asString().equals("CLOSED")) {
        return c.path("id").asString();
      }
    }
    throw new AssertionError("no closed counter serves " + service);
  }
}

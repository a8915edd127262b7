package org.hallqueue.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Statistics from real tickets served through the API: counts, waits, fairness, CSV, trend. */
class StatsApiIntegrationTest extends ServerTest {

  private JsonNode today() {
    Api.Response r = api.get("/api/v1/admin/stats", MANAGER);
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }

  private static JsonNode row(JsonNode rows, String field, String key) {
    for (JsonNode n : rows) {
      if (n.path(field).asString().equals(key)) {
        return n;
      }
    }
    throw new AssertionError("no " + key);
  }

  @Test
  void shouldCountTodaysTicketsServedAndNoShowsByServiceLaneAndCounter() {
    JsonNode before = today();
    String counter = closedCounterServing("A");
    String token = issue("A", "elderly");
    issue("A", "standard");
    api.post("/api/v1/counters/" + counter + "/open", null, STAFF);
    long first =
        api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF)
            .json()
            .path("id")
            .asLong();
    api.post("/api/v1/tickets/" + first + "/start", null, STAFF);
    api.post("/api/v1/tickets/" + first + "/complete", null, STAFF);
    long second =
        api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF)
            .json()
            .path("id")
            .asLong();
    assertThat(api.post("/api/v1/tickets/" + second + "/no-show", null, STAFF).status())
        .isEqualTo(200);
    api.post("/api/v1/counters/" + counter + "/close", null, STAFF);

    JsonNode after = today();
    assertThat(delta(before, after, "/totals/issued")).isEqualTo(2);
    assertThat(delta(before, after, "/totals/served")).isEqualTo(1);
    assertThat(delta(before, after, "/totals/noShows")).isEqualTo(1);
    assertThat(delta(before, after, "/fairness/calls")).isEqualTo(2);
    assertThat(
            row(after.path("byService"), "code", "A").path("issued").asInt()
                - row(before.path("byService"), "code", "A").path("issued").asInt())
        .isEqualTo(2);
    assertThat(row(after.path("byLane"), "code", "elderly").path("targetSeconds").asLong())
        .isEqualTo(2700);
    assertThat(after.path("totals").path("wait").path("count").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(after.path("totals").path("withinTargetShare").asDouble()).isBetween(0.0, 1.0);
    JsonNode c = row(after.path("counters"), "id", counter);
    assertThat(c.path("served").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(c.path("staffedSeconds").asLong())
        .isGreaterThanOrEqualTo(c.path("busySeconds").asLong());
    assertThat(after.path("live").asBoolean()).isTrue();
    assertThat(after.toString()).doesNotContain(token);

    JsonNode week = api.get("/api/v1/admin/stats?span=week", MANAGER).json();
    assertThat(week.path("days").asInt()).isEqualTo(7);
    assertThat(week.path("totals").path("issued").asInt())
        .isGreaterThanOrEqualTo(after.path("totals").path("issued").asInt());

    JsonNode trend = api.get("/api/v1/admin/stats/trend?days=7", MANAGER).json();
    assertThat(trend.size()).isEqualTo(7);
    assertThat(trend.get(6).path("day").asString()).isEqualTo(after.path("from").asString());
    assertThat(trend.get(6).path("issued").asInt())
        .isEqualTo(after.path("totals").path("issued").asInt());
    assertThat(trend.get(0).path("issued").asInt()).isZero();

    Api.Response csv = api.get("/api/v1/admin/stats/csv?span=day", MANAGER);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
    assertThat(csv.raw().body()).startsWith("\uFEFFsection,key,name_zh,name_en,metric,value");
    assertThat(csv.raw().body())
        .contains("total,all,,,issued," + after.path("totals").path("issued").asInt() + "\r\n")
        .contains("service,A,")
        .doesNotContain(token);
  }

  @Test
  void shouldNameTheParameterThatIsWrong() {
    assertThat(api.get("/api/v1/admin/stats?span=month", MANAGER).json().path("field").asString())
        .isEqualTo("span");
    assertThat(
            api.get("/api/v1/admin/stats?day=23.11.2026", MANAGER).json().path("field").asString())
        .isEqualTo("day");
    assertThat(api.get("/api/v1/admin/stats/trend?days=400", MANAGER).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/admin/stats", STAFF).status()).isEqualTo(403);
  }

  private static int delta(JsonNode before, JsonNode after, String pointer) {
    return after.at(pointer).asInt() - before.at(pointer).asInt();
  }

  private String issue(String service, String lane) {
    Api.Response r =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\"" + service + "\",\"lane\":\"" + lane + "\",\"language\":\"zh-CN\"}",
            STAFF,
            "Idempotency-Key",
            "stats-" + System.nanoTime());
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("trackingToken").asString();
  }

  private String closedCounterServing(String service) {
    for (JsonNode c : api.get("/api/v1/counters", Auth.none()).json()) {
      if (c.path("services").toString().contains("\"" + service + "\"")
          && c.path("status").asString().equals("CLOSED")) {
        return c.path("id").asString();
      }
    }
    throw new AssertionError("no closed counter serves " + service);
  }
}

package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The office's floorplan: public to read, validated by the floorplans library on every change. */
class FloorplanIntegrationTest extends ServerTest {

  @Test
  void shouldServeTheDemoDistrictHallWithTheDemoCountersIds() {
    Response r = api.get("/api/v1/floorplan", Auth.none());

    assertThat(r.status()).isEqualTo(200);
    String plan = r.json().toString();
    for (JsonNode counter : api.get("/api/v1/counters", Auth.none()).json()) {
      assertThat(plan).contains("\"" + counter.path("id").asString() + "\"");
    }
  }

  @Test
  void shouldRefuseAnInvalidFloorplanListingEveryProblemInBothLanguagesAndKeepTheOldOne() {
    JsonNode before = api.get("/api/v1/floorplan", Auth.none()).json();
    ObjectNode broken = (ObjectNode) before.deepCopy();
    broken.put("stepFreeRequired", "yes");
    JsonNode firstFloor = broken.path("floors").get(0);
    ObjectNode element = (ObjectNode) firstFloor.path("elements").get(1);
    element.put("id", firstFloor.path("elements").get(0).path("id").asString());

    Response r = api.put("/api/v1/floorplan", broken.toString(), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode errors = r.json().path("errors");
    assertThat(errors.size()).isGreaterThanOrEqualTo(2);
    for (JsonNode e : errors) {
      assertThat(e.path("field").asString()).startsWith("/");
      assertThat(e.path("messages").path("zh-CN").asString()).isNotBlank();
      assertThat(e.path("messages").path("en").asString()).isNotBlank();
    }
    assertThat(api.get("/api/v1/floorplan", Auth.none()).json()).isEqualTo(before);
  }

  @Test
  void shouldReportWhereMalformedFloorplanJsonBreaks() {
    Response r = api.put("/api/v1/floorplan", "{\"floors\": [", MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").get(0).path("message").asString())
        .containsIgnoringCase("line");
  }

  @Test
  void shouldAcceptAValidFloorplanFromAManagerOnly() {
    String plan = api.get("/api/v1/floorplan", Auth.none()).json().toString();

    assertThat(api.put("/api/v1/floorplan", plan, STAFF).status()).isEqualTo(403);
    assertThat(api.put("/api/v1/floorplan", plan, MANAGER).status()).isEqualTo(200);
    JsonNode events = api.get("/api/v1/events?since=0&limit=1000", MANAGER).json();
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.path("type").asString()).isEqualTo("CONFIG_CHANGED");
    assertThat(last.path("what").asString()).isEqualTo("floorplan");
  }
}

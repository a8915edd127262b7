package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rough edges found by trying the product as a newcomer, each kept fixed. */
class RoughEdgesIntegrationTest extends ServerTest {

  @Test
  void shouldTellEveryPageTheOfficesOneNameAndTimeZoneWithoutSignIn() {
    Response office = api.get("/api/v1/office", Api.Auth.none());

    assertThat(office.status()).isEqualTo(200);
    assertThat(office.json().path("timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(office.json().path("name").path("zh-CN").asString()).isEqualTo("青禾区社会保险服务大厅（示例）");
    assertThat(office.json().path("name").path("en").asString()).startsWith("Qinghe District");
    // the floor plan (the kiosk's map and the printed ticket take the name from it) says the same
    JsonNode plan = api.get("/api/v1/floorplan", Api.Auth.none()).json();
    assertThat(plan.path("name")).isEqualTo(office.json().path("name"));
  }

  @Test
  void shouldPrintNoLaneNameOnTheDemoOfficesTickets() {
    JsonNode lanes = api.get("/api/v1/lanes", Api.Auth.none()).json();

    assertThat(lanes.size()).isGreaterThanOrEqualTo(4);
    for (JsonNode lane : lanes) {
      assertThat(lane.path("showOnTicket").asBoolean()).as(lane.path("code").asString()).isFalse();
    }
  }

  @Test
  void shouldLinkTheManagerConsoleFromTheStartPageAndServeAFavicon() {
    assertThat(api.get("/", Api.Auth.none()).raw().body()).contains("href=\"/admin\"");
    Response icon = api.get("/favicon.ico", Api.Auth.none());
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.contentType()).contains("icon");
    assertThat(api.get("/favicon.svg", Api.Auth.none()).status()).isEqualTo(200);
  }

  @Test
  void shouldKnowTheCounterAClerkHasOpenSoTheDashboardOpensOnIt() {
    Api.Auth seventh = Api.Auth.basic("staff7", "staff-demo");
    Api.Auth eighth = Api.Auth.basic("staff8", "staff-demo");
    api.post("/api/v1/counters/counter-7/open", null, seventh);

    assertThat(api.get("/api/v1/counters/mine", seventh).json().path("counter").asString())
        .isEqualTo("counter-7");
    assertThat(api.get("/api/v1/counters/mine", eighth).status()).isEqualTo(204);

    api.post("/api/v1/counters/counter-7/close", null, seventh);
    assertThat(api.get("/api/v1/counters/mine", seventh).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/counters/mine", Api.Auth.none()).status()).isEqualTo(401);
  }
}

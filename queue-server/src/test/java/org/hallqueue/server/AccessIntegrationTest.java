package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who may do what: staff, managers, devices and the public. */
class AccessIntegrationTest extends ServerTest {

  @Test
  void shouldServeTheCatalogHealthAndOpenApiToAnyone() {
    assertThat(api.get("/api/v1/services", Auth.none()).status()).isEqualTo(200);
    assertThat(api.get("/actuator/health", Auth.none()).json().path("status").asString())
        .isEqualTo("UP");
    Response openApi = api.get("/v3/api-docs", Auth.none());
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().path("paths").has("/api/v1/tickets")).isTrue();
    assertThat(openApi.json().path("paths").has("/api/v1/counters/{id}/call-next")).isTrue();
  }

  @Test
  void shouldAsk401ForSignInWithoutCredentials() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\"}", Auth.none());

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(api.get("/api/v1/queue", Auth.basic("staff1", "wrong")).status()).isEqualTo(401);
  }

  @Test
  void shouldLetOnlyManagersRegisterDevices() {
    assertThat(
            api.post("/api/v1/devices", "{\"name\":\"Kiosk\",\"kind\":\"KIOSK\"}", STAFF).status())
        .isEqualTo(403);
    assertThat(
            api.post("/api/v1/devices", "{\"name\":\"Kiosk\",\"kind\":\"KIOSK\"}", MANAGER)
                .status())
        .isEqualTo(201);
    assertThat(
            api.post("/api/v1/devices", "{\"name\":\"Kiosk\",\"kind\":\"KIOSK\"}", ADMIN).status())
        .isEqualTo(201);
  }

  @Test
  void shouldLetAKioskIssueTicketsWithItsTokenButNotCallThem() {
    Auth kiosk = Auth.bearer(register("Kiosk at the door", "KIOSK").path("token").asString());

    assertThat(api.post("/api/v1/tickets", "{\"service\":\"A\"}", kiosk).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/counters/counter-1/call-next", null, kiosk).status())
        .isEqualTo(403);
  }

  @Test
  void shouldNotLetADisplayBoardIssueTickets() {
    Auth display = Auth.bearer(register("Board A", "DISPLAY").path("token").asString());

    assertThat(api.post("/api/v1/tickets", "{\"service\":\"A\"}", display).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/events?since=0&limit=1", display).status()).isEqualTo(200);
  }

  @Test
  void shouldRecordADevicesPrinterStatusAndLastContact() {
    JsonNode kiosk = register("Kiosk 2", "KIOSK");
    Auth token = Auth.bearer(kiosk.path("token").asString());

    Response reported =
        api.post(
            "/api/v1/devices/me/status",
            "{\"printer\":\"PAPER_OUT\",\"detail\":\"roll empty\"}",
            token);

    assertThat(reported.status()).isEqualTo(200);
    JsonNode listed = null;
    for (JsonNode d : api.get("/api/v1/devices", MANAGER).json()) {
      if (d.path("id").equals(kiosk.path("id"))) {
        listed = d;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.path("printer").asString()).isEqualTo("PAPER_OUT");
    assertThat(listed.path("lastContactAt").isNull()).isFalse();
    assertThat(listed.has("token")).isFalse();
    assertThat(
            api.post("/api/v1/devices/me/status", "{\"printer\":\"ON_FIRE\"}", token)
                .json()
                .path("field")
                .asString())
        .isEqualTo("printer");
  }

  @Test
  void shouldRefuseARevokedOrUnknownDeviceToken() {
    JsonNode kiosk = register("Old kiosk", "KIOSK");
    api.post("/api/v1/devices/" + kiosk.path("id").asString() + "/revoke", null, MANAGER);

    Response r =
        api.post(
            "/api/v1/tickets", "{\"service\":\"A\"}", Auth.bearer(kiosk.path("token").asString()));

    assertThat(r.status()).isEqualTo(401);
    assertThat(api.post("/api/v1/tickets", "{\"service\":\"A\"}", Auth.bearer("made-up")).status())
        .isEqualTo(401);
  }

  @Test
  void shouldNameTheMissingFieldsOfADeviceRegistration() {
    Response r = api.post("/api/v1/devices", "{\"name\":\"\"}", MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("field")).contains("name", "kind");
  }

  private JsonNode register(String name, String kind) {
    return api.post(
            "/api/v1/devices", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}", MANAGER)
        .json();
  }
}

package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Staff accounts (administrators only) and devices with their alerts. */
class PeopleAndDevicesIntegrationTest extends ServerTest {

  @Test
  void shouldLetAnAdministratorCreateDisableAndResetAStaffAccount() {
    String body =
        """
        {"username":"clerk-a","displayName":"Clerk A","role":"STAFF","password":"first-password"}""";
    assertThat(api.post("/api/v1/admin/staff", body, MANAGER).status()).isEqualTo(403);
    Response created = api.post("/api/v1/admin/staff", body, ADMIN);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.raw().body()).doesNotContain("first-password").doesNotContain("password");
    Auth clerk = Auth.basic("clerk-a", "first-password");
    assertThat(api.get("/api/v1/queue", clerk).status()).isEqualTo(200);
    assertThat(
            api.post("/api/v1/admin/staff", body, ADMIN)
                .json()
                .path("errors")
                .get(0)
                .path("field")
                .asString())
        .isEqualTo("username");

    assertThat(api.put("/api/v1/admin/staff/clerk-a", "{\"enabled\":false}", ADMIN).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/queue", clerk).status()).isEqualTo(401);

    assertThat(
            api.post("/api/v1/admin/staff/clerk-a/password", "{\"password\":\"short\"}", ADMIN)
                .json()
                .path("errors")
                .get(0)
                .path("field")
                .asString())
        .isEqualTo("password");
    api.put("/api/v1/admin/staff/clerk-a", "{\"enabled\":true,\"role\":\"MANAGER\"}", ADMIN);
    api.post("/api/v1/admin/staff/clerk-a/password", "{\"password\":\"second-password\"}", ADMIN);
    assertThat(api.get("/api/v1/queue", clerk).status()).isEqualTo(401);
    Auth clerk2 = Auth.basic("clerk-a", "second-password");
    assertThat(api.get("/api/v1/admin/services", clerk2).status()).isEqualTo(200);

    JsonNode audit = api.get("/api/v1/admin/audit?limit=5", ADMIN).json();
    assertThat(audit.get(0).path("action").asString()).isEqualTo("password-reset");
    assertThat(audit.toString()).doesNotContain("second-password");
  }

  @Test
  void shouldNeverDisableTheLastAdministrator() {
    Response r = api.put("/api/v1/admin/staff/admin", "{\"role\":\"STAFF\"}", ADMIN);
    assertThat(r.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/admin/staff", ADMIN).status()).isEqualTo(200);
  }

  @Test
  void shouldShowATokenOnceAndRaiseAnAlertWhenAPrinterRunsOutOfPaper() {
    Response created =
        api.post("/api/v1/admin/devices", "{\"name\":\"Kiosk test\",\"kind\":\"KIOSK\"}", MANAGER);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asString();
    Auth kiosk = Auth.bearer(created.json().path("token").asString());
    assertThat(api.get("/api/v1/admin/devices", MANAGER).raw().body()).doesNotContain("token");

    assertThat(api.post("/api/v1/devices/me/status", "{\"printer\":\"PAPER_OUT\"}", kiosk).status())
        .isEqualTo(200);
    JsonNode device = find(api.get("/api/v1/admin/devices", MANAGER).json(), id);
    assertThat(device.path("alert").asBoolean()).isTrue();
    assertThat(device.path("lastContactAt").isNull()).isFalse();
    JsonNode alert = find(api.get("/api/v1/admin/devices/alerts", MANAGER).json(), id, "deviceId");
    assertThat(alert.path("status").asString()).isEqualTo("PAPER_OUT");
    assertThat(alert.path("open").asBoolean()).isTrue();

    api.post("/api/v1/devices/me/status", "{\"printer\":\"OK\"}", kiosk);
    assertThat(find(api.get("/api/v1/admin/devices", MANAGER).json(), id).path("alert").asBoolean())
        .isFalse();

    assertThat(api.post("/api/v1/admin/devices/" + id + "/revoke", null, MANAGER).status())
        .isEqualTo(200);
    assertThat(api.post("/api/v1/devices/me/status", "{\"printer\":\"OK\"}", kiosk).status())
        .isEqualTo(401);
  }

  private static JsonNode find(JsonNode list, String id) {
    return find(list, id, "id");
  }

  private static JsonNode find(JsonNode list, String id, String field) {
    for (JsonNode n : list) {
      if (n.path(field).asString().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id + " in " + list);
  }
}

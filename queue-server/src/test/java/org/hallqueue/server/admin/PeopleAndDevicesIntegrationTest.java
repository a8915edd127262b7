package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.EventSocket;
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

    assertThat(
            api.put(
                    "/api/v1/admin/staff/clerk-a",
                    "{\"enabled\":false,\"version\":" + version("clerk-a") + "}",
                    ADMIN)
                .status())
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
    api.put(
        "/api/v1/admin/staff/clerk-a",
        "{\"enabled\":true,\"role\":\"MANAGER\",\"version\":" + version("clerk-a") + "}",
        ADMIN);
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
    Response r =
        api.put(
            "/api/v1/admin/staff/admin",
            "{\"role\":\"STAFF\",\"version\":" + version("admin") + "}",
            ADMIN);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("reason").asString()).isEqualTo("IN_USE");
    assertThat(api.get("/api/v1/admin/staff", ADMIN).status()).isEqualTo(200);
  }

  @Test
  void shouldRefuseAnAccountEditMadeOnAVersionSomeoneElseChangedSinceNamingWhoChangedIt() {
    api.post(
        "/api/v1/admin/staff",
        """
        {"username":"clerk-b","role":"STAFF","password":"first-password"}""",
        ADMIN);
    long read = version("clerk-b");
    assertThat(
            api.put(
                    "/api/v1/admin/staff/clerk-b",
                    "{\"displayName\":\"Clerk B\",\"version\":" + read + "}",
                    ADMIN)
                .status())
        .isEqualTo(200);

    Response stale =
        api.put(
            "/api/v1/admin/staff/clerk-b",
            "{\"role\":\"MANAGER\",\"version\":" + read + "}",
            ADMIN);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().path("reason").asString()).isEqualTo("STALE_VERSION");
    assertThat(stale.json().path("changedBy").asString()).isEqualTo("admin");
    assertThat(stale.json().path("current").path("displayName").asString()).isEqualTo("Clerk B");
    assertThat(stale.json().path("messages").path("zh-CN").asString()).contains("工作人员账号");
    assertThat(
            find(api.get("/api/v1/admin/staff", ADMIN).json(), "clerk-b", "username")
                .path("role")
                .asString())
        .isEqualTo("STAFF");

    Response withoutVersion =
        api.put("/api/v1/admin/staff/clerk-b", "{\"role\":\"MANAGER\"}", ADMIN);
    assertThat(withoutVersion.status()).isEqualTo(400);
    assertThat(withoutVersion.json().path("errors").get(0).path("field").asString())
        .isEqualTo("version");
  }

  @Test
  void shouldSignOutASignedInClerkAtOnceWhenTheirAccountIsDisabled() throws Exception {
    createClerk("clerk-c");
    SignedInBrowser clerk = SignedInBrowser.signIn(api.base(), "clerk-c", "first-password");
    assertThat(clerk.get("/api/v1/queue").statusCode()).isEqualTo(200);

    disable("clerk-c");

    HttpResponse<String> page = clerk.get("/staff");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
    assertThat(clerk.get("/api/v1/queue").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAnswerTheApiOfADisabledClerksSessionWithSignedOut() throws Exception {
    createClerk("clerk-e");
    SignedInBrowser clerk = SignedInBrowser.signIn(api.base(), "clerk-e", "first-password");
    assertThat(clerk.get("/api/v1/queue").statusCode()).isEqualTo(200);
    disable("clerk-e");

    HttpResponse<String> refused = clerk.get("/api/v1/queue");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("Signed out");
  }

  @Test
  void shouldKeepAClerkSignedInWhenOnlyTheirDisplayNameChanges() throws Exception {
    createClerk("clerk-d");
    SignedInBrowser clerk = SignedInBrowser.signIn(api.base(), "clerk-d", "first-password");
    api.put(
        "/api/v1/admin/staff/clerk-d",
        "{\"displayName\":\"Clerk D\",\"role\":\"STAFF\",\"version\":" + version("clerk-d") + "}",
        ADMIN);
    assertThat(clerk.get("/api/v1/queue").statusCode()).isEqualTo(200);
  }

  private void createClerk(String username) {
    Response created =
        api.post(
            "/api/v1/admin/staff",
            "{\"username\":\""
                + username
                + "\",\"role\":\"STAFF\",\"password\":\"first-password\"}",
            ADMIN);
    assertThat(created.status()).isEqualTo(201);
  }

  private void disable(String username) {
    Response disabled =
        api.put(
            "/api/v1/admin/staff/" + username,
            "{\"enabled\":false,\"version\":" + version(username) + "}",
            ADMIN);
    assertThat(disabled.status()).isEqualTo(200);
  }

  private long version(String username) {
    return find(api.get("/api/v1/admin/staff", ADMIN).json(), username, "username")
        .path("version")
        .asLong();
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

  @Test
  void shouldCloseTheLiveEventsOfARevokedKioskAtOnce() throws Exception {
    Response created =
        api.post("/api/v1/devices", "{\"name\":\"Kiosk revoked\",\"kind\":\"KIOSK\"}", MANAGER);
    Auth kiosk = Auth.bearer(created.json().path("token").asString());
    try (EventSocket events = EventSocket.open(api, "", kiosk)) {
      api.post(
          "/api/v1/devices/" + created.json().path("id").asString() + "/revoke", null, MANAGER);
      assertThat(events.closeCode(5)).isEqualTo(1008);
    }
  }

  @Test
  void shouldCloseTheLiveEventsOfAClerkWhoseAccountIsDisabled() throws Exception {
    createClerk("clerk-f");
    try (EventSocket events = EventSocket.open(api, "", Auth.basic("clerk-f", "first-password"))) {
      disable("clerk-f");
      assertThat(events.closeCode(5)).isEqualTo(1008);
    }
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

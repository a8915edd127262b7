package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The configuration API behind the manager console: versions, conflicts, audit, references. */
class ConfigApiIntegrationTest extends ServerTest {

  static final String NEW_SERVICE =
      """
      {"code":"Q","name":{"zh-CN":"测试业务","en":"Test service"},
       "description":{"zh-CN":"说明","en":"About it"},"expectedServiceSeconds":600,
       "documents":[{"zh-CN":"身份证","en":"ID card"}],
       "online":{"name":{"zh-CN":"网上办","en":"Online"},"url":"https://example.org/q"},
       "sortOrder":9}""";

  Response delete(String path, Auth auth) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path)).DELETE();
      b.header("Authorization", auth.header());
      HttpResponse<String> r = api.http().send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldCreateEditAndDeleteAServiceCarryingVersionsIntoTheAuditTrail() {
    Response created = api.post("/api/v1/admin/services", NEW_SERVICE, MANAGER);
    assertThat(created.status()).isEqualTo(201);
    long v1 = created.json().path("version").asLong();
    assertThat(created.json().path("updatedBy").asString()).isEqualTo("manager");
    assertThat(api.get("/api/v1/services", Auth.none()).json().toString()).contains("测试业务");

    ObjectNode edit = (ObjectNode) Api.JSON.readTree(NEW_SERVICE);
    edit.put("expectedServiceSeconds", 900);
    edit.put("version", v1);
    Response updated = api.put("/api/v1/admin/services/Q", edit.toString(), MANAGER);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("version").asLong()).isEqualTo(v1 + 1);

    edit.put("expectedServiceSeconds", 1200); // the admin still holds the first version
    Response stale = api.put("/api/v1/admin/services/Q", edit.toString(), ADMIN);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().path("reason").asString()).isEqualTo("STALE_VERSION");
    assertThat(stale.json().path("changedBy").asString()).isEqualTo("manager");
    assertThat(stale.json().path("detail").asString()).contains("manager");
    assertThat(stale.json().path("messages").path("zh-CN").asString()).contains("manager");
    assertThat(stale.json().path("current").path("expectedServiceSeconds").asLong()).isEqualTo(900);
    assertThat(serviceQ().path("expectedServiceSeconds").asLong()).isEqualTo(900);

    assertThat(delete("/api/v1/admin/services/Q?version=" + v1, MANAGER).status()).isEqualTo(409);
    assertThat(delete("/api/v1/admin/services/Q?version=" + (v1 + 1), MANAGER).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/services", Auth.none()).json().toString()).doesNotContain("测试业务");

    JsonNode audit = api.get("/api/v1/admin/audit?limit=20", MANAGER).json();
    assertThat(audit.get(0).path("what").asString()).isEqualTo("service");
    assertThat(audit.get(0).path("action").asString()).isEqualTo("deleted");
    assertThat(audit.get(1).path("action").asString()).isEqualTo("updated");
    assertThat(audit.get(1).path("by").asString()).isEqualTo("manager");
    assertThat(audit.get(1).path("changes").get(0).path("field").asString())
        .isEqualTo("expectedServiceSeconds");
    assertThat(audit.get(1).path("changes").get(0).path("to").asLong()).isEqualTo(900);
    assertThat(audit.get(2).path("action").asString()).isEqualTo("created");
    long seq = audit.get(0).path("seq").asLong();
    JsonNode event =
        api.get("/api/v1/events?since=" + (seq - 1) + "&limit=1", MANAGER).json().get(0);
    assertThat(event.path("type").asString()).isEqualTo("CONFIG_CHANGED");
    assertThat(event.path("key").asString()).isEqualTo("Q");
  }

  private JsonNode serviceQ() {
    for (JsonNode s : api.get("/api/v1/admin/services", MANAGER).json()) {
      if (s.path("code").asString().equals("Q")) {
        return s;
      }
    }
    throw new AssertionError("no service Q");
  }

  @Test
  void shouldNameEveryInvalidFieldAndChangeNothing() {
    String bad =
        """
        {"code":"q1","name":{"zh-CN":"只有中文"},"expectedServiceSeconds":5}""";
    Response r = api.post("/api/v1/admin/services", bad, MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("field"))
        .contains("code", "name.en", "expectedServiceSeconds");
    assertThat(api.get("/api/v1/services", Auth.none()).json().toString()).doesNotContain("只有中文");
  }

  @Test
  void shouldRefuseToDeleteWhatIsStillInUse() {
    JsonNode a = api.get("/api/v1/admin/services", MANAGER).json().get(0);
    Response r =
        delete(
            "/api/v1/admin/services/"
                + a.path("code").asString()
                + "?version="
                + a.path("version").asLong(),
            MANAGER);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("reason").asString()).isEqualTo("IN_USE");
    assertThat(r.json().path("messages").path("zh-CN").asString()).isNotBlank();

    JsonNode standard = null;
    for (JsonNode l : api.get("/api/v1/admin/lanes", MANAGER).json()) {
      if (l.path("code").asString().equals("standard")) {
        standard = l;
      }
    }
    assertThat(
            delete(
                    "/api/v1/admin/lanes/standard?version=" + standard.path("version").asLong(),
                    MANAGER)
                .status())
        .isEqualTo(409);
  }

  @Test
  void shouldAddACounterCheckingItsServicesAndNumberThenRemoveIt() {
    String unknown =
        """
        {"id":"counter-77","number":77,"name":{"zh-CN":"77号窗口","en":"Counter 77"},
         "services":["Z"]}""";
    Response refused = api.post("/api/v1/admin/counters", unknown, MANAGER);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("field").asString())
        .isEqualTo("services[0]");

    String service = api.get("/api/v1/services", Auth.none()).json().get(0).path("code").asString();
    String counter = unknown.replace("\"Z\"", "\"" + service + "\"");
    Response created = api.post("/api/v1/admin/counters", counter, MANAGER);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("status").asString()).isEqualTo("CLOSED");
    assertThat(
            api.post("/api/v1/admin/counters", counter.replace("counter-77", "counter-78"), MANAGER)
                .json()
                .path("errors")
                .get(0)
                .path("field")
                .asString())
        .isEqualTo("number");
    assertThat(api.get("/api/v1/counters", Auth.none()).json().toString()).contains("counter-77");

    long version = created.json().path("version").asLong();
    assertThat(delete("/api/v1/admin/counters/counter-77?version=" + version, MANAGER).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/counters", Auth.none()).json().toString())
        .doesNotContain("counter-77");
  }

  @Test
  void shouldEditALaneAndRestoreIt() {
    JsonNode lane = api.get("/api/v1/admin/lanes", MANAGER).json().get(1);
    ObjectNode edit = (ObjectNode) lane.deepCopy();
    edit.remove("updatedAt");
    edit.remove("updatedBy");
    double weight = lane.path("weight").asDouble();
    edit.put("weight", weight + 0.5);
    Response r =
        api.put("/api/v1/admin/lanes/" + lane.path("code").asString(), edit.toString(), MANAGER);
    assertThat(r.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/lanes", Auth.none()).json().get(1).path("weight").asDouble())
        .isEqualTo(weight + 0.5);

    edit.put("weight", weight);
    edit.put("version", r.json().path("version").asLong());
    assertThat(
            api.put("/api/v1/admin/lanes/" + lane.path("code").asString(), edit.toString(), MANAGER)
                .status())
        .isEqualTo(200);
  }

  @Test
  void shouldKeepTheConsoleApiToManagers() {
    assertThat(api.get("/api/v1/admin/services", Auth.none()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/admin/services", STAFF).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/admin/staff", MANAGER).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/admin/staff", ADMIN).status()).isEqualTo(200);
  }
}

package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every saved floorplan is kept, and a manager can roll back to one. */
class DocumentVersionsIntegrationTest extends ServerTest {

  @Test
  void shouldKeepEverySavedFloorplanAndRollBackToAnEarlierOne() {
    JsonNode original = api.get("/api/v1/floorplan", Auth.none()).json();
    ObjectNode renamed = (ObjectNode) original.deepCopy();
    ((ObjectNode) renamed.path("name")).put("en", "Renamed hall for the rollback test");
    assertThat(api.put("/api/v1/floorplan", renamed.toString(), MANAGER).status()).isEqualTo(200);

    JsonNode versions = api.get("/api/v1/admin/documents/floorplan/versions", MANAGER).json();
    assertThat(versions.size()).isGreaterThanOrEqualTo(2);
    assertThat(versions.get(0).path("current").asBoolean()).isTrue();
    assertThat(versions.get(1).path("current").asBoolean()).isFalse();
    long previous = versions.get(1).path("id").asLong();
    assertThat(api.get("/api/v1/admin/documents/floorplan/versions/" + previous, MANAGER).json())
        .isEqualTo(original);

    Response restored =
        api.post(
            "/api/v1/admin/documents/floorplan/versions/" + previous + "/restore", null, MANAGER);
    assertThat(restored.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/floorplan", Auth.none()).json()).isEqualTo(original);
    JsonNode last = api.get("/api/v1/admin/audit?limit=1", MANAGER).json().get(0);
    assertThat(last.path("what").asString()).isEqualTo("floorplan");
    assertThat(last.path("action").asString()).isEqualTo("restored");
    assertThat(
            api.get("/api/v1/admin/documents/floorplan/versions", MANAGER)
                .json()
                .get(0)
                .path("current")
                .asBoolean())
        .isTrue();
  }

  @Test
  void shouldRefuseUnknownDocumentsAndVersions() {
    assertThat(api.get("/api/v1/admin/documents/office/versions", MANAGER).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/admin/documents/floorplan/versions/999999", MANAGER).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/admin/documents/floorplan/versions", STAFF).status())
        .isEqualTo(403);
  }
}

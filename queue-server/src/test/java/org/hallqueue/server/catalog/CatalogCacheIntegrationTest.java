package org.hallqueue.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.OfficeService;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog is read from memory; what the manager console, an office-bundle import and a refused
 * change do to the tables is what every reader sees right after.
 */
class CatalogCacheIntegrationTest extends ServerTest {
  private static final String SERVICE =
      """
      {"code":"R","name":{"zh-CN":"缓存业务","en":"Cache service"},
       "description":{"zh-CN":"说明","en":"About it"},"expectedServiceSeconds":600,
       "documents":[],"sortOrder":10}""";

  @Autowired CatalogStore catalog;
  @Autowired Writes writes;

  @Test
  void shouldFollowAConsoleCreateEditAndDeleteOfAService() {
    assertThat(issue("R").status()).isEqualTo(400); // read once: the catalog is now in memory

    Response created = api.post("/api/v1/admin/services", SERVICE, MANAGER);
    assertThat(created.status()).isEqualTo(201);
    Response ticket = issue("R");
    assertThat(ticket.status()).isEqualTo(201);
    api.post("/api/v1/tickets/" + ticket.json().path("id").asLong() + "/cancel", null, STAFF);

    ObjectNode edit = (ObjectNode) Api.JSON.readTree(SERVICE);
    ((ObjectNode) edit.path("name")).put("en", "Cache service, renamed");
    edit.put("version", created.json().path("version").asLong());
    assertThat(api.put("/api/v1/admin/services/R", edit.toString(), MANAGER).status())
        .isEqualTo(200);
    assertThat(servicesText()).contains("Cache service, renamed");

    long version = created.json().path("version").asLong() + 1;
    assertThat(delete("/api/v1/admin/services/R?version=" + version).status()).isEqualTo(204);
    assertThat(servicesText()).doesNotContain("Cache service");
    assertThat(issue("R").status()).isEqualTo(400);
  }

  @Test
  void shouldFollowAnOfficeBundleImport() {
    JsonNode original = api.get("/api/v1/office-bundle", MANAGER).json();
    assertThat(servicesText()).doesNotContain("Bundle-imported name");
    ObjectNode changed = (ObjectNode) original.deepCopy();
    ((ObjectNode) changed.path("services").get(0).path("name")).put("en", "Bundle-imported name");

    try {
      assertThat(api.post("/api/v1/office-bundle", changed.toString(), MANAGER).status())
          .isEqualTo(200);
      assertThat(servicesText()).contains("Bundle-imported name");
    } finally {
      api.post("/api/v1/office-bundle", original.toString(), MANAGER);
    }
    assertThat(servicesText()).doesNotContain("Bundle-imported name");
  }

  @Test
  void shouldShowAChangeInsideItsTransactionAndForgetItWhenItIsRefused() {
    OfficeService before = catalog.service("F").orElseThrow();
    OfficeService renamed =
        new OfficeService(
            before.code(),
            Map.of("zh-CN", "改名", "en", "Renamed, then refused"),
            before.description(),
            before.expectedServiceTime(),
            before.documents(),
            before.online(),
            before.zone(),
            before.sortOrder());

    AtomicReference<String> seenInside = new AtomicReference<>();
    assertThatThrownBy(
            () ->
                writes.inTransaction(
                    () -> {
                      catalog.saveService(renamed);
                      seenInside.set(catalog.service("F").orElseThrow().name().get("en"));
                      throw new IllegalStateException("refused on purpose");
                    }))
        .hasMessageContaining("refused on purpose");

    assertThat(seenInside.get()).isEqualTo("Renamed, then refused");
    assertThat(catalog.service("F")).contains(before);
    assertThat(servicesText()).doesNotContain("Renamed, then refused");
  }

  private Response issue(String service) {
    return api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", STAFF);
  }

  private String servicesText() {
    return api.get("/api/v1/services", Auth.none()).json().toString();
  }

  private Response delete(String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(api.base() + path))
              .DELETE()
              .header("Authorization", MANAGER.header())
              .build();
      HttpResponse<String> r = api.http().send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

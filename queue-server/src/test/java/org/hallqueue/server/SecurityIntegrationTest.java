package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.RawHttp;
import org.hallqueue.server.support.RawHttp.Reply;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Findings 1, 3, 5 and 6 of the attack-and-fault review, over plain HTTP. */
class SecurityIntegrationTest extends ServerTest {
  @Autowired JdbcClient db;

  @Test
  void shouldMarkTheSessionCookieSameSiteLax() {
    Response r = api.get("/staff", Auth.none());

    String cookie =
        r.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
  }

  @Test
  void shouldServeTheConsoleUnderAContentSecurityPolicy() {
    Response r = api.get("/admin/", MANAGER);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Security-Policy"))
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(api.get("/admin/app.js", MANAGER).header("Content-Security-Policy")).isNotNull();
  }

  @Test
  void shouldScopeAnIdempotencyKeyToTheDeviceThatSentIt() {
    Auth first = kiosk("Kiosk scope 1");
    Auth second = kiosk("Kiosk scope 2");
    String key = "key-" + UUID.randomUUID();

    JsonNode mine = issue(first, key);
    Response replayed =
        api.post("/api/v1/tickets", "{\"service\":\"A\"}", first, "Idempotency-Key", key);
    Response theirs =
        api.post("/api/v1/tickets", "{\"service\":\"A\"}", second, "Idempotency-Key", key);
    Response staff =
        api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF, "Idempotency-Key", key);

    assertThat(replayed.json().path("id")).isEqualTo(mine.path("id"));
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(theirs.status()).isEqualTo(201);
    assertThat(theirs.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(theirs.json().path("id")).isNotEqualTo(mine.path("id"));
    assertThat(staff.json().path("id"))
        .isNotEqualTo(mine.path("id"))
        .isNotEqualTo(theirs.json().path("id"));
  }

  @Test
  void shouldScopeAnIdempotencyKeyToTheOfficeDay() {
    Auth kiosk = kiosk("Kiosk scope day");
    String key = "key-" + UUID.randomUUID();
    JsonNode yesterday = issue(kiosk, key);
    db.sql("UPDATE ticket SET office_day = '2000-01-01' WHERE id = ?")
        .param(yesterday.path("id").asLong())
        .update();

    Response today =
        api.post("/api/v1/tickets", "{\"service\":\"A\"}", kiosk, "Idempotency-Key", key);

    assertThat(today.status()).isEqualTo(201);
    assertThat(today.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(today.json().path("id")).isNotEqualTo(yesterday.path("id"));
  }

  @Test
  void shouldRefuseFailedBasicAttemptsFromOneAddressQuicklyOnceTheLimitIsReached() {
    RawHttp other = RawHttp.to(api, "127.0.0.4");
    int refusedQuickly = 0;
    for (int i = 0; i < 14; i++) {
      long start = System.nanoTime();
      Reply r = other.get("/api/v1/queue", Auth.basic("nobody-" + i, "guess-" + i).header());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.status()).isIn(401, 429);
      if (r.status() == 429) {
        assertThat(r.header("Retry-After")).isNotNull();
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (millis < 50) {
          refusedQuickly++;
        }
      }
    }
    assertThat(refusedQuickly)
        .as("attempts refused without checking a password")
        .isGreaterThanOrEqualTo(3);
  }

  private JsonNode issue(Auth who, String key) {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\"}", who, "Idempotency-Key", key);
    assertThat(r.status()).isEqualTo(201);
    return r.json();
  }

  private Auth kiosk(String name) {
    return Auth.bearer(
        api.post("/api/v1/devices", "{\"name\":\"" + name + "\",\"kind\":\"KIOSK\"}", MANAGER)
            .json()
            .path("token")
            .asString());
  }
}

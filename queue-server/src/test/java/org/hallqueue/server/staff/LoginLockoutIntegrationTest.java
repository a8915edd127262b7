package org.hallqueue.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.RawHttp;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Finding 4: wrong passwords lock one account from one address only, never the administrator on the
 * server PC itself (127.0.0.1), and the administrator sees who is locked. 127.0.0.2 and 127.0.0.3
 * stand for two other PCs in the office.
 */
class LoginLockoutIntegrationTest extends ServerTest {

  @Test
  void shouldLockAnAccountOnlyFromTheAddressThatGuessed() {
    RawHttp guesser = RawHttp.to(api, "127.0.0.2");
    RawHttp colleague = RawHttp.to(api, "127.0.0.3");
    String right = Auth.basic("staff7", "staff-demo").header();
    for (int i = 0; i < 5; i++) {
      assertThat(guesser.get("/api/v1/queue", Auth.basic("staff7", "wrong-" + i).header()).status())
          .isEqualTo(401);
    }

    assertThat(guesser.get("/api/v1/queue", right).status()).isEqualTo(429);
    assertThat(colleague.get("/api/v1/queue", right).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/queue", Auth.basic("staff7", "staff-demo")).status())
        .isEqualTo(200);
  }

  @Test
  void shouldKeepTheAdministratorAbleToSignInOnTheServerPc() {
    for (int i = 0; i < 6; i++) {
      assertThat(api.get("/api/v1/queue", Auth.basic("admin", "wrong-" + i)).status())
          .isEqualTo(401);
    }

    assertThat(api.get("/api/v1/queue", ADMIN).status()).isEqualTo(200);
  }

  @Test
  void shouldListLockedAccountsForTheAdministratorOnly() {
    RawHttp guesser = RawHttp.to(api, "127.0.0.5");
    for (int i = 0; i < 5; i++) {
      guesser.get("/api/v1/queue", Auth.basic("manager", "wrong-" + i).header());
    }

    Response r = api.get("/api/v1/admin/lockouts", ADMIN);

    assertThat(r.status()).isEqualTo(200);
    JsonNode found = null;
    for (JsonNode lockout : r.json()) {
      if (lockout.path("username").asString().equals("manager")
          && lockout.path("address").asString().equals("127.0.0.5")) {
        found = lockout;
      }
    }
    assertThat(found).as("manager locked from 127.0.0.5 in " + r.json()).isNotNull();
    assertThat(found.path("failures").asInt()).isEqualTo(5);
    assertThat(found.path("lockedUntil").asString()).isNotBlank();
    assertThat(api.get("/api/v1/admin/lockouts", MANAGER).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/queue", MANAGER).status()).isEqualTo(200);
  }
}

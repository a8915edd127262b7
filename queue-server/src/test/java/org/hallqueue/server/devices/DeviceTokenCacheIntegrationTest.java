package org.hallqueue.server.devices;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A device token that was just used (and so is remembered) stops working the moment it is revoked.
 */
class DeviceTokenCacheIntegrationTest extends ServerTest {

  @Test
  void shouldRefuseADeviceRightAfterItsRevokeEvenThoughItWasJustUsed() {
    JsonNode kiosk = register("Cached kiosk");
    Auth token = Auth.bearer(kiosk.path("token").asString());
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/api/v1/services", token).status()).isEqualTo(200);
    }
    assertThat(api.post("/api/v1/devices/me/status", "{\"printer\":\"OK\"}", token).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/services", token).status()).isEqualTo(200);

    api.post("/api/v1/devices/" + kiosk.path("id").asString() + "/revoke", null, MANAGER);

    assertThat(api.get("/api/v1/services", token).status()).isEqualTo(401);
    assertThat(api.post("/api/v1/tickets", "{\"service\":\"A\"}", token).status()).isEqualTo(401);
  }

  @Test
  void shouldKeepOtherDevicesWorkingWhenOneIsRevoked() {
    JsonNode kept = register("Kept kiosk");
    JsonNode revoked = register("Revoked kiosk");
    Auth keptToken = Auth.bearer(kept.path("token").asString());
    assertThat(api.get("/api/v1/services", keptToken).status()).isEqualTo(200);

    api.post("/api/v1/devices/" + revoked.path("id").asString() + "/revoke", null, MANAGER);

    assertThat(api.get("/api/v1/services", keptToken).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/services", Auth.bearer(revoked.path("token").asString())).status())
        .isEqualTo(401);
  }

  private JsonNode register(String name) {
    return api.post("/api/v1/devices", "{\"name\":\"" + name + "\",\"kind\":\"KIOSK\"}", MANAGER)
        .json();
  }
}

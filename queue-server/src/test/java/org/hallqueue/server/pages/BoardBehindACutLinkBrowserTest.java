package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.CrowdedServerTest;
import org.hallqueue.server.support.CuttableRelay;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Review finding 14: a board that misses more events than the server replays (2,500 tickets issued
 * while its network link is cut) must find its way back — a RESYNC, its snapshot reloaded — and
 * show the next call, instead of reconnecting with the same old seq forever.
 */
class BoardBehindACutLinkBrowserTest extends CrowdedServerTest {
  private static final int MISSED = 2_500;

  @Test
  void shouldShowTheNextCallAfterMissingTwoAndAHalfThousandTicketsBehindACutLink()
      throws Exception {
    Hall hall = new Hall(api);
    String display = hall.displayToken("Board behind a relay");
    Api.Auth kiosk = Api.Auth.bearer(kioskToken());
    hall.free("counter-8");
    try (CuttableRelay relay = new CuttableRelay(port());
        Browser browser = new Browser(1920, 1080)) {
      browser.open(
          "http://127.0.0.1:" + relay.port() + "/display?zone=zone-b&access_token=" + display);
      browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));

      relay.cut();
      List<Long> issued = new ArrayList<>();
      for (int i = 0; i < MISSED; i++) {
        Api.Response r =
            api.post(
                "/api/v1/tickets",
                "{\"service\":\"F\",\"lane\":\"standard\",\"language\":\"zh-CN\"}",
                kiosk);
        assertThat(r.status()).isEqualTo(201);
        issued.add(r.json().path("id").asLong());
      }
      hall.issue("E", "standard", "zh-CN");
      relay.restore();

      browser.waitFor(
          Duration.ofSeconds(30),
          d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
      JsonNode called = hall.callNext("counter-8");
      String number = called.path("number").asString();
      browser.waitFor(Duration.ofSeconds(15), d -> browser.text("#now-number").equals(number));
      assertThat(issued).hasSize(MISSED);
    }
  }

  private String kioskToken() {
    Api.Response r =
        api.post(
            "/api/v1/devices", "{\"name\":\"Relay kiosk\",\"kind\":\"KIOSK\"}", ServerTest.MANAGER);
    assertThat(r.status()).isEqualTo(201);
    return r.json().path("token").asString();
  }
}

package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Postgres;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A display board opened on the active server with the standby's address ({@code ?servers=}): the
 * active one is killed, the standby takes over on its own address, and the board moves there by
 * itself (with {@code since}) and shows a call made on it, with no reload.
 */
class BoardFailoverBrowserTest {

  @Test
  void shouldMoveToTheStandbyWhenTheActiveServerDiesWithoutAReload(@TempDir Path data)
      throws Exception {
    String url = Postgres.shared().newDatabase("board_failover");
    try (ServerProcess first = ServerProcess.onPostgres(data, url, "first");
        ServerProcess second = ServerProcess.onPostgres(data, url, "second");
        Browser browser = new Browser(1366, 768)) {
      Api active = first.start();
      Api standby = second.startStandby();
      Hall hall = new Hall(active);
      String token = hall.displayToken("Failover board");
      hall.open("counter-1");
      String standbyAddress = URI.create(standby.base()).getAuthority();
      browser.open(active.base() + "/display?access_token=" + token + "&servers=" + standbyAddress);
      browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
      browser.js("window.hallqueueSamePage = true;");

      first.kill();
      browser.waitFor(
          Duration.ofSeconds(10),
          d -> !"live".equals(browser.find("body").getDomAttribute("data-conn")));
      Hall taken = new Hall(standby);
      awaitUp(standby);
      taken.issue("A", "standard", "zh-CN");
      JsonNode called = taken.callNext("counter-1");
      String number = called.path("number").asString();

      browser.waitFor(Duration.ofSeconds(30), d -> browser.text("#now-number").equals(number));
      assertThat(browser.js("return window.hallqueueSamePage === true;")).isEqualTo(true);
      assertThat(browser.find("body").getDomAttribute("data-conn")).isEqualTo("live");
    }
  }

  private static void awaitUp(Api server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (server.get("/api/v1/services", Api.Auth.none()).status() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // the standby is starting as the active server
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the standby did not take over within 120 s");
  }
}

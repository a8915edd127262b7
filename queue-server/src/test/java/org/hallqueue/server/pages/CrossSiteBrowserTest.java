package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A staff member signed in to the queue server visits a page of another origin (another port): that
 * page can neither change anything with the staff session (finding 1) nor read live events over the
 * WebSocket (finding 2).
 */
class CrossSiteBrowserTest extends ServerTest {
  private static Browser browser;
  private static HttpServer attacker;

  @BeforeAll
  static void start() throws Exception {
    browser = new Browser(1024, 700);
    attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestURI().getQuery();
          String page =
              exchange.getRequestURI().getPath().equals("/form")
                  ? "<form method='post' action='"
                      + target
                      + "'><input name='x' value='1'></form>"
                      + "<script>document.forms[0].submit()</script>"
                  : "<script>" + SOCKET_PROBE.replace("TARGET", target) + "</script>";
          byte[] body =
              ("<!doctype html><html><body>" + page + "</body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    attacker.start();
  }

  /** Opens the event socket and notes in window.probe whether any event arrived. */
  private static final String SOCKET_PROBE =
      "window.probe = 'connecting';"
          + "const ws = new WebSocket('TARGET');"
          + "ws.onmessage = () => { window.probe = 'events'; };"
          + "ws.onerror = () => { if (window.probe !== 'events') window.probe = 'refused'; };"
          + "ws.onclose = () => { if (window.probe !== 'events') window.probe = 'refused'; };";

  @AfterAll
  static void stop() {
    browser.close();
    attacker.stop(0);
  }

  @Test
  void shouldNotLetAFormOnAnotherOriginOpenACounterWithABlankAccessToken() {
    signIn("staff5");
    assertThat(api.post("/api/v1/counters/counter-4/close", null, STAFF).status()).isEqualTo(200);

    browser.open(
        attackerUrl("/form") + "?" + api.base() + "/api/v1/counters/counter-4/open?access_token=");
    browser.waitFor(d -> d.getCurrentUrl().startsWith(api.base()));

    assertThat(counterStatus("counter-4")).isEqualTo("CLOSED");
  }

  @Test
  void shouldNotLetAPageOnAnotherOriginReadTheEventSocketWithTheStaffSession() {
    signIn("staff6");
    String socket = api.base().replace("http", "ws") + "/ws/events?since=0";

    browser.open(attackerUrl("/socket") + "?" + socket);
    Object foreign =
        browser.waitFor(Duration.ofSeconds(10), d -> "connecting".equals(probe()) ? null : probe());

    browser.open(api.base() + "/staff");
    browser.js(SOCKET_PROBE.replace("TARGET", socket));
    Object own =
        browser.waitFor(Duration.ofSeconds(10), d -> "connecting".equals(probe()) ? null : probe());

    assertThat(foreign).isEqualTo("refused");
    assertThat(own).as("the server's own page still gets its events").isEqualTo("events");
  }

  private Object probe() {
    return browser.js("return window.probe === undefined ? 'connecting' : window.probe;");
  }

  private void signIn(String user) {
    browser.open(api.base() + "/login");
    browser.driver().manage().deleteAllCookies();
    browser.open(api.base() + "/login");
    browser.find("#username").sendKeys(user);
    browser.find("#password").sendKeys("staff-demo");
    browser.find("#submit").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff"));
  }

  private String counterStatus(String id) {
    for (JsonNode c : api.get("/api/v1/counters", STAFF).json()) {
      if (c.path("id").asString().equals(id)) {
        return c.path("status").asString();
      }
    }
    throw new AssertionError("no counter " + id);
  }

  private static String attackerUrl(String path) {
    return "http://127.0.0.1:" + attacker.getAddress().getPort() + path;
  }
}

package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The display board when its event stream cannot simply go on: told {"type":"RESYNC","seq":N}, or
 * closed with 1008 as the server closes a client too far behind, it reloads its snapshot and
 * follows the stream from there instead of asking again for the seq it had. The page's sockets are
 * the browser's own, recorded as they open, so a test can put a message or a close into the live
 * one.
 */
class BoardResyncBrowserTest extends ServerTest {
  private static final String RECORD_SOCKETS =
      "window.sockets = [];"
          + "const Socket = window.WebSocket;"
          + "window.WebSocket = class extends Socket {"
          + "  constructor(...args) { super(...args); window.sockets.push(this); }"
          + "};";
  private static Browser browser;
  private static String token;
  private Hall hall;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1920, 1080);
    browser.driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_SOCKETS));
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void boardOpen() {
    hall = new Hall(api);
    if (token == null) {
      token = hall.displayToken("Resync board");
    }
    browser.open(api.base() + "/display?access_token=" + token);
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    assertThat(snapshots()).isEqualTo(1);
  }

  @Test
  void shouldReloadItsSnapshotAndGoOnFromTheSeqThatRESYNCNames() {
    long seq = boardSeq();
    int sockets = sockets();

    browser.js(
        "window.sockets.at(-1).dispatchEvent(new MessageEvent('message',"
            + " {data: JSON.stringify({type: 'RESYNC', seq: arguments[0]})}));",
        seq);

    browser.waitFor(d -> snapshots() == 2 && sockets() == sockets + 1);
    // From the reloaded snapshot's seq: the one RESYNC named, or newer when the hall moved on
    // meanwhile (on a shared server a board's own voice report is an event too).
    assertThat(snapshotSeq()).isGreaterThanOrEqualTo(seq);
    assertThat(socketUrl(-1)).endsWith("since=" + snapshotSeq() + "&access_token=" + token);
    browser.waitFor(d -> (Boolean) browser.js("return window.sockets.at(-2).readyState === 3;"));
    showsTheNextCall();
  }

  @Test
  void shouldReloadItsSnapshotWhenTheServerDropsItForFallingBehind() {
    int sockets = sockets();
    hall.issue("A", "standard", "zh-CN"); // the snapshot is newer than the stream
    long seq = boardSeq();

    browser.js(
        "const socket = window.sockets.at(-1); socket.close();"
            + "socket.dispatchEvent(new CloseEvent('close', {code: 1008,"
            + " reason: 'too far behind; reconnect with since=1'}));");

    browser.waitFor(d -> snapshots() == 2 && sockets() == sockets + 1);
    assertThat(snapshotSeq()).isGreaterThanOrEqualTo(seq);
    assertThat(socketUrl(-1)).contains("since=" + snapshotSeq() + "&");
    showsTheNextCall();
  }

  private void showsTheNextCall() {
    hall.free("counter-3");
    hall.issue("B", "standard", "zh-CN");
    String number = hall.callNext("counter-3").path("number").asString();
    browser.waitFor(Duration.ofSeconds(5), d -> browser.text("#now-number").equals(number));
    assertThat(browser.find("body").getDomAttribute("data-conn")).isEqualTo("live");
  }

  private long boardSeq() {
    return api.get("/api/v1/board", Api.Auth.basic("staff1", "staff-demo"))
        .json()
        .path("seq")
        .asLong();
  }

  private int snapshots() {
    return Integer.parseInt(browser.find("body").getDomAttribute("data-snapshots"));
  }

  /** The seq of the snapshot the board loaded last. */
  private long snapshotSeq() {
    return Long.parseLong(browser.find("body").getDomAttribute("data-snapshot-seq"));
  }

  private int sockets() {
    return ((Number) browser.js("return window.sockets.length;")).intValue();
  }

  private String socketUrl(int at) {
    return (String) browser.js("return window.sockets.at(arguments[0]).url;", at);
  }
}

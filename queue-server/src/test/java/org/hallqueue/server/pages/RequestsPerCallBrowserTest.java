package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten display boards and ten counter dashboards open at once (windows opened by one page, a browser
 * for the boards and one for the signed-in staff): how many HTTP requests they make between them
 * when one counter calls the next ticket, counted from each window's resource timing entries for
 * /api/ (the announcement's audio, which boards without a browser voice fetch, counted apart).
 * Their timed corrections (a fixed 10 per 30 s and 10 per 60 s, calls or not) are stopped first.
 */
class RequestsPerCallBrowserTest extends ServerTest {
  private static final int CALLS = 5;
  private static final String COUNT =
      "return window.pages.reduce((n, w) => n + w.performance.getEntriesByType('resource')"
          + ".filter((e) => e.name.includes('/api/') && !e.name.includes('/api/v1/speech/')"
          + " && !e.name.includes('/api/v1/devices/me/voice'))"
          + ".length, 0);";

  /**
   * The announcement's audio, which a board without a browser voice fetches, and the board's report
   * of whether it can speak: not reads of the queue's state.
   */
  private static final String SPOKEN =
      "return window.pages.reduce((n, w) => n + w.performance.getEntriesByType('resource')"
          + ".filter((e) => e.name.includes('/api/v1/speech/')).length, 0);";

  /** The boards' reports of whether they can speak: once per change of their voice. */
  private static final String VOICE_REPORTS =
      "return window.pages.reduce((n, w) => n + w.performance.getEntriesByType('resource')"
          + ".filter((e) => e.name.includes('/api/v1/devices/me/voice')).length, 0);";

  private static final String LIVE =
      "return window.pages.every((w) => w.document?.body?.dataset.live === 'true');";
  private static Browser boards;
  private static Browser dashboards;

  @BeforeAll
  static void startBrowsers() {
    boards = new Browser(1366, 768);
    dashboards = new Browser(1366, 768);
  }

  @AfterAll
  static void stopBrowsers() {
    boards.close();
    dashboards.close();
  }

  @Test
  void shouldLetBoardsAndDashboardsFollowACallFromItsEventAlone() {
    Hall hall = new Hall(api);
    String token = hall.displayToken("Requests per call");
    List<String> counters =
        List.of(
            "counter-1",
            "counter-2",
            "counter-3",
            "counter-4",
            "counter-5",
            "counter-6",
            "counter-7",
            "counter-8",
            "counter-9",
            "counter-2");
    for (String c : counters) {
      hall.free(c);
    }
    // Only this test's tickets wait for counter-2: a ticket left by another test class, called
    // here, was issued before the dashboards opened, and they rightly read its pre-check.
    hall.drain("counter-2");
    dashboards.open(api.base() + "/staff");
    dashboards.waitFor(d -> d.getCurrentUrl().contains("/login"));
    dashboards.find("#username").sendKeys("staff2");
    dashboards.find("#password").sendKeys("staff-demo");
    dashboards.find("#submit").click();
    dashboards.waitFor(d -> d.getCurrentUrl().contains("/staff"));
    dashboards.open(api.base() + "/");
    boards.open(api.base() + "/");
    for (int i = 0; i < 10; i++) {
      open(boards, "/display?access_token=" + token);
      open(dashboards, "/staff?counter=" + counters.get(i));
    }
    for (Browser b : List.of(boards, dashboards)) {
      b.waitFor(Duration.ofSeconds(60), d -> (Boolean) b.js(LIVE));
      b.js("window.pages.forEach((w) => w.performance.setResourceTimingBufferSize(10000));");
      // The periodic corrections (boards every 60 s, dashboards every 30 s) cost the same with
      // or without calls; they are stopped so that the count is what the calls cost.
      b.js(
          "window.pages.forEach((w) => { for (let id = 1; id < 10000; id++) w.clearInterval(id); });");
    }

    long requests = 0;
    long issuing = 0;
    long voiceReports = ((Number) boards.js(VOICE_REPORTS)).longValue();
    for (int i = 0; i < CALLS; i++) {
      hall.free("counter-2");
      quiet();
      long beforeIssue = count();
      hall.issue("A", "standard", "zh-CN");
      quiet();
      long before = count();
      issuing += before - beforeIssue;
      String number = hall.callNext("counter-2").path("number").asString();
      boards.waitFor(
          d ->
              (Boolean)
                  boards.js(
                      "return window.pages.every((w) =>"
                          + " w.document.getElementById('now-number').textContent === arguments[0]);",
                      number));
      quiet();
      requests += count() - before;
    }
    double perCall = (double) requests / CALLS;
    voiceReports = ((Number) boards.js(VOICE_REPORTS)).longValue() - voiceReports;
    System.out.printf(
        "[measure] HTTP requests per call-next with 10 boards and 10 dashboards open: %.1f"
            + " (per ticket issued: %.1f; announcement audio fetched by the voiceless boards in"
            + " all: %d; voice reports during the calls: %d)%n",
        perCall, (double) issuing / CALLS, ((Number) boards.js(SPOKEN)).longValue(), voiceReports);
    assertThat(perCall).isLessThan(1.0);
    assertThat(voiceReports).as("voice reports while the boards' voice did not change").isZero();
  }

  private static void open(Browser browser, String path) {
    browser.js("(window.pages ??= []).push(window.open(arguments[0], '_blank'));", path);
  }

  private static long count() {
    return ((Number) boards.js(COUNT)).longValue() + ((Number) dashboards.js(COUNT)).longValue();
  }

  /** Waits until the windows have made no request for 1.5 s (debounced refetches settle). */
  private static void quiet() {
    long last = count();
    long since = System.nanoTime();
    while (System.nanoTime() - since < 1_500_000_000L) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = count();
      if (now != last) {
        last = now;
        since = System.nanoTime();
      }
    }
  }
}

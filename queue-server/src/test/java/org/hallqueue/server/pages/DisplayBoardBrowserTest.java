package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The display board at 1920×1080 with a display device's token, showing and announcing calls made
 * by other clients. Headless Chromium has no voices, so every call must appear as a caption and in
 * the announcement list.
 */
class DisplayBoardBrowserTest extends ServerTest {
  private static Browser browser;
  private static String token;
  private Hall hall;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1920, 1080);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void boardForZoneB() {
    hall = new Hall(api);
    if (token == null) {
      token = hall.displayToken("Zone B board");
      for (String c : List.of("counter-7", "counter-8", "counter-9")) {
        hall.free(c);
      }
      browser.open(api.base() + "/display?zone=zone-b&access_token=" + token);
    }
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    // Nothing still being announced from an earlier test.
    browser.waitFor(
        Duration.ofSeconds(20),
        d -> !browser.find("#caption").getDomAttribute("class").contains("flash"));
  }

  @Test
  void shouldShowACallFromAnotherClientWithinASecondAndListItsAnnouncement() {
    hall.free("counter-8");
    hall.issue("E", "standard", "zh-CN");

    JsonNode called = hall.callNext("counter-8");
    long calledAt = System.nanoTime();
    String number = called.path("number").asString();
    browser.waitFor(Duration.ofSeconds(1), d -> browser.text("#now-number").equals(number));
    long shownMillis = (System.nanoTime() - calledAt) / 1_000_000;

    WebElement announced =
        browser.waitFor(d -> browser.find("#announced li[data-ticket='" + number + "']"));
    assertThat(announced.getDomAttribute("data-zh")).isEqualTo("请 " + number + " 号到 8 号窗口办理");
    assertThat(announced.getDomAttribute("data-en"))
        .isEqualTo("Number " + number + ", please go to counter 8");
    assertThat(browser.text("#now-zh")).isEqualTo("请 " + number + " 号到 8 号窗口办理");
    assertThat(browser.find("#caption").getDomAttribute("class")).contains("flash");
    assertThat(browser.text("#recent li:first-child")).contains(number);
    // The demo office has a floorplan: the board says where counter 8 is from zone B's screen.
    assertThat(browser.find("#direction").isDisplayed()).isTrue();
    assertThat(browser.text("#direction")).contains("8号窗口在您").contains("Counter 8 is");
    System.out.println(
        "[measure] call-next response to board showing the number: " + shownMillis + " ms");
  }

  @Test
  void shouldPointToACounterWhereTheManagerMovedItOnTheFloorPlanWithoutAReload() {
    String original = api.get("/api/v1/floorplan", Api.Auth.none()).raw().body();
    ObjectNode plan = (ObjectNode) api.get("/api/v1/floorplan", Api.Auth.none()).json();
    for (JsonNode element : plan.path("floors").get(0).path("elements")) {
      if (element.path("id").asString().equals("counter-8")) {
        ((ObjectNode) element).putArray("at").add(38).add(12);
      }
    }
    String loadsBefore = browser.find("body").getDomAttribute("data-plan-loads");
    try {
      assertThat(api.put("/api/v1/floorplan", plan.toString(), Hall.MANAGER).status())
          .isEqualTo(200);
      browser.waitFor(
          d -> !loadsBefore.equals(browser.find("body").getDomAttribute("data-plan-loads")));

      hall.free("counter-8");
      hall.issue("E", "standard", "zh-CN");
      String number = hall.callNext("counter-8").path("number").asString();
      browser.waitFor(d -> browser.text("#now-number").equals(number));
      // From zone B's screen (facing south) counter 8 now stands behind the viewer, on the right.
      assertThat(browser.text("#direction")).contains("8号窗口在您右后方").contains("behind you");
    } finally {
      api.put("/api/v1/floorplan", original, Hall.MANAGER);
    }
  }

  @Test
  void shouldQueueCallsThatArriveTogetherAndSkipNone() throws Exception {
    List<String> counters = List.of("counter-7", "counter-8", "counter-9");
    for (String c : counters) {
      hall.free(c);
      hall.issue("D", "standard", "zh-CN");
    }
    List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
    for (String c : counters) {
      calls.add(CompletableFuture.supplyAsync(() -> hall.callNext(c)));
    }
    List<String> numbers = new ArrayList<>();
    for (var call : calls) {
      numbers.add(call.get().path("number").asString());
    }

    // Each call is spoken whole, in both languages, before the next: with the server's voice
    // (headless Chromium has none) three calls take tens of seconds of audio.
    browser.waitFor(
        Duration.ofSeconds(90),
        d ->
            numbers.stream()
                .allMatch(n -> !browser.all("#announced li[data-ticket='" + n + "']").isEmpty()));
    // Announced one after another, in the order the calls were made (seq).
    List<Long> seqs = new ArrayList<>();
    for (WebElement li : browser.all("#announced li")) {
      seqs.add(Long.parseLong(li.getDomAttribute("data-seq")));
    }
    assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    for (String n : numbers) {
      assertThat(browser.text("#recent")).contains(n);
    }
  }

  @Test
  void shouldShowHowManyWaitPerServiceLive() {
    JsonNode before = hall.issue("F", "standard", "zh-CN");
    long waiting = waitingFor("F");
    browser.waitFor(
        Duration.ofSeconds(5),
        d ->
            String.valueOf(waiting)
                .equals(
                    browser.js(
                        "return document.querySelector(\"#services li[data-service='F']\")"
                            + "?.dataset.waiting;")));
    assertThat(before.path("number").asString()).startsWith("F");
  }

  @Test
  void shouldPassAxeAndLookRightAt1920x1080() {
    hall.free("counter-9");
    hall.issue("A", "elderly", "zh-CN");
    hall.issue("B", "standard", "zh-CN");
    String number = hall.callNext("counter-9").path("number").asString();
    browser.waitFor(d -> browser.text("#now-number").equals(number));

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("display");
  }

  @Test
  void shouldAskToBeRegisteredWithoutAToken() {
    browser.open(api.base() + "/display");
    browser.waitFor(d -> browser.find("#setup").isDisplayed());
    assertThat(browser.text("#setup")).contains("此屏幕尚未登记").contains("not registered");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("display-setup");
    browser.open(api.base() + "/display?zone=zone-b&access_token=" + token);
  }

  private long waitingFor(String service) {
    for (JsonNode s : api.get("/api/v1/board?zone=zone-b", Hall.STAFF).json().path("services")) {
      if (s.path("code").asString().equals(service)) {
        return s.path("waiting").asLong();
      }
    }
    throw new AssertionError("no service " + service);
  }
}

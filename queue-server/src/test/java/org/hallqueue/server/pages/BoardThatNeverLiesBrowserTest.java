package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Zone A's board in headless Chromium, which has no speech voices: it speaks with the server's
 * offline voice, and "Now calling" and "Recent calls" show only what is true. What the board shows
 * is followed on a board whose browser plays no sound until a click: each call is still queued,
 * shown and held on screen, without the seconds of speech that say nothing about what is shown.
 */
class BoardThatNeverLiesBrowserTest extends ServerTest {
  private static final List<String> ZONE_A =
      List.of("counter-1", "counter-2", "counter-3", "counter-4", "counter-5");
  private static final Duration ANNOUNCED = Duration.ofSeconds(30);
  private static Browser browser;
  private static String token;
  private Hall hall;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1920, 1080, "--autoplay-policy=document-user-activation-required");
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void zoneABoardWithNothingCalled() {
    hall = new Hall(api);
    ZONE_A.forEach(hall::free);
    if (token == null) {
      token = hall.displayToken("Zone A board");
    }
    browser.open(api.base() + "/display?zone=zone-a&access_token=" + token);
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    browser.waitFor(d -> browser.text("#now-number").equals("—"));
  }

  @Test
  void shouldSpeakEachCallWithTheServersOfflineVoiceWhenTheBrowserHasNone() {
    try (Browser speaking = new Browser(1920, 1080)) {
      speaking.open(
          api.base() + "/display?zone=zone-a&access_token=" + hall.displayToken("Speaking board"));
      speaking.waitFor(
          ANNOUNCED, d -> "on".equals(speaking.find("body").getDomAttribute("data-voice")));
      assertThat(speaking.js("return speechSynthesis.getVoices().length")).isEqualTo(0L);
      String number = call("counter-1", "A").path("number").asString();

      WebElement announced =
          speaking.waitFor(
              ANNOUNCED,
              d -> {
                List<WebElement> li = speaking.all("#announced li[data-ticket='" + number + "']");
                return li.isEmpty() || li.get(0).getDomAttribute("data-spoken-en") == null
                    ? null
                    : li.get(0);
              });

      assertThat(announced.getDomAttribute("data-spoken-zh")).isEqualTo("server");
      assertThat(announced.getDomAttribute("data-spoken-en")).isEqualTo("server");
      assertThat(speaking.find("body").getDomAttribute("data-voice")).isEqualTo("on");
      assertThat(speaking.find("#voice-off").isDisplayed()).isFalse();
      speaking.waitFor(
          d -> voiceInDevicesList("Speaking board").path("voice").asString().equals("ON"));
    }
  }

  @Test
  void shouldDropFromNowCallingATicketThatIsDoneOrNoShowOrTransferred() {
    JsonNode first = call("counter-4", "D");
    JsonNode second = call("counter-5", "E");
    showsNow(second);

    noShow(second);
    showsNow(first);

    post("/api/v1/tickets/" + first.path("id").asLong() + "/start");
    post("/api/v1/tickets/" + first.path("id").asLong() + "/complete");
    showsNow(null);

    JsonNode third = call("counter-4", "D");
    showsNow(third);
    // the counter calls by the office's rule, maybe a ticket another test left: move it elsewhere
    String elsewhere = third.path("service").asString().equals("E") ? "D" : "E";
    assertThat(
            api.post(
                    "/api/v1/tickets/" + third.path("id").asLong() + "/transfer",
                    "{\"service\":\"" + elsewhere + "\"}",
                    STAFF)
                .status())
        .isEqualTo(200);
    showsNow(null);
    assertThat(browser.text("#recent"))
        .as("history keeps them")
        .contains(third.path("number").asString());
  }

  @Test
  void shouldDropFromNowCallingTheCallOfACounterThatPausedOrClosedAlsoAfterAReload() {
    JsonNode called = call("counter-2", "C");
    showsNow(called);

    post("/api/v1/counters/counter-2/pause");
    showsNow(null);

    JsonNode next = call("counter-3", "B");
    showsNow(next);
    post("/api/v1/counters/counter-3/close");
    showsNow(null);

    browser.driver().navigate().refresh();
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    assertThat(browser.text("#now-number")).isEqualTo("—");
    assertThat(browser.find("#caption").getDomAttribute("class")).contains("idle");
    hall.open("counter-2");
    hall.open("counter-3");
  }

  @Test
  void shouldFlashTheListedCardOnARecallInsteadOfListingTheNumberAgain() {
    JsonNode called = call("counter-1", "A");
    call("counter-5", "E");
    String number = called.path("number").asString();
    browser.waitFor(
        ANNOUNCED, d -> !browser.find("#caption").getDomAttribute("class").contains("flash"));

    post("/api/v1/tickets/" + called.path("id").asLong() + "/recall");

    browser.waitFor(
        ANNOUNCED, d -> browser.all("#announced li[data-ticket='" + number + "']").size() == 2);
    List<WebElement> cards = browser.all("#recent li[data-ticket='" + number + "']");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).getDomAttribute("class")).contains("flash");
    assertThat(browser.all("#recent li").get(0).getDomAttribute("data-ticket"))
        .as("the recall does not move the card to the top")
        .isNotEqualTo(number);

    browser.driver().navigate().refresh();
    browser.waitFor(d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
    assertThat(browser.all("#recent li[data-ticket='" + number + "']"))
        .as("after a reload too")
        .hasSize(1);
  }

  private JsonNode call(String counter, String service) {
    hall.free(counter);
    hall.issue(service, "standard", "zh-CN");
    JsonNode called = hall.callNext(counter);
    assertThat(called).isNotNull();
    return called;
  }

  private void noShow(JsonNode ticket) {
    post("/api/v1/tickets/" + ticket.path("id").asLong() + "/no-show");
  }

  private void post(String path) {
    assertThat(api.post(path, null, STAFF).status()).as(path).isEqualTo(200);
  }

  /** "Now calling" shows this ticket (null: nothing) once the board has announced what it had. */
  private void showsNow(JsonNode ticket) {
    String number = ticket == null ? "—" : ticket.path("number").asString();
    browser.waitFor(ANNOUNCED, d -> browser.text("#now-number").equals(number));
  }

  static JsonNode voiceInDevicesList(Api.Response devices, String name) {
    for (JsonNode d : devices.json()) {
      if (d.path("name").asString().equals(name)) {
        return d;
      }
    }
    throw new AssertionError("no device " + name + " in " + devices.raw().body());
  }

  private JsonNode voiceInDevicesList(String name) {
    return voiceInDevicesList(api.get("/api/v1/admin/devices", MANAGER), name);
  }
}

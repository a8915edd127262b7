package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.ratings.Visits;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 好差评 in a real browser: the counter-side rating screen (/rate, a RATER device bound to a counter)
 * at tablet size, the phone page after the visit, and the board's published figure.
 */
class RatingScreenBrowserTest extends ServerTest {
  private static final String COUNTER = "counter-3";
  private static final String SERVICE = "B";
  private static Browser tablet;

  @BeforeAll
  static void startBrowser() {
    tablet = new Browser(1024, 600);
  }

  @AfterAll
  static void stopBrowser() {
    tablet.close();
  }

  private String state() {
    return tablet.find("body").getDomAttribute("data-state");
  }

  @Test
  void shouldAskForARatingWithinASecondOfACompletionAtItsCounterAndIdleAfter30Seconds() {
    Visits visits = new Visits(api);
    String token = raterAt(COUNTER);
    tablet.open(api.base() + "/rate?access_token=" + token);
    // idle at once, or 30 s after a visit another test completed here just before
    tablet.waitFor(Duration.ofSeconds(40), d -> "idle".equals(state()) && "live".equals(conn()));
    assertThat(tablet.text(".where")).contains("3号窗口").contains("Counter 3");
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    assertThat(tablet.hasMissingText()).as(tablet.consoleLog()).isFalse();
    tablet.screenshot("rate-idle");

    // a completion at another counter leaves the screen idle
    JsonNode elsewhere = visits.serving("counter-6", "F");
    visits.complete(elsewhere);
    JsonNode visit = visits.serving(COUNTER, SERVICE);
    long asked = System.nanoTime();
    visits.complete(visit);
    tablet.waitFor(Duration.ofSeconds(1), d -> "ask".equals(state()));
    System.out.println(
        "[measure] completion to rating screen: "
            + (System.nanoTime() - asked) / 1_000_000
            + " ms");
    assertThat(tablet.text("#ask")).contains(visit.path("number").asString());
    assertThat(tablet.all("#faces button")).hasSize(5);
    assertThat(tablet.text("#faces"))
        .contains("非常满意", "Very satisfied", "基本满意", "Fair", "非常不满意", "Very dissatisfied");
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    tablet.screenshot("rate-faces");

    tablet.find("#faces button[data-score='2']").click();
    tablet.waitFor(d -> "why".equals(state()));
    tablet.find("#reasons button[data-code='wait']").click();
    assertThat(tablet.find("#reasons button[data-code='wait']").getDomAttribute("aria-pressed"))
        .isEqualTo("true");
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    tablet.screenshot("rate-reasons");
    tablet.find("#send").click();
    waitForState("thanks", Duration.ofSeconds(5));
    assertThat(tablet.find("#thanks-bad").isDisplayed()).isTrue();
    JsonNode rated = visits.followUpOf(visit.path("id").asLong());
    assertThat(rated.path("score").asInt()).isEqualTo(2);
    assertThat(rated.path("reasons").get(0).asString()).isEqualTo("wait");
    tablet.waitFor(Duration.ofSeconds(10), d -> "idle".equals(state()));

    // untouched, the next visitor's question goes away after 30 s: no pressure to rate
    JsonNode next = visits.serving(COUNTER, SERVICE);
    visits.complete(next);
    tablet.waitFor(Duration.ofSeconds(2), d -> "ask".equals(state()));
    long shown = System.nanoTime();
    tablet.waitFor(Duration.ofSeconds(35), d -> "idle".equals(state()));
    long idleAfter = (System.nanoTime() - shown) / 1_000_000;
    assertThat(idleAfter).isBetween(29_000L, 32_000L);
  }

  @Test
  void shouldLetTheVisitorRateOnThePhoneOnceTheTicketIsDone() {
    Visits visits = new Visits(api);
    JsonNode visit = visits.serving(COUNTER, SERVICE);
    try (Browser phone = new Browser(390, 844)) {
      phone.open(visit.path("trackingUrl").asString() + "?lang=zh-CN");
      phone.waitFor(d -> phone.text("#number").equals(visit.path("number").asString()));
      assertThat(phone.find("#rating").isDisplayed()).isFalse();
      visits.complete(visit);
      phone.waitFor(Duration.ofSeconds(8), d -> phone.find("#rating").isDisplayed());
      assertThat(phone.text("#rating")).contains("请为本次服务评价").contains("非常满意");
      phone.find("#rating button[data-score='3']").click();
      phone.find("#rating button[data-code='guidance']").click();
      phone.find("#rating-comment").sendKeys("窗口指引牌看不清");
      assertThat(phone.seriousAccessibilityViolations()).isEmpty();
      assertThat(phone.hasMissingText()).isFalse();
      phone.screenshot("tracking-rating-zh");
      phone.find("#rating-send").click();
      phone.waitFor(d -> "true".equals(phone.find("#rating").getDomAttribute("data-rated")));
      assertThat(phone.text("#rating")).contains("您的评价：基本满意");
      phone.find("#lang").click();
      phone.waitFor(d -> phone.text("#rating").contains("Your rating: Fair"));
      phone.screenshot("tracking-rated-en");
      phone.find("#lang").click();
    }
    Api.Response again =
        api.post(
            "/api/v1/tickets/track/" + visit.path("trackingToken").asString() + "/rating",
            "{\"score\":5}",
            Api.Auth.none());
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void shouldPublishThisMonthsSatisfactionOnTheBoard() {
    Hall hall = new Hall(api);
    Visits visits = new Visits(api);
    JsonNode visit = visits.serving(COUNTER, SERVICE);
    visits.complete(visit);
    Api.Response rated =
        api.post(
            "/api/v1/tickets/track/" + visit.path("trackingToken").asString() + "/rating",
            "{\"score\":5}",
            Api.Auth.none());
    assertThat(rated.status()).isEqualTo(201);
    double share =
        api.get("/api/v1/ratings/summary", Api.Auth.none()).json().path("satisfaction").asDouble();
    try (Browser board = new Browser(1920, 1080)) {
      board.open(
          api.base() + "/display?access_token=" + new Hall(api).displayToken("ratings board"));
      board.waitFor(d -> board.find("#satisfaction").isDisplayed());
      assertThat(board.text("#satisfaction"))
          .contains("本月满意率 " + Math.round(share * 100) + "%")
          .contains("Satisfaction this month");
      assertThat(board.hasMissingText()).isFalse();
      board.screenshot("display-satisfaction");
    }
  }

  private void waitForState(String wanted, Duration timeout) {
    try {
      tablet.waitFor(timeout, d -> wanted.equals(state()));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "state " + state() + ", message: " + tablet.text("#message") + tablet.consoleLog(), e);
    }
  }

  private String conn() {
    return tablet.find("body").getDomAttribute("data-conn");
  }

  /** A RATER device registered by a manager and set beside the counter. */
  private String raterAt(String counter) {
    Api.Response device =
        api.post(
            "/api/v1/devices", "{\"name\":\"评价器 " + counter + "\",\"kind\":\"RATER\"}", MANAGER);
    assertThat(device.status()).as(device.raw().body()).isEqualTo(201);
    Api.Response bound =
        api.put(
            "/api/v1/admin/ratings/raters/" + device.json().path("id").asString(),
            "{\"counter\":\"" + counter + "\"}",
            MANAGER);
    assertThat(bound.status()).as(bound.raw().body()).isEqualTo(200);
    return device.json().path("token").asString();
  }
}

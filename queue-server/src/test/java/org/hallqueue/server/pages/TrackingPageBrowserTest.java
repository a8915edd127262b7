package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The visitor's phone page at 360×640: public, live, in the visitor's language. */
class TrackingPageBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(360, 640);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void shouldShowThePlaceThenTheCounterWhenTheTicketIsCalled() {
    Hall hall = new Hall(api);
    hall.drain("counter-6");
    JsonNode ticket = hall.issue("F", "elderly", "zh-CN");
    String number = ticket.path("number").asString();

    long opened = System.nanoTime();
    browser.open(ticket.path("trackingUrl").asString() + "?lang=zh-CN");
    browser.waitFor(d -> browser.text("#number").equals(number));
    System.out.println(
        "[measure] phone page load to live: " + (System.nanoTime() - opened) / 1_000_000 + " ms");
    assertThat(browser.find("#status").getDomAttribute("data-status")).isEqualTo("WAITING");
    assertThat(browser.text("#position")).isEqualTo("0 人");
    assertThat(browser.text("#service")).isNotBlank();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("tracking-waiting-zh");

    assertThat(hall.callNext("counter-6").path("number").asString()).isEqualTo(number);
    browser.waitFor(
        Duration.ofSeconds(8),
        d -> "CALLED".equals(browser.find("#status").getDomAttribute("data-status")));
    assertThat(browser.text("#status")).isEqualTo("请到 6 号窗口办理");
    // counter 6 is named "6号窗口 退休服务": the way there says it once, not "6 号窗口（6号窗口 …）"
    assertThat(browser.text("#how")).contains("走到6号窗口 退休服务，");
    assertThat(browser.text("#how").split("号窗口", -1)).hasSize(2);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("tracking-called-zh");

    browser.find("#lang").click();
    browser.waitFor(d -> browser.text("#status").equals("Please go to counter 6"));
    assertThat(browser.text("#how")).contains("to Counter 6 – Retirement and show");
    assertThat(browser.text("h1")).isEqualTo("Your place in the queue");
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("tracking-called-en");
    browser.find("#lang").click();
  }

  @Test
  void shouldFollowTheTicketByPushWithoutPolling() throws InterruptedException {
    Hall hall = new Hall(api);
    hall.drain("counter-6");
    JsonNode ticket = hall.issue("F", "standard", "en");
    browser.open(ticket.path("trackingUrl").asString() + "?lang=en");
    browser.waitFor(d -> "true".equals(browser.find("body").getDomAttribute("data-live")));
    Thread.sleep(4000); // longer than the 3 s the page used to poll at
    long readsBefore = reads();

    hall.callNext("counter-6");

    browser.waitFor(
        Duration.ofSeconds(3),
        d -> "CALLED".equals(browser.find("#status").getDomAttribute("data-status")));
    assertThat(reads()).as("GETs of the ticket after the first read").isEqualTo(readsBefore);
    assertThat(readsBefore).isEqualTo(1);
  }

  /** How many times the page read the ticket with a plain GET (the push stream not counted). */
  private long reads() {
    Object n =
        browser.js(
            "return performance.getEntriesByType('resource').filter(e =>"
                + " e.name.includes('/api/v1/tickets/track/') && !e.name.endsWith('/live')).length");
    return ((Number) n).longValue();
  }

  @Test
  void shouldGreetAnUnknownCodeWithAFriendlyPageInBothLanguages() {
    Api.Response raw = api.get("/t/not-a-real-ticket-code", Api.Auth.none());
    assertThat(raw.status()).isEqualTo(404);
    assertThat(raw.contentType()).startsWith("text/html");

    browser.open(api.base() + "/t/not-a-real-ticket-code?lang=zh-CN");
    browser.waitFor(d -> browser.find("#unknown").isDisplayed());
    assertThat(browser.text("#unknown")).contains("没有找到这张号").contains("咨询台");
    assertThat(browser.driver().getPageSource())
        .doesNotContain("Exception")
        .doesNotContain("Whitelabel");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("tracking-unknown-zh");
    browser.find("#lang").click();
    browser.waitFor(d -> browser.text("#unknown").contains("We could not find this ticket"));
    browser.screenshot("tracking-unknown-en");
    browser.find("#lang").click();
  }

  @Test
  void shouldShowTheWaitInEnglishForAnEnglishTicket() {
    Hall hall = new Hall(api);
    JsonNode ticket = hall.issue("C", "standard", "en");
    browser.open(ticket.path("trackingUrl").asString() + "?lang=en");
    browser.waitFor(d -> browser.text("#number").equals(ticket.path("number").asString()));
    assertThat(browser.text("#status"))
        .isIn("Waiting", "You are next: please listen for your number");
    assertThat(browser.text("#wait-row"))
        .matches("(?s)Expected wait\\s*(very soon|\\d+–\\d+ minutes)");
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("tracking-waiting-en");
  }

  private JsonNode tracked(String token) {
    return api.get("/api/v1/tickets/track/" + token, Api.Auth.none()).json();
  }

  private static String rangeText(JsonNode ticket) {
    JsonNode range = ticket.path("estimatedWait");
    return range.path("fromMinutes").asLong() + "–" + range.path("toMinutes").asLong() + " 分钟";
  }

  @Test
  void shouldShowTheWaitAsTheRangeTheServerGivesOnAPhoneSizedScreen() {
    Hall hall = new Hall(api);
    for (int i = 0; i < 12; i++) { // more than the counters that could serve them: a real wait
      hall.issue("D", "standard", "zh-CN");
    }
    JsonNode ticket = hall.issue("D", "standard", "zh-CN");
    String token = ticket.path("trackingToken").asString();
    try (Browser phone = new Browser(390, 844)) {
      phone.open(ticket.path("trackingUrl").asString() + "?lang=zh-CN");
      phone.waitFor(d -> phone.text("#number").equals(ticket.path("number").asString()));
      // the page polls every 3 s; the estimate moves with the clock, so compare with a fresh read
      phone.waitFor(
          Duration.ofSeconds(10), d -> phone.text("#wait").equals(rangeText(tracked(token))));
      assertThat(tracked(token).path("estimatedWaitSeconds").asLong()).isPositive();
      assertThat(phone.text("#wait-row")).startsWith("预计等候");
      assertThat(phone.hasMissingText()).isFalse();
      phone.screenshot("tracking-range-390x844-zh");
      phone.find("#lang").click();
      phone.waitFor(d -> phone.text("#wait").endsWith(" minutes"));
      assertThat(phone.text("#wait-row")).contains("Expected wait");
      phone.screenshot("tracking-range-390x844-en");
    }
  }
}

package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The counter dashboard in a real browser at 1366×768: a staff member signs in and works counter 2
 * (services A and C) with buttons and keyboard shortcuts while other clients issue tickets.
 */
class StaffDashboardBrowserTest extends ServerTest {
  private static final String COUNTER = "counter-2";
  private static Browser browser;
  private Hall hall;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1366, 768);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void signedInAtAnEmptyCounter() {
    hall = new Hall(api);
    hall.drain(COUNTER);
    if (!browser.driver().getCurrentUrl().contains("/staff")) {
      browser.open(api.base() + "/staff?counter=" + COUNTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
      browser.find("#username").sendKeys("staff2");
      browser.find("#password").sendKeys("staff-demo");
      browser.find("#submit").click();
    } else {
      browser.driver().navigate().refresh();
    }
    browser.waitFor(d -> "live".equals(browser.find("#conn").getDomAttribute("data-state")));
    browser.waitFor(
        d -> "OPEN".equals(browser.find("#counter-status").getDomAttribute("data-status")));
    browser.waitFor(d -> browser.find("#current-number").getText().equals("—"));
  }

  @Test
  void shouldRunATicketThroughCallRecallStartAndCompleteRecordingWhoDidIt() {
    long since = hall.latestSeq();
    JsonNode ticket = hall.issue("A", "standard", "zh-CN");
    String number = ticket.path("number").asString();
    browser.waitFor(d -> !browser.all("#queue tr[data-ticket='" + number + "']").isEmpty());

    browser.find("#call-next").click();
    currentIs(number, "CALLED");
    press("r");
    browser.waitFor(d -> browser.text("#current-recalls").startsWith("1"));
    assertThat(browser.text("#recall")).contains("1/2").contains("R");
    press("s");
    currentIs(number, "SERVING");
    press("c");
    browser.waitFor(d -> browser.text("#current-number").equals("—"));

    assertThat(hall.ticket(ticket.path("id").asLong()).path("status").asString()).isEqualTo("DONE");
    JsonNode events = hall.events(since);
    int ofTicket = 0;
    for (JsonNode e : events) {
      if (e.path("ticket").path("id").asLong() == ticket.path("id").asLong()
          && !e.path("type").asString().equals("TICKET_ISSUED")) {
        assertThat(e.path("by").asString()).isEqualTo("staff2");
        ofTicket++;
      }
    }
    assertThat(ofTicket).isEqualTo(4); // called, recalled, started, completed
  }

  @Test
  void shouldTurnATicketIntoANoShowWhenRecalledPastTheLimit() {
    JsonNode ticket = hall.issue("C", "standard", "en");
    String number = ticket.path("number").asString();
    browser.waitFor(d -> !browser.all("#queue tr[data-ticket='" + number + "']").isEmpty());

    press("n");
    currentIs(number, "CALLED");
    press("r");
    browser.waitFor(d -> browser.text("#current-recalls").startsWith("1"));
    press("r");
    browser.waitFor(d -> browser.text("#current-recalls").startsWith("2"));
    assertThat(browser.text("#recall")).contains("过号");
    press("r");
    browser.waitFor(d -> browser.text("#current-number").equals("—"));

    assertThat(browser.text("#message")).contains(number).contains("过号");
    assertThat(hall.ticket(ticket.path("id").asLong()).path("status").asString())
        .isEqualTo("NO_SHOW");
  }

  @Test
  void shouldTransferTheCalledTicketToAnotherService() {
    JsonNode ticket = hall.issue("A", "women", "zh-CN");
    String number = ticket.path("number").asString();
    browser.waitFor(d -> !browser.all("#queue tr[data-ticket='" + number + "']").isEmpty());
    press("n");
    currentIs(number, "CALLED");

    press("t");
    browser.waitFor(d -> browser.find("#transfer-panel").isDisplayed());
    new org.openqa.selenium.support.ui.Select(browser.find("#transfer-service")).selectByValue("C");
    browser.find("#transfer-service").sendKeys(Keys.ENTER);
    browser.waitFor(d -> browser.text("#current-number").equals("—"));

    JsonNode moved = hall.ticket(ticket.path("id").asLong());
    assertThat(moved.path("status").asString()).isEqualTo("WAITING");
    assertThat(moved.path("service").asString()).isEqualTo("C");
    assertThat(moved.path("lane").asString()).isEqualTo("women");
    // Counter 2 serves C too: the ticket is back in its queue, keeping its number.
    browser.waitFor(d -> !browser.all("#queue tr[data-ticket='" + number + "']").isEmpty());
  }

  @Test
  void shouldShowTheLiveQueueAndWhyTheNextTicketIsNext() {
    JsonNode standard = hall.issue("A", "standard", "zh-CN");
    JsonNode elderly = hall.issue("C", "elderly", "zh-CN");
    browser.waitFor(d -> browser.all("#queue tbody tr").size() == 2);

    assertThat(browser.text("#queue tbody tr:first-child"))
        .contains(elderly.path("number").asString());
    assertThat(browser.text("#why-next"))
        .contains(elderly.path("number").asString())
        .contains("紧迫度最高");
    assertThat(browser.text("#queue tbody tr:nth-child(2)"))
        .contains(standard.path("number").asString());
  }

  @Test
  void shouldPassAxeAndShowEveryTextInBothLanguages() {
    hall.issue("A", "elderly", "zh-CN");
    hall.issue("C", "migrant", "zh-CN");
    hall.issue("A", "standard", "zh-CN");
    browser.waitFor(d -> browser.all("#queue tbody tr").size() == 3);
    press("n");
    browser.waitFor(d -> !browser.text("#current-number").equals("—"));
    press("s");
    browser.waitFor(
        d -> "SERVING".equals(browser.find("#current-status").getDomAttribute("data-status")));

    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("staff-zh");

    browser.find("#lang").click();
    browser.waitFor(d -> browser.text("#call-next").contains("Call next"));
    assertThat(browser.text("#why-next")).startsWith("Why");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("staff-en");
    browser.find("#lang").click();
    browser.waitFor(d -> browser.text("#call-next").contains("叫下一位"));
  }

  @Test
  void shouldOfferAShortcutOnEveryActionButton() {
    for (var button : browser.all("button[data-action]")) {
      assertThat(button.findElements(By.tagName("kbd"))).as(button.getText()).hasSize(1);
    }
  }

  private void press(String key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private void currentIs(String number, String status) {
    browser.waitFor(
        Duration.ofSeconds(5),
        d ->
            browser.text("#current-number").equals(number)
                && status.equals(browser.find("#current-status").getDomAttribute("data-status")));
  }
}

package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.ratings.Visits;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The clerk sees a 差评 about their own visit on the counter dashboard and appeals it. */
class StaffFollowUpBrowserTest extends ServerTest {

  @Test
  void shouldShowTheClerkTheirOwnFollowUpAndTakeTheirAppeal() {
    Visits visits = new Visits(api);
    JsonNode visit = visits.done("counter-3", "B"); // completed by staff1
    assertThat(visits.rate(visit, "{\"score\":2,\"reasons\":[\"wait\"]}").status()).isEqualTo(201);
    long id = visits.followUpOf(visit.path("id").asLong()).path("id").asLong();

    try (Browser browser = new Browser(1366, 768)) {
      browser.open(api.base() + "/staff?counter=counter-3&lang=zh-CN");
      browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
      browser.find("#username").sendKeys("staff1");
      browser.find("#password").sendKeys("staff-demo");
      browser.find("#submit").click();
      browser.waitFor(d -> browser.find("#my-follow-ups").isDisplayed());
      browser.find("#my-follow-ups summary").click();
      String item = "#my-follow-ups li[data-follow-up='" + id + "']";
      browser.waitFor(d -> textOf(browser, item).contains("等候时间太长"));
      assertThat(textOf(browser, item))
          .contains(visit.path("number").asString())
          .contains("不满意")
          .contains("等候时间太长");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      assertThat(browser.hasMissingText()).isFalse();
      browser.find(item + " textarea").sendKeys("当时系统故障，无法办理");
      browser.find(item + " button[type=submit]").click();
      browser.waitFor(d -> textOf(browser, item).contains("工作人员已申诉"));
      browser.screenshot("staff-follow-up-appealed");
    }
    JsonNode followUp = visits.followUpOf(visit.path("id").asLong());
    assertThat(followUp.path("appealed").asBoolean()).isTrue();
    assertThat(followUp.path("notes").get(0).path("text").asString()).isEqualTo("当时系统故障，无法办理");
  }

  /** The element's text; empty while the list is being drawn again. */
  private static String textOf(Browser browser, String css) {
    try {
      return browser.text(css);
    } catch (org.openqa.selenium.StaleElementReferenceException
        | org.openqa.selenium.NoSuchElementException e) {
      return "";
    }
  }
}

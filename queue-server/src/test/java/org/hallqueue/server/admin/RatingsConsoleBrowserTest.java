package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.ratings.Visits;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/** The console's 好差评 tab in headless Chromium: follow-ups, statistics, set-up, both languages. */
class RatingsConsoleBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void shouldWorkAFollowUpAndKeepTheHolidayCalendarInBothLanguages() {
    Visits visits = new Visits(api);
    JsonNode visit = visits.done("counter-3", "B");
    assertThat(
            visits
                .rate(visit, "{\"score\":1,\"reasons\":[\"attitude\"],\"comment\":\"态度差\"}")
                .status())
        .isEqualTo(201);
    long id = visits.followUpOf(visit.path("id").asLong()).path("id").asLong();

    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("ratings");
    String row = "tr[data-key='" + id + "']";
    assertThat(browser.find(row).getText())
        .contains(visit.path("number").asString())
        .contains("非常不满意")
        .contains("服务态度不好")
        .contains("态度差")
        .contains("待回访");
    assertThat(browser.find("[data-by=service]").getText()).contains("新就业形态职业伤害保障");
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-ratings");

    browser.find(row + " [data-action=CONTACTED]").click();
    browser.waitForSection("ratings");
    browser.find(row + " [data-action=RESOLVED]");
    assertThat(browser.find(row + " td[data-status]").getText()).contains("已回访");

    browser.find("[data-part=calendar] .buttons button.secondary").click();
    var dates =
        browser.driver.findElements(By.cssSelector("[data-part=calendar] input[type=date]"));
    browser.js("arguments[0].value = '2026-10-01';", dates.get(dates.size() - 1)); // 国庆节
    browser.find("[data-part=calendar] button[type=submit]").click();
    browser.find("#status.ok");
    JsonNode calendar = api.get("/api/v1/admin/ratings/calendar", MANAGER).json();
    assertThat(calendar.findValuesAsString("day")).contains("2026-10-01");

    browser.find("#language").click();
    browser.waitForSection("ratings");
    assertThat(browser.find("nav a[href='#ratings']").getText()).isEqualTo("Ratings");
    assertThat(browser.find(row).getText()).contains("Very dissatisfied").contains("Contacted");
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-ratings-en");
    browser.find("#language").click();
    browser.waitForSection("ratings");
    api.put("/api/v1/admin/ratings/calendar", "[]", MANAGER);
  }
}

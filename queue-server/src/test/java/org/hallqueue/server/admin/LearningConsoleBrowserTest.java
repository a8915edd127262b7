package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The console's parts of learning while waiting: the game's counts and the calculator figures. */
class LearningConsoleBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  private void tally(String play, String step, String answer) {
    String body =
        "{\"play\":\""
            + play
            + "\",\"step\":\""
            + step
            + "\",\"channel\":\"PHONE\""
            + (answer == null ? "" : ",\"answer\":\"" + answer + "\"")
            + "}";
    assertThat(api.post("/api/v1/learning/tallies", body, Api.Auth.none()).status()).isEqualTo(200);
  }

  @Test
  void shouldShowTheGamesCountsOnTheStatisticsPageInBothLanguages() {
    String play = UUID.randomUUID().toString();
    tally(play, "STARTED", null);
    tally(play, "FINISHED", null);
    tally(play, "ANSWERED", "NO");
    JsonNode phone = api.get("/api/v1/admin/learning", MANAGER).json().path("channels").get(0);

    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("stats");
    WebElement row = browser.find("#learning-counts tr[data-channel='手机']");
    assertThat(row.getText())
        .isEqualTo(
            "手机 %d %d %s %d %d %d"
                .formatted(
                    phone.path("started").asLong(),
                    phone.path("finished").asLong(),
                    Math.round(
                            100.0
                                * phone.path("finished").asLong()
                                / phone.path("started").asLong())
                        + "%",
                    phone.path("yes").asLong(),
                    phone.path("no").asLong(),
                    phone.path("notSure").asLong()));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.js("document.getElementById('learning-counts').scrollIntoView()");
    browser.screenshot("admin-learning-counts-zh");

    browser.find("#language").click();
    browser.waitForSection("stats");
    assertThat(browser.find("#learning-counts").getText())
        .contains("Learning while waiting")
        .contains("Would enrol: yes");
    browser.js("document.getElementById('learning-counts').scrollIntoView()");
    browser.screenshot("admin-learning-counts-en");
    assertThat(browser.hasMissingText()).isFalse();
    browser.find("#language").click();
    browser.waitForSection("stats");
  }

  @Test
  void shouldLetTheManagerEditTheCalculatorFiguresAndShowAWrongOne() {
    JsonNode before = api.get("/api/v1/admin/pension-figures", MANAGER).json();
    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("pension");
    assertThat(browser.find("#pf-averageMonthlyWage").getDomProperty("value")).isEqualTo("8000");
    assertThat(browser.find("#pf-minimumYears").getDomProperty("value"))
        .startsWith("2025 15\n2030 15.5\n");
    browser.screenshot("admin-pension-figures-zh");

    WebElement rate = browser.find("#pf-personalAccountRatePercent");
    rate.clear();
    rate.sendKeys("30");
    browser.find("#pension-save").click();
    WebElement error = browser.find("[data-error-for='figures.personalAccountRatePercent']");
    assertThat(error.getText()).isEqualTo("不能高于缴费比例");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    try {
      rate.clear();
      rate.sendKeys("8");
      WebElement wage = browser.find("#pf-averageMonthlyWage");
      wage.clear();
      wage.sendKeys("9000");
      browser.find("#pension-save").click();
      browser.wait.until(d -> browser.find("#status").getText().startsWith("已保存"));
      assertThat(
              api.get("/api/v1/pension/figures", Api.Auth.none())
                  .json()
                  .path("averageMonthlyWage")
                  .asDouble())
          .isEqualTo(9000.0);
    } finally {
      JsonNode now = api.get("/api/v1/admin/pension-figures", MANAGER).json();
      api.put(
          "/api/v1/admin/pension-figures?version=" + now.path("version").asLong(),
          before.path("figures").toString(),
          MANAGER);
    }
  }
}

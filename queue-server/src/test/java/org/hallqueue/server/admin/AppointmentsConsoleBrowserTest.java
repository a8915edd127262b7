package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The manager edits the slot rules and holidays in the console, in both languages. */
class AppointmentsConsoleBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void shouldListEveryProblemOfTheRulesAndSaveThemOnceRight() {
    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("appointments");

    assertThat(browser.find("main h2").getText()).isEqualTo("预约与签到");
    int rules = api.get("/api/v1/admin/appointments/rules", MANAGER).json().path("rules").size();
    assertThat(browser.find("#appt-rules tbody").findElements(org.openqa.selenium.By.tagName("tr")))
        .hasSize(rules);
    browser.type("rules[0].places", "0");
    browser.find("#appt-save").click();
    assertThat(browser.find(".form-problems").getText()).contains("rules[0].places");

    browser.type("rules[0].places", "6");
    browser.js("arguments[0].value = '2027-10-01'", browser.find("#appt-holiday"));
    browser.find("#appt-add-holiday").click();
    browser.find("#appt-save").click();
    browser.find("#status.ok");

    JsonNode saved = api.get("/api/v1/admin/appointments/rules", MANAGER).json();
    assertThat(saved.path("rules").get(0).path("places").asInt()).isEqualTo(6);
    assertThat(saved.path("holidays").toString()).contains("2027-10-01");
    assertThat(browser.find("#appt-stats").getText()).contains("预约数");
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-appointments-zh-CN");

    browser.find("#language").click();
    browser.waitForSection("appointments");
    assertThat(browser.find("main h2").getText()).isEqualTo("Appointments and check-in");
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("admin-appointments-en");
  }
}

package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.hallqueue.server.support.HeadlessChromium;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The planning tab and the playbook report in headless Chromium. */
class PlanningBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = new Browser();
    }
    browser.signIn(api.base(), "manager", "manager-demo");
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private void waitLong(String css) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(90))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  @Test
  void shouldRunTwoScenariosSideBySideAndShowChartsWhoPaysAndStaffing() {
    browser.viewport(1366, 768);
    browser.open("planning");
    assertThat(browser.find("#s0-name").getDomProperty("value")).isNotBlank();
    assertThat(browser.all(".plan-scenario")).hasSize(2);

    browser.find("#plan-run").click();
    waitLong("#plan-lanes");

    assertThat(browser.find("#plan-lanes").findElements(By.cssSelector("thead th")))
        .as("lane, median and p90 of each scenario, target")
        .hasSize(6);
    assertThat(browser.find("#plan-lanes").findElements(By.cssSelector("tbody tr"))).hasSize(4);
    assertThat(browser.all("#plan-out .chart svg")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(browser.find("#plan-pays").findElements(By.cssSelector("tbody tr"))).hasSize(4);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.find("#plan-staff").click();
    waitLong("#plan-staffing-table");
    assertThat(browser.find("#plan-staffing-table").findElements(By.cssSelector("tbody tr")))
        .hasSize(8);
    assertThat(browser.find("#plan-staffing-verdict").getText()).isNotBlank();
    browser.js("document.getElementById('plan-out').scrollIntoView()");
    browser.screenshot("planning");
  }

  @Test
  void shouldAddAMigrantWorkersCounterScenarioAndAllowNoMoreThanThree() {
    browser.open("planning");
    browser.choose("#plan-preset", "3");
    browser.find("#plan-add").click();

    assertThat(browser.all(".plan-scenario")).hasSize(3);
    assertThat(browser.find("#s2-extra").getDomProperty("value")).isEqualTo("1");
    assertThat(browser.find("#s2-extra-lane").getDomProperty("value")).isEqualTo("migrant");
    assertThat(browser.find("#plan-add").isEnabled()).isFalse();
  }

  @Test
  void shouldStartFromTheDemandOfAnotherWeekday() {
    browser.open("planning");
    browser.choose("#plan-weekday", "MONDAY");

    browser.wait.until(
        d ->
            browser.find("#plan-weekday").getDomProperty("value").equals("MONDAY")
                && !browser.find("#plan-source").getText().isBlank());
    assertThat(browser.all(".plan-scenario")).hasSize(2);
  }

  @Test
  void shouldShowTheErrorOfABadScenarioInsteadOfRunningIt() {
    browser.open("planning");
    for (int k = 0; k < 8; k++) {
      browser.js("document.getElementById('s0-hour-" + k + "').closest('details').open = true;");
    }
    var hour = browser.find("#s0-hour-0");
    hour.clear();
    hour.sendKeys("-1");
    browser.js("document.getElementById('s0-hour-0').dispatchEvent(new Event('change'))");
    browser.find("#plan-run").click();

    waitLong("#plan-problem:not(:empty)");
    assertThat(browser.find("#plan-problem").getText()).contains("perHour");
  }

  @Test
  void shouldSendTheFloorPrecheckOfAScenarioToTheSimulator() {
    browser.open("planning");
    var share = browser.find("#s1-precheck");
    share.clear();
    share.sendKeys("50");
    browser.js("document.getElementById('s1-precheck').dispatchEvent(new Event('change'))");
    var time = browser.find("#s1-precheck-time");
    time.clear();
    time.sendKeys("5");
    browser.js("document.getElementById('s1-precheck-time').dispatchEvent(new Event('change'))");
    browser.find("#plan-run").click();

    waitLong("#plan-problem:not(:empty)");
    assertThat(browser.find("#plan-problem").getText()).contains("precheck.serviceTimeFactor");
  }

  @Test
  void shouldPrintThePlaybookReportWithItsSectionsInBothLanguages() throws Exception {
    browser.driver.get(api.base() + "/admin/playbook.html");
    waitLong("#report[data-ready='true']");

    for (String section :
        new String[] {
          "demand", "staffing", "waits", "seats", "walks", "access", "special", "guidance"
        }) {
      assertThat(browser.all("#pb-" + section)).as(section).hasSize(1);
    }
    assertThat(browser.find("#pb-walks").findElements(By.cssSelector("tbody tr"))).hasSize(9);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.find("#language").click();
    assertThat(browser.find("h1").getText()).isEqualTo("Office playbook report");

    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.viewport(794, 1123);
    browser.screenshot("playbook");
    Map<String, Object> pdf =
        browser.driver.executeCdpCommand(
            "Page.printToPDF",
            Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.createDirectories(HeadlessChromium.SCREENSHOTS);
    Files.write(HeadlessChromium.SCREENSHOTS.resolve("playbook.pdf"), bytes);
    assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }
}

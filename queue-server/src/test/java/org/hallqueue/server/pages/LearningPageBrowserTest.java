package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The game and the calculator behind the ticket's QR code, on a 390×844 phone, both languages. */
class LearningPageBrowserTest extends ServerTest {
  private static Browser phone;

  @BeforeAll
  static void startBrowser() {
    phone = new Browser(390, 844);
  }

  @AfterAll
  static void stopBrowser() {
    phone.close();
  }

  private JsonNode phoneCounts() {
    for (JsonNode c : api.get("/api/v1/admin/learning", MANAGER).json().path("channels")) {
      if (c.path("channel").asString().equals("PHONE")) {
        return c;
      }
    }
    throw new AssertionError("no PHONE counts");
  }

  private static long grew(JsonNode before, JsonNode after, String field) {
    return after.path(field).asLong() - before.path(field).asLong();
  }

  /** Plays every step with the same choice and returns how many steps there were. */
  private int playThrough(String choice, String screenshotPrefix) {
    phone.find("#game-start").click();
    int steps = 0;
    while (phone.find("#game-body").getDomAttribute("data-state").equals("step")) {
      phone.waitFor(d -> !phone.all("[data-choice=" + choice + "]").isEmpty());
      phone.find("[data-choice=" + choice + "]").click();
      phone.waitFor(d -> !phone.all("#outcome").isEmpty());
      assertThat(phone.text("#outcome")).isNotBlank();
      if (steps == 0 && screenshotPrefix != null) {
        phone.js("document.getElementById('game').scrollIntoView()");
        phone.screenshot(screenshotPrefix + "-step");
      }
      phone.find("#game-next").click();
      steps++;
    }
    return steps;
  }

  @Test
  void shouldPlayTheGameFromTheTicketPageToTheEndAndCountItInChinese() {
    JsonNode before = phoneCounts();
    JsonNode ticket = new Hall(api).issue("A", "standard", "zh-CN");
    phone.open(ticket.path("trackingUrl").asString() + "?lang=zh-CN");
    phone.waitFor(d -> phone.text("#number").equals(ticket.path("number").asString()));
    assertThat(phone.text("#learn")).contains("边等边学");
    phone.js("document.getElementById('learn').scrollIntoView()");
    phone.screenshot("learn-link-on-ticket-zh");
    phone.find("#lang").click();
    phone.waitFor(d -> phone.text("#learn").contains("Learn while you wait"));
    assertThat(phone.find("#learn-game").getDomAttribute("href"))
        .startsWith("/learn?lang=en&back=");
    phone.screenshot("learn-link-on-ticket-en");
    phone.find("#lang").click();
    phone.waitFor(d -> phone.text("#learn").contains("边等边学"));

    phone.find("#learn-game").click();
    phone.waitFor(d -> "true".equals(phone.find("body").getDomAttribute("data-ready")));
    assertThat(phone.text("#game")).contains("小李，28岁").contains("示例");
    assertThat(phone.find("#back").getDomAttribute("href")).startsWith("/t/");
    phone.screenshot("learn-game-intro-zh");

    assertThat(playThrough("insure", "learn-game-zh")).isEqualTo(4);
    assertThat(phone.find("#ending").getDomAttribute("data-kind")).isEqualTo("enough");
    assertThat(phone.text("#ending")).contains("交了 35 年").containsPattern("每月能领约 [\\d,]+ 元");
    assertThat(phone.text("#fits")).contains("A 灵活就业人员参保").contains("我自己交社保");
    phone.find("[data-answer=YES]").click();
    phone.waitFor(d -> !phone.all("#thanks").isEmpty());
    phone.js("document.getElementById('ending').scrollIntoView()");
    phone.screenshot("learn-game-end-zh");
    assertThat(phone.hasMissingText()).isFalse();
    assertThat(phone.seriousAccessibilityViolations()).isEmpty();

    phone.waitFor(Duration.ofSeconds(5), d -> grew(before, phoneCounts(), "yes") == 1);
    JsonNode after = phoneCounts();
    assertThat(grew(before, after, "started")).isEqualTo(1);
    assertThat(grew(before, after, "finished")).isEqualTo(1);
  }

  @Test
  void shouldEndWithoutAPensionWhenNeverInsuredInEnglish() {
    phone.open(api.base() + "/learn?lang=en");
    phone.waitFor(d -> "true".equals(phone.find("body").getDomAttribute("data-ready")));
    assertThat(phone.text("h1")).isEqualTo("Learn while you wait");
    phone.screenshot("learn-game-intro-en");

    playThrough("skip", "learn-game-en");

    assertThat(phone.find("#ending").getDomAttribute("data-kind")).isEqualTo("never");
    assertThat(phone.text("#ending")).contains("no employee pension");
    assertThat(phone.text("#fits")).contains("Enrolment for flexible workers");
    phone.js("document.getElementById('ending').scrollIntoView()");
    phone.screenshot("learn-game-end-en");
    assertThat(phone.hasMissingText()).isFalse();
    assertThat(phone.seriousAccessibilityViolations()).isEmpty();
  }

  /** The element's text read in one step: the calculator redraws its results as they come. */
  private static String now(String css) {
    return String.valueOf(
        phone.js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css));
  }

  private void waitForCalculator() {
    phone.waitFor(d -> "true".equals(phone.find("#calc-body").getDomAttribute("data-ready")));
  }

  private void type(String css, String value) {
    WebElement input = phone.find(css);
    phone.js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
        input,
        value);
  }

  @Test
  void shouldWorkOutTheContributionAndPensionWithTheFormulaInChinese() {
    phone.open(api.base() + "/learn?lang=zh-CN#calculator");
    waitForCalculator();
    type("#calc-years", "20");
    phone.waitFor(d -> now("#calc-formula").contains("× 20 年"));

    assertThat(now("#calc-contribution")).isEqualTo("960 元");
    assertThat(now("#calc-formula"))
        .contains("基础养老金 = (8,000 + 4,800) ÷ 2 × 20 年 × 1% = 1,280 元")
        .contains("÷ 139");
    assertThat(now("#calc-pension")).isEqualTo("1,943 元");
    assertThat(now("#calculator")).contains("示例数字").contains("掌上12333");
    phone.js("document.getElementById('calculator').scrollIntoView()");
    phone.screenshot("learn-calculator-zh");

    phone.js(
        "const r = document.getElementById('calc-base'); r.value = 300;"
            + " r.dispatchEvent(new Event('input', {bubbles: true}))");
    phone.waitFor(d -> now("#calc-contribution").equals("4,800 元"));
    assertThat(now("#calc-base-value")).isEqualTo("社平工资的 300% = 每月 24,000 元");

    type("#calc-years", "0");
    phone.waitFor(d -> !phone.all("#problem-years").isEmpty());
    assertThat(now("#problem-years")).isEqualTo("缴费年限请填 1 到 50 年。");
    assertThat(phone.hasMissingText()).isFalse();
    assertThat(phone.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void shouldWarnOfTooFewYearsAndSpeakEnglish() {
    phone.open(api.base() + "/learn?lang=en#calculator");
    waitForCalculator();
    type("#calc-year", "2040");
    phone.waitFor(d -> !phone.all("#calc-too-few").isEmpty());

    assertThat(now("#calc-too-few"))
        .startsWith("15 years is less than the minimum of 20 years for retiring in 2040");
    assertThat(now("#calc-formula")).contains("Basic pension = (8,000 + 4,800) ÷ 2 × 15 years");
    phone.js("document.getElementById('calculator').scrollIntoView()");
    phone.screenshot("learn-calculator-en");

    type("#calc-year", "1990");
    phone.waitFor(d -> !phone.all("#problem-retirementYear").isEmpty());
    assertThat(now("#problem-retirementYear")).startsWith("The year of retirement must be between");
    assertThat(phone.hasMissingText()).isFalse();
    assertThat(phone.seriousAccessibilityViolations()).isEmpty();
  }
}

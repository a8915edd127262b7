package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Park (hold) as a clerk and a visitor see it: the dashboard at 1366×768 parks the called visitor,
 * lists them with the minutes left and brings them back to the front; the phone page at 390×844
 * tells the visitor which counter to come back to, and by when.
 */
class ParkBrowserTest extends ServerTest {
  private static final String COUNTER = "counter-5"; // serves D and E

  @Test
  void shouldParkTheCalledVisitorListThemAndBringThemBackToTheFront() {
    Hall hall = new Hall(api);
    hall.drain(COUNTER);
    JsonNode ticket = hall.issue("E", "standard", "zh-CN");
    String number = ticket.path("number").asString();
    try (Browser staff = signedIn();
        Browser phone = new Browser(390, 844)) {
      staff.waitFor(d -> !staff.all("#queue tr[data-ticket='" + number + "']").isEmpty());
      staff.find("#call-next").click();
      staff.waitFor(d -> staff.text("#current-number").equals(number));

      staff.find("#park").click();
      staff.waitFor(d -> staff.find("#park-panel").isDisplayed());
      new Select(staff.find("#park-minutes")).selectByValue("15");
      staff.find("#park-reason").sendKeys("复印身份证");
      staff.find("#park-confirm").click();
      staff.waitFor(d -> staff.text("#current-number").equals("—"));
      staff.waitFor(d -> !staff.all("#parked-list li[data-ticket='" + number + "']").isEmpty());

      String row = staff.text("#parked-list li[data-ticket='" + number + "']");
      assertThat(row).contains("复印身份证").contains("5 号窗口").containsPattern("还剩 1[45]:\\d\\d");
      assertThat(staff.text("#message")).contains(number).contains("15 分钟");
      assertThat(staff.seriousAccessibilityViolations()).isEmpty();
      assertThat(staff.hasMissingText()).isFalse();
      staff.screenshot("park-staff-zh");
      staff.find("#lang").click();
      staff.waitFor(d -> staff.text("#parked").contains("Parked"));
      assertThat(staff.text("#parked-list li[data-ticket='" + number + "']"))
          .contains("counter 5")
          .containsPattern("1[45]:\\d\\d left");
      assertThat(staff.hasMissingText()).isFalse();
      staff.screenshot("park-staff-en");
      staff.find("#lang").click();

      phone.open(ticket.path("trackingUrl").asString() + "?lang=zh-CN");
      phone.waitFor(d -> "PARKED".equals(phone.find("#status").getDomAttribute("data-status")));
      assertThat(phone.text("#status")).isEqualTo("材料备齐后，请回到 5 号窗口");
      assertThat(phone.text("#how")).containsPattern("在 \\d\\d:\\d\\d 前回到 5 号窗口");
      assertThat(phone.seriousAccessibilityViolations()).isEmpty();
      assertThat(phone.hasMissingText()).isFalse();
      phone.screenshot("park-phone-zh");
      phone.find("#lang").click();
      phone.waitFor(d -> phone.text("#status").equals("Come back to counter 5 when you are ready"));
      assertThat(phone.text("#how")).containsPattern("counter 5 by \\d\\d:\\d\\d");
      phone.screenshot("park-phone-en");

      JsonNode elderly = hall.issue("E", "elderly", "zh-CN");
      String later = elderly.path("number").asString();
      staff.waitFor(d -> !staff.all("#queue tr[data-ticket='" + later + "']").isEmpty());
      staff.js(
          "document.querySelector(arguments[0]).click()",
          "#parked-list li[data-ticket='" + number + "'] button");
      staff.waitFor(d -> !staff.find("#parked").isDisplayed());
      staff.waitFor(Duration.ofSeconds(5), d -> textOf(staff, "#queue tbody tr").contains(number));
      assertThat(textOf(staff, "#why-next")).contains(number).contains("暂离后回来");
      phone.waitFor(
          Duration.ofSeconds(8),
          d -> "WAITING".equals(phone.find("#status").getDomAttribute("data-status")));
    }
  }

  /** The element's text read in one step (the lists are redrawn as events arrive). */
  private static String textOf(Browser browser, String css) {
    Object text =
        browser.js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css);
    return String.valueOf(text);
  }

  private Browser signedIn() {
    Browser staff = new Browser(1366, 768);
    staff.open(api.base() + "/staff?counter=" + COUNTER + "&lang=zh-CN");
    staff.waitFor(d -> d.getCurrentUrl().contains("/login"));
    staff.find("#username").sendKeys("staff5");
    staff.find("#password").sendKeys("staff-demo");
    staff.find("#submit").click();
    staff.waitFor(d -> "live".equals(staff.find("#conn").getDomAttribute("data-state")));
    staff.waitFor(d -> "OPEN".equals(staff.find("#counter-status").getDomAttribute("data-status")));
    return staff;
  }
}

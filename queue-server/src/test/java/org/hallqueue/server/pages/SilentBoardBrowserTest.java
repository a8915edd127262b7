package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import tools.jackson.databind.JsonNode;

/**
 * A board in a browser that plays no sound until someone clicks (Chromium's default autoplay
 * policy): it cannot speak, so it shows "voice off" and a manager sees it in the devices list,
 * until a click lets it speak again.
 */
class SilentBoardBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1920, 1080, "--autoplay-policy=document-user-activation-required");
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void shouldShowVoiceOffAndTellTheManagerUntilSomeoneTurnsTheSoundOn() {
    Hall hall = new Hall(api);
    browser.open(api.base() + "/display?access_token=" + hall.displayToken("Silent board"));
    browser.waitFor(
        Duration.ofSeconds(30),
        d -> "off".equals(browser.find("body").getDomAttribute("data-voice")));

    assertThat(browser.find("#voice-off").isDisplayed()).isTrue();
    assertThat(browser.text("#voice-off")).contains("语音关闭").contains("Voice off");
    assertThat(browser.find("#sound").isDisplayed()).isTrue();
    browser.waitFor(d -> "OFF".equals(device().path("voice").asString()));
    assertThat(device().path("voiceDetail").asString()).isEqualTo("sound-blocked");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("display-voice-off");
    managerSeesItInTheDevicesList();

    browser.find("#sound").click();

    browser.waitFor(d -> "on".equals(browser.find("body").getDomAttribute("data-voice")));
    assertThat(browser.find("#voice-off").isDisplayed()).isFalse();
    browser.waitFor(d -> "ON".equals(device().path("voice").asString()));
  }

  /** The console's Devices page, in another tab of the same browser, signed in as a manager. */
  private void managerSeesItInTheDevicesList() {
    String board = browser.driver.getWindowHandle();
    browser.driver.switchTo().newWindow(WindowType.TAB);
    browser.open(api.base() + "/login");
    browser.find("#username").sendKeys("manager");
    browser.find("#password").sendKeys("manager-demo");
    browser.find("#submit").click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
    browser.open(api.base() + "/admin#devices");
    String row = "tr[data-key='" + device().path("id").asString() + "'] td[data-voice='OFF']";
    browser.waitFor(d -> !browser.all(row).isEmpty());
    assertThat(browser.text(row)).contains("关闭").contains("请在叫号屏上点一下");
    browser.screenshot("devices-voice-off");
    browser.driver.close();
    browser.driver.switchTo().window(board);
  }

  private JsonNode device() {
    return BoardThatNeverLiesBrowserTest.voiceInDevicesList(
        api.get("/api/v1/admin/devices", MANAGER), "Silent board");
  }
}

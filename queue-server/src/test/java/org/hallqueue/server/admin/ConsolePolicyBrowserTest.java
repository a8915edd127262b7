package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.RawHttp;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Findings 3 and 4 in the console: every section works under the Content-Security-Policy (the
 * browser refuses nothing), and the administrator sees which sign-ins are locked.
 */
class ConsolePolicyBrowserTest extends ServerTest {
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
  void shouldRunEverySectionWithoutAnythingRefusedByThePolicy() {
    browser.signIn(api.base(), "admin", ADMIN_PASSWORD);
    StringBuilder console = new StringBuilder(browser.consoleLog());
    for (String section :
        List.of(
            "services",
            "lanes",
            "counters",
            "staff",
            "devices",
            "guidance",
            "floorplan",
            "bundle",
            "audit",
            "stats")) {
      browser.open(section);
      console.append(browser.consoleLog());
    }

    assertThat(console.toString())
        .doesNotContain("Content Security Policy")
        .doesNotContain("Refused to");
  }

  @Test
  void shouldShowTheAdministratorWhichSignInsAreLocked() {
    RawHttp otherPc = RawHttp.to(api, "127.0.0.6");
    for (int i = 0; i < 5; i++) {
      otherPc.get("/api/v1/queue", Auth.basic("staff2", "wrong-" + i).header());
    }

    browser.signIn(api.base(), "admin", ADMIN_PASSWORD);
    browser.open("staff");

    assertThat(browser.find("[data-lockout=\"staff2@127.0.0.6\"]").getText())
        .contains("staff2")
        .contains("127.0.0.6")
        .contains("5");
    assertThat(browser.find("section.lockouts h3").getText()).isEqualTo("暂时锁定的登录");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }
}

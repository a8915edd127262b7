package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in: CSRF-protected form, wrong passwords slowed down and locked out. */
class SignInBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1366, 768);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void shouldLockANameOutAfterFiveWrongPasswordsWithAClearMessage() {
    browser.open(api.base() + "/login?lang=zh-CN");
    for (int i = 1; i <= 4; i++) {
      signIn("staff8", "wrong-" + i);
      assertThat(browser.find("#message").getDomAttribute("data-error")).isEqualTo("bad");
    }
    assertThat(browser.text("#message")).contains("用户名或密码不正确").contains("再错 1 次");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("login-wrong-zh");

    long start = System.nanoTime();
    signIn("staff8", "wrong-5");
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("slowed down")
        .isGreaterThanOrEqualTo(1000);
    assertThat(browser.find("#message").getDomAttribute("data-error")).isEqualTo("locked");

    // Locked: even the right password is refused, in the page and over HTTP Basic.
    signIn("staff8", "staff-demo");
    assertThat(browser.driver().getCurrentUrl()).contains("/login?error=locked");
    assertThat(browser.text("#message")).contains("锁定").contains("分钟后再试");
    browser.find("#lang").click();
    assertThat(browser.text("#message")).contains("Too many wrong passwords").contains("min");
    browser.screenshot("login-locked-en");
    browser.find("#lang").click();
    var basic = api.get("/api/v1/queue", Auth.basic("staff8", "staff-demo"));
    assertThat(basic.status()).isEqualTo(429);
    assertThat(basic.header("Retry-After")).isNotNull();
    // Another name from the same address is not locked.
    assertThat(api.get("/api/v1/queue", Auth.basic("staff9", "staff-demo")).status())
        .isEqualTo(200);
  }

  @Test
  void shouldSignInAndOutAndRefuseAPostWithoutTheCsrfToken() {
    browser.open(api.base() + "/staff");
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("login-zh");
    signIn("staff3", "staff-demo");
    browser.waitFor(d -> d.getCurrentUrl().contains("/staff"));

    Object withoutToken =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/counters/counter-3/pause', {method: 'POST',"
                    + " credentials: 'same-origin'}).then(r => done(r.status));");
    assertThat(((Number) withoutToken).intValue()).isEqualTo(403);

    browser.find("form.logout button").click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/login?logout"));
    assertThat(browser.text("#message")).contains("退出");
  }

  @Test
  void shouldShowTheStartPageInBothLanguagesFromThePageTexts() {
    browser.open(api.base() + "/");
    browser.waitFor(
        d ->
            (Boolean)
                browser.js(
                    "return performance.getEntriesByType('resource')"
                        + ".some((e) => e.name.endsWith('/i18n/en.json') && e.responseEnd > 0);"));
    assertThat(browser.text("main")).contains("柜台叫号").contains("Counter dashboard (staff)");
    assertThat(browser.hasMissingText()).isFalse();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("home");
  }

  private void signIn(String user, String password) {
    if (!browser.driver().getCurrentUrl().contains("/login")) {
      browser.open(api.base() + "/login");
    }
    browser.find("#username").clear();
    browser.find("#username").sendKeys(user);
    browser.find("#password").sendKeys(password);
    browser.js("window.hallqueueOldPage = true;");
    browser.find("#submit").click();
    browser.waitFor(
        d ->
            Boolean.TRUE.equals(
                browser.js(
                    "return !window.hallqueueOldPage && document.readyState === 'complete'"
                        + " && (location.pathname !== '/login'"
                        + " || document.getElementById('message').dataset.error !== undefined);")));
  }
}

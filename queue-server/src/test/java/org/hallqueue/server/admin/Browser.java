package org.hallqueue.server.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with axe-core and screenshots. */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;

  Browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1360,1000",
        "--lang=zh-CN");
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  void signIn(String base, String user, String password) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/admin/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("password")).submit();
    wait.until(d -> d.getCurrentUrl().contains("/admin/"));
    waitForSection(null);
  }

  /** Goes to a section of the console and waits until it has rendered. */
  void open(String section) {
    js("document.getElementById('main').dataset.ready = '';");
    js(
        "const target = '#' + arguments[0];"
            + "if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));"
            + "else location.hash = target;",
        section);
    waitForSection(section);
  }

  void waitForSection(String section) {
    wait.until(
        d -> {
          Object ready = js("return document.getElementById('main').dataset.ready || '';");
          return section == null ? !"".equals(ready) : section.equals(ready);
        });
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("admin-failure");
      throw new AssertionError("no visible " + css + "; browser console: " + consoleLog(), e);
    }
  }

  /** What the page wrote to the browser console (errors included), for failure messages. */
  String consoleLog() {
    StringBuilder sb = new StringBuilder();
    driver.manage().logs().get("browser").forEach(e -> sb.append('\n').append(e.getMessage()));
    return sb.toString();
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Types into the input with the given data-path inside the open editor. */
  void type(String path, String text) {
    WebElement input = find("[data-path=\"" + path + "\"]");
    input.clear();
    input.sendKeys(text);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serious and critical axe-core violations of the page as it is now. */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() {
    js(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                    + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3)"
                    + ".map(n => n.target.join(' ')).join(' | '))));");
    return (List<String>) result;
  }

  private static String axe;

  private static synchronized String axeSource() {
    if (axe == null) {
      try (InputStream in =
          Browser.class.getResourceAsStream(
              "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }

  @Override
  public void close() {
    driver.quit();
  }

  WebDriver.Options manage() {
    return driver.manage();
  }
}

package org.hallqueue.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, set explicitly so that Selenium Manager
 * downloads nothing. Fails, never skips, when Chromium is missing: CI installs it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  Browser(int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver); .ci/run installs them");
    }
    try {
      profile = Files.createTempDirectory("hallqueue-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height,
        // As on a real display board PC: sound may start without a click.
        "--autoplay-policy=no-user-gesture-required",
        "--lang=zh-CN");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    size(width, height);
  }

  WebDriver driver() {
    return driver;
  }

  /** Sets the page's viewport (not the window) to this size. */
  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    Object inner = js("return [window.innerWidth, window.innerHeight];");
    @SuppressWarnings("unchecked")
    List<Number> wh = (List<Number>) inner;
    int dw = width - wh.get(0).intValue();
    int dh = height - wh.get(1).intValue();
    if (dw != 0 || dh != 0) {
      driver.manage().window().setSize(new Dimension(width + dw, height + dh));
    }
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(20)).until(condition);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(Duration.ofSeconds(10), condition);
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core's serious and critical violations on the page as it is now ("id: target …"). */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityProblems() {
    js(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                    + " r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => v.id + ': ' + v.help + ' @ '"
                    + "   + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));");
    return (List<String>) result;
  }

  /** Texts a page could not find in its language (the pages write them as ⟦key⟧). */
  boolean hasMissingText() {
    return driver.getPageSource().contains("⟦");
  }

  private static String axe;

  private static synchronized String axeSource() {
    if (axe == null) {
      try (InputStream in =
          Browser.class.getResourceAsStream(
              "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe-core WebJar missing from the test classpath");
        }
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
    try (var files = Files.walk(profile)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // a temp directory; the OS cleans up
                }
              });
    } catch (IOException ignored) {
      // as above
    }
  }
}

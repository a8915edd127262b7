package org.hallqueue.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, set explicitly so that Selenium Manager
 * downloads nothing; with axe-core, screenshots and the page's console for failure messages. Fails,
 * never skips, when Chromium is missing: CI installs it. The browser tests of the pages and of the
 * manager console build on it.
 */
public class HeadlessChromium implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  private final Path profile;

  /**
   * A browser whose window is width × height, saving downloads into {@code downloads} without
   * asking (null: nowhere in particular).
   */
  public HeadlessChromium(int width, int height, Path downloads) {
    this(width, height, downloads, new String[0]);
  }

  /** As above, with more Chromium switches; a switch given again here replaces the default. */
  public HeadlessChromium(int width, int height, Path downloads, String... moreArguments) {
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
    options.addArguments(moreArguments);
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Sizes the window so that the page itself (the viewport) is width × height pixels. */
  public void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    @SuppressWarnings("unchecked")
    List<Number> inner = (List<Number>) js("return [window.innerWidth, window.innerHeight];");
    int dw = width - inner.get(0).intValue();
    int dh = height - inner.get(1).intValue();
    if (dw != 0 || dh != 0) {
      driver.manage().window().setSize(new Dimension(width + dw, height + dh));
    }
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the page wrote to the browser console (errors included), for failure messages. */
  public String consoleLog() {
    StringBuilder sb = new StringBuilder();
    driver.manage().logs().get("browser").forEach(e -> sb.append('\n').append(e.getMessage()));
    return sb.toString();
  }

  /** axe-core's serious and critical violations on the page as it is now ("id: help @ target"). */
  public List<String> seriousAccessibilityViolations() {
    js(axeSource());
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                    + " r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => v.id + ': ' + v.help + ' @ '"
                    + "   + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));");
    List<String> violations = new ArrayList<>();
    ((List<?>) result).forEach(v -> violations.add(String.valueOf(v)));
    return violations;
  }

  private static String axe;

  private static synchronized String axeSource() {
    if (axe == null) {
      try (InputStream in =
          HeadlessChromium.class.getResourceAsStream(
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

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with axe-core and screenshots. */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;

  Browser() {
    this(null);
  }

  /** A browser that saves downloads into {@code downloads} without asking (null: the default). */
  Browser(Path downloads) {
    ChromeOptions options = new ChromeOptions();
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toAbsolutePath().toString(),
              "download.prompt_for_download",
              false));
    }
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
    // a page that re-renders may replace an element between finding and reading it: look again
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

  /** Where a point of the floor plan drawing (metres) is in the window, scrolled into view. */
  @SuppressWarnings("unchecked")
  org.openqa.selenium.Point onPlan(double x, double y) {
    List<Number> xy =
        (List<Number>)
            js(
                "const svg = document.querySelector('.fp-svg');"
                    + "svg.scrollIntoView({block: 'center'});"
                    + "const p = svg.createSVGPoint(); p.x = arguments[0]; p.y = arguments[1];"
                    + "const q = p.matrixTransform(svg.getScreenCTM());"
                    + "return [Math.round(q.x), Math.round(q.y)];",
                x,
                y);
    return new org.openqa.selenium.Point(xy.get(0).intValue(), xy.get(1).intValue());
  }

  /** Clicks the floor plan drawing at a point in metres. */
  void clickOnPlan(double x, double y) {
    org.openqa.selenium.Point p = onPlan(x, y);
    new Actions(driver).moveToLocation(p.getX(), p.getY()).click().perform();
  }

  /** Drags on the floor plan drawing from one point to another (metres), as a mouse would. */
  void dragOnPlan(double fromX, double fromY, double toX, double toY) {
    org.openqa.selenium.Point from = onPlan(fromX, fromY);
    org.openqa.selenium.Point to = onPlan(toX, toY);
    new Actions(driver)
        .moveToLocation(from.getX(), from.getY())
        .clickAndHold()
        .moveToLocation((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2)
        .moveToLocation(to.getX(), to.getY())
        .release()
        .perform();
  }

  /** Picks an option of a select box by its value (again, if the page redrew the box meanwhile). */
  void choose(String css, String value) {
    wait.until(
        d -> {
          try {
            new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
            return value.equals(find(css).getDomProperty("value"));
          } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
          }
        });
  }

  /** Sizes the window so that the page itself (the viewport) is width × height pixels. */
  void viewport(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    long inner = ((Number) js("return window.innerHeight;")).longValue();
    driver
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(width, (int) (height + height - inner)));
  }

  /** Presses keys on whatever has the focus. */
  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses a key with Ctrl held, e.g. Ctrl+Z. */
  void pressWithControl(String key) {
    new Actions(driver).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
  }

  /** Accepts the confirm() dialog the page opened. */
  void acceptDialog() {
    wait.until(ExpectedConditions.alertIsPresent()).accept();
  }

  @Override
  public void close() {
    driver.quit();
  }

  WebDriver.Options manage() {
    return driver.manage();
  }
}

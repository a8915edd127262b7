package org.hallqueue.server.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hallqueue.server.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium on the manager console: signs in, opens sections, waits for what it reads. */
final class Browser extends HeadlessChromium {
  final WebDriverWait wait;

  Browser() {
    this(null);
  }

  /** A browser that saves downloads into {@code downloads} without asking (null: the default). */
  Browser(Path downloads) {
    super(1360, 1000, downloads);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    // a page that re-renders may replace an element between finding and reading it: look again
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

  /** Texts the console could not find in its language (the kit writes them as ⟦key⟧). */
  boolean hasMissingText() {
    return driver.getPageSource().contains("⟦");
  }

  WebElement find(String css) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("admin-failure");
      throw new AssertionError("no visible " + css + "; browser console: " + consoleLog(), e);
    }
  }

  /** Types into the input with the given data-path inside the open editor. */
  void type(String path, String text) {
    WebElement input = find("[data-path=\"" + path + "\"]");
    input.clear();
    input.sendKeys(text);
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
}

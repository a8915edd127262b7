package org.hallqueue.server.pages;

import java.time.Duration;
import java.util.function.Function;
import org.hallqueue.server.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium on the public and staff pages: a window of the page's own size. */
final class Browser extends HeadlessChromium {

  Browser(int width, int height) {
    super(width, height, null);
    viewport(width, height);
  }

  /** A browser started with more Chromium switches (e.g. another autoplay policy). */
  Browser(int width, int height, String... moreArguments) {
    super(width, height, null, moreArguments);
    viewport(width, height);
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
    // A live page redraws what changed: an element read just as it is replaced is read again.
    return new WebDriverWait(driver, timeout, Duration.ofMillis(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(Duration.ofSeconds(10), condition);
  }

  /** Texts a page could not find in its language (the pages write them as ⟦key⟧). */
  boolean hasMissingText() {
    return driver.getPageSource().contains("⟦");
  }
}

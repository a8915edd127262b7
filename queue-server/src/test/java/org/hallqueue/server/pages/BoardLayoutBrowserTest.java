package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.ratings.Visits;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole hall's board with six recent calls, at the two screens offices buy: 1920×1080 and
 * 1366×768. Every recent-calls card is whole on screen, and the board is saved as a picture. The
 * browser plays no sound until a click (as some board PCs are set up), so the board also shows its
 * "click to turn on sound" notice, which must cover nothing the hall reads; and the browser's own
 * time zone is New York, which the board's clock must not show.
 */
class BoardLayoutBrowserTest extends ServerTest {
  private static final String BROWSER_ZONE = "America/New_York";
  private static final Duration SLOW_START = Duration.ofSeconds(30);
  private static final Map<String, String> SERVICE_OF =
      Map.of(
          "counter-1", "A",
          "counter-2", "C",
          "counter-3", "B",
          "counter-4", "D",
          "counter-5", "E",
          "counter-6", "F");
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser(1920, 1080, "--autoplay-policy=document-user-activation-required");
    browser.driver.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER_ZONE));
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void shouldShowEveryRecentCallWholeAndTheSoundNoticeOverNothingAt1920x1080And1366x768() {
    Hall hall = new Hall(api);
    rateAVisit(); // the top bar at its fullest: this month's satisfaction beside voice and sound
    openBoard(hall, "Hall board");
    for (String counter :
        List.of("counter-1", "counter-2", "counter-3", "counter-4", "counter-5", "counter-6")) {
      call(hall, counter);
    }
    // Six cards, and every call announced (the caption stops flashing): the board at rest.
    browser.waitFor(
        Duration.ofSeconds(60),
        d ->
            browser.all("#recent li").size() == 6
                && !browser.find("#caption").getDomAttribute("class").contains("flash"));
    assertThat(browser.find("#sound").isDisplayed()).isTrue();
    browser.waitFor(d -> browser.find("#satisfaction").isDisplayed());

    int[][] sizes = {{1920, 1080}, {1366, 768}};
    for (int[] size : sizes) {
      browser.viewport(size[0], size[1]);
      browser.screenshot("board-" + size[0] + "x" + size[1]);
      lastRecentCardIsWhole(size);
      everyCardHoldsItsText(size);
      assertThat(overlapsOfTheSoundNotice())
          .as("what the sound notice covers at %dx%d", size[0], size[1])
          .isEmpty();
    }
    browser.viewport(1920, 1080);
  }

  @Test
  void shouldShowTheOfficesTimeNotTheBrowsers() {
    Hall hall = new Hall(api);
    openBoard(hall, "Board in another zone");
    ZoneId office = ZoneId.of(api.get("/api/v1/office", ADMIN).json().path("timeZone").asString());
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    assertThat(browser.js("return Intl.DateTimeFormat().resolvedOptions().timeZone"))
        .as("the browser's own zone")
        .isEqualTo(BROWSER_ZONE);

    String before = ZonedDateTime.now(office).format(hhmm);
    String shown =
        browser.waitFor(d -> browser.text("#clock").isEmpty() ? null : browser.text("#clock"));
    String after = ZonedDateTime.now(office).format(hhmm);

    assertThat(shown).isIn(before, after);
    assertThat(shown)
        .as("not the browser's time")
        .isNotEqualTo(ZonedDateTime.now(ZoneId.of(BROWSER_ZONE)).format(hhmm));
  }

  private void rateAVisit() {
    Visits visits = new Visits(api);
    JsonNode visit = visits.done("counter-6", "F");
    assertThat(visits.rate(visit, "{\"score\":5}").status()).isEqualTo(201);
  }

  /** Opens a new board; its first start may be slow on a loaded machine. */
  private void openBoard(Hall hall, String name) {
    browser.open(api.base() + "/display?access_token=" + hall.displayToken(name));
    browser.waitFor(
        SLOW_START, d -> "live".equals(browser.find("body").getDomAttribute("data-conn")));
  }

  private static void call(Hall hall, String counter) {
    hall.free(counter);
    hall.issue(SERVICE_OF.get(counter), "standard", "zh-CN");
    JsonNode called = hall.callNext(counter);
    assertThat(called).isNotNull();
  }

  private static void lastRecentCardIsWhole(int[] size) {
    @SuppressWarnings("unchecked")
    Map<String, Number> last =
        (Map<String, Number>)
            browser.js(
                "const li = document.querySelector('#recent li:last-child').getBoundingClientRect();"
                    + "const list = document.querySelector('.recent').getBoundingClientRect();"
                    + "return {bottom: li.bottom, listBottom: list.bottom,"
                    + " viewport: window.innerHeight};");
    assertThat(last.get("bottom").doubleValue())
        .as("last recent card's bottom at %dx%d", size[0], size[1])
        .isLessThanOrEqualTo(last.get("listBottom").doubleValue() + 0.5)
        .isLessThanOrEqualTo(last.get("viewport").doubleValue());
  }

  /** A card clips what overflows it: every card holds its content, and each text lies inside it. */
  private static void everyCardHoldsItsText(int[] size) {
    Object clippedText =
        browser.js(
            "const cut = [];"
                + "for (const li of document.querySelectorAll('#recent li')) {"
                + "  const box = li.getBoundingClientRect();"
                + "  if (li.scrollWidth > li.clientWidth + 1 || li.scrollHeight > li.clientHeight + 1)"
                + "    cut.push(li.textContent + ' overflows ' + li.scrollHeight + '/' + li.clientHeight);"
                + "  for (const part of li.children) {"
                + "    const r = part.getBoundingClientRect();"
                + "    if (r.left < box.left - 0.5 || r.right > box.right + 0.5"
                + "        || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)"
                + "      cut.push(part.textContent + ' outside its card');"
                + "  }"
                + "}"
                + "return cut;");
    assertThat((List<?>) clippedText).as("cut-off texts at %dx%d", size[0], size[1]).isEmpty();
  }

  /**
   * What the "click to turn on sound" notice covers: the calls, the recent list, the waiting list,
   * the notice ticker or another mark of the top bar; and whether it or any mark of the top bar
   * leaves the screen.
   */
  @SuppressWarnings("unchecked")
  private static List<String> overlapsOfTheSoundNotice() {
    return (List<String>)
        browser.js(
            "const s = document.getElementById('sound').getBoundingClientRect();"
                + "const hit = (r) => s.left < r.right - 0.5 && r.left < s.right - 0.5"
                + "  && s.top < r.bottom - 0.5 && r.top < s.bottom - 0.5;"
                + "const out = [];"
                + "if (s.left < 0 || s.top < 0 || s.right > innerWidth || s.bottom > innerHeight)"
                + "  out.push('off screen');"
                + "for (const e of document.querySelector('.top').children) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (!e.hidden && r.right > innerWidth + 0.5) out.push(e.className + ' off screen');"
                + "}"
                + "for (const css of ['main', '.waiting', '#services li', '#notice-box', '.office',"
                + "    '.clock', '#voice-off', '#conn', '#zone', '#satisfaction']) {"
                + "  for (const e of document.querySelectorAll(css)) {"
                + "    if (e.hidden || e === document.getElementById('sound')) continue;"
                + "    const r = e.getBoundingClientRect();"
                + "    if (r.width > 0 && r.height > 0 && hit(r)) out.push(css);"
                + "  }"
                + "}"
                + "return out;");
  }
}

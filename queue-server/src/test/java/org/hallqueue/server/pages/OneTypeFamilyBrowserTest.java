package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page draws its Latin and its Chinese text in one type family: the fonts Chromium actually
 * used for each text (DevTools' platform fonts), not what the style sheets ask for.
 */
class OneTypeFamilyBrowserTest extends ServerTest {
  static final String FAMILY = "Noto Sans CJK SC";

  /** Elements with text of their own in Latin or Han script (symbols such as arrows left out). */
  private static final String MARK_TEXTS =
      "let n = 0;"
          + "for (const e of document.querySelectorAll('body *')) {"
          + "  const own = [...e.childNodes].filter(c => c.nodeType === 3).map(c => c.data).join('').trim();"
          + "  if (own && /[\\p{Script=Latin}\\p{Script=Han}]/u.test(own)"
          + "      && /^[\\p{Script=Latin}\\p{Script=Han}\\p{N}\\p{P}\\s]+$/u.test(own)) {"
          + "    e.setAttribute('data-font-probe', ''); n++;"
          + "  }"
          + "}"
          + "return n;";

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
  void shouldDrawLatinAndChineseInOneFamilyOnEveryPage() {
    Hall hall = new Hall(api);
    String tracking = hall.issue("A", "standard", "zh-CN").path("trackingUrl").asString();
    Map<String, Map<String, Long>> families = new TreeMap<>();

    families.put("/", fontsOf(api.base() + "/", "main"));
    families.put("/login", fontsOf(api.base() + "/login", "#username"));
    families.put("/display (setup)", fontsOf(api.base() + "/display", "#setup:not([hidden])"));
    families.put(
        "/display",
        fontsOf(
            api.base() + "/display?access_token=" + hall.displayToken("Type board"),
            "body[data-conn='live']"));
    families.put("/track", fontsOf(tracking, "main"));
    signIn();
    families.put(
        "/staff", fontsOf(api.base() + "/staff?counter=counter-6", "#conn[data-state='live']"));
    families.put("/admin", fontsOf(api.base() + "/admin", "main h2"));
    families.put("/admin/playbook.html", fontsOf(api.base() + "/admin/playbook.html", "body"));

    System.out.println("[measure] glyphs per family and page: " + families);
    families.forEach(
        (page, used) -> {
          assertThat(used).as("text drawn on %s", page).isNotEmpty();
          assertThat(used.keySet()).as("families drawn on %s: %s", page, used).containsOnly(FAMILY);
        });
  }

  private void signIn() {
    browser.open(api.base() + "/login");
    browser.find("#username").sendKeys("manager");
    browser.find("#password").sendKeys("manager-demo");
    browser.find("#submit").click();
    browser.waitFor(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** The families drawing the page's Latin and Han texts, with how many glyphs each drew. */
  @SuppressWarnings("unchecked")
  private Map<String, Long> fontsOf(String url, String ready) {
    browser.open(url);
    browser.waitFor(d -> !browser.all(ready).isEmpty());
    browser.js("return document.fonts.ready.then(() => true)");
    browser.js(MARK_TEXTS);
    var cdp = browser.driver;
    cdp.executeCdpCommand("DOM.enable", Map.of());
    cdp.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> root =
        (Map<String, Object>)
            cdp.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root");
    List<Number> nodes =
        (List<Number>)
            cdp.executeCdpCommand(
                    "DOM.querySelectorAll",
                    Map.of("nodeId", root.get("nodeId"), "selector", "[data-font-probe]"))
                .get("nodeIds");
    Map<String, Long> used = new TreeMap<>();
    for (Number node : nodes) {
      List<Map<String, Object>> fonts =
          (List<Map<String, Object>>)
              cdp.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
                  .get("fonts");
      for (Map<String, Object> f : fonts) {
        used.merge(
            String.valueOf(f.get("familyName")),
            ((Number) f.get("glyphCount")).longValue(),
            Long::sum);
      }
    }
    return used;
  }
}

package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A manager in the floor plan editor, in headless Chromium. Every test leaves the demo floor plan
 * as it found it, because other test classes share the server.
 */
abstract class FloorplanEditorSession extends ServerTest {
  static Browser browser;
  JsonNode demoPlan;

  @BeforeEach
  void openBrowser() {
    if (browser == null) {
      browser = new Browser();
    }
    demoPlan = plan();
  }

  @AfterEach
  void putTheDemoPlanBack() {
    if (browser.all("main[data-section=floorplan]").size() > 0) {
      browser.open("services"); // leaves the editor without the unsaved-changes question
    }
    if (!plan().equals(demoPlan)) {
      assertThat(api.put("/api/v1/floorplan", demoPlan.toString(), MANAGER).status())
          .isEqualTo(200);
    }
    assertThat(plan()).isEqualTo(demoPlan);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** The floor plan the server has now. */
  JsonNode plan() {
    return api.get("/api/v1/floorplan", Auth.none()).json();
  }

  /** Signs in as the demo manager and opens the editor on the demo plan. */
  void openEditor() {
    browser.signIn(api.base(), "manager", "manager-demo");
    browser.open("floorplan");
    browser.find(".fp-svg [data-id=counter-3]");
  }

  void waitForStatus(String text) {
    browser.wait.until(d -> browser.find("#status").getText().contains(text));
  }
}

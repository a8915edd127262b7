package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

/**
 * The floor plan editor on a plan of two floors in headless Chromium: adding a floor, switching
 * floors, lifts and stairs that stop on both, and routes from one floor to the other. Every test
 * puts the demo floor plan back (other test classes share the server).
 */
class FloorplanEditorFloorsBrowserTest extends FloorplanEditorSession {

  private static JsonNode connector(JsonNode plan, String id) {
    for (JsonNode c : plan.path("connectors")) {
      if (c.path("id").asString().equals(id)) {
        return c;
      }
    }
    return null;
  }

  private void placeOnPlan(String kind, double x, double y, String id) {
    browser.find(".fp-tool[data-kind=" + kind + "]").click();
    browser.clickOnPlan(x, y);
    browser.wait.until(d -> (x + "," + y).replace(".0", "").equals(at(id)));
  }

  private String at(String id) {
    return browser.find(".fp-svg [data-id=" + id + "]").getAttribute("data-at");
  }

  /**
   * Adds floor 2 and, on it, a lift by the staff room, stairs by the toilets and a kiosk near the
   * stairs; the lift and the stairs stop on floor 1 where they stand on floor 2.
   */
  private void addASecondFloorWithALiftStairsAndAKiosk() {
    assertThat(browser.all("#fp-floor")).isEmpty();
    assertThat(browser.find(".fp-tool[data-kind=lift]").isEnabled()).isFalse();

    browser.find(".fp-panel [data-action=add-floor]").click();

    browser.wait.until(d -> "1".equals(browser.find("#fp-floor").getDomProperty("value")));
    assertThat(browser.all(".fp-svg [data-id=counter-3]")).isEmpty();
    assertThat(browser.find(".fp-tool[data-kind=lift]").isEnabled()).isTrue();
    placeOnPlan("lift", 10, 18, "lift-1");
    placeOnPlan("stairs", 30, 21, "stairs-1");
    placeOnPlan("kiosk", 33, 16, "kiosk-3");
    assertThat(browser.find(".fp-panel").getText()).contains("kiosk-3");
  }

  @Test
  void shouldSaveASecondFloorWithALiftAndStairsThatStopOnBothFloors() {
    openEditor();
    addASecondFloorWithALiftStairsAndAKiosk();
    browser.choose("#fp-pick", "lift-1");
    assertThat(browser.find(".fp-panel").getText()).contains("停靠楼层：2, 1");

    browser.choose("#fp-floor", "0");

    browser.find(".fp-svg [data-id=counter-3]");
    assertThat(at("lift-1")).isEqualTo("10,18");
    assertThat(at("stairs-1")).isEqualTo("30,21");
    assertThat(browser.all(".fp-svg [data-id=kiosk-3]")).isEmpty();
    browser.choose("#fp-floor", "1");
    browser.find(".fp-svg [data-id=kiosk-3]");
    browser.find("#fp-save").click();

    waitForStatus("平面图已保存");
    JsonNode saved = plan();
    assertThat(saved.path("floors")).hasSize(2);
    assertThat(saved.path("floors").get(1).path("level").asInt()).isEqualTo(2);
    assertThat(saved.path("floors").get(1).path("elements").toString()).contains("kiosk-3");
    JsonNode lift = connector(saved, "lift-1");
    assertThat(lift.path("type").asString()).isEqualTo("lift");
    assertThat(lift.path("accessible").asBoolean()).isTrue();
    assertThat(lift.path("stops").toString())
        .contains("{\"floor\":2,\"at\":[10,18]}", "{\"floor\":1,\"at\":[10,18]}");
    JsonNode stairs = connector(saved, "stairs-1");
    assertThat(stairs.path("accessible").asBoolean()).isFalse();
    assertThat(stairs.path("stops").toString())
        .contains("{\"floor\":2,\"at\":[30,21]}", "{\"floor\":1,\"at\":[30,21]}");
  }

  @Test
  void shouldRouteFromTheEntranceToTheSecondFloorByLiftStepFreeAndByStairsOtherwise() {
    browser.viewport(1920, 1080);
    try {
      openEditor();
      addASecondFloorWithALiftStairsAndAKiosk();
      browser.find("#fp-tab-route").click();
      browser.choose("#fp-route-from", "entrance-main");
      browser.choose("#fp-route-to", "kiosk-3");

      browser.find("#fp-route-show").click();

      browser.wait.until(d -> !browser.all(".fp-steps li").isEmpty());
      assertThat(browser.find(".fp-steps").getText()).contains("走楼梯上到2层").doesNotContain("电梯");
      browser.find("[data-path=\"route.stepFree\"]").click();
      browser.find("#fp-route-show").click();
      browser.wait.until(d -> browser.find(".fp-route-summary").getText().contains("无台阶"));
      assertThat(browser.find(".fp-steps").getText()).contains("乘电梯到2层").doesNotContain("楼梯");
      assertThat(browser.find("#fp-floor").getDomProperty("value")).isEqualTo("0");
      browser.find(".fp-route-line");
      assertThat(browser.find(".fp-route-floor").getText()).contains("往2层");
      browser.js("window.scrollTo(0, 0)");
      browser.screenshot("admin-floorplan-two-floors-1");

      browser.choose("#fp-floor", "1");
      browser.wait.until(d -> browser.all(".fp-svg [data-id=kiosk-3]").size() == 1);
      assertThat(browser.find(".fp-route-line").getAttribute("points"))
          .startsWith("10,18")
          .endsWith("33,16");
      assertThat(browser.find(".fp-route-floor").getText()).contains("从1层来");
      browser.js("window.scrollTo(0, 0)");
      browser.screenshot("admin-floorplan-two-floors-2");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      assertThat(plan()).isEqualTo(demoPlan);
    } finally {
      browser.driver.manage().window().setSize(new Dimension(1360, 1000));
    }
  }
}

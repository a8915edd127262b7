package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The floor plan editor of the manager console in headless Chromium: placing, moving, deleting,
 * undoing, saving with the server's checks shown on the plan, route previews and versions. Every
 * test leaves the demo floor plan as it found it (other test classes share the server).
 */
class FloorplanEditorBrowserTest extends FloorplanEditorSession {

  private static JsonNode element(JsonNode plan, String id) {
    for (JsonNode floor : plan.path("floors")) {
      for (JsonNode e : floor.path("elements")) {
        if (e.path("id").asString().equals(id)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Anything on a floor with this id: an element, wall, obstacle or level change. */
  private static JsonNode item(JsonNode plan, String id) {
    for (JsonNode floor : plan.path("floors")) {
      for (String list : new String[] {"elements", "walls", "obstacles", "levelChanges"}) {
        for (JsonNode it : floor.path(list)) {
          if (it.path("id").asString().equals(id)) {
            return it;
          }
        }
      }
    }
    return null;
  }

  /** The points of the shape drawn for a thing: its polygon's "x,y x,y ..." on the drawing. */
  private String shapeOnPlan(String id) {
    return browser.find(".fp-svg [data-id=" + id + "] polygon").getAttribute("points");
  }

  /**
   * Types a value over the one in a field of the property panel, as a manager would, and leaves.
   */
  private void retype(String path, String text) {
    browser
        .find("[data-path=\"" + path + "\"]")
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  private String positionOnPlan(String id) {
    return browser.find(".fp-svg [data-id=" + id + "]").getAttribute("data-at");
  }

  /**
   * Waits until the drawing shows the thing at a position (the drawing may be redrawn meanwhile).
   */
  private void waitForPosition(String id, String at) {
    browser.wait.until(
        d -> {
          try {
            return at.equals(positionOnPlan(id));
          } catch (StaleElementReferenceException e) {
            return false;
          }
        });
  }

  @Test
  void shouldSaveCounterThreeWhereTheManagerDraggedItAndTellEveryone() {
    openEditor();
    long seq = api.latestSeq(MANAGER);
    int versions = api.get("/api/v1/admin/documents/floorplan/versions", MANAGER).json().size();

    browser.dragOnPlan(11, 2.6, 12.5, 4.6);

    waitForPosition("counter-3", "12.5,4.5");
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("true");
    browser.find("#fp-save").click();
    waitForStatus("平面图已保存");
    JsonNode at = element(plan(), "counter-3").path("at");
    assertThat(at.get(0).asDouble()).isEqualTo(12.5);
    assertThat(at.get(1).asDouble()).isEqualTo(4.5);
    JsonNode events = api.get("/api/v1/events?since=" + seq, MANAGER).json();
    assertThat(events.toString()).contains("CONFIG_CHANGED", "\"what\":\"floorplan\"");
    assertThat(api.get("/api/v1/admin/documents/floorplan/versions", MANAGER).json().size())
        .isEqualTo(versions + 1);
    browser.wait.until(d -> browser.all(".fp-versions tbody tr").size() == versions + 1);
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("false");
  }

  @Test
  void shouldPlaceANewKioskFromThePaletteAndDeleteItAgain() {
    openEditor();
    browser.find(".fp-tool[data-kind=kiosk]").click();
    assertThat(browser.find(".fp-tool[data-kind=kiosk]").getAttribute("aria-pressed"))
        .isEqualTo("true");

    browser.clickOnPlan(20, 16);

    waitForPosition("kiosk-3", "20,16");
    assertThat(browser.find("#fp-panel-title").getText()).contains("kiosk-3");
    assertThat(browser.find("[data-path=\"name.zh-CN\"]").getAttribute("value")).isEqualTo("3号自助机");
    browser.find("#fp-save").click();
    waitForStatus("平面图已保存");
    assertThat(element(plan(), "kiosk-3")).isNotNull();

    browser.clickOnPlan(20, 16);
    browser.press(Keys.DELETE);
    browser.wait.until(d -> browser.all(".fp-svg [data-id=kiosk-3]").isEmpty());
    browser.find("#fp-save").click();
    browser.wait.until(d -> element(plan(), "kiosk-3") == null);
    assertThat(plan()).isEqualTo(demoPlan);
  }

  @Test
  void shouldUndoAndRedoKeyboardMovesOfACounter() {
    openEditor();
    browser.clickOnPlan(11, 2.6);
    assertThat(browser.find("#fp-panel-title").getText()).contains("counter-3");

    browser.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    waitForPosition("counter-3", "12,2.6");
    browser.pressWithControl("z");
    waitForPosition("counter-3", "11.5,2.6");
    browser.find("#fp-undo").click();
    waitForPosition("counter-3", "11,2.6");
    browser.pressWithControl("y");
    waitForPosition("counter-3", "11.5,2.6");
    browser.find("#fp-undo").click();

    waitForPosition("counter-3", "11,2.6");
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("false");
    assertThat(browser.find("#fp-undo").isEnabled()).isFalse();
    assertThat(plan()).isEqualTo(demoPlan);
  }

  @Test
  void shouldSaveAWaitingZoneAndADeskResizedByDraggingTheirCornerHandlesSnappedToTheGrid() {
    openEditor();
    browser.choose("#fp-pick", "zone-a");
    browser.find(".fp-handle[data-handle='2']");

    browser.dragOnPlan(16, 15, 18.3, 16.2);

    browser.wait.until(d -> shapeOnPlan("zone-a").contains("18.5,16"));
    browser.choose("#fp-pick", "info-desk");
    browser.find(".fp-handle[data-handle='2']");
    browser.dragOnPlan(29, 18.5, 30.2, 19.1);
    browser.wait.until(d -> shapeOnPlan("info-desk").contains("30,19"));
    assertThat(browser.find("[data-path=\"size.w\"]").getDomProperty("value")).isEqualTo("4.5");
    browser.find("#fp-save").click();

    waitForStatus("平面图已保存");
    JsonNode saved = plan();
    assertThat(item(saved, "zone-a").path("area").toString())
        .isEqualTo("[[2,6],[18.5,6],[18.5,16],[2,16]]");
    assertThat(item(saved, "zone-a").path("at").toString()).isEqualTo("[12.5,10.5]");
    assertThat(item(saved, "info-desk").path("polygon").toString())
        .isEqualTo("[[25.5,17.5],[30,17.5],[30,19],[25.5,19]]");
    assertThat(browser.all(".fp-svg .has-problem")).isEmpty();
  }

  @Test
  void shouldSaveAWallWhoseEndPointTheManagerDraggedByItsHandle() {
    openEditor();
    browser.choose("#fp-pick", "wall-staff-room");
    assertThat(browser.all(".fp-handle")).hasSize(3);

    browser.dragOnPlan(6, 20.8, 7.1, 21.2);

    browser.wait.until(d -> browser.find(".fp-dirty").getAttribute("data-dirty").equals("true"));
    browser.find("#fp-save").click();
    waitForStatus("平面图已保存");
    assertThat(item(plan(), "wall-staff-room").path("points").toString())
        .isEqualTo("[[0,19],[6,19],[7,21]]");
  }

  @Test
  void shouldUndoAResizeBackToTheOldShapeOfTheWaitingZone() {
    openEditor();
    browser.choose("#fp-pick", "zone-a");
    String before = shapeOnPlan("zone-a");
    browser.find(".fp-handle[data-handle='0']");
    browser.dragOnPlan(2, 6, 3.4, 7.1);
    browser.wait.until(d -> shapeOnPlan("zone-a").startsWith("3.5,7"));
    assertThat(browser.find("#fp-undo").isEnabled()).isTrue();

    browser.pressWithControl("z");

    browser.wait.until(d -> shapeOnPlan("zone-a").equals(before));
    waitForStatus("已撤销");
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("false");
    assertThat(browser.find("#fp-undo").isEnabled()).isFalse();
    assertThat(browser.find("#fp-redo").isEnabled()).isTrue();
    assertThat(plan()).isEqualTo(demoPlan);
  }

  @Test
  void shouldLeaveNoUndoStepForEditsThatChangeNothing() {
    openEditor();
    browser.clickOnPlan(11, 2.6);
    assertThat(browser.find("#fp-panel-title").getText()).contains("counter-3");
    retype("at.y", "2.60"); // the value it has, written otherwise: the field does change
    browser.choose("#fp-pick", "pillar-1");
    assertThat(browser.find("[data-path=\"size.w\"]").getDomProperty("value")).isEqualTo("0.6");
    retype("size.w", "0.60");
    retype("at.x", "12.70");
    browser.choose("#fp-pick", "zone-a");
    org.openqa.selenium.Point corner = browser.onPlan(16, 15);
    org.openqa.selenium.Point away = browser.onPlan(19, 18);
    new Actions(browser.driver) // out and back again in one drag
        .moveToLocation(corner.getX(), corner.getY())
        .clickAndHold()
        .moveToLocation(away.getX(), away.getY())
        .moveToLocation(corner.getX(), corner.getY())
        .release()
        .perform();

    assertThat(positionOnPlan("counter-3")).isEqualTo("11,2.6");
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("false");
    assertThat(browser.find("#fp-undo").isEnabled()).isFalse();
  }

  @Test
  void shouldRefuseAPlanWithACounterInTheDeskAndADisplayWithoutZoneMarkingBothOnThePlan() {
    openEditor();
    browser.clickOnPlan(11, 2.6);
    browser.press(Keys.ARROW_UP, Keys.ARROW_UP);
    waitForPosition("counter-3", "11,1.5");
    browser.choose("#fp-pick", "zone-a");
    browser.find(".fp-panel [data-action=delete]").click();
    browser.wait.until(d -> browser.all(".fp-svg [data-id=zone-a]").isEmpty());

    browser.find("#fp-save").click();

    waitForStatus("没有保存");
    assertThat(browser.find(".fp-svg [data-id=counter-3]").getAttribute("class"))
        .contains("has-problem");
    assertThat(browser.find(".fp-svg [data-id=display-a]").getAttribute("class"))
        .contains("has-problem");
    assertThat(browser.find(".fp-svg [data-id=counter-5]").getAttribute("class"))
        .doesNotContain("has-problem");
    String problems = browser.find(".fp-problems").getText();
    assertThat(problems).contains("3号窗口", "service-desk", "A区叫号屏", "zone-a");
    assertThat(plan()).isEqualTo(demoPlan);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.find(".fp-problems li[data-id=display-a] button").click();
    assertThat(browser.find("#fp-panel-title").getText()).contains("display-a");
    assertThat(browser.find(".fp-item-problems").getText()).isNotBlank();
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("true");
  }

  @Test
  void shouldDrawWalkingAndStepFreeRoutesThroughTheUnsavedDraft() {
    openEditor();
    browser.clickOnPlan(35, 2.6);
    browser.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    waitForPosition("counter-9", "35,4.5");
    browser.find("#fp-tab-route").click();
    browser.choose("#fp-route-from", "entrance-main");
    browser.choose("#fp-route-to", "counter-9");

    browser.find("#fp-route-show").click();
    browser.wait.until(d -> !browser.all(".fp-route-line").isEmpty());
    String walking = browser.find(".fp-route-summary").getText();
    assertThat(browser.all(".fp-steps li").size()).isGreaterThanOrEqualTo(2);
    assertThat(browser.find(".fp-steps").getText()).contains("9号窗口");
    assertThat(browser.find(".fp-route-line").getAttribute("points")).endsWith("35,4.5");

    browser.find("[data-path=\"route.stepFree\"]").click();
    browser.find("#fp-route-show").click();
    browser.wait.until(d -> browser.find(".fp-route-summary").getText().contains("无台阶"));
    assertThat(metres(browser.find(".fp-route-summary").getText()))
        .isGreaterThanOrEqualTo(metres(walking));
    assertThat(browser.find(".fp-route-line").getAttribute("points")).endsWith("35,4.5");
    assertThat(plan()).isEqualTo(demoPlan);
  }

  private static int metres(String summary) {
    return Integer.parseInt(summary.replaceAll("[^0-9]", ""));
  }

  @Test
  void shouldReloadTheEditorWhenAManagerRestoresTheEarlierVersion() {
    ObjectNode moved = (ObjectNode) demoPlan.deepCopy();
    ObjectNode counter = (ObjectNode) element(moved, "counter-3");
    ArrayNode at = counter.putArray("at");
    at.add(13);
    at.add(4);
    assertThat(api.put("/api/v1/floorplan", moved.toString(), MANAGER).status()).isEqualTo(200);
    openEditor();
    waitForPosition("counter-3", "13,4");

    browser.find(".fp-versions [data-action=restore]").click();
    browser.acceptDialog();

    waitForPosition("counter-3", "11,2.6");
    waitForStatus("已恢复");
    assertThat(plan()).isEqualTo(demoPlan);
    assertThat(browser.find(".fp-dirty").getAttribute("data-dirty")).isEqualTo("false");
  }

  @Test
  void shouldBeReadableAndAccessibleWithALegendInBothLanguages() {
    openEditor();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    assertThat(browser.find(".fp-legend").getText()).contains("窗口", "自助机", "叫号屏", "台阶");
    assertThat(browser.all(".fp-svg [data-kind=counter]")).hasSize(9);
    assertThat(browser.find("nav a[href='#floorplan']").getText()).isEqualTo("平面图");

    browser.viewport(1920, 1080);
    try {
      browser.open("floorplan");
      browser.find("#fp-tab-route").click();
      browser.choose("#fp-route-from", "entrance-main");
      browser.choose("#fp-route-to", "counter-9");
      browser.find("[data-path=\"route.stepFree\"]").click();
      browser.find("#fp-route-show").click();
      browser.wait.until(d -> !browser.all(".fp-route-line").isEmpty());
      browser.js("window.scrollTo(0, 0)");
      browser.screenshot("admin-floorplan");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();

      browser.find("#language").click();
      browser.waitForSection("floorplan");
      assertThat(browser.find(".fp-legend").getText()).contains("Counter", "Kiosk", "Steps");
      assertThat(browser.find("#fp-save").getText()).isEqualTo("Save floor plan");
      browser.js("window.scrollTo(0, 0)");
      browser.screenshot("admin-floorplan-en");
      browser.find("#language").click();
      browser.waitForSection("floorplan");
    } finally {
      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1360, 1000));
    }
  }
}

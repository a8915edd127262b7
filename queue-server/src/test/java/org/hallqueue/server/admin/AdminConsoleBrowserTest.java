package org.hallqueue.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The manager console in headless Chromium: the main flows, accessibility, screenshots. */
class AdminConsoleBrowserTest extends ServerTest {
  private static Browser browser;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = new Browser();
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private void signInAsManager() {
    browser.signIn(api.base(), "manager", "manager-demo");
  }

  private void delete(String path) {
    try {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(api.base() + path))
              .header("Authorization", MANAGER.header())
              .DELETE()
              .build();
      api.http().send(r, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode item(String list, String field, String key) {
    for (JsonNode n : api.get("/api/v1/admin/" + list, MANAGER).json()) {
      if (n.path(field).asString().equals(key)) {
        return n;
      }
    }
    return null;
  }

  @Test
  void shouldAddAServiceAndACounterKeepingInputAndPlacingErrorsNextToTheirFields() {
    signInAsManager();
    browser.open("services");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.find("main .toolbar button").click();
    browser.type("code", "R");
    browser.type("name.zh-CN", "灵活就业登记");
    browser.type("expectedServiceSeconds", "8");
    browser.find("form.editor button[type=submit]").click();

    WebElement error = browser.find("[data-error-for=\"name.en\"]");
    assertThat(error.getText()).contains("中文和英文");
    assertThat(browser.find("[data-path=\"name.zh-CN\"]").getAttribute("value"))
        .isEqualTo("灵活就业登记");
    assertThat(browser.find("[data-path=\"name.en\"]").getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.find(".form-problems").getText()).contains("1");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-service-error");

    browser.type("name.en", "Flexible employment registration");
    browser.find("[data-field=documents] > button").click();
    browser.type("documents[0].zh-CN", "身份证");
    browser.type("documents[0].en", "ID card");
    browser.find("form.editor button[type=submit]").click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-key=R]")));
    assertThat(browser.find("tr[data-key=R]").getText()).contains("灵活就业登记", "8");
    JsonNode r = item("services", "code", "R");
    assertThat(r.path("expectedServiceSeconds").asLong()).isEqualTo(480);
    assertThat(r.path("documents").get(0).path("en").asString()).isEqualTo("ID card");

    browser.open("counters");
    browser.find("main .toolbar button").click();
    browser.type("id", "counter-88");
    browser.type("number", "88");
    browser.type("name.zh-CN", "88号窗口");
    browser.type("name.en", "Counter 88");
    for (WebElement box : browser.all("[data-multi=services]")) {
      if (box.getAttribute("value").equals("R")) {
        box.click();
      }
    }
    // The waiting zone is picked by name from the floor plan, not typed as an id.
    assertThat(browser.find("[data-path=zone]").getText()).contains("B区等候区 (zone-b)");
    new org.openqa.selenium.support.ui.Select(browser.find("[data-path=zone]"))
        .selectByValue("zone-b");
    browser.find("form.editor button[type=submit]").click();
    browser.wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-key=counter-88]")));
    assertThat(api.get("/api/v1/counters", Auth.none()).json().toString()).contains("counter-88");
    assertThat(item("counters", "id", "counter-88").path("zone").asString()).isEqualTo("zone-b");
    browser.screenshot("admin-counters");

    browser.open("services");
    browser.screenshot("admin-config");
    browser.open("audit");
    assertThat(browser.find("table.audit tbody tr").getText()).contains("manager", "counter-88");
    browser.screenshot("admin-audit");

    delete(
        "/api/v1/admin/counters/counter-88?version="
            + item("counters", "id", "counter-88").path("version").asLong());
    delete(
        "/api/v1/admin/services/R?version="
            + item("services", "code", "R").path("version").asLong());
    assertThat(item("services", "code", "R")).isNull();
  }

  @Test
  void shouldShowWhoChangedALaneWhenTwoManagersEditItAtOnce() {
    signInAsManager();
    browser.open("lanes");
    String code = api.get("/api/v1/admin/lanes", MANAGER).json().get(2).path("code").asString();
    browser.find("tr[data-key=" + code + "] [data-action=edit]").click();
    browser.type("weight", "3.5");

    JsonNode lane = item("lanes", "code", code);
    ObjectNode theirs = (ObjectNode) lane.deepCopy();
    theirs.remove("updatedAt");
    theirs.remove("updatedBy");
    double original = lane.path("weight").asDouble();
    theirs.put("weight", 2.25);
    assertThat(api.put("/api/v1/admin/lanes/" + code, theirs.toString(), ADMIN).status())
        .isEqualTo(200);

    browser.find("form.editor button[type=submit]").click();
    WebElement conflict = browser.find(".conflict");
    assertThat(conflict.getText()).contains("admin");
    assertThat(browser.find("[data-path=weight]").getAttribute("value")).isEqualTo("3.5");
    assertThat(item("lanes", "code", code).path("weight").asDouble()).isEqualTo(2.25);
    browser.screenshot("admin-conflict");

    conflict.findElement(By.cssSelector("button.secondary")).click();
    assertThat(browser.find("[data-path=weight]").getAttribute("value")).isEqualTo("2.25");
    browser.type("weight", String.valueOf(original));
    browser.find("form.editor button[type=submit]").click();
    browser.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.editor")));
    assertThat(item("lanes", "code", code).path("weight").asDouble()).isEqualTo(original);
    assertThat(item("lanes", "code", code).path("updatedBy").asString()).isEqualTo("manager");
  }

  @Test
  void shouldReadTodaysStatisticsWithChartsInBothLanguages() {
    servedTickets(3);
    signInAsManager();
    browser.open("stats");
    browser.find(".cards [data-metric=issued]");
    int issued =
        Integer.parseInt(browser.find("[data-metric=issued] .card-value").getText().trim());
    assertThat(issued).isGreaterThanOrEqualTo(3);
    assertThat(browser.find("[data-metric=served] .card-value").getText()).isNotEqualTo("0");
    browser.wait.until(d -> browser.all(".chart svg").size() >= 5);
    assertThat(browser.all("table.figures").size()).isGreaterThanOrEqualTo(3);
    String total = browser.find(".accuracy tbody tr:last-child").getText();
    assertThat(total).startsWith("合计");
    assertThat(Integer.parseInt(total.split("\\s+")[1])).isGreaterThanOrEqualTo(3);
    assertThat(browser.find(".accuracy").getText()).contains("在显示区间内叫号");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1360, 1500));
    browser.screenshot("admin-stats");
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1360, 1000));

    browser.find("#language").click();
    browser.waitForSection("stats");
    browser.find(".cards [data-metric=issued]");
    assertThat(browser.find("nav a[href='#stats']").getText()).isEqualTo("Statistics");
    assertThat(browser.find(".cards").getText()).contains("Median wait");
    assertThat(browser.find(".accuracy").getText()).contains("Called within the range shown");
    browser.screenshot("admin-stats-en");
    assertThat(browser.find("#stats-csv").getAttribute("href")).contains("/api/v1/admin/stats/csv");
    browser.find("#language").click();
    browser.waitForSection("stats");
  }

  @Test
  void shouldRaiseAnAlertInTheConsoleWhenAKioskRunsOutOfPaper() {
    JsonNode device =
        api.post("/api/v1/admin/devices", "{\"name\":\"东门自助机\",\"kind\":\"KIOSK\"}", MANAGER)
            .json();
    Auth kiosk = Auth.bearer(device.path("token").asString());
    api.post("/api/v1/devices/me/status", "{\"printer\":\"PAPER_OUT\"}", kiosk);
    try {
      signInAsManager();
      browser.wait.until(d -> browser.find("#alerts").getText().contains("东门自助机"));
      browser.open("devices");
      assertThat(browser.find(".alerts-list").getText()).contains("东门自助机", "缺纸");
      assertThat(browser.find("tr[data-key='" + device.path("id").asString() + "']").getText())
          .contains("缺纸");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();

      browser.find("main .toolbar button").click();
      browser.type("name", "二楼显示屏");
      browser.find("form.editor button[type=submit]").click();
      String token = browser.find(".token-value").getAttribute("value");
      assertThat(token).hasSizeGreaterThan(30);
      assertThat(api.get("/api/v1/admin/devices", MANAGER).raw().body()).doesNotContain(token);
      browser.screenshot("admin-devices");
    } finally {
      api.post("/api/v1/devices/me/status", "{\"printer\":\"OK\"}", kiosk);
    }
  }

  @Test
  void shouldRefuseGuidanceWithAMissingTranslationAndPreviewItAsAVisitor() {
    String before = api.get("/api/v1/guidance", Auth.none()).raw().body();
    signInAsManager();
    browser.open("guidance");
    browser.find(".preview button.choice").click();
    assertThat(browser.find(".preview .screen").getText()).isNotBlank();
    browser.type("guidance.questions[0].text.en", " ");
    browser.find("[data-path=\"guidance.questions[0].text.en\"]").clear();
    browser.find("#guidance-save").click();
    WebElement error = browser.find("[data-error-for=\"guidance.questions[0].text.en\"]");
    assertThat(error.getText()).contains("中文和英文");
    assertThat(Api.JSON.readTree(api.get("/api/v1/guidance", Auth.none()).raw().body()))
        .isEqualTo(Api.JSON.readTree(before));
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-guidance");

    browser.type("guidance.questions[0].text.en", "What brings you here today?");
    browser.find("#guidance-save").click();
    browser.wait.until(d -> browser.find("#status").getText().contains("已保存"));
    assertThat(
            api.get("/api/v1/admin/audit?limit=1", MANAGER).json().get(0).path("what").asString())
        .isEqualTo("guidance");
  }

  @Test
  void shouldFindEveryTextOfEverySectionInBothLanguages() {
    browser.signIn(api.base(), "admin", ADMIN_PASSWORD);
    List<String> sections =
        List.of(
            "services",
            "lanes",
            "counters",
            "staff",
            "devices",
            "guidance",
            "floorplan",
            "bundle",
            "audit",
            "stats");
    for (String language : List.of("zh-CN", "en")) {
      for (String section : sections) {
        browser.open(section);
        assertThat(browser.hasMissingText()).as(language + " " + section).isFalse();
      }
      browser.find("#language").click();
      browser.waitForSection("stats");
    }
  }

  @Test
  void shouldShowStaffAccountsToAdministratorsOnly() {
    signInAsManager();
    assertThat(browser.find("nav a[href='#services']").isDisplayed()).isTrue();
    assertThat(browser.all("nav a[href='#staff']").get(0).isDisplayed()).isFalse();

    browser.signIn(api.base(), "admin", ADMIN_PASSWORD);
    browser.open("floorplan");
    assertThat(browser.find("main table.list tbody tr").getText()).contains("当前使用");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.open("staff");
    assertThat(browser.find("tr[data-key=manager]").getText()).contains("大厅负责人");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    browser.screenshot("admin-staff");
  }

  /** Issues, calls and completes tickets at a counter serving A, leaving the queue as it was. */
  private void servedTickets(int n) {
    String counter = null;
    for (JsonNode c : api.get("/api/v1/counters", Auth.none()).json()) {
      if (counter == null
          && c.path("services").toString().contains("\"A\"")
          && c.path("status").asString().equals("CLOSED")) {
        counter = c.path("id").asString();
      }
    }
    for (int i = 0; i < n; i++) {
      api.post(
          "/api/v1/tickets",
          "{\"service\":\"A\",\"lane\":\"standard\",\"language\":\"zh-CN\"}",
          STAFF,
          "Idempotency-Key",
          "admin-stats-" + System.nanoTime());
    }
    api.post("/api/v1/counters/" + counter + "/open", null, STAFF);
    for (int i = 0; i < n; i++) {
      Api.Response called = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF);
      if (called.status() != 200) {
        break;
      }
      long id = called.json().path("id").asLong();
      api.post("/api/v1/tickets/" + id + "/start", null, STAFF);
      api.post("/api/v1/tickets/" + id + "/complete", null, STAFF);
    }
    api.post("/api/v1/counters/" + counter + "/close", null, STAFF);
  }
}

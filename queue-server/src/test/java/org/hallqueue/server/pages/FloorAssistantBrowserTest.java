package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.EventSocket;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The floor assistant's page (/assist) in a real browser at 800×1280, a 10-inch tablet held
 * upright: issuing for a visitor with the ticket printed at a kiosk (the kiosk's own event stream,
 * in the test), pre-checking documents the counter then sees, and a kiosk's help call answered from
 * one of two assist pages.
 */
class FloorAssistantBrowserTest extends ServerTest {
  private static Browser tablet;
  private Hall hall;

  @BeforeAll
  static void startBrowser() {
    tablet = new Browser(800, 1280);
  }

  @AfterAll
  static void stopBrowser() {
    tablet.close();
  }

  @BeforeEach
  void signedIn() {
    hall = new Hall(api);
    if (!tablet.driver().getCurrentUrl().contains("/assist")) {
      signIn(tablet, "staff4");
    } else {
      tablet.driver().navigate().refresh();
    }
    live(tablet);
  }

  @Test
  void shouldIssueForAVisitorAndHaveTheChosenKioskPrintIt() throws Exception {
    Auth kiosk = api.newKiosk("Kiosk by the door");
    String device = place(kiosk, "kiosk-1");
    tablet.driver().navigate().refresh();
    live(tablet);
    try (EventSocket stream = EventSocket.open(api, "?since=" + seq(), kiosk)) {
      tablet.find(".tab-btn[data-tab='issue']").click();
      tablet.find("#issue-direct").click();
      tablet.find("button[data-service='A']").click();
      new Select(tablet.find("#issue-deliver")).selectByValue(device);
      tablet.find("button[data-lane='elderly']").click();
      tablet.waitFor(
          d -> "printing".equals(tablet.find("#print-state").getDomAttribute("data-state")));
      String number = tablet.find("#issued").getDomAttribute("data-ticket");

      JsonNode request = next(stream, "PRINT_REQUESTED");
      assertThat(request.path("print").path("number").asString()).isEqualTo(number);
      String id = request.path("print").path("id").asString();
      JsonNode toPrint = api.get("/api/v1/devices/me/prints/" + id, kiosk).json();
      assertThat(toPrint.path("lane").asString()).isEqualTo("elderly");
      assertThat(toPrint.path("trackingUrl").asString()).contains("/t/");
      report(kiosk, "OK", "print " + id + ": printed " + number);

      tablet.waitFor(
          d -> "printed".equals(tablet.find("#print-state").getDomAttribute("data-state")));
      assertThat(tablet.text("#print-state")).contains("1号自助机").contains("已打印");
    }
  }

  @Test
  void shouldShowTheTicketWithItsQrWhenTheKioskCannotPrint() throws Exception {
    Auth kiosk = api.newKiosk("Kiosk without paper");
    String device = place(kiosk, "kiosk-2");
    tablet.driver().navigate().refresh();
    live(tablet);
    try (EventSocket stream = EventSocket.open(api, "?since=" + seq(), kiosk)) {
      tablet.find(".tab-btn[data-tab='issue']").click();
      walkGuidanceToAService();
      new Select(tablet.find("#issue-deliver")).selectByValue(device);
      tablet.find("button[data-lane='standard']").click();
      String id = next(stream, "PRINT_REQUESTED").path("print").path("id").asString();
      report(kiosk, "PAPER_OUT", "print " + id + ": paper out");

      tablet.waitFor(
          d -> "failed".equals(tablet.find("#print-state").getDomAttribute("data-state")));
      assertThat(tablet.text("#print-state")).contains("PAPER_OUT");
      tablet.waitFor(
          d -> (Boolean) tablet.js("return document.getElementById('issued-qr').naturalWidth > 0"));
      assertThat(tablet.hasMissingText()).isFalse();
      tablet.screenshot("assist-issued");
      report(kiosk, "OK", "paper refilled");
    }
  }

  @Test
  void shouldPrecheckATicketAndShowTheNoteOnTheStaffDashboardWhenItIsCalled() {
    hall.drain("counter-6");
    JsonNode ticket = hall.issue("F", "standard", "zh-CN");
    String number = ticket.path("number").asString();
    String row = "button.ticket-row[data-ticket='" + number + "']";
    tablet.waitFor(d -> !tablet.all(row).isEmpty());

    tablet.js("arguments[0].scrollIntoView({block: 'center'})", tablet.find(row));
    tablet.find(row).click();
    tablet.waitFor(d -> tablet.find("#precheck").isDisplayed());
    var boxes = tablet.all("#precheck-documents input");
    assertThat(boxes).hasSize(4);
    boxes.get(0).click();
    boxes.get(1).click();
    boxes.get(3).click();
    tablet.waitFor(d -> tablet.find("#precheck-missing").isDisplayed());
    tablet.find("#precheck-note").sendKeys("户口簿复印件在包里");
    tablet.screenshot("assist-precheck");
    tablet.find("#precheck-save").click();
    tablet.waitFor(d -> !tablet.find("#precheck").isDisplayed());
    tablet.waitFor(d -> tablet.text(row).contains("3/4"));
    tablet.screenshot("assist-waiting");

    try (Browser counter = new Browser(1366, 768)) {
      counter.open(api.base() + "/staff?counter=counter-6");
      counter.waitFor(d -> d.getCurrentUrl().contains("/login"));
      counter.find("#username").sendKeys("staff6");
      counter.find("#password").sendKeys("staff-demo");
      counter.find("#submit").click();
      counter.waitFor(d -> "live".equals(counter.find("#conn").getDomAttribute("data-state")));
      assertThat(hall.callNext("counter-6").path("number").asString()).isEqualTo(number);
      counter.waitFor(
          Duration.ofSeconds(10), d -> counter.find("#current-number").getText().equals(number));
      counter.waitFor(d -> counter.find("#current-precheck").isDisplayed());
      String line = counter.text("#current-precheck");
      assertThat(line).contains("3/4").contains("户口簿复印件在包里").contains("缺");
      counter.find("#lang").click();
      counter.waitFor(
          d -> counter.text("#current-precheck").startsWith("Documents checked: 3 of 4"));
      assertThat(counter.text("#current-precheck")).contains("missing: ");
      counter.screenshot("staff-precheck");
    }
  }

  @Test
  void shouldBookAReturnVisitFromThePrecheckWhenADocumentIsMissing() {
    JsonNode ticket = hall.issue("A", "standard", "zh-CN");
    String row = "button.ticket-row[data-ticket='" + ticket.path("number").asString() + "']";
    tablet.waitFor(d -> !tablet.all(row).isEmpty());
    tablet.js("arguments[0].scrollIntoView({block: 'center'})", tablet.find(row));
    tablet.find(row).click();
    tablet.waitFor(d -> tablet.find("#precheck").isDisplayed());
    assertThat(tablet.find("#booking").isDisplayed())
        .as("nothing ticked: documents missing")
        .isTrue();

    tablet.find("#booking summary").click();
    tablet.waitFor(d -> !tablet.all("#booking-slot option").isEmpty());
    tablet.find("#booking-submit").click();

    tablet.waitFor(d -> !tablet.all("#booking-result .booking-code").isEmpty());
    assertThat(tablet.text("#booking-result .booking-code")).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
    tablet.find("#precheck-cancel").click();
  }

  @Test
  void shouldLetOnlyOneOfTwoAssistPagesTakeAKioskHelpCall() throws Exception {
    Auth kiosk = api.newKiosk("Kiosk asking for help");
    place(kiosk, "kiosk-2");
    new Select(tablet.find("#place")).selectByValue("zone-a");
    try (Browser other = new Browser(800, 1280);
        EventSocket stream = EventSocket.open(api, "?since=" + seq(), kiosk)) {
      signIn(other, "staff5");
      live(other);
      Api.Response raised = api.post("/api/v1/devices/me/help", null, kiosk);
      assertThat(raised.status()).isEqualTo(201);
      String call = "li[data-help='" + raised.json().path("id").asString() + "']";
      for (Browser page : new Browser[] {tablet, other}) {
        page.waitFor(d -> !page.all(call + " button[data-accept]").isEmpty());
        assertThat(page.text(call)).contains("2号自助机");
        assertThat(page.find(call + " img.route").getDomAttribute("src")).contains("to=kiosk-2");
      }
      assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
      tablet.screenshot("assist-help");

      tablet.waitFor(
          d -> {
            tablet.find(call + " button[data-accept]").click();
            return true;
          });

      tablet.waitFor(d -> tablet.text(call).contains("您已接单"));
      other.waitFor(d -> other.text(call).contains("staff4"));
      assertThat(other.all(call + " button[data-accept]")).isEmpty();
      JsonNode accepted = next(stream, "HELP_ACCEPTED");
      assertThat(accepted.path("by").asString()).isEqualTo("staff4");
      assertThat(
              api.post(
                      "/api/v1/help/" + raised.json().path("id").asString() + "/accept",
                      null,
                      Hall.STAFF)
                  .status())
          .isEqualTo(409);
    }
  }

  @Test
  void shouldPassAxeInBothLanguagesWithEveryTextTranslated() {
    hall.issue("B", "migrant", "zh-CN");
    tablet.waitFor(d -> !tablet.all("button.ticket-row").isEmpty());
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    assertThat(tablet.hasMissingText()).isFalse();
    tablet.screenshot("assist-zh");
    tablet.find(".tab-btn[data-tab='issue']").click();
    tablet.waitFor(d -> tablet.find("#issue-question").isDisplayed());
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    tablet.screenshot("assist-issue-zh");
    tablet.find(".tab-btn[data-tab='benefit']").click();
    tablet.waitFor(d -> tablet.find("#benefit-share").isDisplayed());
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();

    tablet.find("#lang").click();
    tablet.waitFor(d -> tablet.text("#benefit-share").startsWith("Today"));
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    assertThat(tablet.hasMissingText()).isFalse();
    tablet.screenshot("assist-benefit-en");
    tablet.find(".tab-btn[data-tab='waiting']").click();
    tablet.waitFor(d -> tablet.text("#waiting-h").contains("Waiting"));
    assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
    tablet.screenshot("assist-en");
    tablet.viewport(390, 844); // a phone, held in one hand
    try {
      tablet.waitFor(d -> tablet.find(".tab-btn[data-tab='issue']").isDisplayed());
      assertThat(tablet.seriousAccessibilityViolations()).isEmpty();
      tablet.screenshot("assist-phone-en");
    } finally {
      tablet.viewport(800, 1280);
    }
    tablet.find("#lang").click();
    tablet.waitFor(d -> tablet.text("#waiting-h").contains("等候"));
  }

  private void walkGuidanceToAService() {
    // 交社保 → age band → … : follow the first answer until a service is offered
    for (int i = 0; i < 10 && tablet.all("#issue-service").isEmpty(); i++) {
      tablet.find("#issue .choices button[data-answer]").click();
    }
    tablet.waitFor(d -> tablet.find("#issue-service").isDisplayed());
  }

  private void signIn(Browser page, String user) {
    page.open(api.base() + "/assist");
    page.waitFor(d -> d.getCurrentUrl().contains("/login"));
    page.find("#username").sendKeys(user);
    page.find("#password").sendKeys("staff-demo");
    page.find("#submit").click();
    page.waitFor(d -> d.getCurrentUrl().contains("/assist"));
  }

  private static void live(Browser page) {
    page.waitFor(
        Duration.ofSeconds(15),
        d -> "live".equals(page.find("#conn").getDomAttribute("data-state")));
  }

  private String place(Auth kiosk, String where) {
    Api.Response r = api.put("/api/v1/devices/me/place", "{\"kiosk\":\"" + where + "\"}", kiosk);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json().path("device").asString();
  }

  private void report(Auth kiosk, String printer, String detail) {
    Api.Response r =
        api.post(
            "/api/v1/devices/me/status",
            "{\"printer\":\"" + printer + "\",\"detail\":\"" + detail + "\"}",
            kiosk);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
  }

  private long seq() {
    return api.get("/api/v1/assist", Hall.STAFF).json().path("seq").asLong();
  }

  private static JsonNode next(EventSocket stream, String type) throws InterruptedException {
    for (JsonNode e = stream.next(10); e != null; e = stream.next(10)) {
      if (e.path("type").asString().equals(type)) {
        return e;
      }
    }
    throw new AssertionError("no " + type + " on the kiosk's event stream");
  }
}

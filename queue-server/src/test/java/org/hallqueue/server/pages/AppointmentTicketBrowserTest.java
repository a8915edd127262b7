package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff dashboard marks a checked-in appointment's ticket discreetly, and says why it is next.
 * The test opens a slot of service E a few minutes from now, so that check-in is open at once.
 */
class AppointmentTicketBrowserTest extends ServerTest {
  private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
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
  void shouldMarkACheckedInTicketInTheQueueAndSayItGoesAheadOfWalkIns() {
    LocalDateTime now = LocalDateTime.now(OFFICE);
    assumeTrue(now.toLocalTime().isBefore(LocalTime.of(23, 0)), "a slot must fit before midnight");
    LocalTime opens = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(5);
    ObjectNode rules = (ObjectNode) api.get("/api/v1/admin/appointments/rules", MANAGER).json();
    rules
        .withArray("rules")
        .add(
            Api.JSON.readTree(
                "{\"service\":\"E\",\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\","
                    + "\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"opens\":\""
                    + opens
                    + "\",\"closes\":\""
                    + opens.plusMinutes(30)
                    + "\",\"slotMinutes\":30,\"places\":2,\"counterShare\":10}"));
    assertThat(api.put("/api/v1/admin/appointments/rules", rules.toString(), MANAGER).status())
        .isEqualTo(200);
    Hall hall = new Hall(api);
    hall.drain("counter-4");
    JsonNode walkIn = hall.issue("E", "standard", "zh-CN");
    Api.Response booked =
        api.post(
            "/api/v1/appointments",
            "{\"service\":\"E\",\"start\":\"" + now.toLocalDate() + "T" + opens + "\"}",
            STAFF);
    assertThat(booked.status()).as(booked.raw().body()).isEqualTo(201);
    Api.Response checkedIn =
        api.post(
            "/api/v1/appointments/" + booked.json().path("code").asString() + "/check-in",
            null,
            STAFF);
    assertThat(checkedIn.status()).as(checkedIn.raw().body()).isEqualTo(201);
    String number = checkedIn.json().path("number").asString();

    signInAt("counter-4");
    browser.waitFor(d -> !browser.all("#queue tr[data-ticket='" + number + "']").isEmpty());

    assertThat(browser.text("#queue tr[data-ticket='" + number + "'] .appointment-tag"))
        .isEqualTo("预约");
    assertThat(
            browser.all(
                "#queue tr[data-ticket='"
                    + walkIn.path("number").asString()
                    + "'] .appointment-tag"))
        .isEmpty();
    assertThat(browser.text("#why-next")).contains(number).contains("预约签到");
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("staff-appointment");

    browser.open(checkedIn.json().path("trackingUrl").asString());
    browser.waitFor(d -> browser.text("#number").equals(number));
    assertThat(browser.find("#book").isDisplayed()).as("public booking is off").isFalse();
  }

  @Test
  void shouldLetStaffBookAReturnVisitForTheVisitorAndShowTheCode() {
    signInAt("counter-1");
    browser.find("#booking summary").click();
    browser.waitFor(d -> !browser.all("#booking-slot option").isEmpty());
    new org.openqa.selenium.support.ui.Select(browser.find("#booking-service")).selectByValue("A");
    browser.waitFor(d -> !browser.all("#booking-slot option").isEmpty());
    browser.find("#booking-submit").click();

    String code = browser.waitFor(d -> browser.text(".booking-code")).replace("-", "");
    assertThat(code).matches("[2-9A-Z]{8}");
    assertThat(browser.text("#booking-result")).contains("预约码").contains("签到");
    JsonNode booking = api.get("/api/v1/appointments/" + code, Api.Auth.none()).json();
    assertThat(booking.path("status").asString()).isEqualTo("BOOKED");
    assertThat(booking.path("service").asString()).isEqualTo("A");
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("staff-booking");
  }

  private void signInAt(String counter) {
    browser.driver().manage().deleteAllCookies();
    browser.open(api.base() + "/staff?counter=" + counter);
    browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
    browser.find("#username").sendKeys("staff4");
    browser.find("#password").sendKeys("staff-demo");
    browser.find("#submit").click();
    browser.waitFor(d -> "live".equals(browser.find("#conn").getDomAttribute("data-state")));
  }
}

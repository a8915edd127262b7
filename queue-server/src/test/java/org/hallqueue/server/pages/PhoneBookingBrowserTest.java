package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.hallqueue.server.QueueServerApplication;
import org.hallqueue.server.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An office that turns public booking on ({@code queue.appointments.public=true}): the visitor's
 * phone page offers booking a return visit, without signing in, and shows the code.
 */
class PhoneBookingBrowserTest {
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  private static ConfigurableApplicationContext server;
  private static Api api;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    server =
        new SpringApplicationBuilder(QueueServerApplication.class)
            .run(
                "--server.port=0",
                "--queue.demo=true",
                "--queue.appointments.public=true",
                "--queue.admin-password=phone-booking-test",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:sqlite:"
                    + Files.createTempDirectory("phone-booking").resolve("queue.db")
                    + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000"
                    + "&transaction_mode=IMMEDIATE");
    api = new Api(Integer.parseInt(server.getEnvironment().getProperty("local.server.port", "0")));
    browser = new Browser(360, 640);
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @Test
  void shouldLetAVisitorBookAReturnVisitFromThePhonePage() {
    JsonNode ticket = api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF).json();

    browser.open(ticket.path("trackingUrl").asString() + "?lang=zh-CN");
    browser.waitFor(d -> browser.find("#book").isDisplayed());
    browser.waitFor(d -> !browser.all("#book-slot option").isEmpty());
    browser.find("#book-submit").click();

    String code = browser.waitFor(d -> browser.text("#book-result .booking-code")).replace("-", "");
    assertThat(browser.text("#book-result")).contains("预约码").contains("自助机签到");
    JsonNode booking = api.get("/api/v1/appointments/" + code, Api.Auth.none()).json();
    assertThat(booking.path("status").asString()).isEqualTo("BOOKED");
    assertThat(browser.hasMissingText()).isFalse();
    browser.screenshot("phone-booking");
  }
}

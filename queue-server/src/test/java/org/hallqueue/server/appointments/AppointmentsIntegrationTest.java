package org.hallqueue.server.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallqueue.server.QueueServerApplication;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appointments on a real server and SQLite file, with a clock the test moves from day to day
 * (Monday 2 March 2026 onwards, office time Asia/Shanghai). The tests run in order so that the
 * clock only moves forward.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppointmentsIntegrationTest {
  private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  private static final Api.Auth MANAGER = Api.Auth.basic("manager", "manager-demo");
  private static final MovableClock CLOCK = new MovableClock(at("2026-03-02T10:00"));
  private static final List<String> FRIDAY_BOOKINGS = new ArrayList<>();

  private static ConfigurableApplicationContext server;
  private static Api api;
  private static Api.Auth kiosk;

  @BeforeAll
  static void start() throws Exception {
    Path data = Files.createTempDirectory("appointments-test");
    server =
        new SpringApplicationBuilder(QueueServerApplication.class)
            .initializers(
                context ->
                    ((GenericApplicationContext) context)
                        .registerBean(
                            "movableClock", Clock.class, () -> CLOCK, bd -> bd.setPrimary(true)))
            .run(
                "--server.port=0",
                "--queue.demo=true",
                "--queue.admin-password=appointments-test",
                "--queue.day-close-check=PT0.2S",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:sqlite:"
                    + data.resolve("queue.db")
                    + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000"
                    + "&transaction_mode=IMMEDIATE");
    api = new Api(Integer.parseInt(server.getEnvironment().getProperty("local.server.port", "0")));
    kiosk = api.newKiosk("appointments kiosk");
    ObjectNode rules = (ObjectNode) api.get("/api/v1/admin/appointments/rules", MANAGER).json();
    rules
        .withArray("rules")
        .add(
            Api.JSON.readTree(
                """
                {"service":"B","days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                 "opens":"15:00","closes":"16:00","slotMinutes":60,"places":16,
                 "counterShare":30}"""));
    assertThat(api.put("/api/v1/admin/appointments/rules", rules.toString(), MANAGER).status())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void shouldGiveExactlySixteenBookingsAndEightRefusalsToTwentyFourConcurrentBookings()
      throws Exception {
    Api.Auth secondKiosk = api.newKiosk("second kiosk");
    ExecutorService pool = Executors.newFixedThreadPool(24);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Api.Auth who = i % 3 == 0 ? STAFF : i % 3 == 1 ? kiosk : secondKiosk;
      String key = "concurrent-" + i;
      Callable<Api.Response> booking =
          () -> {
            go.await();
            return api.post(
                "/api/v1/appointments",
                "{\"service\":\"B\",\"start\":\"2026-03-06T15:00\"}",
                who,
                "Idempotency-Key",
                key);
          };
      answers.add(pool.submit(booking));
    }
    go.countDown();
    int booked = 0;
    int refused = 0;
    for (Future<Api.Response> answer : answers) {
      Api.Response r = answer.get();
      if (r.status() == 201) {
        booked++;
        FRIDAY_BOOKINGS.add(r.json().path("code").asString());
      } else {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(409);
        assertThat(r.json().path("reason").asString()).isEqualTo("SLOT_FULL");
        refused++;
      }
    }
    pool.shutdown();
    assertThat(booked).isEqualTo(16);
    assertThat(refused).isEqualTo(8);
    assertThat(FRIDAY_BOOKINGS).doesNotHaveDuplicates();
    JsonNode slot = slot("B", "2026-03-06", "15:00");
    assertThat(slot.path("capacity").asInt()).isEqualTo(16);
    assertThat(slot.path("free").asInt()).isZero();
  }

  @Test
  @Order(2)
  void shouldRefuseCheckInOutsideTheWindowSayingWhenItOpensAndOfferingAWalkInWhenLate() {
    CLOCK.moveTo(at("2026-03-02T16:00"));
    String code = book(kiosk, "C", "2026-03-03T09:30").path("code").asString();

    CLOCK.moveTo(at("2026-03-03T09:10"));
    Api.Response early = api.post("/api/v1/appointments/" + code + "/check-in", null, kiosk);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().path("reason").asString()).isEqualTo("TOO_EARLY");
    assertThat(Instant.parse(early.json().path("opensAt").asString()))
        .isEqualTo(at("2026-03-03T09:15"));
    assertThat(early.json().path("messages").path("zh-CN").asString()).contains("09:15");
    assertThat(early.json().path("messages").path("en").asString()).contains("09:15");

    CLOCK.moveTo(at("2026-03-03T09:41"));
    Api.Response late = api.post("/api/v1/appointments/" + code + "/check-in", null, kiosk);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().path("reason").asString()).isEqualTo("TOO_LATE");
    assertThat(late.json().path("walkIn").path("service").asString()).isEqualTo("C");
    JsonNode stats = api.get("/api/v1/admin/appointments/stats?from=2026-03-03", MANAGER).json();
    assertThat(stats.path("noShows").asInt()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void shouldCallACheckedInTicketBeforeEarlierWalkInsOfItsService() {
    CLOCK.moveTo(at("2026-03-03T12:00"));
    String code = book(STAFF, "F", "2026-03-04T10:00").path("code").asString();

    CLOCK.moveTo(at("2026-03-04T09:30"));
    JsonNode firstWalkIn = walkIn("F");
    CLOCK.moveTo(at("2026-03-04T09:40"));
    JsonNode secondWalkIn = walkIn("F");
    CLOCK.moveTo(at("2026-03-04T09:50"));
    Api.Response checkedIn = api.post("/api/v1/appointments/" + code + "/check-in", null, kiosk);
    assertThat(checkedIn.status()).isEqualTo(201);
    JsonNode ticket = checkedIn.json();
    assertThat(ticket.path("service").asString()).isEqualTo("F");
    assertThat(ticket.path("position").asInt()).isEqualTo(1);
    assertThat(ticket.path("trackingUrl").asString()).contains("/t/");

    Api.Response again = api.post("/api/v1/appointments/" + code + "/check-in", null, kiosk);
    assertThat(again.json().path("id").asLong()).isEqualTo(ticket.path("id").asLong());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

    api.post("/api/v1/counters/counter-6/open", null, STAFF);
    JsonNode called = api.post("/api/v1/counters/counter-6/call-next", null, STAFF).json();
    assertThat(called.path("id").asLong()).isEqualTo(ticket.path("id").asLong());
    JsonNode reason = lastCallReason();
    assertThat(reason.path("rule").asString()).isEqualTo("APPOINTMENT");
    assertThat(reason.path("aheadOfEarlier").asInt()).isEqualTo(2);

    api.post("/api/v1/tickets/" + ticket.path("id").asLong() + "/start", null, STAFF);
    JsonNode next = api.post("/api/v1/counters/counter-6/call-next", null, STAFF).json();
    assertThat(next.path("id").asLong()).isEqualTo(firstWalkIn.path("id").asLong());
    assertThat(secondWalkIn.path("id").asLong()).isNotEqualTo(next.path("id").asLong());
  }

  @Test
  @Order(4)
  void shouldLetAVisitorBookAtTheKioskCheckInTheNextDayBeCalledAndBeServed() {
    CLOCK.moveTo(at("2026-03-04T15:00"));
    JsonNode slots =
        api.get("/api/v1/appointments/slots?service=A&date=2026-03-05", Api.Auth.none()).json();
    assertThat(slots.size()).isEqualTo(10);
    JsonNode booking =
        api.post(
                "/api/v1/appointments",
                "{\"service\":\"A\",\"start\":\""
                    + slots.get(0).path("start").asString()
                    + "\",\"lane\":\"elderly\",\"language\":\"en\"}",
                kiosk,
                "Idempotency-Key",
                "kiosk-return-visit-1")
            .json();
    assertThat(booking.path("status").asString()).isEqualTo("BOOKED");
    assertThat(booking.path("date").asString()).isEqualTo("2026-03-05");
    assertThat(booking.path("startTime").asString()).isEqualTo("09:00");
    assertThat(Instant.parse(booking.path("checkInFrom").asString()))
        .isEqualTo(at("2026-03-05T08:45"));
    Api.Response replay =
        api.post(
            "/api/v1/appointments",
            "{\"service\":\"A\",\"start\":\"2026-03-05T09:00\",\"lane\":\"elderly\"}",
            kiosk,
            "Idempotency-Key",
            "kiosk-return-visit-1");
    assertThat(replay.json().path("code").asString()).isEqualTo(booking.path("code").asString());
    assertThat(slot("A", "2026-03-05", "09:00").path("free").asInt()).isEqualTo(3);

    CLOCK.moveTo(at("2026-03-05T08:40"));
    JsonNode walkIn = walkIn("A");
    CLOCK.moveTo(at("2026-03-05T08:50"));
    String typed = booking.path("code").asString().toLowerCase();
    Api.Response checkIn =
        api.post(
            "/api/v1/appointments/"
                + typed.substring(0, 4)
                + "-"
                + typed.substring(4)
                + "/check-in",
            null,
            kiosk);
    assertThat(checkIn.status()).isEqualTo(201);
    JsonNode ticket = checkIn.json();
    assertThat(ticket.path("lane").asString()).isEqualTo("elderly");

    api.post("/api/v1/counters/counter-1/open", null, STAFF);
    JsonNode called = api.post("/api/v1/counters/counter-1/call-next", null, STAFF).json();
    assertThat(called.path("id").asLong()).isEqualTo(ticket.path("id").asLong());
    api.post("/api/v1/tickets/" + ticket.path("id").asLong() + "/start", null, STAFF);
    JsonNode done =
        api.post("/api/v1/tickets/" + ticket.path("id").asLong() + "/complete", null, STAFF).json();
    assertThat(done.path("status").asString()).isEqualTo("DONE");
    assertThat(
            api.get(
                    "/api/v1/tickets/track/" + ticket.path("trackingToken").asString(),
                    Api.Auth.none())
                .json()
                .path("status")
                .asString())
        .isEqualTo("DONE");
    assertThat(walkIn.path("status").asString()).isEqualTo("WAITING");
    assertThat(eventTypes()).contains("APPOINTMENT_BOOKED", "APPOINTMENT_CHECKED_IN");
    JsonNode stats = api.get("/api/v1/admin/appointments/stats?from=2026-03-05", MANAGER).json();
    assertThat(stats.path("checkedIn").asInt()).isEqualTo(1);
    assertThat(stats.path("onTimeShare").asDouble()).isEqualTo(1.0);
  }

  @Test
  @Order(5)
  void shouldFreeThePlaceWhenABookingIsCancelledAndKeepBookingFromThePublicOff() {
    CLOCK.moveTo(at("2026-03-05T12:00"));
    assertThat(
            api.post(
                    "/api/v1/appointments",
                    "{\"service\":\"B\",\"start\":\"2026-03-06T15:00\"}",
                    Api.Auth.none())
                .status())
        .isEqualTo(401);
    Api.Response cancelled =
        api.delete("/api/v1/appointments/" + FRIDAY_BOOKINGS.get(0), Api.Auth.none());
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(slot("B", "2026-03-06", "15:00").path("free").asInt()).isEqualTo(1);
    assertThat(book(STAFF, "B", "2026-03-06T15:00").path("status").asString()).isEqualTo("BOOKED");
    Api.Response checkInCancelled =
        api.post("/api/v1/appointments/" + FRIDAY_BOOKINGS.get(0) + "/check-in", null, kiosk);
    assertThat(checkInCancelled.status()).isEqualTo(409);
    assertThat(api.get("/api/v1/appointments/ZZZZ2222", Api.Auth.none()).status()).isEqualTo(404);
    Api.Response notASlot =
        api.post(
            "/api/v1/appointments", "{\"service\":\"B\",\"start\":\"2026-03-06T15:20\"}", STAFF);
    assertThat(notASlot.status()).isEqualTo(400);
    assertThat(notASlot.raw().body()).contains("start");
  }

  private static JsonNode book(Api.Auth who, String service, String start) {
    Api.Response r =
        api.post(
            "/api/v1/appointments",
            "{\"service\":\"" + service + "\",\"start\":\"" + start + "\"}",
            who);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  private static JsonNode walkIn(String service) {
    Api.Response r = api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", kiosk);
    assertThat(r.status()).isEqualTo(201);
    return r.json();
  }

  private static JsonNode slot(String service, String date, String time) {
    for (JsonNode s :
        api.get("/api/v1/appointments/slots?service=" + service + "&date=" + date, Api.Auth.none())
            .json()) {
      if (s.path("startTime").asString().equals(time)) {
        return s;
      }
    }
    throw new AssertionError("no slot at " + time);
  }

  private static JsonNode lastCallReason() {
    JsonNode reason = null;
    for (JsonNode e : api.get("/api/v1/events?since=0&limit=1000", STAFF).json()) {
      if (e.path("type").asString().equals("TICKET_CALLED")) {
        reason = e.path("reason");
      }
    }
    return reason;
  }

  private static List<String> eventTypes() {
    List<String> types = new ArrayList<>();
    for (JsonNode e : api.get("/api/v1/events?since=0&limit=1000", STAFF).json()) {
      types.add(e.path("type").asString());
      assertThat(e.toString()).doesNotContain("\"code\"");
    }
    return types;
  }

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(OFFICE).toInstant();
  }
}

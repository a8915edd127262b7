package org.hallqueue.server.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 好差评 through the real server: who may rate when, what a 差评 opens, what is published. */
class RatingIntegrationTest extends ServerTest {
  private static final String COUNTER = "counter-3";
  private static final String SERVICE = "B";

  private Visits visits() {
    return new Visits(api);
  }

  @AfterEach
  void ordinaryCalendarAndRules() {
    api.put("/api/v1/admin/ratings/calendar", "[]", MANAGER);
    api.put("/api/v1/admin/ratings/rules", "{\"followUpDays\":10,\"windowHours\":24}", MANAGER);
  }

  @Test
  void shouldRefuseARatingBeforeTheVisitIsDone() {
    JsonNode waiting = visits().issue(SERVICE);
    Api.Response r = visits().rate(waiting, "{\"score\":5}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(409);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("detail").asString()).contains("once it is done");
  }

  @Test
  void shouldTakeOneRatingPerVisitAndRefuseASecond() {
    JsonNode done = visits().done(COUNTER, SERVICE);
    String token = done.path("trackingToken").asString();
    JsonNode before = api.get("/api/v1/tickets/track/" + token + "/rating", Auth.none()).json();
    assertThat(before.path("open").asBoolean()).isTrue();
    assertThat(before.path("rated").asBoolean()).isFalse();

    Api.Response first = visits().rate(done, "{\"score\":5,\"reasons\":[]}");
    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    assertThat(first.json().path("score").asInt()).isEqualTo(5);

    Api.Response second = visits().rate(done, "{\"score\":1}");
    assertThat(second.status()).as(second.raw().body()).isEqualTo(409);
    assertThat(second.json().path("detail").asString()).contains("one rating per visit");
    JsonNode after = api.get("/api/v1/tickets/track/" + token + "/rating", Auth.none()).json();
    assertThat(after.path("rated").asBoolean()).isTrue();
    assertThat(after.path("score").asInt()).isEqualTo(5);
  }

  @Test
  void shouldAnswer404ForAnUnknownTrackingToken() {
    Api.Response r =
        api.post("/api/v1/tickets/track/no-such-ticket/rating", "{\"score\":4}", Auth.none());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldRefuseABadScoreWith400NamingTheField() {
    JsonNode done = visits().done(COUNTER, SERVICE);
    for (String body : new String[] {"{\"score\":6}", "{\"score\":0}", "{}"}) {
      Api.Response r = visits().rate(done, body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().path("field").asString()).as(body).isEqualTo("score");
    }
    Api.Response reason = visits().rate(done, "{\"score\":2,\"reasons\":[\"wait\",\"bribes\"]}");
    assertThat(reason.status()).isEqualTo(400);
    assertThat(reason.json().path("field").asString()).isEqualTo("reasons[1]");
    Api.Response words = visits().rate(done, "{\"score\":\"good\"}");
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.raw().body()).contains("score");
    // nothing refused was kept: the visit can still be rated
    assertThat(visits().rate(done, "{\"score\":4}").status()).isEqualTo(201);
  }

  @Test
  void shouldOpenAFollowUpForABadRatingDueInWorkingDaysSkippingWeekendsAndHolidays() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate holiday = nextWeekday(today);
    LocalDate worked = nextSaturday(today.plusDays(7)); // a weekend day worked (调休)
    put(
        "/api/v1/admin/ratings/calendar",
        "[{\"day\":\""
            + holiday
            + "\",\"kind\":\"HOLIDAY\",\"name\":\"test holiday\"},"
            + "{\"day\":\""
            + worked
            + "\",\"kind\":\"WORKDAY\"}]");
    put("/api/v1/admin/ratings/rules", "{\"followUpDays\":7,\"windowHours\":24}");

    JsonNode done = visits().done(COUNTER, SERVICE);
    Api.Response r =
        visits().rate(done, "{\"score\":1,\"reasons\":[\"wait\"],\"comment\":\"too slow\"}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);

    JsonNode followUp = visits().followUpOf(done.path("id").asLong());
    LocalDate expected = workingDaysAfter(today, 7, Set.of(holiday), Set.of(worked));
    assertThat(LocalDate.parse(followUp.path("due").asString())).isEqualTo(expected);
    assertThat(followUp.path("status").asString()).isEqualTo("OPEN");
    assertThat(followUp.path("counter").asString()).isEqualTo(COUNTER);
    assertThat(followUp.path("clerk").asString()).isEqualTo("staff1");
    assertThat(followUp.path("overdue").asBoolean()).isFalse();
  }

  @Test
  void shouldLetStaffSeeAndAppealTheirOwnFollowUpWhileManagersMoveItStepByStep() {
    JsonNode done = visits().done(COUNTER, SERVICE);
    assertThat(visits().rate(done, "{\"score\":2}").status()).isEqualTo(201);
    long id = visits().followUpOf(done.path("id").asLong()).path("id").asLong();

    JsonNode mine = api.get("/api/v1/ratings/follow-ups/mine", STAFF).json();
    assertThat(mine.findValues("id").stream().map(JsonNode::asLong)).contains(id);
    assertThat(api.get("/api/v1/admin/ratings/follow-ups", STAFF).status()).isEqualTo(403);
    Api.Response appeal =
        api.post(
            "/api/v1/ratings/follow-ups/" + id + "/appeal",
            "{\"text\":\"the system was down\"}",
            STAFF);
    assertThat(appeal.status()).as(appeal.raw().body()).isEqualTo(200);
    assertThat(appeal.json().path("appealed").asBoolean()).isTrue();
    Api.Response other =
        api.post(
            "/api/v1/ratings/follow-ups/" + id + "/appeal",
            "{\"text\":\"me too\"}",
            Auth.basic("staff2", "staff-demo"));
    assertThat(other.status()).isEqualTo(404);

    String path = "/api/v1/admin/ratings/follow-ups/" + id + "/status";
    assertThat(api.post(path, "{\"status\":\"RESOLVED\"}", MANAGER).status()).isEqualTo(409);
    assertThat(api.post(path, "{\"status\":\"LOST\"}", MANAGER).json().path("field").asString())
        .isEqualTo("status");
    Api.Response contacted =
        api.post(path, "{\"status\":\"CONTACTED\",\"note\":\"called back\"}", MANAGER);
    assertThat(contacted.status()).as(contacted.raw().body()).isEqualTo(200);
    Api.Response resolved = api.post(path, "{\"status\":\"RESOLVED\"}", MANAGER);
    assertThat(resolved.json().path("status").asString()).isEqualTo("RESOLVED");
    assertThat(resolved.json().path("notes").findValuesAsString("kind"))
        .containsExactly("APPEAL", "CONTACTED");
  }

  @Test
  void shouldNeverShowACommentInThePublicSummary() {
    String secret = "comment-" + System.nanoTime();
    JsonNode done = visits().done(COUNTER, SERVICE);
    assertThat(
            visits()
                .rate(
                    done, "{\"score\":3,\"reasons\":[\"guidance\"],\"comment\":\"" + secret + "\"}")
                .status())
        .isEqualTo(201);

    Api.Response summary = api.get("/api/v1/ratings/summary", Auth.none());
    assertThat(summary.status()).isEqualTo(200);
    assertThat(summary.json().path("count").asLong()).isPositive();
    assertThat(summary.json().path("satisfaction").isNumber()).isTrue();
    assertThat(summary.raw().body()).doesNotContain(secret).doesNotContain("staff1");
    assertThat(api.get("/api/v1/events?since=0&limit=1000", STAFF).raw().body())
        .contains("TICKET_RATED")
        .doesNotContain(secret);

    assertThat(api.get("/api/v1/admin/ratings", MANAGER).raw().body()).contains(secret);
    Api.Response redacted =
        api.post("/api/v1/admin/ratings/" + done.path("id").asLong() + "/redact", null, MANAGER);
    assertThat(redacted.json().path("commentRedacted").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/admin/ratings", MANAGER).raw().body()).doesNotContain(secret);
  }

  @Test
  void shouldRefuseABadPeriodNamingTheField() {
    Api.Response r = api.get("/api/v1/ratings/summary?from=yesterday", Auth.none());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("from");
    Api.Response reversed =
        api.get("/api/v1/ratings/summary?from=2026-03-02&to=2026-03-01", Auth.none());
    assertThat(reversed.status()).isEqualTo(400);
  }

  private void put(String path, String body) {
    Api.Response r = api.put(path, body, MANAGER);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
  }

  private static LocalDate nextWeekday(LocalDate from) {
    LocalDate d = from.plusDays(1);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate nextSaturday(LocalDate from) {
    LocalDate d = from;
    while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Counted here by hand, not by the server's class: Monday to Friday, less holidays, plus worked
   * days.
   */
  private static LocalDate workingDaysAfter(
      LocalDate from, int days, Set<LocalDate> holidays, Set<LocalDate> worked) {
    LocalDate d = from;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if ((!weekend && !holidays.contains(d)) || worked.contains(d)) {
        left--;
      }
    }
    return d;
  }
}

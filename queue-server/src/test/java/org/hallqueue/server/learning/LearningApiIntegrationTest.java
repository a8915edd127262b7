package org.hallqueue.server.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The game's script and counts over HTTP, and the counts on the statistics endpoint. */
class LearningApiIntegrationTest extends ServerTest {

  private JsonNode counts(String channel) {
    JsonNode report = api.get("/api/v1/admin/learning", MANAGER).json();
    for (JsonNode c : report.path("channels")) {
      if (c.path("channel").asString().equals(channel)) {
        return c;
      }
    }
    throw new AssertionError("no channel " + channel + " in " + report);
  }

  private Api.Response send(String play, String step, String answer) {
    String body =
        "{\"play\":\""
            + play
            + "\",\"step\":\""
            + step
            + "\",\"channel\":\"KIOSK\""
            + (answer == null ? "" : ",\"answer\":\"" + answer + "\"")
            + "}";
    return api.post("/api/v1/learning/tallies", body, Api.Auth.none());
  }

  @Test
  void shouldServeTheGameWithTheOfficesFiguresFilledIn() {
    JsonNode game = api.get("/api/v1/learning/game", Api.Auth.none()).json();

    assertThat(game.path("start").path("scene").path("zh-CN").asString()).contains("960 元");
    assertThat(game.path("start").path("insure").path("outcome").path("en").asString())
        .contains("11,520 yuan a year");
    assertThat(game.path("exampleNote").path("en").asString()).contains("2025 example figures");
    assertThat(game.path("pensionByYears")).hasSize(36);
    assertThat(game.path("pensionByYears").get(0).asLong()).isZero();
    assertThat(game.path("service").path("code").asString()).isEqualTo("A");
    assertThat(game.path("service").path("name").path("en").asString())
        .isEqualTo("Enrolment for flexible workers");
    assertThat(game.path("service").path("kioskPath").findValuesAsString("en"))
        .containsExactly(
            "Pay into social insurance, or move it here from another place",
            "I pay it myself – no employer pays for me",
            "16 or older, not yet at retirement age",
            "Yes, in this city");
  }

  @Test
  void shouldCountPlaysCompletionsAndAnswersOnceEach() {
    JsonNode before = counts("KIOSK");
    String play = UUID.randomUUID().toString();

    assertThat(send(play, "STARTED", null).json().path("counted").asBoolean()).isTrue();
    assertThat(send(play, "STARTED", null).json().path("counted").asBoolean()).isFalse();
    assertThat(send(play, "FINISHED", null).json().path("counted").asBoolean()).isTrue();
    assertThat(send(play, "ANSWERED", "NOT_SURE").json().path("counted").asBoolean()).isTrue();
    assertThat(send(play, "ANSWERED", "YES").json().path("counted").asBoolean()).isFalse();
    assertThat(
            send(UUID.randomUUID().toString(), "FINISHED", null).json().path("counted").asBoolean())
        .isFalse();

    JsonNode after = counts("KIOSK");
    assertThat(after.path("started").asLong() - before.path("started").asLong()).isEqualTo(1);
    assertThat(after.path("finished").asLong() - before.path("finished").asLong()).isEqualTo(1);
    assertThat(after.path("notSure").asLong() - before.path("notSure").asLong()).isEqualTo(1);
    assertThat(after.path("yes").asLong() - before.path("yes").asLong()).isZero();
  }

  @Test
  void shouldRefuseACountItDoesNotKnowNamingTheField() {
    Api.Response r = send(UUID.randomUUID().toString(), "ANSWERED", "MAYBE");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("answer");
    assertThat(
            api.post(
                    "/api/v1/learning/tallies",
                    "{\"play\":\"x\",\"step\":\"STARTED\",\"channel\":\"PHONE\",\"name\":\"Li\"}",
                    Api.Auth.none())
                .status())
        .isEqualTo(400);
  }

  @Test
  void shouldShowTheCountsOnlyToManagers() {
    assertThat(api.get("/api/v1/admin/learning", Api.Auth.none()).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/admin/learning?days=0", MANAGER).status()).isEqualTo(400);
  }
}

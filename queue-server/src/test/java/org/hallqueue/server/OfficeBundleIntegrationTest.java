package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo office, its guidance, and the office bundle: export, validate, import all or nothing.
 */
class OfficeBundleIntegrationTest extends ServerTest {

  @Test
  void shouldSeedTheDemoOfficeWithSixServicesFourLanesAndNineCounters() {
    JsonNode services = api.get("/api/v1/services", Auth.none()).json();
    JsonNode lanes = api.get("/api/v1/lanes", Auth.none()).json();
    JsonNode counters = api.get("/api/v1/counters", Auth.none()).json();

    assertThat(services.findValuesAsString("code")).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(lanes.findValuesAsString("code"))
        .containsExactlyInAnyOrder("standard", "elderly", "women", "migrant");
    assertThat(counters.size()).isGreaterThanOrEqualTo(8);
    assertThat(counters.findValuesAsString("affinityLane")).contains("migrant", "women", "elderly");
    for (JsonNode s : services) {
      assertThat(s.path("name").path("zh-CN").asString()).isNotBlank();
      assertThat(s.path("name").path("en").asString()).isNotBlank();
      assertThat(s.path("documents").size()).isPositive();
    }
  }

  @Test
  void shouldServeTheGuidanceQuestionsInBothLanguages() {
    JsonNode guidance = api.get("/api/v1/guidance", Auth.none()).json();

    String start = guidance.path("start").asString();
    assertThat(guidance.path("questions").findValuesAsString("id")).contains(start);
    for (JsonNode q : guidance.path("questions")) {
      assertThat(q.path("text").path("zh-CN").asString()).isNotBlank();
      assertThat(q.path("text").path("en").asString()).isNotBlank();
    }
  }

  @Test
  void shouldExportABundleThatImportsBackToTheSameConfiguration() {
    JsonNode exported = api.get("/api/v1/office-bundle", MANAGER).json();

    Response imported = api.post("/api/v1/office-bundle", exported.toString(), MANAGER);

    assertThat(imported.status()).isEqualTo(200);
    assertThat(api.get("/api/v1/office-bundle", MANAGER).json()).isEqualTo(exported);
    assertThat(exported.path("format").asString()).isEqualTo("hallqueue-office-bundle/1");
    assertThat(exported.path("sample").asBoolean()).isTrue();
  }

  @Test
  void shouldRefuseAnInvalidBundleListingEveryProblemAndChangingNothing() {
    JsonNode before = api.get("/api/v1/office-bundle", MANAGER).json();
    ObjectNode broken = (ObjectNode) before.deepCopy();
    ((ObjectNode) broken.path("services").get(0).path("name")).remove("en");
    ((ObjectNode) broken.path("counters").get(0)).putArray("services").add("Z");
    ObjectNode firstQuestion = (ObjectNode) broken.path("guidance").path("questions").get(0);
    ((ObjectNode) firstQuestion.path("answers").get(0)).put("next", "no-such-question");
    ((ObjectNode) firstQuestion.path("answers").get(0)).remove("result");
    ((ArrayNode) broken.path("lanes")).add(broken.path("lanes").get(0).deepCopy());

    Response r = api.post("/api/v1/office-bundle", broken.toString(), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("field"))
        .contains(
            "services[0].name.en",
            "counters[0].services[0]",
            "guidance.questions[0].answers[0].next",
            "lanes[4]");
    assertThat(api.get("/api/v1/office-bundle", MANAGER).json()).isEqualTo(before);
  }

  @Test
  void shouldRefuseAGuidanceTreeThatLoops() {
    JsonNode before = api.get("/api/v1/office-bundle", MANAGER).json();
    ObjectNode looping = (ObjectNode) before.deepCopy();
    JsonNode questions = looping.path("guidance").path("questions");
    String start = looping.path("guidance").path("start").asString();
    ObjectNode lastAnswer = null;
    for (JsonNode q : questions) {
      if (!q.path("id").asString().equals(start)) {
        lastAnswer = (ObjectNode) q.path("answers").get(0);
        break;
      }
    }
    lastAnswer.remove("result");
    lastAnswer.put("next", start);

    Response r = api.post("/api/v1/office-bundle", looping.toString(), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("message"))
        .anyMatch(m -> m.contains("loop back"));
  }

  @Test
  void shouldLetOnlyManagersExportAndImport() {
    assertThat(api.get("/api/v1/office-bundle", STAFF).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/office-bundle", "{}", STAFF).status()).isEqualTo(403);
  }

  @Test
  void shouldPublishAConfigChangedEventOnImport() {
    JsonNode exported = api.get("/api/v1/office-bundle", MANAGER).json();
    api.post("/api/v1/office-bundle", exported.toString(), MANAGER);

    JsonNode events = api.get("/api/v1/events?since=0&limit=1000", MANAGER).json();
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.path("type").asString()).isEqualTo("CONFIG_CHANGED");
    assertThat(last.path("by").asString()).isEqualTo("manager");
  }
}

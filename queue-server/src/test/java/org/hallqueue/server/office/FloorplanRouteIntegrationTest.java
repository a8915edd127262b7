package org.hallqueue.server.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The editor's route preview through the real server: on a draft plan, never saving it. */
class FloorplanRouteIntegrationTest extends ServerTest {
  private static final String ROUTE = "/api/v1/admin/floorplan/route";

  private JsonNode savedPlan() {
    return api.get("/api/v1/floorplan", Auth.none()).json();
  }

  private static ObjectNode element(JsonNode plan, String id) {
    for (JsonNode e : plan.path("floors").get(0).path("elements")) {
      if (e.path("id").asString().equals(id)) {
        return (ObjectNode) e;
      }
    }
    throw new AssertionError("no element " + id);
  }

  private static String question(JsonNode plan, String from, String to, boolean stepFree) {
    return "{\"plan\":"
        + plan
        + ",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\",\"stepFree\":"
        + stepFree
        + "}";
  }

  private static void moveTo(ObjectNode element, double x, double y) {
    ArrayNode at = element.putArray("at");
    at.add(x);
    at.add(y);
  }

  @Test
  void shouldRouteToWhereACounterStandsInTheUnsavedDraft() {
    JsonNode before = savedPlan();
    ObjectNode draft = (ObjectNode) before.deepCopy();
    moveTo(element(draft, "counter-3"), 12, 4.5);

    Response r = api.post(ROUTE, question(draft, "entrance-main", "counter-3", false), MANAGER);

    assertThat(r.status()).isEqualTo(200);
    JsonNode route = r.json();
    JsonNode path = route.path("path");
    JsonNode last = path.get(path.size() - 1);
    assertThat(last.path("x").asDouble()).isEqualTo(12);
    assertThat(last.path("y").asDouble()).isEqualTo(4.5);
    assertThat(path.get(0).path("y").asDouble()).isEqualTo(23.3);
    assertThat(last.path("floor").asInt()).isEqualTo(1);
    double straight = Math.hypot(20 - 12, 23.3 - 4.5);
    assertThat(route.path("lengthMeters").asDouble()).isGreaterThanOrEqualTo(straight - 0.01);
    assertThat(route.path("steps").size()).isGreaterThanOrEqualTo(1);
    for (JsonNode step : route.path("steps")) {
      assertThat(step.path("zh-CN").asString()).isNotBlank();
      assertThat(step.path("en").asString()).isNotBlank();
    }
    assertThat(savedPlan()).isEqualTo(before);
  }

  @Test
  void shouldKeepAStepFreeRouteOffTheEntranceSteps() {
    JsonNode plan = savedPlan();
    JsonNode walking =
        api.post(ROUTE, question(plan, "entrance-main", "counter-1", false), MANAGER).json();
    JsonNode stepFree =
        api.post(ROUTE, question(plan, "entrance-main", "counter-1", true), MANAGER).json();

    assertThat(stepFree.path("stepFree").asBoolean()).isTrue();
    assertThat(stepFree.path("lengthMeters").asDouble())
        .isGreaterThan(walking.path("lengthMeters").asDouble());
  }

  @Test
  void shouldAnswerNoRouteWhenOnlyStepsLeadIn() {
    ObjectNode draft = (ObjectNode) savedPlan().deepCopy();
    draft.put("stepFreeRequired", false);
    for (JsonNode change : draft.path("floors").get(0).path("levelChanges")) {
      ((ObjectNode) change).put("type", "steps");
    }

    Response none = api.post(ROUTE, question(draft, "entrance-main", "counter-9", true), MANAGER);
    Response walking =
        api.post(ROUTE, question(draft, "entrance-main", "counter-9", false), MANAGER);

    assertThat(none.status()).isEqualTo(404);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(none.json().path("messages").path("zh-CN").asString()).contains("无台阶");
    assertThat(none.json().path("messages").path("en").asString()).contains("step-free");
    assertThat(walking.status()).isEqualTo(200);
  }

  @Test
  void shouldRefuseAnInvalidDraftNamingEachProblemUnderPlan() {
    JsonNode before = savedPlan();
    ObjectNode draft = (ObjectNode) before.deepCopy();
    moveTo(element(draft, "counter-3"), 11, 1.5);
    element(draft, "display-a").put("zone", "zone-x");

    Response r = api.post(ROUTE, question(draft, "entrance-main", "counter-3", false), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    String fields = r.json().path("errors").findValuesAsString("field").toString();
    int counter3 = indexOf(draft, "counter-3");
    int displayA = indexOf(draft, "display-a");
    assertThat(fields)
        .contains("/plan/floors/0/elements/" + counter3 + "/at")
        .contains("/plan/floors/0/elements/" + displayA + "/zone");
    assertThat(savedPlan()).isEqualTo(before);
  }

  private static int indexOf(JsonNode plan, String id) {
    JsonNode elements = plan.path("floors").get(0).path("elements");
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).path("id").asString().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void shouldNameTheFieldOfUnknownIdsAndMissingParts() {
    JsonNode plan = savedPlan();

    Response unknown =
        api.post(ROUTE, question(plan, "entrance-main", "counter-99", false), MANAGER);
    Response missing = api.post(ROUTE, "{\"from\":\"kiosk-1\"}", MANAGER);
    Response empty = api.post(ROUTE, null, MANAGER);

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("field").asString()).isEqualTo("to");
    assertThat(unknown.json().path("errors").get(0).path("messages").path("zh-CN").asString())
        .contains("counter-99");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("errors").findValuesAsString("field"))
        .containsExactly("plan", "to");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("field").asString()).isEqualTo("body");
  }

  @Test
  void shouldLetOnlyManagersAskForRoutes() {
    String body = question(savedPlan(), "entrance-main", "counter-1", false);

    assertThat(api.post(ROUTE, body, STAFF).status()).isEqualTo(403);
    assertThat(api.post(ROUTE, body, Auth.none()).status()).isIn(401, 403);
  }
}

package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.RawHttp;
import org.hallqueue.server.support.RawHttp.Reply;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an attacker sends (findings 7 and 9–13 of the attack-and-fault review): never a 5xx, never
 * unbounded work, never anything but problem+json naming the field, never a large value echoed.
 */
class HostileInputIntegrationTest extends ServerTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RawHttp raw() {
    return RawHttp.to(api, "127.0.0.1");
  }

  // 7. The body limit holds whatever the transfer encoding, and large values are not echoed.

  @Test
  void shouldRefuseAnOversizedChunkedBodyWith413() {
    byte[] body =
        ("{\"service\":\"" + "A".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    Reply r = raw().chunked("POST", "/api/v1/tickets", STAFF.header(), body, 8192);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("body");
    assertThat(r.body().length()).isLessThan(2_000);
  }

  @Test
  void shouldNotStoreAnOversizedChunkedZone() {
    String service =
        "{\"code\":\"Y\",\"name\":{\"zh-CN\":\"测试\",\"en\":\"Test\"},"
            + "\"expectedServiceSeconds\":300,\"zone\":\""
            + "z".repeat(1_000_000)
            + "\"}";

    Reply r =
        raw()
            .chunked(
                "POST",
                "/api/v1/admin/services",
                MANAGER.header(),
                service.getBytes(StandardCharsets.UTF_8),
                4096);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.body().length()).isLessThan(2_000);
    assertThat(api.get("/api/v1/services", MANAGER).raw().body()).doesNotContain("zzzzzzzz");
  }

  @Test
  void shouldNotEchoALargeValueInAProblem() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"" + "B".repeat(50_000) + "\"}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("service");
    assertThat(r.raw().body().length()).isLessThan(2_000);
  }

  // 9. Guidance checks are iterative and bounded, their problem lists capped.

  @Test
  void shouldRefuseAGuidanceChainOf7500QuestionsWithA400() {
    ArrayNode questions = NODES.arrayNode();
    for (int i = 0; i < 7_500; i++) {
      questions.add(question("q" + i, i + 1 < 7_500 ? "q" + (i + 1) : null, null));
    }

    Response r = dryRun(guidance(questions));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("errors").findValuesAsString("field")).contains("guidance.questions");
    assertThat(r.raw().body().length()).isLessThan(10_000);
  }

  @Test
  void shouldRefuseAGuidanceDeeperThanTheLimitAndCapItsProblems() {
    ArrayNode questions = NODES.arrayNode();
    for (int i = 0; i < 900; i++) {
      questions.add(question("q" + i, i + 1 < 900 ? "q" + (i + 1) : null, "q0"));
    }

    Response r = dryRun(guidance(questions));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").size()).isLessThanOrEqualTo(100);
    assertThat(r.json().path("errors").findValuesAsString("message").toString())
        .contains("deeper than");
    assertThat(r.raw().body().length()).isLessThan(64_000);
  }

  @Test
  void shouldListTheFirst100ProblemsAndCountTheRest() {
    ArrayNode questions = NODES.arrayNode();
    for (int i = 0; i < 300; i++) {
      questions.add(question("q" + i, "missing-" + i, null));
    }

    Response r = dryRun(guidance(questions));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").size()).isEqualTo(100);
    assertThat(r.json().path("errorsNotShown").asInt()).isGreaterThanOrEqualTo(200);
  }

  // 10. No 5xx on input.

  @Test
  void shouldRefuseANonAsciiIdempotencyKeyWith400() {
    byte[] body = "{\"service\":\"A\"}".getBytes(StandardCharsets.UTF_8);
    String utf8 =
        new String("ключ-键".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    for (String key : new String[] {"k\u00e9y-\u00ff", utf8, "\u0080\u009f"}) {
      Reply r =
          raw()
              .send(
                  "POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                      + STAFF.header()
                      + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + body.length
                      + "\r\nIdempotency-Key: "
                      + key,
                  body);

      assertThat(r.status()).as(key).isEqualTo(400);
      assertThat(r.json().path("field").asString()).isEqualTo("Idempotency-Key");
    }
  }

  @Test
  void shouldRefuseADayOutsideASaneRangeNamingTheParameter() {
    for (String path :
        new String[] {
          "/api/v1/admin/stats?day=-999999999-01-01",
          "/api/v1/admin/stats/csv?day=-999999999-01-01",
          "/api/v1/admin/stats?day=+999999999-12-31&span=week"
        }) {
      Response r = api.get(path, MANAGER);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().path("field").asString()).as(path).isEqualTo("day");
    }
    Response trend = api.get("/api/v1/admin/stats/trend?to=-999999999-01-01", MANAGER);
    assertThat(trend.status()).isEqualTo(400);
    assertThat(trend.json().path("field").asString()).isEqualTo("to");
  }

  @Test
  void shouldRefuseAWallFarOutsideTheFloorWith400() {
    ObjectNode plan = (ObjectNode) api.get("/api/v1/floorplan", MANAGER).json();
    ObjectNode wall = NODES.objectNode().put("id", "wall-huge").put("thickness", 0.2);
    wall.putArray("points")
        .add(NODES.arrayNode().add(0).add(0))
        .add(NODES.arrayNode().add(1e5).add(1e5));
    ((ArrayNode) plan.path("floors").get(0).path("walls")).add(wall);

    Response r = api.put("/api/v1/floorplan", plan.toString(), MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  // 11. Every error is problem+json.

  @Test
  void shouldAnswerAFirewallRejectionWithProblemJson() {
    Response r = api.get("/api/v1/admin//services", MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("path");
  }

  @Test
  void shouldAnswerTraceWith405ProblemJson() {
    Reply r = raw().send("TRACE /api/v1/services HTTP/1.1\r\nHost: 127.0.0.1", new byte[0]);

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldAnswerA100KilobyteUrlWithProblemJson() {
    Reply r = raw().get("/api/v1/services?q=" + "x".repeat(100_000), STAFF.header());

    assertThat(r.status()).isIn(400, 414);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("request");
    assertThat(r.body().length()).isLessThan(2_000);
  }

  @Test
  void shouldNameTheMissingParameterOfA400() {
    Response r = api.delete("/api/v1/admin/services/A", MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("version");
  }

  // 12. No loose types, no duplicate keys, no duplicate entries.

  @Test
  void shouldRefuseANumberForAnEnum() {
    Response r = api.post("/api/v1/devices", "{\"name\":\"Board\",\"kind\":1}", MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("kind");
  }

  @Test
  void shouldRefuseANumberForARoleAndABooleanForAName() {
    Response role =
        api.post(
            "/api/v1/admin/staff",
            "{\"username\":\"mallory\",\"role\":2,\"password\":\"a-long-password-1\"}",
            ADMIN);
    Response name =
        api.post(
            "/api/v1/admin/staff",
            "{\"username\":true,\"role\":\"STAFF\",\"password\":\"a-long-password-1\"}",
            ADMIN);

    assertThat(role.status()).isEqualTo(400);
    assertThat(role.json().path("field").asString()).isEqualTo("role");
    assertThat(name.status()).isEqualTo(400);
    assertThat(name.json().path("field").asString()).isEqualTo("username");
  }

  @Test
  void shouldRefuseADuplicateKey() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\",\"service\":\"B\"}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("service");
  }

  @Test
  void shouldRefuseACounterServingOneServiceTwice() {
    Response r =
        api.post(
            "/api/v1/admin/counters",
            "{\"id\":\"counter-dup\",\"number\":77,\"name\":{\"zh-CN\":\"77号\",\"en\":\"77\"},"
                + "\"services\":[\"D\",\"D\"]}",
            MANAGER);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("services[1]");
  }

  // 13. Text limits, normalisation, no control, zero-width or bidi characters.

  @Test
  void shouldRefuseControlZeroWidthAndBidiCharactersInVisitorFacingNames() {
    Response bidi =
        api.post(
            "/api/v1/devices", "{\"name\":\"Kiosk \\u202Egnp.exe\",\"kind\":\"KIOSK\"}", MANAGER);
    Response zeroWidth = service("X", "Pass\\u200Bports", null);
    Response control = service("X", "Bell\\u0007", null);

    assertThat(bidi.status()).isEqualTo(400);
    assertThat(bidi.json().path("field").asString()).isEqualTo("name");
    assertThat(zeroWidth.status()).isEqualTo(400);
    assertThat(zeroWidth.json().path("field").asString()).isEqualTo("name.en");
    assertThat(control.status()).isEqualTo(400);
    assertThat(control.json().path("field").asString()).isEqualTo("name.en");
  }

  @Test
  void shouldLimitTheLengthOfAZone() {
    Response r = service("V", "Passports", "z".repeat(2_000));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("zone");
  }

  @Test
  void shouldStoreNamesInNormalisationFormC() {
    Response r = service("W", "Cafe\\u0301", null);

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("name").path("en").asString()).isEqualTo("Caf\u00e9");
    api.delete("/api/v1/admin/services/W?version=" + r.json().path("version").asLong(), MANAGER);
  }

  @Test
  void shouldStoreGuidanceTextsInNormalisationFormC() {
    JsonNode original = api.get("/api/v1/guidance", Auth.none()).json();
    ObjectNode changed = (ObjectNode) original.deepCopy();
    ((ObjectNode) changed.path("questions").get(0).path("text")).put("en", "Cafe\u0301?");
    try {
      assertThat(api.put("/api/v1/guidance", changed.toString(), MANAGER).status()).isEqualTo(200);

      assertThat(
              api.get("/api/v1/guidance", Auth.none())
                  .json()
                  .path("questions")
                  .get(0)
                  .path("text")
                  .path("en")
                  .asString())
          .isEqualTo("Caf\u00e9?");
    } finally {
      api.put("/api/v1/guidance", original.toString(), MANAGER);
    }
  }

  @Test
  void shouldRefuseABidiOverrideInAGuidanceText() {
    ArrayNode questions = NODES.arrayNode();
    questions.add(question("q0", null, null));
    ((ObjectNode) questions.get(0).path("text")).put("en", "Which \u202Eecivres?");

    Response r = dryRun(guidance(questions));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("errors").findValuesAsString("field"))
        .contains("guidance.questions[0].text.en");
  }

  private Response service(String code, String englishName, String zone) {
    return api.post(
        "/api/v1/admin/services",
        "{\"code\":\""
            + code
            + "\",\"name\":{\"zh-CN\":\"测试\",\"en\":\""
            + englishName
            + "\"},\"expectedServiceSeconds\":300"
            + (zone == null ? "" : ",\"zone\":\"" + zone + "\"")
            + "}",
        MANAGER);
  }

  private static ObjectNode question(String id, String next, String backTo) {
    ObjectNode q = NODES.objectNode().put("id", id);
    q.putObject("text").put("zh-CN", "问题").put("en", "Question");
    ArrayNode answers = q.putArray("answers");
    ObjectNode answer = answers.addObject();
    answer.putObject("label").put("zh-CN", "是").put("en", "Yes");
    if (next != null) {
      answer.put("next", next);
    } else {
      ObjectNode result = answer.putObject("result").put("kind", "INFO");
      result.putObject("message").put("zh-CN", "请咨询").put("en", "Ask us");
    }
    if (backTo != null) {
      ObjectNode back = answers.addObject();
      back.putObject("label").put("zh-CN", "返回").put("en", "Back");
      back.put("next", backTo);
    }
    return q;
  }

  private static ObjectNode guidance(ArrayNode questions) {
    ObjectNode g = NODES.objectNode().put("start", "q0");
    g.set("questions", questions);
    return g;
  }

  private Response dryRun(JsonNode guidance) {
    ObjectNode bundle = (ObjectNode) api.get("/api/v1/office-bundle", MANAGER).json();
    bundle.set("guidance", guidance);
    return api.post("/api/v1/office-bundle?dryRun=true", bundle.toString(), MANAGER);
  }
}

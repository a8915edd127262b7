package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api.Response;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json that names the field, never a 500 or partial state. */
class BadInputIntegrationTest extends ServerTest {

  @Test
  void shouldNameEveryWrongFieldOfATicketRequest() {
    Response r =
        api.post(
            "/api/v1/tickets", "{\"service\":\"Z\",\"lane\":\"vip\",\"language\":\"fr\"}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().path("field").asString()).isEqualTo("service");
    assertThat(r.json().path("errors").findValuesAsString("field"))
        .containsExactly("service", "lane", "language");
  }

  @Test
  void shouldNameAnUnknownField() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\",\"colour\":\"red\"}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("colour");
  }

  @Test
  void shouldNameAFieldOfTheWrongType() {
    Response r = api.post("/api/v1/tickets", "{\"service\":\"A\",\"lane\":{\"x\":1}}", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("lane");
  }

  @Test
  void shouldSayWhereMalformedJsonBreaks() {
    Response r = api.post("/api/v1/tickets", "{\"service\": ", STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("body");
    assertThat(r.json().path("detail").asString()).contains("line 1");
  }

  @Test
  void shouldRequireABody() {
    Response r = api.post("/api/v1/tickets", null, STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("body");
  }

  @Test
  void shouldRefuseAnOversizedBodyBeforeReadingIt() {
    String huge = "{\"service\":\"" + "A".repeat(200_000) + "\"}";

    Response r = api.post("/api/v1/tickets", huge, STAFF);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().path("field").asString()).isEqualTo("body");
  }

  @Test
  void shouldNameAPathVariableOfTheWrongType() {
    Response r = api.post("/api/v1/tickets/abc/start", null, STAFF);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("field").asString()).isEqualTo("id");
  }

  @Test
  void shouldAnswer404ForAnUnknownTicketOrCounterOrPath() {
    assertThat(api.post("/api/v1/tickets/999999/start", null, STAFF).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/counters/no-such/open", null, STAFF).status()).isEqualTo(404);
    Response unknownPath = api.get("/api/v1/no-such-thing", STAFF);
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(unknownPath.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldValidateTheEventsQuery() {
    assertThat(api.get("/api/v1/events?since=-1", STAFF).json().path("field").asString())
        .isEqualTo("since");
    assertThat(api.get("/api/v1/events?limit=5000", STAFF).json().path("field").asString())
        .isEqualTo("limit");
    assertThat(api.get("/api/v1/events?since=x", STAFF).json().path("field").asString())
        .isEqualTo("since");
  }

  @Test
  void shouldRejectAWrongMethodWithProblemJson() {
    Response r = api.put("/api/v1/tickets", "{}", STAFF);

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }
}

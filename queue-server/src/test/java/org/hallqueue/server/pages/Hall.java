package org.hallqueue.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.EmptyCounter;
import tools.jackson.databind.JsonNode;

/** What other clients do in the hall, through the real HTTP API: issue, call, tidy counters. */
final class Hall {
  static final Auth STAFF = Auth.basic("staff1", "staff-demo");
  static final Auth MANAGER = Auth.basic("manager", "manager-demo");

  private final Api api;

  Hall(Api api) {
    this.api = api;
  }

  JsonNode issue(String service, String lane, String language) {
    Api.Response r =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\""
                + service
                + "\",\"lane\":\""
                + lane
                + "\",\"language\":\""
                + language
                + "\"}",
            STAFF);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  /** The called ticket, or null when nothing waits for the counter. */
  JsonNode callNext(String counter) {
    Api.Response r = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF);
    assertThat(r.status()).as(r.raw().body()).isIn(200, 204);
    return r.status() == 204 ? null : r.json();
  }

  void open(String counter) {
    assertThat(api.post("/api/v1/counters/" + counter + "/open", null, STAFF).status())
        .isEqualTo(200);
  }

  JsonNode ticket(long id) {
    return api.get("/api/v1/tickets/" + id, STAFF).json();
  }

  /** Opens the counter and finishes whatever it has called or is serving, without new calls. */
  void free(String counter) {
    open(counter);
    EmptyCounter.free(api, STAFF, counter);
  }

  /** Frees the counter and cancels everything that waits for it, so the next call is known. */
  void drain(String counter) {
    EmptyCounter.at(api, STAFF, counter);
  }

  String displayToken(String name) {
    Api.Response r =
        api.post("/api/v1/devices", "{\"name\":\"" + name + "\",\"kind\":\"DISPLAY\"}", MANAGER);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json().path("token").asString();
  }

  long latestSeq() {
    return api.latestSeq(STAFF);
  }

  JsonNode events(long since) {
    return api.get("/api/v1/events?since=" + since + "&limit=1000", STAFF).json();
  }
}

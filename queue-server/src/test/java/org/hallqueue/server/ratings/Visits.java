package org.hallqueue.server.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.EmptyCounter;
import tools.jackson.databind.JsonNode;

/**
 * Visits through the real HTTP API: a ticket issued, called at a counter, served and finished;
 * rated, and followed up. The rating tests of the API and of the pages share it.
 */
public final class Visits {
  static final Auth STAFF = Auth.basic("staff1", "staff-demo");
  static final Auth MANAGER = Auth.basic("manager", "manager-demo");

  private final Api api;

  public Visits(Api api) {
    this.api = api;
  }

  public JsonNode issue(String service) {
    Api.Response r =
        api.post(
            "/api/v1/tickets",
            "{\"service\":\"" + service + "\",\"lane\":\"standard\",\"language\":\"zh-CN\"}",
            STAFF);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  /**
   * Calls at the counter until this ticket comes. The tickets that would come first (others left
   * them on the shared server) are cancelled from the counter's queue, one request each, rather
   * than called and marked no-show one by one; those behind it wait on.
   */
  public void callUntil(String counter, JsonNode ticket) {
    free(counter);
    long id = ticket.path("id").asLong();
    for (JsonNode ahead : api.get("/api/v1/queue?counter=" + counter, STAFF).json()) {
      if (ahead.path("id").asLong() == id) {
        break;
      }
      api.post("/api/v1/tickets/" + ahead.path("id").asLong() + "/cancel", null, STAFF);
    }
    for (int i = 0; i < 500; i++) {
      Api.Response r = api.post("/api/v1/counters/" + counter + "/call-next", null, STAFF);
      assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
      long called = r.json().path("id").asLong();
      if (called == id) {
        return;
      }
      api.post("/api/v1/tickets/" + called + "/no-show", null, STAFF);
    }
    throw new AssertionError("ticket " + id + " never came at " + counter);
  }

  /** A ticket issued for the service, called at the counter and started by staff1: SERVING. */
  public JsonNode serving(String counter, String service) {
    JsonNode ticket = issue(service);
    callUntil(counter, ticket);
    long id = ticket.path("id").asLong();
    assertThat(api.post("/api/v1/tickets/" + id + "/start", null, STAFF).status()).isEqualTo(200);
    return ticket;
  }

  public void complete(JsonNode ticket) {
    Api.Response r =
        api.post("/api/v1/tickets/" + ticket.path("id").asLong() + "/complete", null, STAFF);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
  }

  /** A ticket issued for the service, served at the counter and completed by staff1: DONE. */
  public JsonNode done(String counter, String service) {
    JsonNode ticket = serving(counter, service);
    complete(ticket);
    return ticket;
  }

  /** The follow-up the ticket's rating opened, as managers see it. */
  public JsonNode followUpOf(long ticketId) {
    for (JsonNode f : api.get("/api/v1/admin/ratings/follow-ups", MANAGER).json()) {
      if (f.path("ticketId").asLong() == ticketId) {
        return f;
      }
    }
    throw new AssertionError("no follow-up of ticket " + ticketId);
  }

  /** Opens the counter and finishes what it has called or is serving. */
  public void free(String counter) {
    api.post("/api/v1/counters/" + counter + "/open", null, STAFF);
    EmptyCounter.free(api, STAFF, counter);
  }

  public Api.Response rate(JsonNode ticket, String body) {
    return api.post(
        "/api/v1/tickets/track/" + ticket.path("trackingToken").asString() + "/rating",
        body,
        Auth.none());
  }
}

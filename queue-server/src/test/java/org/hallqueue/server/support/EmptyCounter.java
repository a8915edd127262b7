package org.hallqueue.server.support;

import tools.jackson.databind.JsonNode;

/**
 * Leaves a counter open, free, and with nothing waiting that it serves, so that the next call is
 * known: the shared test server holds whatever earlier test classes left behind. The tickets left
 * waiting are cancelled from the counter's queue, one request each, rather than called and sent
 * away one by one.
 */
public final class EmptyCounter {
  private static final int ROUNDS = 5;

  private EmptyCounter() {}

  public static void at(Api api, Api.Auth staff, String counter) {
    Api.Response opened = api.post("/api/v1/counters/" + counter + "/open", null, staff);
    if (opened.status() != 200) {
      throw new AssertionError("could not open " + counter + ": " + opened.raw().body());
    }
    free(api, staff, counter);
    for (int round = 0; round < ROUNDS; round++) {
      JsonNode waiting = api.get("/api/v1/queue?counter=" + counter, staff).json();
      if (waiting.isEmpty()) {
        return;
      }
      for (JsonNode t : waiting) {
        api.post("/api/v1/tickets/" + t.path("id").asLong() + "/cancel", null, staff);
      }
    }
    throw new AssertionError("tickets still wait for " + counter + " after " + ROUNDS + " rounds");
  }

  /** Ends the visit the counter has called or is serving, if any, without calling anyone. */
  public static void free(Api api, Api.Auth staff, String counter) {
    for (JsonNode c : api.get("/api/v1/board", staff).json().path("counters")) {
      if (c.path("id").asString().equals(counter) && c.hasNonNull("current")) {
        JsonNode current = c.path("current");
        long id = current.path("id").asLong();
        boolean called = current.path("status").asString().equals("CALLED");
        api.post("/api/v1/tickets/" + id + (called ? "/no-show" : "/complete"), null, staff);
      }
    }
  }
}

package org.hallqueue.server.support;

import tools.jackson.databind.JsonNode;

/**
 * Leaves a counter open, free, and with nothing waiting that it serves, so that the next call is
 * known: the shared test server holds whatever earlier test classes left behind.
 */
public final class EmptyCounter {
  private EmptyCounter() {}

  public static void at(Api api, Api.Auth staff, String counter) {
    api.post("/api/v1/counters/" + counter + "/open", null, staff);
    for (int i = 0; i < 2_000; i++) {
      Api.Response r = api.post("/api/v1/counters/" + counter + "/call-next", null, staff);
      if (r.status() == 204) {
        return;
      }
      if (r.status() == 409) { // a visitor called there and never started
        for (JsonNode c : api.get("/api/v1/board", staff).json().path("counters")) {
          if (c.path("id").asString().equals(counter) && c.has("current")) {
            long id = c.path("current").path("id").asLong();
            api.post("/api/v1/tickets/" + id + "/no-show", null, staff);
          }
        }
        continue;
      }
      api.post("/api/v1/tickets/" + r.json().path("id").asLong() + "/no-show", null, staff);
    }
  }
}

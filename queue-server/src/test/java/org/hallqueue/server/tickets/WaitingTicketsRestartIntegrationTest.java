package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The waiting tickets held in memory are loaded again from the database after a crash: the queue,
 * each ticket's place and the next call are what they were before it.
 */
class WaitingTicketsRestartIntegrationTest {
  private static final Auth STAFF = Auth.basic("staff1", "staff-demo");

  @Test
  void shouldAnswerTheSameQueueAfterAKill9AndRestart(@TempDir Path data) throws Exception {
    try (ServerProcess server = new ServerProcess(data)) {
      Api api = server.start();
      List<Long> issued = new ArrayList<>();
      for (String[] ticket :
          new String[][] {
            {"A", "standard"},
            {"B", "elderly"},
            {"A", "elderly"},
            {"A", "standard"},
            {"B", "standard"},
            {"A", "standard"}
          }) {
        issued.add(
            api.post(
                    "/api/v1/tickets",
                    "{\"service\":\"" + ticket[0] + "\",\"lane\":\"" + ticket[1] + "\"}",
                    STAFF)
                .json()
                .path("id")
                .asLong());
      }
      api.post("/api/v1/counters/counter-3/open", null, STAFF);
      api.post("/api/v1/counters/counter-3/call-next", null, STAFF); // serves B only
      api.post("/api/v1/tickets/" + issued.get(3) + "/transfer", "{\"service\":\"B\"}", STAFF);
      api.post("/api/v1/tickets/" + issued.get(5) + "/cancel", null, STAFF);
      List<String> before = places(api, issued);
      JsonNode queueBefore = api.get("/api/v1/queue", STAFF).json();

      server.kill();
      api = server.start();

      assertThat(ids(api.get("/api/v1/queue", STAFF).json())).isEqualTo(ids(queueBefore));
      assertThat(places(api, issued)).isEqualTo(before);
      assertThat(ids(queueBefore)).hasSize(4);
      long next = api.post("/api/v1/counters/counter-3/call-next", null, STAFF).status();
      assertThat(next).as("the called B ticket must be started first").isEqualTo(409);
    }
  }

  private static List<String> places(Api api, List<Long> ids) {
    List<String> places = new ArrayList<>();
    for (long id : ids) {
      JsonNode t = api.get("/api/v1/tickets/" + id, STAFF).json();
      places.add(
          id
              + " "
              + t.path("status").asString()
              + " "
              + t.path("service").asString()
              + " #"
              + t.path("position").asString());
    }
    return places;
  }

  private static List<Long> ids(JsonNode queue) {
    List<Long> ids = new ArrayList<>();
    queue.forEach(t -> ids.add(t.path("id").asLong()));
    return ids;
  }
}

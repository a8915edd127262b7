package org.hallqueue.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.CrowdedServerTest;
import org.hallqueue.server.support.EventSocket;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Review finding 14: a client further behind than a replay covers gets {"type":"RESYNC","seq":N}
 * instead of a close, then every event after N, live.
 */
class EventResyncIntegrationTest extends CrowdedServerTest {
  private static final Api.Auth STAFF = ServerTest.STAFF;

  @Test
  void shouldTellAClientTooFarBehindToResyncAndThenKeepStreamingLive() throws Exception {
    long since = api.latestSeq(STAFF);
    issueMany(EventPump.MAX_REPLAY + 50);
    long latest = api.latestSeq(STAFF);

    try (EventSocket socket = EventSocket.open(api, "?since=" + since, STAFF)) {
      JsonNode resync = socket.next(10);
      assertThat(resync).as("the first message instead of a close").isNotNull();
      assertThat(resync.path("type").asString()).isEqualTo("RESYNC");
      assertThat(resync.path("seq").asLong()).isEqualTo(latest);

      String fresh = issue(kioskToken(), "C");
      JsonNode live = socket.next(10);
      assertThat(live.path("seq").asLong()).isEqualTo(latest + 1);
      assertThat(live.path("ticket").path("number").asString()).isEqualTo(fresh);
    }
  }

  @Test
  void shouldTellAClientAheadOfTheLogToResync() throws Exception {
    long latest = api.latestSeq(STAFF);

    try (EventSocket socket = EventSocket.open(api, "?since=" + (latest + 500), STAFF)) {
      JsonNode resync = socket.next(10);
      assertThat(resync).isNotNull();
      assertThat(resync.path("type").asString()).isEqualTo("RESYNC");
      assertThat(resync.path("seq").asLong()).isEqualTo(latest);
    }
  }

  private void issueMany(int count) throws Exception {
    Api.Auth kiosk = kioskToken();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> issued = new ArrayList<>();
      String[] services = {"A", "B", "C", "D"};
      for (int i = 0; i < count; i++) {
        String service = services[i % services.length];
        issued.add(pool.submit(() -> issue(kiosk, service)));
      }
      for (Future<String> f : issued) {
        assertThat(f.get()).isNotBlank();
      }
    } finally {
      pool.shutdown();
    }
  }

  private Api.Auth kiosk;

  private Api.Auth kioskToken() {
    if (kiosk == null) {
      kiosk = api.newKiosk("Resync kiosk");
    }
    return kiosk;
  }

  private String issue(Api.Auth auth, String service) {
    return api.post("/api/v1/tickets", "{\"service\":\"" + service + "\"}", auth)
        .json()
        .path("number")
        .asString();
  }
}

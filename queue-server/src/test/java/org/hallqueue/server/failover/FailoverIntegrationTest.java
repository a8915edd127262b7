package org.hallqueue.server.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Postgres;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one PostgreSQL database, active and standby. The active one is killed (SIGKILL)
 * while kiosks issue tickets, a counter calls and screens follow the event stream; kiosks and
 * screens know both addresses and move to the one that answers, screens resuming with since=.
 */
class FailoverIntegrationTest {
  private static final Auth STAFF = Auth.basic("staff1", "staff-demo");

  @Test
  void shouldLetTheStandbyTakeOverUnderLoadLosingNothingAcknowledged(@TempDir Path data)
      throws Exception {
    String url = Postgres.shared().newDatabase("failover");
    try (ServerProcess first = ServerProcess.onPostgres(data, url, "first");
        ServerProcess second = ServerProcess.onPostgres(data, url, "second")) {
      Api active = first.start();
      Api standby = second.startStandby();

      Api.Response refused = standby.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.raw().body()).contains("standby").contains("备用");
      assertThat(standby.get("/actuator/health", Auth.none()).raw().body()).contains("STANDBY");

      Auth kiosk = active.newKiosk("failover");
      active.post("/api/v1/counters/counter-9/open", null, STAFF);
      List<Api> addresses = List.of(active, standby);
      long startSeq = lastSeq(url);
      List<Screen> screens = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        screens.add(Screen.follow(addresses, startSeq, STAFF));
      }
      Map<Long, String> issued = new ConcurrentHashMap<>();
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService load = Executors.newFixedThreadPool(5);
      for (int c = 0; c < 4; c++) {
        int client = c;
        load.execute(() -> issueUntilStopped(addresses, kiosk, "k" + client, issued, running));
      }
      load.execute(() -> callUntilStopped(addresses, running));

      waitFor(() -> issued.size() >= 40, 60);
      int beforeKill = issued.size();
      long killedAt = System.nanoTime();
      first.kill();
      waitFor(() -> healthUp(standby), 120);
      double takeoverSeconds = (System.nanoTime() - killedAt) / 1e9;
      System.out.printf(
          "failover: the standby answered UP %.1f s after the kill%n", takeoverSeconds);
      System.out.println(
          "killed at "
              + java.time.Instant.now().minusNanos(System.nanoTime() - killedAt)
              + "; the standby's takeover:");
      second.logText().lines().filter(l -> l.contains("Leadership")).forEach(System.out::println);
      waitFor(() -> issued.size() >= beforeKill + 40, 60);
      running.set(false);
      load.shutdown();
      assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

      for (Map.Entry<Long, String> t : issued.entrySet()) {
        assertThat(
                standby
                    .get("/api/v1/tickets/" + t.getKey(), STAFF)
                    .json()
                    .path("number")
                    .asString())
            .as("acknowledged ticket %s", t.getKey())
            .isEqualTo(t.getValue());
      }
      assertThat(issued.values()).doesNotHaveDuplicates();
      long last = lastSeq(url);
      for (Screen screen : screens) {
        waitFor(() -> screen.lastSeq() == last, 30);
        screen.close();
        assertThat(screen.problems()).as("what a screen saw").isEmpty();
        assertThat(screen.reconnections()).as("a screen moved to the standby").isPositive();
      }
      assertDatabaseConsistent(url);
      // The issue's 5 s: a hot standby took 1.0-2.9 s at load 7-18 on 2 cores and 1.4 s in a whole
      // run of the suite; a takeover that starts the server (5-12 s) fails it.
      assertThat(takeoverSeconds).as("seconds from the kill to the standby's UP").isLessThan(5);
    }
  }

  private static void issueUntilStopped(
      List<Api> addresses,
      Auth kiosk,
      String name,
      Map<Long, String> issued,
      AtomicBoolean running) {
    int at = 0;
    for (int i = 0; running.get(); i++) {
      String key = name + "-" + i;
      while (running.get()) { // the same request, with its key, until a server takes it
        try {
          Api.Response r =
              addresses
                  .get(at)
                  .post("/api/v1/tickets", "{\"service\":\"A\"}", kiosk, "Idempotency-Key", key);
          if (r.status() == 201 || r.status() == 200) {
            issued.put(r.json().path("id").asLong(), r.json().path("number").asString());
            break;
          }
        } catch (IllegalStateException unreachable) {
          // the next address
        }
        at = (at + 1) % addresses.size();
        pause(100);
      }
    }
  }

  private static void callUntilStopped(List<Api> addresses, AtomicBoolean running) {
    int at = 0;
    while (running.get()) {
      try {
        Api.Response r =
            addresses.get(at).post("/api/v1/counters/counter-9/call-next", null, STAFF);
        if (r.status() == 200) {
          addresses
              .get(at)
              .post("/api/v1/tickets/" + r.json().path("id").asLong() + "/start", null, STAFF);
          continue;
        }
        if (r.status() == 204) {
          pause(50);
          continue;
        }
      } catch (IllegalStateException unreachable) {
        // the next address
      }
      at = (at + 1) % addresses.size();
      pause(100);
    }
  }

  private static boolean healthUp(Api api) {
    try {
      return api.get("/actuator/health", Auth.none()).raw().body().contains("\"UP\"");
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  private static long lastSeq(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url)) {
      return single(db, "SELECT COALESCE(MAX(seq), 0) FROM event");
    }
  }

  private static void assertDatabaseConsistent(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url)) {
      assertThat(single(db, "SELECT MAX(seq) - COUNT(*) FROM event"))
          .as("event seq gap-free")
          .isZero();
      assertThat(
              single(
                  db,
                  "SELECT COUNT(*) FROM (SELECT 1 FROM ticket GROUP BY issued_service, office_day,"
                      + " day_sequence HAVING COUNT(*) > 1) twice"))
          .as("no number given twice")
          .isZero();
      assertThat(
              single(
                  db,
                  "SELECT COUNT(*) FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM event e WHERE"
                      + " e.type = 'TICKET_ISSUED' AND CAST(json_extract(e.payload, '$.ticket.id')"
                      + " AS BIGINT) = t.id)"))
          .as("every ticket has its issue event")
          .isZero();
    }
  }

  private static long single(Connection db, String sql) throws Exception {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  interface Condition {
    boolean met() throws Exception;
  }

  static void waitFor(Condition condition, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.met()) {
      assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Postgres;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 under load loses no acknowledged ticket or state change and never reuses a number: the
 * server runs in a child JVM, is killed with SIGKILL while clients issue and call tickets, and is
 * restarted on the same database: the SQLite file, or a PostgreSQL database.
 */
class CrashRecoveryIntegrationTest {
  private static final Auth STAFF = Auth.basic("staff1", "staff-demo");
  private static final int PAGE = 1000;
  private static final int READ_BACK = 20;

  /** What the clients were told before the crash. */
  record Acknowledged(Map<Long, String> issued, Map<Long, String> called) {}

  @Test
  void shouldKeepEveryAcknowledgedChangeAndNeverReuseANumberAfterSigkill(@TempDir Path data)
      throws Exception {
    try (ServerProcess server = new ServerProcess(data)) {
      crashTwiceUnderLoad(server);
    }
  }

  @Test
  void shouldKeepEveryAcknowledgedChangeAndNeverReuseANumberAfterSigkillOnPostgresql(
      @TempDir Path data) throws Exception {
    String url = Postgres.shared().newDatabase("crash");
    try (ServerProcess server = ServerProcess.onPostgres(data, url, "server")) {
      crashTwiceUnderLoad(server);
    }
  }

  private static void crashTwiceUnderLoad(ServerProcess server) throws Exception {
    {
      Api api = server.start();
      String kiosk =
          api.post(
                  "/api/v1/devices",
                  "{\"name\":\"crash\",\"kind\":\"KIOSK\"}",
                  Auth.basic("manager", "manager-demo"))
              .json()
              .path("token")
              .asString();
      api.post("/api/v1/counters/counter-9/open", null, STAFF);
      Acknowledged acked = new Acknowledged(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

      for (int round = 1; round <= 2; round++) {
        loadThenKill(api, server, Auth.bearer(kiosk), acked, round);
        api = server.start();

        assertAcknowledgedSurvived(api, acked);
        String after =
            api.post("/api/v1/tickets", "{\"service\":\"A\"}", Auth.bearer(kiosk))
                .json()
                .path("number")
                .asString();
        assertThat(acked.issued().values()).doesNotContain(after);
      }
      server.kill();
      assertDatabaseConsistent(server.databaseUrl(), acked);
    }
  }

  private static void loadThenKill(
      Api api, ServerProcess server, Auth kiosk, Acknowledged acked, int round) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(7);
    for (int c = 0; c < 6; c++) {
      int client = c;
      clients.execute(
          () -> {
            for (int i = 0; running.get() && i < 5_000; i++) {
              String key = "r" + round + "-c" + client + "-" + i;
              try {
                sent.incrementAndGet();
                Api.Response r =
                    api.post(
                        "/api/v1/tickets", "{\"service\":\"A\"}", kiosk, "Idempotency-Key", key);
                if (r.status() == 201) {
                  acked
                      .issued()
                      .put(r.json().path("id").asLong(), r.json().path("number").asString());
                }
              } catch (RuntimeException connectionLost) {
                return;
              }
            }
          });
    }
    clients.execute(
        () -> {
          for (int i = 0; running.get() && i < 5_000; i++) {
            try {
              Api.Response r = api.post("/api/v1/counters/counter-9/call-next", null, STAFF);
              if (r.status() == 200) {
                long id = r.json().path("id").asLong();
                acked.called().put(id, r.json().path("number").asString());
                api.post("/api/v1/tickets/" + id + "/start", null, STAFF);
              }
            } catch (RuntimeException connectionLost) {
              return;
            }
          }
        });
    for (int i = 0; i < 200 && sent.get() < 150 * round; i++) {
      Thread.sleep(20);
    }
    server.kill();
    running.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(acked.issued()).isNotEmpty();
  }

  /**
   * After a restart the server still knows every acknowledged ticket and call: each is in its event
   * log, read in pages of a thousand, and the tickets acknowledged last before the kill (those most
   * at risk) read back one by one with their numbers. The database check at the end reads every
   * acknowledged ticket's row.
   */
  private static void assertAcknowledgedSurvived(Api api, Acknowledged acked) {
    Map<Long, String> issued = new HashMap<>();
    Set<Long> called = new HashSet<>();
    long since = 0;
    JsonNode page;
    do {
      page = api.get("/api/v1/events?since=" + since + "&limit=" + PAGE, STAFF).json();
      for (JsonNode e : page) {
        since = e.path("seq").asLong();
        JsonNode ticket = e.path("ticket");
        switch (e.path("type").asString()) {
          case "TICKET_ISSUED" ->
              issued.put(ticket.path("id").asLong(), ticket.path("number").asString());
          case "TICKET_CALLED" -> called.add(ticket.path("id").asLong());
          default -> {}
        }
      }
    } while (page.size() == PAGE);
    assertThat(issued).as("issue events").containsAllEntriesOf(acked.issued());
    assertThat(called).as("call events").containsAll(acked.called().keySet());

    List<Long> latest =
        acked.issued().keySet().stream()
            .sorted(Comparator.reverseOrder())
            .limit(READ_BACK)
            .toList();
    for (long id : latest) {
      assertThat(api.get("/api/v1/tickets/" + id, STAFF).json().path("number").asString())
          .as("ticket %s", id)
          .isEqualTo(acked.issued().get(id));
    }
    for (Long id : acked.called().keySet()) {
      assertThat(api.get("/api/v1/tickets/" + id, STAFF).json().path("status").asString())
          .as("called ticket %s", id)
          .isNotEqualTo("WAITING");
    }
  }

  private static void assertDatabaseConsistent(String url, Acknowledged acked) throws Exception {
    int acknowledged = acked.issued().size();
    try (Connection db = DriverManager.getConnection(url)) {
      assertThat(single(db, "SELECT MAX(seq) - COUNT(*) FROM event"))
          .as("event seq gap-free")
          .isZero();
      assertThat(
              single(
                  db,
                  "SELECT COUNT(*) FROM (SELECT number FROM ticket GROUP BY number, office_day HAVING COUNT(*) > 1) twice"))
          .as("no number given twice on a day")
          .isZero();
      assertThat(single(db, "SELECT COUNT(*) FROM ticket")).isGreaterThanOrEqualTo(acknowledged);
      assertThat(
              single(
                  db,
                  "SELECT COUNT(*) FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.type = 'TICKET_ISSUED' AND CAST(json_extract(e.payload, '$.ticket.id') AS BIGINT) = t.id)"))
          .as("every ticket has its issue event")
          .isZero();
      Map<Long, String> numbers = new HashMap<>();
      Map<Long, String> statuses = new HashMap<>();
      try (ResultSet rs =
          db.createStatement().executeQuery("SELECT id, number, status FROM ticket")) {
        while (rs.next()) {
          numbers.put(rs.getLong(1), rs.getString(2));
          statuses.put(rs.getLong(1), rs.getString(3));
        }
      }
      assertThat(numbers)
          .as("every acknowledged ticket's row")
          .containsAllEntriesOf(acked.issued());
      for (Long id : acked.called().keySet()) {
        assertThat(statuses.get(id)).as("called ticket %s", id).isNotEqualTo("WAITING");
      }
    }
  }

  private static long single(Connection db, String sql) throws Exception {
    try (ResultSet rs = db.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

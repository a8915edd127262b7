package org.hallqueue.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.EventSocket;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Review finding 17, the restore drill: a backup taken while kiosks issue tickets restores, into a
 * fresh directory, the same tickets and gap-free events under a new event log identity, and screens
 * that saw the old log resync.
 */
class BackupRestoreIntegrationTest {
  private static final Api.Auth ADMIN = Api.Auth.basic("admin", ServerProcess.PASSWORD);
  private static final Api.Auth MANAGER = Api.Auth.basic("manager", "manager-demo");
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");

  @TempDir Path data;

  @Test
  void shouldBackUpUnderLoadAndRestoreTheSameTicketsAndEventsUnderANewLogIdentity()
      throws Exception {
    Path office = Files.createDirectories(data.resolve("office"));
    Path fresh = Files.createDirectories(data.resolve("fresh"));
    Path backup;
    String oldLog;
    long oldLatest;
    try (ServerProcess server = new ServerProcess(office)) {
      Api api = server.start();
      Api.Auth kiosk = api.newKiosk("Drill kiosk");
      AtomicBoolean loading = new AtomicBoolean(true);
      AtomicInteger issued = new AtomicInteger();
      List<Thread> kiosks = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        Thread t =
            new Thread(
                () -> {
                  while (loading.get()) {
                    if (api.post("/api/v1/tickets", "{\"service\":\"A\"}", kiosk).status() == 201) {
                      issued.incrementAndGet();
                    }
                  }
                });
        t.start();
        kiosks.add(t);
      }
      while (issued.get() < 50) {
        Thread.sleep(50);
      }
      Api.Response made = api.post("/api/v1/admin/backups", null, ADMIN);
      while (issued.get() < 100) {
        Thread.sleep(50);
      }
      loading.set(false);
      for (Thread t : kiosks) {
        t.join();
      }

      assertThat(made.status()).isEqualTo(201);
      JsonNode file = made.json();
      assertThat(file.path("integrity").asString()).isEqualTo("ok");
      assertThat(file.path("at").asString()).isNotBlank();
      backup = office.resolve("backups").resolve(file.path("file").asString());
      assertThat(Files.size(backup)).isEqualTo(file.path("bytes").asLong()).isPositive();
      assertThat(api.get("/api/v1/admin/backups", ADMIN).json().findValuesAsString("file"))
          .contains(file.path("file").asString());
      assertThat(api.post("/api/v1/admin/backups", null, MANAGER).status()).isEqualTo(403);

      ServerProcess restoreNow = ServerProcess.another(office, "restore");
      assertThat(restoreNow.runToExit(Duration.ofSeconds(90), "--restore=" + backup)).isNotZero();
      assertThat(restoreNow.logText())
          .contains("Another queue server (process " + server.pid() + ")")
          .contains("Nothing was restored");

      oldLog = api.get("/api/v1/events?since=0&limit=1", STAFF).header("X-Event-Log");
      oldLatest = latestSeq(api);
      server.kill();
    }
    Set<Long> backedUpTickets = column(backup, "SELECT id FROM ticket WHERE status = 'WAITING'");
    Set<Long> backedUpEvents = column(backup, "SELECT seq FROM event");
    assertThat(backedUpTickets).hasSizeGreaterThanOrEqualTo(50);

    ServerProcess restore = new ServerProcess(fresh);
    assertThat(restore.runToExit(Duration.ofSeconds(90), "--restore=" + backup)).isZero();
    assertThat(restore.logText()).contains("Restored " + backup);

    try (ServerProcess restored = new ServerProcess(fresh)) {
      Api api = restored.start();
      Set<Long> waiting = new HashSet<>();
      api.get("/api/v1/queue", STAFF).json().forEach(t -> waiting.add(t.path("id").asLong()));
      assertThat(waiting).isEqualTo(backedUpTickets);
      long latest = latestSeq(api);
      assertThat(latest).isEqualTo(backedUpEvents.size()).isLessThan(oldLatest);
      String newLog = api.get("/api/v1/events?since=0&limit=1", STAFF).header("X-Event-Log");
      assertThat(newLog).isNotBlank().isNotEqualTo(oldLog);

      try (EventSocket socket =
          EventSocket.open(api, "?since=" + (latest - 1) + "&log=" + oldLog, STAFF)) {
        JsonNode resync = socket.next(10);
        assertThat(resync.path("type").asString()).isEqualTo("RESYNC");
        assertThat(resync.path("seq").asLong()).isEqualTo(latest);
        assertThat(resync.path("log").asString()).isEqualTo(newLog);
      }
    }
  }

  private static long latestSeq(Api api) {
    long seq = 0;
    while (true) {
      JsonNode page = api.get("/api/v1/events?since=" + seq + "&limit=1000", STAFF).json();
      if (page.isEmpty()) {
        return seq;
      }
      for (JsonNode e : page) {
        assertThat(e.path("seq").asLong()).as("gap-free").isEqualTo(seq + 1);
        seq = e.path("seq").asLong();
      }
    }
  }

  private static Set<Long> column(Path database, String query) throws Exception {
    Set<Long> values = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }
}

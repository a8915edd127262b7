package org.hallqueue.server.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.failover.FailoverIntegrationTest.waitFor;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.Postgres;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standby is a started server that reads and writes nothing of the hall until it holds the leader
 * lock: it stands by on a database without a single table while a session of the test holds the
 * lock, and once that session ends it migrates, prepares the office and takes requests.
 */
class HotStandbyIntegrationTest {
  @Test
  void shouldStandByWithoutTouchingTheDatabaseAndTakeOverWhenTheLockIsFree(@TempDir Path data)
      throws Exception {
    String url = Postgres.shared().newDatabase("hot");
    Connection holder = DriverManager.getConnection(url);
    try (ResultSet rs =
        holder
            .createStatement()
            .executeQuery("SELECT pg_try_advisory_lock(" + LeaderLock.KEY + ")")) {
      rs.next();
      assertThat(rs.getBoolean(1)).isTrue();
    }
    try (ServerProcess server = ServerProcess.onPostgres(data, url, "hot")) {
      Api standby = server.startStandby();
      assertThat(standby.get("/api/v1/board", Auth.none()).status()).isEqualTo(503);
      Thread.sleep(1500); // a second and a half of standing by: timers would have run
      assertThat(tables(url)).as("tables a standby made").isZero();

      holder.close();
      waitFor(() -> upOn(standby), 60);
      Api.Response ticket =
          standby.post("/api/v1/tickets", "{\"service\":\"A\"}", standby.newKiosk("hot"));
      assertThat(ticket.status()).isEqualTo(201);
      assertThat(ticket.json().path("number").asString()).startsWith("A");
    }
  }

  @Test
  void shouldStopAtOnceWithExitCode3WhenItsLockSessionEndsWhileItRuns(@TempDir Path data)
      throws Exception {
    String url = Postgres.shared().newDatabase("lock_lost");
    try (ServerProcess server = ServerProcess.onPostgres(data, url, "lock-lost")) {
      server.start();
      try (Connection db = DriverManager.getConnection(url);
          ResultSet rs =
              db.createStatement()
                  .executeQuery(
                      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                          + " WHERE application_name = 'hallqueue-leader-lock'")) {
        assertThat(rs.next()).as("the leader lock's session").isTrue();
      }

      assertThat(server.exitCode(Duration.ofSeconds(20))).isEqualTo(LeaderLock.EXIT_LOCK_LOST);
      assertThat(server.logText()).contains("STOPPING: the leader lock");
    }
  }

  private static boolean upOn(Api api) {
    return api.get("/actuator/health", Auth.none()).raw().body().contains("\"UP\"");
  }

  private static long tables(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url);
        ResultSet rs =
            db.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

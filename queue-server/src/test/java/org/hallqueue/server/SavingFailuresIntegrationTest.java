package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review findings 18 and 19: health and answers tell the truth when the database stops taking
 * changes, and a server whose database files vanish stops writing instead of losing tickets.
 */
class SavingFailuresIntegrationTest {
  private static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  private static final String TICKET = "{\"service\":\"A\"}";

  @TempDir Path data;

  @Test
  void shouldReportDownAndSayNothingWasSavedWhileTheDatabaseRefusesWrites() throws Exception {
    try (ServerProcess server = new ServerProcess(data)) {
      Api api = server.start();
      Api.Auth kiosk = api.newKiosk("Kiosk"); // its sign-in is remembered: no read under the lock
      assertThat(api.post("/api/v1/tickets", TICKET, kiosk).status()).isEqualTo(201);
      assertThat(api.get("/actuator/health", Api.Auth.none()).status()).isEqualTo(200);

      try (Connection other = DriverManager.getConnection(server.databaseUrl());
          Statement hold = other.createStatement()) {
        hold.execute("BEGIN IMMEDIATE"); // holds the write lock: the server's writes fail busy
        Api.Response refused = api.post("/api/v1/tickets", TICKET, kiosk);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().path("saved").asString()).isEqualTo("no");
        assertThat(refused.json().path("detail").asString()).contains("nothing was saved");
        assertThat(api.get("/actuator/health", Api.Auth.none()).status()).isEqualTo(503);
        hold.execute("ROLLBACK");
      }

      Api.Response after = api.post("/api/v1/tickets", TICKET, kiosk);
      assertThat(after.status()).as(after.raw().body()).isEqualTo(201);
      assertThat(api.get("/actuator/health", Api.Auth.none()).status()).isEqualTo(200);
      assertThat(api.get("/api/v1/queue", STAFF).json())
          .as("the refused ticket is not saved")
          .hasSize(2);
    }
  }

  @Test
  void shouldStopSavingWithoutLosingTicketsWhenTheWriteAheadLogIsDeleted() throws Exception {
    List<Long> acknowledged = new ArrayList<>();
    try (ServerProcess server = new ServerProcess(data)) {
      Api api = server.start();
      for (int i = 0; i < 20; i++) {
        Api.Response issued = api.post("/api/v1/tickets", TICKET, STAFF);
        assertThat(issued.status()).isEqualTo(201);
        acknowledged.add(issued.json().path("id").asLong());
      }

      Files.delete(data.resolve("queue.db-wal"));
      Api.Response after = api.post("/api/v1/tickets", TICKET, STAFF);

      assertThat(after.status()).isEqualTo(503);
      assertThat(after.json().path("detail").asString()).contains("write-ahead log");
      assertThat(api.get("/actuator/health", Api.Auth.none()).status()).isEqualTo(503);
      assertThat(Files.readString(server.logFile().toPath())).contains("SAVING STOPPED");
      server.kill();
    }
    try (ServerProcess restarted = new ServerProcess(data)) {
      Api api = restarted.start();
      for (long id : acknowledged) {
        assertThat(api.get("/api/v1/tickets/" + id, STAFF).status())
            .as("acknowledged ticket %d", id)
            .isEqualTo(200);
      }
    }
  }
}

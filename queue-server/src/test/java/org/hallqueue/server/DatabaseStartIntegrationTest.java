package org.hallqueue.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerProcess;
import org.hallqueue.server.support.WriteProtection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review findings 15 and 18: a server refuses, in one plain sentence and with a non-zero exit code,
 * a database another server uses or one it cannot write.
 */
class DatabaseStartIntegrationTest {
  @TempDir Path data;

  @Test
  void shouldRefuseASecondServerOnTheSameDatabaseNamingTheFirst() throws Exception {
    try (ServerProcess first = new ServerProcess(data);
        ServerProcess second = ServerProcess.another(data, "second")) {
      Api api = first.start();

      int exit = second.runToExit(Duration.ofSeconds(90));

      assertThat(exit).isNotZero();
      String log = second.logText();
      assertThat(log).contains("Another queue server (process " + first.pid() + ")");
      assertThat(log).doesNotContain("\tat ");
      assertThat(api.get("/api/v1/services", Api.Auth.none()).status()).isEqualTo(200);
    }
  }

  @Test
  void shouldRefuseAReadOnlyDatabaseWithOnePlainSentence() throws Exception {
    try (ServerProcess once = new ServerProcess(data)) {
      once.start();
    }
    Path database = data.resolve("queue.db");
    try (WriteProtection ignored = WriteProtection.of(database);
        ServerProcess again = ServerProcess.another(data, "again")) {
      int exit = again.runToExit(Duration.ofSeconds(90));

      assertThat(exit).isNotZero();
      String log = again.logText();
      assertThat(log).contains("The database file " + database + " is read-only");
      assertThat(log).doesNotContain("\tat ");
      assertThat(log.lines().count()).isLessThan(30);
    }
    assertThat(Files.isWritable(database)).isTrue();
  }
}

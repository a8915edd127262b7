package org.hallqueue.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server with the demo office, like {@link ServerTest}, on a SQLite file apart: shared by
 * the test classes that leave thousands of tickets waiting, so that the main shared server's
 * counters stay quick to empty for everyone else.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"queue.demo=true", "queue.admin-password=" + ServerTest.ADMIN_PASSWORD})
public abstract class CrowdedServerTest {
  private static final Path DATA = temporaryDirectory();

  @LocalServerPort int port;
  protected Api api;

  @DynamicPropertySource
  static void crowdedDatabase(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:sqlite:" + DATA.resolve("queue.db") + "?journal_mode=WAL&busy_timeout=10000");
  }

  @BeforeEach
  void crowdedClient() {
    api = new Api(port);
  }

  protected int port() {
    return port;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("queue-server-crowded");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.hallqueue.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on a random port with the demo office, on a real SQLite file in a fresh
 * directory. Test classes extending this share one server.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"queue.demo=true", "queue.admin-password=" + ServerTest.ADMIN_PASSWORD})
public abstract class ServerTest {
  public static final String ADMIN_PASSWORD = "admin-test-password";
  public static final Api.Auth ADMIN = Api.Auth.basic("admin", ADMIN_PASSWORD);
  public static final Api.Auth MANAGER = Api.Auth.basic("manager", "manager-demo");
  public static final Api.Auth STAFF = Api.Auth.basic("staff1", "staff-demo");
  static final Path DATA = temporaryDirectory();

  @LocalServerPort int port;
  protected Api api;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:sqlite:"
                + DATA.resolve("queue.db")
                + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&transaction_mode=IMMEDIATE");
  }

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("queue-server-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

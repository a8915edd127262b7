package org.hallqueue.server.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A server on a machine without espeak-ng: it says so plainly, and answers audio with 503. A server
 * of its own (its own database), not the one the other test classes share.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"queue.demo=true", "queue.admin-password=" + ServerTest.ADMIN_PASSWORD})
class SpeechWithoutEspeakIntegrationTest {
  private static final Api.Auth STAFF = ServerTest.STAFF;
  private static final Path OWN = directory();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void withoutEspeak(DynamicPropertyRegistry registry) {
    registry.add("queue.speech.espeak-ng", () -> OWN.resolve("not-installed/espeak-ng").toString());
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + OWN.resolve("queue.db"));
  }

  @Test
  void shouldSayItHasNoOfflineVoiceAndHowToInstallOne() {
    Api api = new Api(port);
    JsonNode status = api.get("/api/v1/speech", STAFF).json();
    assertThat(status.path("available").asBoolean()).isFalse();
    assertThat(status.path("reason").asString()).contains("apt-get install espeak-ng");

    Api.Response audio = api.get("/api/v1/speech/audio?lang=en&text=Number%20A1", STAFF);
    assertThat(audio.status()).isEqualTo(503);
    assertThat(audio.contentType()).startsWith("application/problem+json");
    assertThat(audio.json().path("detail").asString()).contains("espeak-ng is not installed");
  }

  private static Path directory() {
    try {
      return Files.createTempDirectory("queue-server-no-espeak");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.Api.Auth;
import org.hallqueue.server.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server asked to stop (SIGTERM, as systemd does) while visitors' phone pages follow their
 * tickets ends those streams and stops within seconds, instead of waiting the web server's 30 s for
 * requests that never end; each page's stream is closed, so it reconnects to the next server.
 */
class StopWithPhonePagesOpenIntegrationTest {
  private static final Auth STAFF = Auth.basic("staff1", "staff-demo");

  @TempDir Path data;

  @Test
  void shouldStopWithinSecondsWhilePhonePagesFollowTheirTickets() throws Exception {
    try (ServerProcess server = new ServerProcess(data)) {
      Api api = server.start();
      String token =
          api.post("/api/v1/tickets", "{\"service\":\"A\"}", STAFF)
              .json()
              .path("trackingToken")
              .asString();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<Stream<String>> page =
          http.sendAsync(
                  HttpRequest.newBuilder(
                          URI.create(api.base() + "/api/v1/tickets/track/" + token + "/live"))
                      .header("Accept", "text/event-stream")
                      .build(),
                  HttpResponse.BodyHandlers.ofLines())
              .get(10, TimeUnit.SECONDS);
      assertThat(page.statusCode()).isEqualTo(200);
      Thread reader = new Thread(() -> page.body().forEach(line -> {}));
      reader.setDaemon(true);
      reader.start();

      long asked = System.nanoTime();
      ProcessHandle.of(server.pid()).orElseThrow().destroy(); // SIGTERM
      server.exitCode(Duration.ofSeconds(25));
      double seconds = (System.nanoTime() - asked) / 1e9;
      System.out.printf("stopped %.1f s after SIGTERM with a phone page open%n", seconds);
      assertThat(seconds).as("seconds from SIGTERM to the end of the server").isLessThan(15);
      reader.join(5_000);
      assertThat(reader.isAlive()).as("the page's stream was closed").isFalse();
    }
  }
}

package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.EmptyCounter;
import org.hallqueue.server.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The phone page follows its ticket by push: the public live stream sends the ticket's view at once
 * and again when it changes (here: called), with no sign-in; an unknown code is 404.
 */
class TrackingPushIntegrationTest extends ServerTest {

  @Test
  void shouldPushTheTicketsViewAtOnceAndAgainWhenItIsCalled() throws Exception {
    EmptyCounter.at(api, STAFF, "counter-6");
    JsonNode issued = api.post("/api/v1/tickets", "{\"service\":\"F\"}", STAFF).json();
    String token = issued.path("trackingToken").asString();
    BlockingQueue<String> data = new LinkedBlockingQueue<>();
    HttpClient http = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<Stream<String>>> open =
        http.sendAsync(
            HttpRequest.newBuilder(
                    URI.create(api.base() + "/api/v1/tickets/track/" + token + "/live"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> stream = open.get(10, TimeUnit.SECONDS);
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader =
        new Thread(
            () ->
                stream
                    .body()
                    .filter(line -> line.startsWith("data:"))
                    .forEach(line -> data.add(line.substring(5))));
    reader.setDaemon(true);
    reader.start();
    try {
      JsonNode first = Api.JSON.readTree(data.poll(10, TimeUnit.SECONDS));
      assertThat(first.path("status").asString()).isEqualTo("WAITING");
      assertThat(first.path("number")).isEqualTo(issued.path("number"));
      assertThat(first.has("trackingToken")).isFalse();

      api.post("/api/v1/counters/counter-6/call-next", null, STAFF);

      JsonNode called = Api.JSON.readTree(data.poll(5, TimeUnit.SECONDS));
      assertThat(called.path("status").asString()).isEqualTo("CALLED");
      assertThat(called.path("counter").path("number").asInt()).isEqualTo(6);
    } finally {
      reader.interrupt();
      stream.body().close();
    }
    assertThat(api.get("/api/v1/tickets/track/no-such-code/live", Api.Auth.none()).status())
        .isEqualTo(404);
  }
}

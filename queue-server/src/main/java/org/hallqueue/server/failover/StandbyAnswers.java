package org.hallqueue.server.failover;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What a standby server answers on its port while another server is the active one: {@code
 * /actuator/health} says {@code STANDBY} (503, so load balancers and clients go to the active one),
 * and every other request is refused with 503 and a sentence in both languages, nothing written. A
 * plain JDK HTTP server: the real one starts when this one takes over.
 */
final class StandbyAnswers implements AutoCloseable {
  static final String REFUSAL =
      "{\"type\":\"about:blank\",\"title\":\"Standby server\",\"status\":503,"
          + "\"detail\":\"This server is the standby of another queue server and takes no"
          + " requests; use the active server. 本服务器是另一台叫号服务器的备用机，不受理请求；"
          + "请使用正在工作的服务器。\",\"role\":\"STANDBY\"}";

  private final HttpServer server;

  /** Whether the warm-up start is done: taking over is a warm start from then on. */
  private volatile boolean warm;

  private StandbyAnswers(HttpServer server) {
    this.server = server;
  }

  static StandbyAnswers listen(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 50);
    StandbyAnswers answers = new StandbyAnswers(server);
    server.createContext("/", answers::answer);
    server.start();
    return answers;
  }

  void warmedUp() {
    warm = true;
  }

  private void answer(HttpExchange exchange) throws IOException {
    boolean health = exchange.getRequestURI().getPath().startsWith("/actuator/health");
    String text = health ? "{\"status\":\"STANDBY\",\"warm\":" + warm + "}" : REFUSAL;
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", health ? "application/json" : "application/problem+json");
    exchange.getResponseHeaders().set("Retry-After", "5");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    exchange.sendResponseHeaders(503, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Frees the port for the real server. */
  @Override
  public void close() {
    server.stop(0);
  }
}

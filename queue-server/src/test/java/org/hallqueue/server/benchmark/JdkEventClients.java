package org.hallqueue.server.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The boards as the JDK's {@code java.net.http} WebSocket clients ({@code --ws-client=jdk}). */
final class JdkEventClients extends EventClients {
  private static final String CALLED = "\"type\":\"TICKET_CALLED\"";
  private static final String TICKET_ID = "\"ticket\":{\"id\":";

  private final List<HttpClient> https = new ArrayList<>();
  private final ExecutorService executor;
  private final List<WebSocket> sockets = new ArrayList<>();

  private JdkEventClients(int size, int httpClients) {
    super(size);
    // A small shared pool runs the listeners; each HttpClient has its own selector thread.
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "ws-listener");
              t.setDaemon(true);
              return t;
            });
    for (int i = 0; i < httpClients; i++) {
      https.add(
          HttpClient.newBuilder()
              .executor(executor)
              .connectTimeout(Duration.ofSeconds(10))
              .build());
    }
  }

  /** Connects {@code size} clients, {@code batch} handshakes at a time. */
  static JdkEventClients connect(
      int port, String displayToken, int size, int httpClients, int batch) throws Exception {
    JdkEventClients clients = new JdkEventClients(size, httpClients);
    URI uri = URI.create("ws://127.0.0.1:" + port + "/ws/events?access_token=" + displayToken);
    try {
      for (int from = 0; from < size; from += batch) {
        List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
        for (int i = from; i < Math.min(size, from + batch); i++) {
          HttpClient http = clients.https.get(i % clients.https.size());
          pending.add(
              http.newWebSocketBuilder()
                  .connectTimeout(Duration.ofSeconds(10))
                  .buildAsync(uri, clients.new Listener(i)));
        }
        for (CompletableFuture<WebSocket> f : pending) {
          clients.sockets.add(f.get(20, TimeUnit.SECONDS));
        }
      }
    } catch (Exception e) {
      clients.close();
      throw e;
    }
    return clients;
  }

  @Override
  public void close() {
    for (WebSocket ws : sockets) {
      ws.abort();
    }
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final int index;
    private StringBuilder partial;

    Listener(int index) {
      this.index = index;
    }

    @Override
    public void onOpen(WebSocket ws) {
      ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      long at = System.nanoTime();
      CharSequence text = data;
      if (!last || partial != null) {
        if (partial == null) {
          partial = new StringBuilder();
        }
        partial.append(data);
        if (!last) {
          ws.request(1);
          return null;
        }
        text = partial;
        partial = null;
      }
      messages.incrementAndGet();
      String s = text.toString();
      if (s.contains(CALLED)) {
        int i = s.indexOf(TICKET_ID);
        if (i >= 0) {
          int from = i + TICKET_ID.length();
          int to = from;
          while (to < s.length() && Character.isDigit(s.charAt(to))) {
            to++;
          }
          call(Long.parseLong(s.substring(from, to))).received(index, at);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closedOrFailed.incrementAndGet();
      System.err.println("websocket " + index + " closed: " + statusCode + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closedOrFailed.incrementAndGet();
      System.err.println("websocket " + index + " failed: " + error);
    }
  }
}

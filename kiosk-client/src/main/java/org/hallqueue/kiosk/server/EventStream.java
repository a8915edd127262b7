package org.hallqueue.kiosk.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's live event log ({@code /ws/events}) over {@link java.net.http.WebSocket}, with the
 * device token. It reconnects by itself after 1, 2, 4 … up to the maximum delay, asking for {@code
 * since=} the last seq it saw so that nothing is missed; it pings the server and reconnects when
 * the pongs stop. A refused token (401) ends the stream.
 */
public final class EventStream implements AutoCloseable {

  /**
   * The part of an event the kiosk uses. {@code what} is set for CONFIG_CHANGED ("" otherwise);
   * {@code body} is the whole event, for those addressed to one kiosk (a print request, a help call
   * taken).
   */
  public record Event(long seq, String type, String what, JsonNode body) {}

  /** Told about the stream's life; called on the HTTP client's and the timer's threads. */
  public interface Listener {
    /**
     * The socket is open. {@code resumed} when it asked for {@code since=} a known seq, so that the
     * server replays every event missed; otherwise events before this moment are not known.
     */
    void connected(boolean resumed);

    void event(Event event);

    /** The server refused the device token (HTTP 401); the stream stops. */
    void refused(String why);

    /** The socket closed or could not open; a reconnection is scheduled. */
    default void disconnected(String why) {}

    /** Both listeners, {@code first} told first. */
    static Listener both(Listener first, Listener second) {
      return new Listener() {
        @Override
        public void connected(boolean resumed) {
          first.connected(resumed);
          second.connected(resumed);
        }

        @Override
        public void event(Event event) {
          first.event(event);
          second.event(event);
        }

        @Override
        public void refused(String why) {
          first.refused(why);
          second.refused(why);
        }

        @Override
        public void disconnected(String why) {
          first.disconnected(why);
          second.disconnected(why);
        }
      };
    }
  }

  /** WebSocket close code the server uses when a client has missed too much to replay. */
  private static final int POLICY_VIOLATION = 1008;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Servers servers;
  private final String token;
  private final ScheduledExecutorService timer;
  private final Duration retryFirst;
  private final Duration retryMax;
  private final Duration pingEvery;
  private final Listener listener;
  private final HttpClient http;

  private long lastSeq = -1;
  private int generation;
  private boolean closed;
  private boolean open;
  private WebSocket socket;
  private URI openOn;
  private Duration retryDelay;
  private long lastHeard;
  private ScheduledFuture<?> pinger;

  /**
   * On an active server and its standby: the stream opens on the address in use and, when it ends
   * or cannot open, reopens on the next one, resuming with {@code since=} the last seq it saw.
   */
  public EventStream(
      Servers servers,
      String token,
      ScheduledExecutorService timer,
      Duration retryFirst,
      Duration retryMax,
      Duration pingEvery,
      Listener listener) {
    this.servers = servers;
    this.token = token;
    this.timer = timer;
    this.retryFirst = retryFirst;
    this.retryMax = retryMax;
    this.pingEvery = pingEvery;
    this.listener = listener;
    this.retryDelay = retryFirst;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Opens the socket; from then on it stays open or is being reopened until {@link #close}. */
  public synchronized void start() {
    if (pinger == null && !closed) {
      long every = pingEvery.toMillis();
      pinger = timer.scheduleWithFixedDelay(this::ping, every, every, TimeUnit.MILLISECONDS);
    }
    connect();
  }

  /** The seq of the last event received, or -1 before the first. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  public synchronized boolean isOpen() {
    return open;
  }

  private synchronized void connect() {
    if (closed) {
      return;
    }
    int g = ++generation;
    boolean resumed = lastSeq >= 0;
    URI server = servers.current();
    URI endpoint = URI.create(server.toString().replaceFirst("^http", "ws") + "/ws/events");
    URI uri = resumed ? URI.create(endpoint + "?since=" + lastSeq) : endpoint;
    http.newWebSocketBuilder()
        .header("Authorization", "Bearer " + token)
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, new Socket(g, resumed, server))
        .whenComplete(
            (ws, error) -> {
              if (error != null) {
                Throwable c = error.getCause() != null ? error.getCause() : error;
                if (c instanceof WebSocketHandshakeException h
                    && h.getResponse().statusCode() == 401) {
                  refused(g, "the server refused the device token (401) on " + endpoint);
                } else {
                  servers.moveOn(server);
                  lost(g, "cannot open " + uri + ": " + c);
                }
              }
            });
  }

  private void refused(int g, String why) {
    synchronized (this) {
      if (g != generation || closed) {
        return;
      }
      closed = true;
      open = false;
      if (pinger != null) {
        pinger.cancel(false);
      }
    }
    listener.refused(why);
  }

  /** The socket of generation {@code g} is gone: reconnect after the current delay. */
  private void lost(int g, String why) {
    Duration delay;
    synchronized (this) {
      if (g != generation || closed) {
        return;
      }
      generation++;
      open = false;
      socket = null;
      delay = retryDelay;
      retryDelay = retryDelay.multipliedBy(2);
      if (retryDelay.compareTo(retryMax) > 0) {
        retryDelay = retryMax;
      }
      timer.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    listener.disconnected(why + "; again in " + delay.toMillis() + " ms");
  }

  private void ping() {
    WebSocket ws;
    int g;
    synchronized (this) {
      if (!open || socket == null) {
        return;
      }
      ws = socket;
      g = generation;
      long silent = System.nanoTime() - lastHeard;
      if (silent > pingEvery.multipliedBy(5).dividedBy(2).toNanos()) {
        ws.abort();
        URI on = openOn;
        timer.execute(
            () -> {
              servers.moveOn(on);
              lost(g, "no answer to pings for " + silent / 1_000_000 + " ms");
            });
        return;
      }
    }
    ws.sendPing(ByteBuffer.allocate(0));
  }

  @Override
  public void close() {
    WebSocket ws;
    synchronized (this) {
      closed = true;
      open = false;
      generation++;
      if (pinger != null) {
        pinger.cancel(false);
      }
      ws = socket;
      socket = null;
    }
    if (ws != null) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "kiosk closing")
          .orTimeout(1, TimeUnit.SECONDS)
          .whenComplete((x, e) -> ws.abort());
    }
  }

  private final class Socket implements WebSocket.Listener {
    private final int g;
    private final boolean resumed;
    private final URI server;
    private final StringBuilder text = new StringBuilder();

    Socket(int g, boolean resumed, URI server) {
      this.g = g;
      this.resumed = resumed;
      this.server = server;
    }

    private boolean current() {
      synchronized (EventStream.this) {
        return g == generation && !closed;
      }
    }

    private void heard() {
      synchronized (EventStream.this) {
        lastHeard = System.nanoTime();
      }
    }

    @Override
    public void onOpen(WebSocket ws) {
      synchronized (EventStream.this) {
        if (g != generation || closed) {
          ws.abort();
          return;
        }
        socket = ws;
        openOn = server;
        open = true;
        retryDelay = retryFirst;
        lastHeard = System.nanoTime();
      }
      listener.connected(resumed);
      ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      heard();
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        Event e = parse(message);
        if (e != null && current()) {
          synchronized (EventStream.this) {
            lastSeq = Math.max(lastSeq, e.seq());
          }
          listener.event(e);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
      heard();
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
      heard();
      ws.request(1);
      return null; // the client answers the ping itself
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
      if (code == POLICY_VIOLATION) {
        // too much missed to replay: start afresh (the listener reloads what it needs)
        synchronized (EventStream.this) {
          lastSeq = -1;
        }
      }
      if (code != POLICY_VIOLATION && code != WebSocket.NORMAL_CLOSURE) {
        servers.moveOn(server); // a server going away: the other may be taking over
      }
      lost(g, "the server closed the event stream: " + code + " " + reason);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      if (current()) {
        servers.moveOn(server);
      }
      lost(g, "the event stream failed: " + error);
    }
  }

  static Event parse(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      if (!n.hasNonNull("seq") || !n.hasNonNull("type")) {
        return null;
      }
      return new Event(
          n.get("seq").asLong(), n.get("type").asString(), n.path("what").asString(""), n);
    } catch (JacksonException e) {
      return null;
    }
  }
}

package org.hallqueue.server.events;

import jakarta.websocket.RemoteEndpoint;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /ws/events?since=SEQ&log=ID}: the event log, live. Each message is one event object, the
 * same as {@code GET /api/v1/events} returns. A client that reconnects with the last seq it saw
 * misses nothing; one too far behind, or whose {@code log} is not this log's identity (a restored
 * database), first gets {@code {"type":"RESYNC","seq":N,"log":ID}}: reload the snapshot, go on from
 * N.
 */
@Component
class EventSocketHandler extends TextWebSocketHandler {
  /** How long one send may block before the client is taken for dead. */
  private static final long SEND_TIMEOUT_MILLIS = 5_000;

  private final EventPump pump;
  private final Map<String, EventSubscriber> bySession = new ConcurrentHashMap<>();
  private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

  EventSocketHandler(EventPump pump) {
    this.pump = pump;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) throws IOException {
    var query = UriComponentsBuilder.fromUri(session.getUri()).build().getQueryParams();
    String since = query.getFirst("since");
    Long from = null;
    if (since != null) {
      try {
        from = Long.parseLong(since);
        if (from < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        session.close(CloseStatus.BAD_DATA.withReason("since must be a non-negative integer"));
        return;
      }
    }
    RemoteEndpoint.Basic remote = null;
    if (session instanceof NativeWebSocketSession nativeSession) {
      jakarta.websocket.Session ws =
          nativeSession.getNativeSession(jakarta.websocket.Session.class);
      if (ws != null) {
        ws.getUserProperties()
            .put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", SEND_TIMEOUT_MILLIS);
        remote = ws.getBasicRemote();
        remote.setBatchingAllowed(true);
      }
    }
    EventSubscriber subscriber =
        pump.subscribe(new SessionSink(session, remote), from, query.getFirst("log"));
    bySession.put(session.getId(), subscriber);
    open.put(session.getId(), session);
  }

  /** A signed-out staff member or a revoked device stops receiving events at once. */
  @EventListener
  void accessEnded(AccessEnded ended) {
    for (WebSocketSession session : open.values()) {
      if (session.getPrincipal() != null
          && session.getPrincipal().getName().equals(ended.principal())) {
        try {
          session.close(CloseStatus.POLICY_VIOLATION.withReason("signed out"));
        } catch (IOException | RuntimeException ignored) {
          // already gone
        }
      }
    }
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    open.remove(session.getId());
    EventSubscriber subscriber = bySession.remove(session.getId());
    if (subscriber != null) {
      pump.unsubscribe(subscriber);
    }
  }

  /**
   * Sends through the container's endpoint with batching on: each event is still its own text
   * message, but the messages queued for a client go out in one write when its buffer runs empty
   * (or the container's 8 KB batch buffer fills).
   */
  private record SessionSink(WebSocketSession session, RemoteEndpoint.Basic remote)
      implements EventSubscriber.Sink {
    @Override
    public void send(String json) throws IOException {
      if (remote != null) {
        // The writer hands the container a char array, which it encodes to UTF-8 several times
        // faster than the String that sendText wraps (that path goes char by char).
        try (Writer out = remote.getSendWriter()) {
          out.write(json);
        }
      } else {
        session.sendMessage(new TextMessage(json));
      }
    }

    @Override
    public void flush() throws IOException {
      if (remote != null) {
        remote.flushBatch();
      }
    }

    @Override
    public void drop(String reason) {
      try {
        session.close(CloseStatus.POLICY_VIOLATION.withReason(reason));
      } catch (IOException | RuntimeException ignored) {
        // already gone
      }
    }
  }
}

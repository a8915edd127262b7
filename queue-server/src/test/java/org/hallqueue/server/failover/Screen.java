package org.hallqueue.server.failover;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hallqueue.server.support.Api;
import org.hallqueue.server.support.EventSocket;
import tools.jackson.databind.JsonNode;

/**
 * A board or dashboard following the event stream the way static/kit/live.js does: it knows every
 * server's address, and when its connection ends it moves to the next address that answers and
 * resumes with since= the last event it had. Notes every gap, repeat or resync it sees.
 */
final class Screen implements AutoCloseable {
  private final List<Api> addresses;
  private final Api.Auth auth;
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile long lastSeq;
  private volatile int reconnections = -1;
  private volatile boolean open = true;

  private Screen(List<Api> addresses, long since, Api.Auth auth) {
    this.addresses = addresses;
    this.auth = auth;
    this.lastSeq = since;
    this.thread = new Thread(this::follow, "screen");
    thread.setDaemon(true);
  }

  static Screen follow(List<Api> addresses, long since, Api.Auth auth) {
    Screen screen = new Screen(addresses, since, auth);
    screen.thread.start();
    return screen;
  }

  private void follow() {
    int at = 0;
    while (open) {
      try (EventSocket socket = EventSocket.open(addresses.get(at), "?since=" + lastSeq, auth)) {
        reconnections++;
        while (open && !socket.ended()) {
          JsonNode event = socket.next(1);
          if (event != null) {
            take(event);
          }
        }
      } catch (Exception unreachable) {
        // the next address
      }
      at = (at + 1) % addresses.size();
      FailoverIntegrationTest.pause(200);
    }
  }

  private void take(JsonNode event) {
    long seq = event.path("seq").asLong();
    if ("RESYNC".equals(event.path("type").asString())) {
      problems.add("RESYNC at " + seq);
    } else if (seq != lastSeq + 1) {
      problems.add("event " + seq + " after " + lastSeq);
    }
    lastSeq = Math.max(lastSeq, seq);
  }

  long lastSeq() {
    return lastSeq;
  }

  List<String> problems() {
    return problems;
  }

  int reconnections() {
    return reconnections;
  }

  @Override
  public void close() {
    open = false;
  }
}

package org.hallqueue.server.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many display boards on {@code /ws/events}, all in this JVM: each notes the {@link
 * System#nanoTime()} at which it received the TICKET_CALLED event of each ticket. {@link
 * RawEventClients} read them on one thread of plain sockets; {@link JdkEventClients} are the JDK's
 * {@code java.net.http} clients.
 */
abstract class EventClients implements AutoCloseable {
  /** When each client received the call of one ticket. */
  static final class Call {
    final long[] receivedAt;
    final CountDownLatch all;

    Call(int clients) {
      receivedAt = new long[clients];
      all = new CountDownLatch(clients);
    }

    void received(int client, long at) {
      if (receivedAt[client] == 0) {
        receivedAt[client] = at;
        all.countDown();
      }
    }
  }

  private final Map<Long, Call> calls = new ConcurrentHashMap<>();
  final AtomicInteger closedOrFailed = new AtomicInteger();
  final AtomicInteger messages = new AtomicInteger();
  private final int size;

  EventClients(int size) {
    this.size = size;
  }

  int size() {
    return size;
  }

  int closedOrFailed() {
    return closedOrFailed.get();
  }

  int messages() {
    return messages.get();
  }

  /** The record of the call of {@code ticketId}, created on first use by either side. */
  Call call(long ticketId) {
    return calls.computeIfAbsent(ticketId, id -> new Call(size));
  }

  void forget(long ticketId) {
    calls.remove(ticketId);
  }

  @Override
  public abstract void close();
}

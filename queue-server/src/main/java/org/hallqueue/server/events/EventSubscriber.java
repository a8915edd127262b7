package org.hallqueue.server.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One live client of the event stream with a bounded buffer. Events are handed over without
 * blocking; a client that falls {@value #CAPACITY} events behind is dropped (it resumes with {@code
 * since}), so a slow or dead client never delays the others.
 */
final class EventSubscriber {
  static final int CAPACITY = 2_000;

  /** Where the subscriber's events go; may block on the network. */
  interface Sink {
    void send(String json) throws Exception;

    void drop(String reason);
  }

  private final Sink sink;
  private final Executor sending;
  private final BlockingQueue<Event> buffer = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean dropped;
  private long lastQueuedSeq;

  EventSubscriber(Sink sink, Executor sending, long lastSeenSeq) {
    this.sink = sink;
    this.sending = sending;
    this.lastQueuedSeq = lastSeenSeq;
  }

  /** Queues the event unless the subscriber has it already. Called by one thread at a time. */
  void offer(Event event) {
    if (dropped || event.seq() <= lastQueuedSeq) {
      return;
    }
    if (!buffer.offer(event)) {
      drop("too far behind; reconnect with since=" + (event.seq() - buffer.size() - 1));
      return;
    }
    lastQueuedSeq = event.seq();
    if (draining.compareAndSet(false, true)) {
      sending.execute(this::drain);
    }
  }

  boolean isDropped() {
    return dropped;
  }

  void drop(String reason) {
    if (!dropped) {
      dropped = true;
      buffer.clear();
      sink.drop(reason);
    }
  }

  private void drain() {
    try {
      Event next;
      while (!dropped && (next = buffer.poll()) != null) {
        sink.send(next.json());
      }
    } catch (Exception e) {
      drop("send failed: " + e.getMessage());
    } finally {
      draining.set(false);
    }
    if (!dropped && !buffer.isEmpty() && draining.compareAndSet(false, true)) {
      sending.execute(this::drain);
    }
  }
}

package org.hallqueue.server.events;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One live client of the event stream with a bounded buffer. Events are handed over without
 * blocking, so a slow or dead client never delays the others; a client that falls {@value
 * #CAPACITY} events behind loses what it has not received yet and is told to resync: {@code
 * {"type":"RESYNC","seq":N}} means "reload your snapshot, then go on with the events after N".
 */
final class EventSubscriber {
  static final int CAPACITY = 2_000;
  static final String RESYNC = "RESYNC";

  /** Where the subscriber's events go; may block on the network. */
  interface Sink {
    /** Sends one event as one message; may hold it back until {@link #flush}. */
    void send(String json) throws Exception;

    /** Puts what {@link #send} held back on the wire; called when the buffer runs empty. */
    default void flush() throws Exception {}

    void drop(String reason);
  }

  private final Sink sink;
  private final String logId;
  private final Executor sending;
  private final BlockingQueue<Event> buffer = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean dropped;
  private long lastQueuedSeq;

  EventSubscriber(Sink sink, Executor sending, long lastSeenSeq) {
    this(sink, sending, lastSeenSeq, null);
  }

  /** With {@code logId}, a RESYNC names the event log ({@code "log"}) the client goes on in. */
  EventSubscriber(Sink sink, Executor sending, long lastSeenSeq, String logId) {
    this.sink = sink;
    this.logId = logId;
    this.sending = sending;
    this.lastQueuedSeq = lastSeenSeq;
  }

  /** Queues the event unless the subscriber has it already. Called by one thread at a time. */
  void offer(Event event) {
    offerAll(List.of(event));
  }

  /**
   * Queues the events (in seq order) it does not have yet, then starts one send of all of them: the
   * events of one commit reach the client in one write. Called by one thread at a time.
   */
  void offerAll(List<Event> events) {
    for (Event event : events) {
      if (dropped) {
        return;
      }
      if (event.seq() <= lastQueuedSeq) {
        continue;
      }
      if (!buffer.offer(event)) {
        buffer.clear();
        buffer.offer(resyncMessage(event.seq() - 1));
        buffer.offer(event);
      }
      lastQueuedSeq = event.seq();
    }
    if (!buffer.isEmpty() && draining.compareAndSet(false, true)) {
      sending.execute(this::drain);
    }
  }

  /**
   * Tells the client to reload its snapshot and go on from {@code seq}: whatever it was still owed
   * is dropped. Called by the thread that offers events.
   */
  void resync(long seq) {
    buffer.clear();
    buffer.offer(resyncMessage(seq));
    lastQueuedSeq = seq;
    if (draining.compareAndSet(false, true)) {
      sending.execute(this::drain);
    }
  }

  private Event resyncMessage(long seq) {
    String log = logId == null ? "" : ",\"log\":\"" + logId + "\"";
    return new Event(seq, RESYNC, "{\"type\":\"" + RESYNC + "\",\"seq\":" + seq + log + "}");
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
      boolean sent = false;
      while (!dropped && (next = buffer.poll()) != null) {
        sink.send(next.json());
        sent = true;
      }
      if (sent && !dropped) {
        sink.flush();
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

package org.hallqueue.server.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hallqueue.server.failover.Leadership;
import org.hallqueue.server.persistence.Writes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fans committed events out to live subscribers, in seq order, without gaps. After each commit it
 * reads the log from the last seq it delivered, so delivery order is the commit order whatever
 * thread committed.
 */
@Component
public class EventPump implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EventPump.class);

  /** A reconnecting client further behind than this is told to resync instead of replayed. */
  static final int MAX_REPLAY = EventSubscriber.CAPACITY - 100;

  private final EventLog events;
  private final List<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();
  private final Semaphore committed = new Semaphore(0);
  private final ExecutorService sending = Executors.newFixedThreadPool(8, daemon("event-send"));
  private final Thread pump;
  private final Object delivery = new Object();
  private volatile boolean running = true;
  private long delivered;

  public EventPump(EventLog events, Leadership leadership) {
    this.events = events;
    this.pump = daemon("event-pump").newThread(this::run);
    leadership.whenActive("the event pump", this::start);
  }

  /** From the log's latest event on: a standby reads nothing until it takes over. */
  private void start() {
    synchronized (delivery) {
      delivered = events.latestSeq();
    }
    pump.start();
  }

  @EventListener
  void onCommit(Writes.Committed commit) {
    committed.release();
  }

  /**
   * Adds a subscriber that first receives every event after {@code since} (or only new events when
   * {@code since} is null), then every new one. A client more than {@link #MAX_REPLAY} events
   * behind, ahead of the log or coming from another log ({@code logId}: the log was restored from a
   * backup), is told to resync from the latest seq instead.
   */
  EventSubscriber subscribe(EventSubscriber.Sink sink, Long since, String logId) {
    synchronized (delivery) {
      long latest = events.latestSeq();
      long from = since == null ? latest : since;
      String identity = events.identity();
      EventSubscriber subscriber = new EventSubscriber(sink, sending, from, identity);
      boolean otherLog = logId != null && !logId.equals(identity);
      if (otherLog || from > latest || latest - from > MAX_REPLAY) {
        subscriber.resync(latest);
      } else {
        subscriber.offerAll(events.since(from, MAX_REPLAY + 1));
      }
      subscribers.add(subscriber);
      return subscriber;
    }
  }

  void unsubscribe(EventSubscriber subscriber) {
    subscribers.remove(subscriber);
  }

  int subscriberCount() {
    return subscribers.size();
  }

  private void run() {
    while (running) {
      try {
        if (committed.tryAcquire(1, TimeUnit.SECONDS)) {
          committed.drainPermits();
        }
        deliverNew();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("delivering events failed; retrying", e);
      }
    }
  }

  private void deliverNew() {
    synchronized (delivery) {
      List<Event> batch;
      do {
        batch = events.since(delivered, 500);
        if (batch.isEmpty()) {
          break;
        }
        for (EventSubscriber s : subscribers) {
          s.offerAll(batch);
          if (s.isDropped()) {
            subscribers.remove(s);
          }
        }
        delivered = batch.get(batch.size() - 1).seq();
      } while (batch.size() == 500);
    }
  }

  @Override
  public void destroy() {
    running = false;
    pump.interrupt();
    sending.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}

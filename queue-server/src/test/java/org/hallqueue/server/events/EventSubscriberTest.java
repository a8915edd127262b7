package org.hallqueue.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventSubscriberTest {
  private final ExecutorService sending = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    sending.shutdownNow();
  }

  @Test
  void shouldDeliverEventsInOrderAndSkipOnesAlreadySeen() throws Exception {
    RecordingSink sink = new RecordingSink(null);
    EventSubscriber subscriber = new EventSubscriber(sink, sending, 2);

    for (long seq = 1; seq <= 6; seq++) {
      subscriber.offer(event(seq));
    }

    sink.awaitCount(4);
    assertThat(sink.received).containsExactly("3", "4", "5", "6");
  }

  @Test
  void shouldTellASubscriberThatFellTooFarBehindToResyncWithoutDelayingTheOthers()
      throws Exception {
    CountDownLatch stalled = new CountDownLatch(1);
    RecordingSink slowSink = new RecordingSink(stalled);
    RecordingSink healthy = new RecordingSink(null);
    EventSubscriber slow = new EventSubscriber(slowSink, sending, 0);
    EventSubscriber fast = new EventSubscriber(healthy, sending, 0);
    int events = EventSubscriber.CAPACITY + 10;

    long started = System.nanoTime();
    for (long seq = 1; seq <= events; seq++) {
      slow.offer(event(seq));
      fast.offer(event(seq));
      if (seq % 500 == 0) {
        healthy.awaitCount((int) seq); // events arrive over time, not in one burst
      }
    }
    long offeringMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    stalled.countDown();

    healthy.awaitCount(events);
    slowSink.awaitLast(Long.toString(events));
    assertThat(slow.isDropped()).isFalse();
    int resync = slowSink.received.indexOf("{\"type\":\"RESYNC\",\"seq\":2001}");
    assertThat(resync).as("a RESYNC in %s", slowSink.received).isPositive();
    assertThat(slowSink.received.subList(resync + 1, slowSink.received.size()))
        .containsExactly("2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010");
    assertThat(fast.isDropped()).isFalse();
    assertThat(healthy.received).hasSize(events);
    assertThat(offeringMillis).as("offering never waits for a client").isLessThan(5_000);
  }

  private static Event event(long seq) {
    return new Event(seq, "TICKET_ISSUED", Long.toString(seq));
  }

  private static final class RecordingSink implements EventSubscriber.Sink {
    final List<String> received = new CopyOnWriteArrayList<>();
    final CountDownLatch block;
    volatile String dropReason;

    RecordingSink(CountDownLatch block) {
      this.block = block;
    }

    @Override
    public void send(String json) throws InterruptedException {
      if (block != null) {
        block.await();
      }
      received.add(json);
    }

    @Override
    public void drop(String reason) {
      dropReason = reason;
    }

    void awaitLast(String last) throws InterruptedException {
      for (int i = 0; i < 500 && !received.contains(last); i++) {
        Thread.sleep(10);
      }
    }

    void awaitCount(int n) throws InterruptedException {
      for (int i = 0; i < 500 && received.size() < n; i++) {
        Thread.sleep(10);
      }
    }
  }
}

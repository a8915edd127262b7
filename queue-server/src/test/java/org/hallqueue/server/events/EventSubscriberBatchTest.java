package org.hallqueue.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The events of one commit go to a client as separate messages, put on the wire together. */
class EventSubscriberBatchTest {
  private final ExecutorService sending = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    sending.shutdownNow();
  }

  @Test
  void shouldSendEachEventAsItsOwnMessageAndFlushOncePerBatch() throws Exception {
    RecordingSink sink = new RecordingSink();
    EventSubscriber subscriber = new EventSubscriber(sink, sending, 1);

    subscriber.offerAll(List.of(event(1), event(2), event(3), event(4)));
    sink.awaitCalls(4);
    subscriber.offerAll(List.of(event(4), event(5)));
    sink.awaitCalls(6);

    assertThat(sink.calls)
        .containsExactly("send 2", "send 3", "send 4", "flush", "send 5", "flush");
  }

  private static Event event(long seq) {
    return new Event(seq, "TICKET_CALLED", Long.toString(seq));
  }

  private static final class RecordingSink implements EventSubscriber.Sink {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void send(String json) {
      calls.add("send " + json);
    }

    @Override
    public void flush() {
      calls.add("flush");
    }

    @Override
    public void drop(String reason) {
      calls.add("drop " + reason);
    }

    void awaitCalls(int n) throws InterruptedException {
      for (int i = 0; i < 500 && calls.size() < n; i++) {
        Thread.sleep(10);
      }
    }
  }
}

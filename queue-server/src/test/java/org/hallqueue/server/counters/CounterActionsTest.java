package org.hallqueue.server.counters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent;
import org.hallqueue.server.events.QueueEvent.TicketCalled;
import org.hallqueue.server.queue.CallNext;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.queue.WeightedAgingStrategy;
import org.hallqueue.server.support.fakes.InMemoryOffice;
import org.junit.jupiter.api.Test;

/** Call-next as the application runs it (load, decide, save, publish), without Spring. */
class CounterActionsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

  private final InMemoryOffice office =
      new InMemoryOffice()
          .withLane("standard", 1.0, Duration.ofMinutes(60))
          .withLane("elderly", 2.0, Duration.ofMinutes(30))
          .withCounter("c1", 1, CounterStatus.OPEN, null, "A")
          .withCounter("c2", 2, CounterStatus.PAUSED, null, "A");
  private final CounterActions actions =
      new CounterActions(
          office,
          office,
          office,
          office,
          new CallNext(new WeightedAgingStrategy()),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldCallTheElderlyVisitorAndPublishTheCallWithItsAnnouncement() {
    office
        .withTicket(waiting(1, "A", "standard", 10))
        .withTicket(waiting(2, "A", "elderly", 8))
        .withTicket(waiting(3, "B", "elderly", 30));

    CallNext.Outcome outcome = actions.callNext("c1", "staff1");

    assertThat(outcome).isInstanceOf(CallNext.Called.class);
    assertThat(((CallNext.Called) outcome).called().number()).isEqualTo("A002");
    assertThat(office.ticket(2).status()).isEqualTo(TicketStatus.CALLED);
    assertThat(office.ticket(2).counterId()).isEqualTo("c1");
    TicketCalled event = (TicketCalled) office.events().get(0);
    assertThat(event.type()).isEqualTo(EventType.TICKET_CALLED);
    assertThat(event.announcement()).containsEntry("zh-CN", "请 A002 号到 1 号窗口办理");
    assertThat(event.by()).isEqualTo("staff1");
  }

  @Test
  void shouldCompleteTheVisitBeingServedBeforeCallingTheNext() {
    Ticket serving = waiting(1, "A", "standard", 20).call("c1", NOW).next().start(NOW).next();
    office.withTicket(serving).withTicket(waiting(2, "A", "standard", 5));

    actions.callNext("c1", "staff1");

    assertThat(office.ticket(1).status()).isEqualTo(TicketStatus.DONE);
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(EventType.TICKET_COMPLETED, EventType.TICKET_CALLED);
  }

  @Test
  void shouldRefuseWithoutChangingAnythingWhileTheCalledVisitorHasNotStarted() {
    office
        .withTicket(waiting(1, "A", "standard", 20).call("c1", NOW).next())
        .withTicket(waiting(2, "A", "standard", 5));

    CallNext.Outcome outcome = actions.callNext("c1", "staff1");

    assertThat(outcome).isInstanceOf(CallNext.Refused.class);
    assertThat(((CallNext.Refused) outcome).reason()).contains("A001 was called and not started");
    assertThat(office.ticket(2).status()).isEqualTo(TicketStatus.WAITING);
    assertThat(office.events()).isEmpty();
  }

  @Test
  void shouldRefuseAtAPausedCounter() {
    office.withTicket(waiting(1, "A", "standard", 5));

    CallNext.Outcome outcome = actions.callNext("c2", "staff2");

    assertThat(outcome).isEqualTo(new CallNext.Refused("counter 2 is PAUSED; open it first"));
    assertThat(office.events()).isEmpty();
  }

  @Test
  void shouldAnswerNothingWaitingWhenOnlyOtherServicesWait() {
    office.withTicket(waiting(1, "B", "elderly", 50));

    assertThat(actions.callNext("c1", "staff1")).isEqualTo(new CallNext.NothingWaiting(null));
    assertThat(office.ticket(1).status()).isEqualTo(TicketStatus.WAITING);
  }

  @Test
  void shouldPublishTheNewStatusWhenACounterOpens() {
    actions.setStatus("c2", CounterStatus.OPEN, "staff2");

    assertThat(office.counter("c2").orElseThrow().status()).isEqualTo(CounterStatus.OPEN);
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(EventType.COUNTER_STATUS);
  }

  private static Ticket waiting(long id, String service, String lane, long minutesAgo) {
    return Ticket.issued(
        id,
        String.format("%s%03d", service, id),
        service,
        lane,
        "zh-CN",
        NOW.minus(Duration.ofMinutes(minutesAgo)),
        "token-" + id);
  }
}

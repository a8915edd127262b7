package org.hallqueue.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hallqueue.server.events.EventType;
import org.hallqueue.server.events.QueueEvent;
import org.hallqueue.server.office.QueueSettings;
import org.hallqueue.server.queue.CounterStatus;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;
import org.hallqueue.server.queue.Transition;
import org.hallqueue.server.support.fakes.InMemoryOffice;
import org.hallqueue.server.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What staff do with a called ticket, as the application runs it, without Spring. */
class TicketActionsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

  private final InMemoryOffice office =
      new InMemoryOffice()
          .withLane("standard", 1.0, Duration.ofMinutes(60))
          .withService("A", Duration.ofMinutes(6))
          .withService("B", Duration.ofMinutes(8))
          .withCounter("c1", 1, CounterStatus.OPEN, null, "A");
  private final TicketActions actions =
      new TicketActions(
          office,
          office,
          office,
          office,
          new QueueSettings(null, false, ZoneId.of("Asia/Shanghai"), null, 2, null),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void shouldRecallTwiceAndThenMarkTheVisitorANoShow() {
    office.withTicket(called(1));

    actions.recall(1, "staff1");
    actions.recall(1, "staff1");
    actions.recall(1, "staff1");

    assertThat(office.ticket(1).status()).isEqualTo(TicketStatus.NO_SHOW);
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(
            EventType.TICKET_RECALLED, EventType.TICKET_RECALLED, EventType.TICKET_NO_SHOW);
  }

  @Test
  void shouldRefuseToCompleteACalledVisitWithoutSavingOrPublishing() {
    office.withTicket(called(1));

    Transition outcome = actions.complete(1, "staff1");

    assertThat(outcome).isInstanceOf(Transition.Refused.class);
    assertThat(office.ticket(1).status()).isEqualTo(TicketStatus.CALLED);
    assertThat(office.events()).isEmpty();
  }

  @Test
  void shouldTransferKeepingThePlaceAndTellTheScreens() {
    office.withTicket(called(1));

    actions.start(1, "staff1");
    Transition outcome = actions.transfer(1, "B", "staff1");

    Ticket moved = outcome.next();
    assertThat(moved.service()).isEqualTo("B");
    assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
    assertThat(moved.queuedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(EventType.TICKET_STARTED, EventType.TICKET_TRANSFERRED);
  }

  @Test
  void shouldRefuseATransferToAServiceTheOfficeDoesNotOffer() {
    office.withTicket(called(1));

    assertThatThrownBy(() -> actions.transfer(1, "Z", "staff1"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(office.events()).isEmpty();
  }

  @Test
  void shouldParkAVisitorAndTellTheScreens() {
    office.withTicket(called(1));

    Ticket parked = actions.park(1, 10, " copy of the ID card ", "staff1").next();

    assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
    assertThat(parked.park().until()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(parked.park().reason()).isEqualTo("copy of the ID card");
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(EventType.TICKET_PARKED);
  }

  @Test
  void shouldRefuseParkMinutesThatAreMissingOrOutOfRangeNamingTheField() {
    office.withTicket(called(1));

    for (Integer minutes : new Integer[] {null, 0, -5, 241}) {
      assertThatThrownBy(() -> actions.park(1, minutes, null, "staff1"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("minutes:");
    }
    assertThatThrownBy(() -> actions.park(1, 5, "x".repeat(201), "staff1"))
        .hasMessageStartingWith("reason:");
    assertThat(office.events()).isEmpty();
  }

  @Test
  void shouldBringBackOnlyTheParkedTicketsWhoseMinutesAreUp() {
    office.withTicket(called(1)).withTicket(called(2));
    office.update(
        office
            .ticket(1)
            .park(Duration.ofMinutes(5), null, NOW.minus(Duration.ofMinutes(6)))
            .next());
    office.update(
        office
            .ticket(2)
            .park(Duration.ofMinutes(5), null, NOW.minus(Duration.ofMinutes(4)))
            .next());

    int returned = actions.returnParked("park-timer");

    assertThat(returned).isEqualTo(1);
    assertThat(office.ticket(1).isBackFromPark()).isTrue();
    assertThat(office.ticket(2).status()).isEqualTo(TicketStatus.PARKED);
    assertThat(office.events())
        .extracting(QueueEvent::type)
        .containsExactly(EventType.TICKET_UNPARKED);
    assertThat(actions.returnParked("park-timer")).isZero();
  }

  private static Ticket called(long id) {
    return Ticket.issued(
            id, "A00" + id, "A", "standard", "zh-CN", NOW.minus(Duration.ofMinutes(15)), "t" + id)
        .call("c1", NOW.minus(Duration.ofMinutes(1)))
        .next();
  }
}

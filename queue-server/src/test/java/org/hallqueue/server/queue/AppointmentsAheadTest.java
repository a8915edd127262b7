package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;
import static org.hallqueue.server.queue.Fixtures.state;
import static org.hallqueue.server.queue.Fixtures.waiting;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentsAheadTest {
  private final Ticket walkInA = waiting(1, "standard", "A", OPENING);
  private final Ticket walkInB = waiting(2, "standard", "B", OPENING.plus(minutes(1)));
  private final Ticket laterWalkInA = waiting(3, "standard", "A", OPENING.plus(minutes(2)));
  private final Ticket bookedA = waiting(4, "standard", "A", OPENING.plus(minutes(3)));
  private final Counter both = Fixtures.counter("c1", null, "A", "B");

  private static CallStrategy rule(boolean ahead, Ticket... booked) {
    Set<Long> ids =
        java.util.Arrays.stream(booked)
            .map(Ticket::id)
            .collect(java.util.stream.Collectors.toSet());
    return new AppointmentsAhead(new FifoStrategy(), t -> ids.contains(t.id()), () -> ahead);
  }

  @Test
  void shouldCallACheckedInTicketBeforeTheWalkInsOfItsServiceOnly() {
    QueueState state =
        state(List.of(walkInA, walkInB, laterWalkInA, bookedA), OPENING.plus(minutes(5)));
    List<RankedTicket> order = rule(true, bookedA).rank(state, both);
    assertThat(order).extracting(r -> r.ticket().id()).containsExactly(4L, 2L, 1L, 3L);
    assertThat(order.get(0).reason().rule()).isEqualTo(AppointmentsAhead.RULE);
    assertThat(rule(true, bookedA).ahead(state, bookedA)).isZero();
  }

  @Test
  void shouldCountThePassedOverWalkInsInTheCallReason() {
    QueueState state = state(List.of(walkInA, laterWalkInA, bookedA), OPENING.plus(minutes(5)));
    RankedTicket first = new CallNext(rule(true, bookedA)).choose(state, both).orElseThrow();
    assertThat(first.ticket()).isEqualTo(bookedA);
    assertThat(first.reason().aheadOfEarlier()).isEqualTo(2);
  }

  @Test
  void shouldKeepTheOrdinaryOrderButMarkTheTicketWhenTheOfficeCallsInTurn() {
    QueueState state = state(List.of(walkInA, bookedA), OPENING.plus(minutes(5)));
    List<RankedTicket> order = rule(false, bookedA).rank(state, both);
    assertThat(order).extracting(r -> r.ticket().id()).containsExactly(1L, 4L);
    assertThat(order.get(1).reason().rule()).isEqualTo(AppointmentsAhead.RULE);
  }

  @Test
  void shouldLeaveAWalkInPastItsCapAheadSoThatNoOneStarves() {
    Ticket overdue = waiting(5, "standard", "A", OPENING.minus(minutes(90)));
    QueueState state = state(List.of(overdue, bookedA), OPENING.plus(minutes(5)));
    CallStrategy aging =
        new AppointmentsAhead(new WeightedAgingStrategy(), t -> t.id() == 4L, () -> true);
    assertThat(aging.rank(state, both)).extracting(r -> r.ticket().id()).containsExactly(5L, 4L);
  }
}

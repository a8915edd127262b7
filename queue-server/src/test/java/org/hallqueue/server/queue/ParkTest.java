package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Park (hold): a visitor sent to fetch a paper comes back to the front of their service. */
class ParkTest {
  private final Ticket called =
      Fixtures.waiting(1, "standard", minutes(20)).call("counter-1", OPENING).next();

  @Test
  void shouldParkACalledOrServedVisitorKeepingTheCounterTheyComeBackTo() {
    Ticket parked = called.park(minutes(10), "copy of the contract", OPENING).next();
    Ticket servedThenParked =
        called.start(OPENING).next().park(minutes(5), null, OPENING.plusSeconds(60)).next();

    assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
    assertThat(parked.counterId()).isEqualTo("counter-1");
    assertThat(parked.park())
        .isEqualTo(new Park(OPENING.plus(minutes(10)), "copy of the contract"));
    assertThat(servedThenParked.park().until()).isEqualTo(OPENING.plus(minutes(6)));
  }

  @Test
  void shouldRefuseToParkAWaitingOrFinishedTicketAndToUnparkOneNotParked() {
    Ticket waiting = Fixtures.waiting(2, "standard", minutes(1));

    assertThat(waiting.park(minutes(10), null, OPENING)).isInstanceOf(Transition.Refused.class);
    assertThat(called.noShow(OPENING).next().park(minutes(10), null, OPENING))
        .isInstanceOf(Transition.Refused.class);
    assertThat(called.unpark(OPENING))
        .isEqualTo(
            new Transition.Refused(
                TicketStatus.CALLED, "unpark", "cannot unpark a ticket that is CALLED"));
  }

  @Test
  void shouldComeBackWaitingFromTheEndOfItsParkEvenWhenNoticedLate() {
    Ticket parked = called.park(minutes(10), "photo", OPENING).next();

    Ticket early = parked.unpark(OPENING.plus(minutes(3))).next();
    Ticket late = parked.unpark(OPENING.plus(minutes(90))).next();

    assertThat(parked.parkEndedAt(OPENING.plus(minutes(9)))).isFalse();
    assertThat(parked.parkEndedAt(OPENING.plus(minutes(10)))).isTrue();
    assertThat(early.status()).isEqualTo(TicketStatus.WAITING);
    assertThat(early.isBackFromPark()).isTrue();
    assertThat(early.counterId()).isNull();
    assertThat(early.queuedAt()).isEqualTo(called.queuedAt());
    assertThat(early.park().until()).isEqualTo(OPENING.plus(minutes(3)));
    assertThat(late.park().until()).isEqualTo(OPENING.plus(minutes(10)));
  }

  @Test
  void shouldBeCalledBeforeAnEarlierElderlyVisitorOnceBackAndThenForgetThePark() {
    Instant back = OPENING.plus(minutes(12));
    Ticket returned = called.park(minutes(10), null, OPENING).next().unpark(back).next();
    Ticket elderly = Fixtures.waiting(3, "elderly", "A", OPENING.minus(minutes(25)));
    CallNext callNext = new CallNext(new ParkedFirst(new WeightedAgingStrategy()));

    CallNext.Outcome outcome =
        callNext.decide(
            Fixtures.anyServiceCounter(), null, Fixtures.state(List.of(elderly, returned), back));

    CallNext.Called call = (CallNext.Called) outcome;
    assertThat(call.called().id()).isEqualTo(returned.id());
    assertThat(call.reason().rule()).isEqualTo("BACK_FROM_PARK");
    assertThat(call.called().park()).isNull();
    assertThat(call.called().isBackFromPark()).isFalse();
  }

  @Test
  void shouldNeverCallAParkedTicketAndOnlyTheServicesOwnReturnsGoFirst() {
    Ticket parked = called.park(minutes(10), null, OPENING).next();
    Ticket otherServiceBack =
        Fixtures.waiting(4, "standard", "B", OPENING.minus(minutes(5)))
            .call("counter-2", OPENING)
            .next()
            .park(minutes(1), null, OPENING)
            .next()
            .unpark(OPENING.plus(minutes(1)))
            .next();
    Ticket waiting = Fixtures.waiting(5, "standard", "A", OPENING.minus(minutes(2)));
    Counter onlyA = Fixtures.counter("counter-1", null, "A");

    CallNext.Outcome outcome =
        new CallNext(new ParkedFirst(new FifoStrategy()))
            .decide(
                onlyA,
                null,
                Fixtures.state(List.of(waiting, otherServiceBack), OPENING.plus(minutes(2))));

    assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
    assertThat(((CallNext.Called) outcome).called().id()).isEqualTo(waiting.id());
  }

  @Test
  void shouldCountTicketsAheadExactlyAsItRanksThemForEveryStrategy() {
    Instant now = OPENING.plus(minutes(30));
    List<Ticket> tickets = new ArrayList<>();
    String[] lanes = {"standard", "elderly", "women", "migrant"};
    for (int i = 0; i < 12; i++) {
      Ticket t = Fixtures.waiting(10 + i, lanes[i % 4], "A", OPENING.minus(minutes(7L * i % 50)));
      if (i % 5 == 2) {
        t = t.call("counter-1", OPENING).next().park(minutes(i), null, OPENING).next();
        t = t.unpark(now).next();
      }
      tickets.add(t);
    }
    QueueState state = Fixtures.state(tickets, now);
    for (CallStrategy inner :
        List.of(new WeightedAgingStrategy(), new FifoStrategy(), new StrictPriorityStrategy())) {
      CallStrategy strategy = new ParkedFirst(inner);
      List<RankedTicket> ranked = strategy.rank(state, null);

      assertThat(ranked).hasSize(tickets.size());
      assertThat(ranked.subList(0, 2)).allMatch(r -> r.ticket().isBackFromPark());
      for (int i = 0; i < ranked.size(); i++) {
        assertThat(strategy.ahead(state, ranked.get(i).ticket())).as(inner.name()).isEqualTo(i);
      }
    }
  }

  @Test
  void shouldExpireAParkedTicketAtTheEndOfItsDay() {
    Ticket parked = called.park(minutes(10), null, OPENING).next();

    assertThat(parked.expire(OPENING.plus(minutes(600))).next().status())
        .isEqualTo(TicketStatus.EXPIRED);
  }
}

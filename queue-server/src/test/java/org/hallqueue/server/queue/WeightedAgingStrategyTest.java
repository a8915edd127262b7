package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;
import static org.hallqueue.server.queue.Fixtures.waiting;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedAgingStrategyTest {
  private final CallStrategy strategy = new WeightedAgingStrategy();

  @Test
  void shouldCallAnElderlyVisitorBeforeAStandardOneWhoWaitedALittleLonger() {
    Ticket standard = waiting(1, "standard", minutes(12));
    Ticket elderly = waiting(2, "elderly", minutes(8));

    RankedTicket next =
        new CallNext(strategy)
            .choose(
                Fixtures.state(List.of(standard, elderly), OPENING), Fixtures.anyServiceCounter())
            .orElseThrow();

    assertThat(next.ticket()).isEqualTo(elderly);
    assertThat(next.reason().rule()).isEqualTo("WEIGHTED_AGING");
    assertThat(next.reason().aheadOfEarlier()).isEqualTo(1);
  }

  @Test
  void shouldCallAStandardVisitorWhoWaitedFarLongerThanTheWeightMakesUpFor() {
    Ticket standard = waiting(1, "standard", minutes(25));
    Ticket elderly = waiting(2, "elderly", minutes(5));

    RankedTicket next =
        new CallNext(strategy)
            .choose(
                Fixtures.state(List.of(standard, elderly), OPENING), Fixtures.anyServiceCounter())
            .orElseThrow();

    assertThat(next.ticket()).isEqualTo(standard);
  }

  @Test
  void shouldCallAnyoneWhoWaitedPastTheirLanesCapFirstEarliestDeadlineFirst() {
    Ticket elderlyOverdue = waiting(1, "elderly", minutes(31));
    Ticket standardOverdue = waiting(2, "standard", minutes(65));
    Ticket elderlyFresh = waiting(3, "elderly", minutes(29));

    List<RankedTicket> order =
        strategy.rank(
            Fixtures.state(List.of(elderlyFresh, elderlyOverdue, standardOverdue), OPENING), null);

    assertThat(order).extracting(r -> r.ticket().id()).containsExactly(2L, 1L, 3L);
    assertThat(order.get(0).reason().rule()).isEqualTo("CAP_EXCEEDED");
  }

  @Test
  void shouldLetACounterPreferItsAffinityLane() {
    Ticket standard = waiting(1, "standard", minutes(20));
    Ticket migrant = waiting(2, "migrant", minutes(2));
    Counter migrantCounter = Fixtures.counter("counter-7", "migrant", "A");

    RankedTicket next =
        new CallNext(strategy)
            .choose(Fixtures.state(List.of(standard, migrant), OPENING), migrantCounter)
            .orElseThrow();

    assertThat(next.ticket()).isEqualTo(migrant);
    assertThat(next.reason().rule()).isEqualTo("AFFINITY");
  }

  @Test
  void shouldServeEveryoneAtAnAffinityCounterWhenNoSuchTicketWaits() {
    Ticket standard = waiting(1, "standard", minutes(20));
    Counter migrantCounter = Fixtures.counter("counter-7", "migrant", "A");

    assertThat(
            new CallNext(strategy)
                .choose(Fixtures.state(List.of(standard), OPENING), migrantCounter))
        .get()
        .extracting(RankedTicket::ticket)
        .isEqualTo(standard);
  }

  @Test
  void shouldOnlyCallTicketsForServicesTheCounterServes() {
    Ticket forB = Fixtures.waiting(1, "elderly", "B", OPENING.minus(minutes(50)));
    Counter onlyA = Fixtures.counter("counter-1", null, "A");

    assertThat(new CallNext(strategy).choose(Fixtures.state(List.of(forB), OPENING), onlyA))
        .isEmpty();
  }

  @Test
  void shouldCompareWithFifoAndStrictPriority() {
    Ticket standard = waiting(1, "standard", minutes(50));
    Ticket elderly = waiting(2, "elderly", minutes(1));
    QueueState state = Fixtures.state(List.of(standard, elderly), OPENING);

    assertThat(new FifoStrategy().rank(state, null).get(0).ticket()).isEqualTo(standard);
    assertThat(new StrictPriorityStrategy().rank(state, null).get(0).ticket()).isEqualTo(elderly);
    assertThat(CallStrategy.named("strict-priority")).isInstanceOf(StrictPriorityStrategy.class);
  }
}

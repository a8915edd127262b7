package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitForecastTest {
  private final WaitForecast forecast = new WaitForecast(new FifoStrategy());
  private final Map<String, Duration> tenMinutes = Map.of("A", minutes(10), "B", minutes(10));

  @Test
  void shouldShareTheWorkAheadAmongTheBusyCountersOfTheService() {
    List<Ticket> waiting = queue(5);
    Ticket last = waiting.get(4);
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A"), Fixtures.counter("c2", null, "A"));

    Duration wait = estimate(last, waiting, counters, Set.of("c1", "c2"));

    assertThat(wait).isEqualTo(minutes(20)); // 4 visits of 10 minutes ahead, on 2 counters
  }

  @Test
  void shouldCountAFreeOpenCounterAsTakingOneVisitAtOnce() {
    List<Ticket> waiting = queue(3);
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A"), Fixtures.counter("c2", null, "A"));

    assertThat(estimate(waiting.get(1), waiting, counters, Set.of("c1"))).isEqualTo(Duration.ZERO);
    assertThat(estimate(waiting.get(2), waiting, counters, Set.of("c1"))).isEqualTo(minutes(5));
  }

  @Test
  void shouldNotTakeAClosedCounterForAFreeOne() {
    List<Ticket> waiting = queue(6);
    List<Counter> closed =
        List.of(
            Fixtures.counter("c1", null, "A").withStatus(CounterStatus.CLOSED),
            Fixtures.counter("c2", null, "A").withStatus(CounterStatus.CLOSED));

    assertThat(estimate(waiting.get(5), waiting, closed, Set.of())).isEqualTo(minutes(25));
  }

  @Test
  void shouldWeighAnotherServicesTicketsByTheShareOfItsCountersInThePool() {
    List<Ticket> waiting = new ArrayList<>();
    waiting.add(Fixtures.waiting(1, "standard", "B", OPENING.minus(minutes(30))));
    waiting.add(Fixtures.waiting(2, "standard", "B", OPENING.minus(minutes(20))));
    waiting.add(Fixtures.waiting(3, "standard", "A", OPENING.minus(minutes(10))));
    // c1 serves A and B; c2 serves only B: half of B's work falls on the pool of A.
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A", "B"), Fixtures.counter("c2", null, "B"));

    assertThat(estimate(waiting.get(2), waiting, counters, Set.of("c1", "c2")))
        .isEqualTo(minutes(10));
  }

  private Duration estimate(
      Ticket ticket, List<Ticket> waiting, List<Counter> counters, Set<String> busy) {
    return forecast.forecast(
        ticket,
        new WaitForecast.Office(Fixtures.state(waiting, OPENING), counters, busy, tenMinutes::get));
  }

  private static List<Ticket> queue(int n) {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      tickets.add(Fixtures.waiting(i, "standard", "A", OPENING.minus(minutes(60 - i))));
    }
    return tickets;
  }
}

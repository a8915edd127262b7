package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitForecastTest {
  private final Map<String, Duration> tenMinutes = Map.of("A", minutes(10), "B", minutes(10));

  @Test
  void shouldCallTheTicketWhenTheBusyCountersHaveWorkedThroughTheTicketsBeforeIt() {
    List<Ticket> waiting = queue(5);
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A"), Fixtures.counter("c2", null, "A"));

    // Both start a 10-minute visit now; then two at 10, two at 20 and the fifth at 30 minutes.
    Duration wait = fifo(waiting.get(4), waiting, counters, busySince(OPENING, "c1", "c2"));

    assertThat(wait).isEqualTo(minutes(30));
  }

  @Test
  void shouldLetAFreeOpenCounterCallAtOnce() {
    List<Ticket> waiting = queue(3);
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A"), Fixtures.counter("c2", null, "A"));
    Map<String, WaitForecast.Visit> busy = busySince(OPENING, "c1");

    assertThat(fifo(waiting.get(0), waiting, counters, busy)).isEqualTo(Duration.ZERO);
    assertThat(fifo(waiting.get(1), waiting, counters, busy)).isEqualTo(minutes(10));
    assertThat(fifo(waiting.get(2), waiting, counters, busy)).isEqualTo(minutes(10));
  }

  @Test
  void shouldCountWhatIsLeftOfAVisitUnderWayButNeverLessThanAThirdOfItsMean() {
    List<Ticket> waiting = queue(1);
    List<Counter> one = List.of(Fixtures.counter("c1", null, "A"));

    assertThat(fifo(waiting.get(0), waiting, one, busySince(OPENING.minus(minutes(4)), "c1")))
        .isEqualTo(minutes(6));
    assertThat(fifo(waiting.get(0), waiting, one, busySince(OPENING.minus(minutes(30)), "c1")))
        .isEqualTo(Duration.ofSeconds(210)); // 0.35 of the 10-minute mean
  }

  @Test
  void shouldReplayClosedCountersThatServeTheServiceAsIfTheyOpenedNow() {
    List<Ticket> waiting = queue(6);
    List<Counter> closed =
        List.of(
            Fixtures.counter("c1", null, "A").withStatus(CounterStatus.CLOSED),
            Fixtures.counter("c2", null, "A").withStatus(CounterStatus.CLOSED));

    assertThat(fifo(waiting.get(5), waiting, closed, Map.of())).isEqualTo(minutes(20));
  }

  @Test
  void shouldForecastNoWaitWhenNoCounterServesTheService() {
    List<Ticket> waiting = queue(2);

    assertThat(fifo(waiting.get(1), waiting, List.of(Fixtures.counter("c1", null, "B")), Map.of()))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void shouldLeaveAnotherServicesTicketsToTheCounterThatServesOnlyThem() {
    List<Ticket> waiting = new ArrayList<>();
    waiting.add(Fixtures.waiting(1, "standard", "B", OPENING.minus(minutes(30))));
    waiting.add(Fixtures.waiting(2, "standard", "B", OPENING.minus(minutes(20))));
    waiting.add(Fixtures.waiting(3, "standard", "A", OPENING.minus(minutes(10))));
    // c1 serves A and B and takes the first B at 10 minutes; c2 takes the second; A goes at 20.
    List<Counter> counters =
        List.of(Fixtures.counter("c1", null, "A", "B"), Fixtures.counter("c2", null, "B"));

    assertThat(fifo(waiting.get(2), waiting, counters, busySince(OPENING, "c1", "c2")))
        .isEqualTo(minutes(20));
  }

  @Test
  void shouldReplayTheOfficesOwnStrategySoThatAPriorityTicketGoesFirst() {
    Ticket standard = Fixtures.waiting(1, "standard", "A", OPENING.minus(minutes(5)));
    Ticket elderly = Fixtures.waiting(2, "elderly", "A", OPENING.minus(minutes(1)));
    List<Ticket> waiting = List.of(standard, elderly);
    List<Counter> one = List.of(Fixtures.counter("c1", null, "A"));
    WaitForecast strict = new WaitForecast(new StrictPriorityStrategy());
    Map<String, WaitForecast.Visit> busy = busySince(OPENING, "c1");

    assertThat(forecast(strict, standard, waiting, one, busy)).isEqualTo(minutes(20));
    assertThat(forecast(strict, elderly, waiting, one, busy)).isEqualTo(minutes(10));
  }

  @Test
  void shouldExtrapolateAVeryLongQueueAtTheRateOfTheCallsReplayed() {
    List<Ticket> waiting = queue(1_000);
    List<Counter> one = List.of(Fixtures.counter("c1", null, "A"));

    // 999 visits of 10 minutes before the last; beyond the calls replayed, the same rate.
    assertThat(fifo(waiting.get(999), waiting, one, Map.of())).isEqualTo(minutes(9_990));
  }

  @Test
  void shouldGiveEveryTicketFromOneReplayOfTheQueueTheWaitItGetsAlone() {
    List<Ticket> waiting = new ArrayList<>(queue(8));
    waiting.add(Fixtures.waiting(9, "elderly", "B", OPENING.minus(minutes(3))));
    waiting.add(Fixtures.waiting(10, "standard", "B", OPENING.minus(minutes(70))));
    List<Counter> counters =
        List.of(
            Fixtures.counter("c1", "elderly", "A", "B"),
            Fixtures.counter("c2", null, "A"),
            Fixtures.counter("c3", null, "B").withStatus(CounterStatus.CLOSED));
    Map<String, WaitForecast.Visit> busy = busySince(OPENING.minus(minutes(2)), "c1");
    WaitForecast aging = new WaitForecast(new WeightedAgingStrategy());
    WaitForecast.Office office =
        new WaitForecast.Office(Fixtures.state(waiting, OPENING), counters, busy, tenMinutes::get);

    Map<Long, Duration> all = aging.forecastAll(office);

    assertThat(all).hasSize(waiting.size());
    for (Ticket t : waiting) {
      assertThat(all.get(t.id())).as("ticket %d", t.id()).isEqualTo(aging.forecast(t, office));
    }
  }

  private Duration fifo(
      Ticket ticket,
      List<Ticket> waiting,
      List<Counter> counters,
      Map<String, WaitForecast.Visit> busy) {
    return forecast(new WaitForecast(new FifoStrategy()), ticket, waiting, counters, busy);
  }

  private Duration forecast(
      WaitForecast forecast,
      Ticket ticket,
      List<Ticket> waiting,
      List<Counter> counters,
      Map<String, WaitForecast.Visit> busy) {
    return forecast.forecast(
        ticket,
        new WaitForecast.Office(Fixtures.state(waiting, OPENING), counters, busy, tenMinutes::get));
  }

  private static Map<String, WaitForecast.Visit> busySince(
      java.time.Instant since, String... counters) {
    Map<String, WaitForecast.Visit> busy = new HashMap<>();
    for (String c : counters) {
      busy.put(c, new WaitForecast.Visit("A", since));
    }
    return busy;
  }

  private static List<Ticket> queue(int n) {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      tickets.add(Fixtures.waiting(i, "standard", "A", OPENING.minus(minutes(60 - i))));
    }
    return tickets;
  }
}

package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server hands the forecast its queues as it holds them, per service and lane in first-come
 * order, so that a replay neither sorts nor groups every waiting ticket; the forecast must be the
 * one it gives from the waiting tickets alone, for every ticket, short queues and queues past the
 * replayed calls alike.
 */
@ExtendWith(SeededCases.SeedInFailures.class)
class WaitForecastFromQueuesTest {
  private static final List<String> LANES = List.of("standard", "elderly", "women");
  private static final Map<String, Duration> MEANS =
      Map.of("A", minutes(8), "B", minutes(12), "C", minutes(5));

  static Stream<SeededCases.Seed> seeds() {
    return SeededCases.seeds(60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shouldForecastFromTheHeldQueuesWhatItForecastsFromTheWaitingTickets(SeededCases.Seed seed) {
    SplittableRandom random = new SplittableRandom(seed.value());
    int size = random.nextInt(4) == 0 ? 400 + random.nextInt(300) : 1 + random.nextInt(60);
    List<Ticket> waiting = new ArrayList<>();
    for (int id = 1; id <= size; id++) {
      waiting.add(
          Fixtures.waiting(
              id,
              LANES.get(random.nextInt(LANES.size())),
              "ABC".substring(random.nextInt(3)).substring(0, 1),
              OPENING.minus(minutes(random.nextInt(120)))));
    }
    List<Counter> counters =
        List.of(
            Fixtures.counter("c1", "elderly", "A", "B"),
            Fixtures.counter("c2", null, "A", "C"),
            Fixtures.counter("c3", null, "B").withStatus(CounterStatus.CLOSED));
    Map<String, WaitForecast.Visit> busy = new HashMap<>();
    if (random.nextBoolean()) {
      busy.put("c1", new WaitForecast.Visit("B", OPENING.minus(minutes(random.nextInt(15)))));
    }
    QueueState state = Fixtures.state(waiting, OPENING);
    List<LaneQueue> held = heldPerServiceAndLane(state);
    CallStrategy base =
        List.of(new WeightedAgingStrategy(), new FifoStrategy(), new StrictPriorityStrategy())
            .get(random.nextInt(3));
    // As the server wires it: appointments ahead, tickets back from a park first; some cases with
    // checked-in tickets waiting (their lanes are then not first come, and the replay sorts).
    int bookedEvery = random.nextBoolean() ? 0 : 2 + random.nextInt(20);
    CallStrategy strategy =
        random.nextBoolean()
            ? base
            : new ParkedFirst(
                new AppointmentsAhead(
                    base, t -> bookedEvery > 0 && t.id() % bookedEvery == 0, () -> true));
    WaitForecast forecast = new WaitForecast(strategy);
    WaitForecast.Office plain = new WaitForecast.Office(state, counters, busy, MEANS::get);
    WaitForecast.Office fromQueues =
        new WaitForecast.Office(state, counters, busy, MEANS::get, held);

    for (int i = 0; i < 12; i++) {
      Ticket ticket = waiting.get(random.nextInt(waiting.size()));
      assertThat(forecast.forecast(ticket, fromQueues))
          .as("ticket %d of %d, %s", ticket.id(), size, strategy.name())
          .isEqualTo(forecast.forecast(ticket, plain));
    }
    assertThat(forecast.forecastAll(fromQueues)).isEqualTo(forecast.forecastAll(plain));
  }

  /** As the server's store holds them: one list per service and lane, first come. */
  private static List<LaneQueue> heldPerServiceAndLane(QueueState state) {
    Map<String, List<Ticket>> byService = new java.util.TreeMap<>();
    for (Ticket t : state.waiting()) {
      byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t);
    }
    List<LaneQueue> queues = new ArrayList<>();
    byService
        .values()
        .forEach(
            tickets ->
                queues.addAll(LaneQueue.of(new QueueState(tickets, state.lanes(), state.now()))));
    return queues;
  }
}

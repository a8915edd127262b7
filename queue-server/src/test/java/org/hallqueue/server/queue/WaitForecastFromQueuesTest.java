package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.util.ArrayList;
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
      waiting.add(ForecastOffices.ticket(id, random, OPENING.minus(minutes(random.nextInt(120)))));
    }
    List<Counter> counters = ForecastOffices.COUNTERS;
    Map<String, WaitForecast.Visit> busy = ForecastOffices.busy(random);
    QueueState state = Fixtures.state(waiting, OPENING);
    List<LaneQueue> held = ForecastOffices.held(state);
    CallStrategy strategy = ForecastOffices.strategy(random, random.nextBoolean());
    WaitForecast forecast = new WaitForecast(strategy);
    WaitForecast.Office plain =
        new WaitForecast.Office(state, counters, busy, ForecastOffices.MEANS::get);
    WaitForecast.Office fromQueues =
        new WaitForecast.Office(state, counters, busy, ForecastOffices.MEANS::get, held);

    for (int i = 0; i < 12; i++) {
      Ticket ticket = waiting.get(random.nextInt(waiting.size()));
      assertThat(forecast.forecast(ticket, fromQueues))
          .as("ticket %d of %d, %s", ticket.id(), size, strategy.name())
          .isEqualTo(forecast.forecast(ticket, plain));
    }
    assertThat(forecast.forecastAll(fromQueues)).isEqualTo(forecast.forecastAll(plain));
  }
}

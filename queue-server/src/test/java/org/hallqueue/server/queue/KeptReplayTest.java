package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;
import static org.hallqueue.server.queue.ForecastOffices.COUNTERS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A ticket issued into a long queue is forecast from the replay kept from the ticket before it: the
 * same wait a replay of its own gives, at a fraction of the cost, and a new replay as soon as
 * anything but a newcomer changed the office or a second has passed.
 */
@ExtendWith(SeededCases.SeedInFailures.class)
class KeptReplayTest {
  static Stream<SeededCases.Seed> seeds() {
    return SeededCases.seeds(40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shouldForecastEachNewcomerAsItsOwnReplayDoes(SeededCases.Seed seed) {
    SplittableRandom random = new SplittableRandom(seed.value());
    Hall hall =
        new Hall(
            random.nextInt(3) == 0 ? 30 + random.nextInt(300) : 450 + random.nextInt(600), random);
    Map<String, WaitForecast.Visit> busy = ForecastOffices.busy(random);
    CallStrategy strategy = ForecastOffices.strategy(random, random.nextInt(4) == 0);
    WaitForecast forecast = new WaitForecast(strategy);
    KeptReplay kept = new KeptReplay();

    for (int i = 0; i < 25; i++) {
      Ticket newcomer = hall.issue(random, OPENING);
      assertThat(forecast.forecast(newcomer, hall.held(OPENING, busy), kept, 7))
          .as("newcomer %d of %d, %s", i, hall.size(), strategy.name())
          .isEqualTo(forecast.forecast(newcomer, hall.plain(OPENING, busy)));
      Ticket earlier = hall.any(random);
      assertThat(forecast.forecast(earlier, hall.held(OPENING, busy), kept, 7))
          .as("ticket %d of %d, %s", earlier.id(), hall.size(), strategy.name())
          .isEqualTo(forecast.forecast(earlier, hall.plain(OPENING, busy)));
    }
  }

  @Test
  void shouldNotReplayAgainForANewcomerWithinASecond() {
    LongQueue queue = new LongQueue();
    assertThat(queue.callsRankedForANewcomer(OPENING, Map.of(), 1))
        .isEqualTo(WaitForecast.MAX_CALLS);

    Instant later = OPENING.plusMillis(900);
    assertThat(queue.callsRankedForANewcomer(later, Map.of(), 1))
        .as("calls ranked for the newcomer")
        .isZero();
    Duration own = queue.forecast.forecast(queue.newcomer, queue.hall.plain(later, Map.of()));
    assertThat(queue.wait.minus(own).abs()).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void shouldReplayAgainAfterAnotherChangeOrASecond() {
    LongQueue queue = new LongQueue();
    queue.callsRankedForANewcomer(OPENING, Map.of(), 1);

    assertThat(queue.callsRankedForANewcomer(OPENING, Map.of(), 2))
        .as("after a change the store counted")
        .isEqualTo(WaitForecast.MAX_CALLS);
    Instant second = OPENING.plusSeconds(1);
    assertThat(queue.callsRankedForANewcomer(second, Map.of(), 2))
        .as("a second later")
        .isEqualTo(WaitForecast.MAX_CALLS);
    Map<String, WaitForecast.Visit> busy = Map.of("c2", new WaitForecast.Visit("A", second));
    assertThat(queue.callsRankedForANewcomer(second, busy, 2))
        .as("after a counter called")
        .isEqualTo(WaitForecast.MAX_CALLS);
  }

  /** 800 waiting, forecast with a replay kept between newcomers; counts the calls ranked. */
  private static final class LongQueue {
    final Hall hall = new Hall(800, new SplittableRandom(5));
    final Counting strategy = new Counting(new WeightedAgingStrategy());
    final WaitForecast forecast = new WaitForecast(strategy);
    final KeptReplay kept = new KeptReplay();
    private final SplittableRandom random = new SplittableRandom(6);
    Ticket newcomer;
    Duration wait;

    /** Issues a ticket at {@code at} and forecasts it; how many calls that ranked. */
    int callsRankedForANewcomer(Instant at, Map<String, WaitForecast.Visit> busy, long changes) {
      strategy.ranked.set(0);
      newcomer = hall.issue(random, at);
      wait = forecast.forecast(newcomer, hall.held(at, busy), kept, changes);
      return strategy.ranked.get();
    }
  }

  /** A hall's waiting tickets, held per service and lane in first-come order as the store does. */
  private static final class Hall {
    private final List<Ticket> waiting = new ArrayList<>();
    private long nextId = 1;

    Hall(int size, SplittableRandom random) {
      List<Instant> issued = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        issued.add(OPENING.minus(minutes(1 + random.nextInt(120))));
      }
      issued.sort(Comparator.naturalOrder());
      issued.forEach(at -> issue(random, at));
    }

    Ticket issue(SplittableRandom random, Instant at) {
      Ticket t = ForecastOffices.ticket(nextId++, random, at);
      waiting.add(t);
      return t;
    }

    Ticket any(SplittableRandom random) {
      return waiting.get(random.nextInt(waiting.size()));
    }

    int size() {
      return waiting.size();
    }

    WaitForecast.Office plain(Instant now, Map<String, WaitForecast.Visit> busy) {
      return new WaitForecast.Office(
          Fixtures.state(waiting, now), COUNTERS, busy, ForecastOffices.MEANS::get);
    }

    WaitForecast.Office held(Instant now, Map<String, WaitForecast.Visit> busy) {
      QueueState state = Fixtures.state(waiting, now);
      return new WaitForecast.Office(
          new QueueState(List.of(), state.lanes(), now),
          COUNTERS,
          busy,
          ForecastOffices.MEANS::get,
          ForecastOffices.held(state));
    }
  }

  /** A strategy that counts how often it ranks a queue (once per replayed call). */
  private static final class Counting implements CallStrategy {
    private final CallStrategy inner;
    final AtomicInteger ranked = new AtomicInteger();

    Counting(CallStrategy inner) {
      this.inner = inner;
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public List<RankedTicket> rank(QueueState state, Counter counter) {
      ranked.incrementAndGet();
      return inner.rank(state, counter);
    }

    @Override
    public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
      return inner.ahead(lanes, now, ticket);
    }
  }
}

package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
  private static final List<String> LANES = List.of("standard", "elderly", "women");
  private static final Map<String, Duration> MEANS =
      Map.of("A", minutes(8), "B", minutes(12), "C", minutes(5));
  private static final List<Counter> COUNTERS =
      List.of(
          Fixtures.counter("c1", "elderly", "A", "B"),
          Fixtures.counter("c2", null, "A", "C"),
          Fixtures.counter("c3", null, "B").withStatus(CounterStatus.CLOSED));

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
    Map<String, WaitForecast.Visit> busy = new HashMap<>();
    if (random.nextBoolean()) {
      busy.put("c1", new WaitForecast.Visit("B", OPENING.minus(minutes(random.nextInt(15)))));
    }
    CallStrategy base =
        List.of(new WeightedAgingStrategy(), new FifoStrategy(), new StrictPriorityStrategy())
            .get(random.nextInt(3));
    int bookedEvery = random.nextInt(4) == 0 ? 2 + random.nextInt(20) : 0;
    CallStrategy strategy =
        random.nextBoolean()
            ? base
            : new ParkedFirst(
                new AppointmentsAhead(
                    base, t -> bookedEvery > 0 && t.id() % bookedEvery == 0, () -> true));
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
    Hall hall = new Hall(800, new SplittableRandom(5));
    Counting strategy = new Counting(new WeightedAgingStrategy());
    WaitForecast forecast = new WaitForecast(strategy);
    KeptReplay kept = new KeptReplay();
    forecast.forecast(
        hall.issue(new SplittableRandom(6), OPENING), hall.held(OPENING, Map.of()), kept, 1);
    assertThat(strategy.ranked.get()).isEqualTo(WaitForecast.MAX_CALLS);

    strategy.ranked.set(0);
    Instant later = OPENING.plusMillis(900);
    Ticket newcomer = hall.issue(new SplittableRandom(7), later);
    Duration kept900 = forecast.forecast(newcomer, hall.held(later, Map.of()), kept, 1);
    assertThat(strategy.ranked.get()).as("calls ranked for the newcomer").isZero();
    Duration own = forecast.forecast(newcomer, hall.plain(later, Map.of()));
    assertThat(kept900.minus(own).abs()).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void shouldReplayAgainAfterAnotherChangeOrASecond() {
    Hall hall = new Hall(800, new SplittableRandom(5));
    Counting strategy = new Counting(new WeightedAgingStrategy());
    WaitForecast forecast = new WaitForecast(strategy);
    KeptReplay kept = new KeptReplay();
    forecast.forecast(
        hall.issue(new SplittableRandom(6), OPENING), hall.held(OPENING, Map.of()), kept, 1);

    strategy.ranked.set(0);
    forecast.forecast(
        hall.issue(new SplittableRandom(7), OPENING), hall.held(OPENING, Map.of()), kept, 2);
    assertThat(strategy.ranked.get())
        .as("after a change the store counted")
        .isEqualTo(WaitForecast.MAX_CALLS);

    strategy.ranked.set(0);
    Instant second = OPENING.plusSeconds(1);
    forecast.forecast(
        hall.issue(new SplittableRandom(8), second), hall.held(second, Map.of()), kept, 2);
    assertThat(strategy.ranked.get()).as("a second later").isEqualTo(WaitForecast.MAX_CALLS);

    strategy.ranked.set(0);
    Map<String, WaitForecast.Visit> busy = Map.of("c2", new WaitForecast.Visit("A", second));
    forecast.forecast(
        hall.issue(new SplittableRandom(9), second), hall.held(second, busy), kept, 2);
    assertThat(strategy.ranked.get())
        .as("after a counter called")
        .isEqualTo(WaitForecast.MAX_CALLS);
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
      Ticket t =
          Fixtures.waiting(
              nextId++,
              LANES.get(random.nextInt(LANES.size())),
              "ABC".substring(random.nextInt(3)).substring(0, 1),
              at);
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
      return new WaitForecast.Office(Fixtures.state(waiting, now), COUNTERS, busy, MEANS::get);
    }

    WaitForecast.Office held(Instant now, Map<String, WaitForecast.Visit> busy) {
      QueueState state = Fixtures.state(waiting, now);
      Map<String, List<Ticket>> byService = new TreeMap<>();
      for (Ticket t : waiting) {
        byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t);
      }
      List<LaneQueue> queues = new ArrayList<>();
      byService
          .values()
          .forEach(
              tickets -> queues.addAll(LaneQueue.of(new QueueState(tickets, state.lanes(), now))));
      return new WaitForecast.Office(
          new QueueState(List.of(), state.lanes(), now), COUNTERS, busy, MEANS::get, queues);
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

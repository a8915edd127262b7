package org.hallqueue.server.queue;

import static org.hallqueue.server.queue.Fixtures.OPENING;
import static org.hallqueue.server.queue.Fixtures.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Random offices for the wait forecast's property tests: three services over three lanes, two open
 * counters and a closed one, the strategies as the server wires them, and the waiting tickets held
 * per service and lane as the server's store holds them.
 */
final class ForecastOffices {
  static final List<String> LANES = List.of("standard", "elderly", "women");
  static final Map<String, Duration> MEANS =
      Map.of("A", minutes(8), "B", minutes(12), "C", minutes(5));
  static final List<Counter> COUNTERS =
      List.of(
          Fixtures.counter("c1", "elderly", "A", "B"),
          Fixtures.counter("c2", null, "A", "C"),
          Fixtures.counter("c3", null, "B").withStatus(CounterStatus.CLOSED));

  private ForecastOffices() {}

  /** A waiting ticket of a random service and lane. */
  static Ticket ticket(long id, SplittableRandom random, Instant issuedAt) {
    return Fixtures.waiting(
        id,
        LANES.get(random.nextInt(LANES.size())),
        "ABC".substring(random.nextInt(3)).substring(0, 1),
        issuedAt);
  }

  /** Counter c1 busy with a visit of B for up to 15 minutes, half the time. */
  static Map<String, WaitForecast.Visit> busy(SplittableRandom random) {
    Map<String, WaitForecast.Visit> busy = new HashMap<>();
    if (random.nextBoolean()) {
      busy.put("c1", new WaitForecast.Visit("B", OPENING.minus(minutes(random.nextInt(15)))));
    }
    return busy;
  }

  /**
   * One of the strategies, half the time as the server wires it: appointments ahead, tickets back
   * from a park first; with {@code checkedIn}, every n-th ticket checked in (its lanes are then not
   * first come, and the replay sorts).
   */
  static CallStrategy strategy(SplittableRandom random, boolean checkedIn) {
    CallStrategy base =
        List.of(new WeightedAgingStrategy(), new FifoStrategy(), new StrictPriorityStrategy())
            .get(random.nextInt(3));
    int bookedEvery = checkedIn ? 2 + random.nextInt(20) : 0;
    return random.nextBoolean()
        ? base
        : new ParkedFirst(
            new AppointmentsAhead(
                base, t -> bookedEvery > 0 && t.id() % bookedEvery == 0, () -> true));
  }

  /** As the server's store holds them: one list per service and lane, first come. */
  static List<LaneQueue> held(QueueState state) {
    Map<String, List<Ticket>> byService = new TreeMap<>();
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

package org.hallqueue.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hallqueue.server.queue.Fixtures.OPENING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WaitForecast} replays only the first waiting ticket of each service and lane; that is
 * exact because every strategy calls the tickets of one service and lane in its {@link
 * CallStrategy#withinLane} order, whatever the counter, its affinity, the caps and the parks.
 * Checked on 2,000 random queues per strategy, with and without tickets back from a park.
 */
class WithinLaneOrderTest {
  private static final String[] LANES = {"standard", "elderly", "women", "migrant"};
  private static final String[] SERVICES = {"A", "B"};

  @Test
  void shouldCallTheTicketsOfOneServiceAndLaneInTheStrategysWithinLaneOrder() {
    List<CallStrategy> strategies = new ArrayList<>();
    for (CallStrategy s :
        List.of(new WeightedAgingStrategy(), new FifoStrategy(), new StrictPriorityStrategy())) {
      strategies.add(s);
      strategies.add(new ParkedFirst(s));
    }
    for (CallStrategy strategy : strategies) {
      SplittableRandom random = new SplittableRandom(42);
      for (int round = 0; round < 2_000; round++) {
        List<Ticket> waiting = queue(random);
        String affinity = random.nextBoolean() ? null : LANES[random.nextInt(LANES.length)];
        Counter counter = Fixtures.counter("c", affinity, SERVICES);
        List<RankedTicket> ranked = strategy.rank(Fixtures.state(waiting, OPENING), counter);

        for (int i = 0; i < ranked.size(); i++) {
          for (int j = i + 1; j < ranked.size(); j++) {
            Ticket first = ranked.get(i).ticket();
            Ticket later = ranked.get(j).ticket();
            if (first.lane().equals(later.lane()) && first.service().equals(later.service())) {
              assertThat(strategy.withinLane().compare(first, later))
                  .as("%s called %s before %s", strategy.getClass().getSimpleName(), first, later)
                  .isNegative();
            }
          }
        }
      }
    }
  }

  private static List<Ticket> queue(SplittableRandom random) {
    List<Ticket> waiting = new ArrayList<>();
    int n = 1 + random.nextInt(12);
    for (int i = 1; i <= n; i++) {
      Ticket t =
          Fixtures.waiting(
              i,
              LANES[random.nextInt(LANES.length)],
              SERVICES[random.nextInt(SERVICES.length)],
              OPENING.minus(Duration.ofSeconds(random.nextInt(5_400))));
      if (random.nextInt(6) == 0) {
        Instant calledAt = OPENING.minus(Duration.ofSeconds(random.nextInt(600)));
        t =
            t.call("c", calledAt)
                .next()
                .park(Duration.ofMinutes(random.nextInt(1, 20)), null, calledAt)
                .next();
        t = t.unpark(OPENING).next();
      }
      waiting.add(t);
    }
    return waiting;
  }
}

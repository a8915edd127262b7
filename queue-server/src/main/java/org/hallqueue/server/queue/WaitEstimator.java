package org.hallqueue.server.queue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Estimates how long a waiting visitor will wait.
 *
 * <p>Method: {@code wait = ceil(ahead / capacity) × meanServiceTime}, where
 *
 * <ul>
 *   <li>{@code ahead} is the number of tickets of the same service the office-wide calling order
 *       puts before this one;
 *   <li>{@code capacity} is the number of open counters serving the service, each counted as {@code
 *       1 / (number of services it serves)} since its time is shared (if none is open, the counters
 *       that could open are counted the same way; if there are none, 1);
 *   <li>{@code meanServiceTime} blends the service's recent actual service times with its expected
 *       time as a prior worth {@value #PRIOR_WEIGHT} samples: {@code (sum(recent) + k × expected) /
 *       (n + k)}. Few samples stay close to the configured time; many follow what happens today.
 * </ul>
 */
public final class WaitEstimator {

  /** How many observed service times the configured expected time is worth. */
  public static final int PRIOR_WEIGHT = 3;

  public Duration meanServiceTime(Duration expected, List<Duration> recent) {
    long total = expected.toSeconds() * PRIOR_WEIGHT;
    for (Duration d : recent) {
      total += d.toSeconds();
    }
    return Duration.ofSeconds(Math.round((double) total / (recent.size() + PRIOR_WEIGHT)));
  }

  /**
   * @param waitingByService how many tickets wait for each service
   */
  public double capacity(
      String service, Collection<Counter> counters, Map<String, Integer> waitingByService) {
    double open = share(service, counters, waitingByService, true);
    if (open > 0) {
      return open;
    }
    double any = share(service, counters, waitingByService, false);
    return any > 0 ? any : 1.0;
  }

  /**
   * The wait of a ticket with {@code ahead} tickets of its service before it: the whole method
   * above, as the server prints it on the ticket and the simulator measures it.
   *
   * @param waitingByService how many tickets wait for each service
   */
  public Duration estimate(
      String service,
      int ahead,
      Collection<Counter> counters,
      Map<String, Integer> waitingByService,
      Duration meanServiceTime) {
    return estimate(ahead, meanServiceTime, capacity(service, counters, waitingByService));
  }

  public Duration estimate(int ahead, Duration meanServiceTime, double capacity) {
    if (ahead <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(Math.round(ahead / capacity * meanServiceTime.toSeconds()));
  }

  private static double share(
      String service,
      Collection<Counter> counters,
      Map<String, Integer> waiting,
      boolean openOnly) {
    double sum = 0;
    for (Counter c : counters) {
      if (c.serves(service) && (!openOnly || c.status() == CounterStatus.OPEN)) {
        int mine = waiting.getOrDefault(service, 0);
        int all = c.services().stream().mapToInt(s -> waiting.getOrDefault(s, 0)).sum();
        sum += all == 0 || mine == 0 ? 1.0 / c.services().size() : (double) mine / all;
      }
    }
    return sum;
  }
}

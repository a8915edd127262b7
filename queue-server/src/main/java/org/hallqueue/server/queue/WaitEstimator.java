package org.hallqueue.server.queue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The mean service times the {@link WaitForecast} replays, and the queue-length predictor it is
 * measured against.
 *
 * <ul>
 *   <li>{@link #meanServiceTime} blends the service's recent actual service times with its expected
 *       time as a prior worth {@value #PRIOR_WEIGHT} samples: {@code (sum(recent) + k × expected) /
 *       (n + k)}. Few samples stay close to the configured time; many follow what happens today.
 *   <li>{@link #estimate} is the textbook predictor {@code n / (s·μ)}: {@code n} visits of the mean
 *       time shared by a capacity {@code s} of {@link #capacity} counters, each open counter
 *       serving the service counted by the share of what waits for it among its services (if none
 *       is open, the counters that could open are counted the same way; if there are none, 1).
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

  /** {@code visits} visits of the mean time, shared by {@code capacity} counters. */
  public Duration estimate(int visits, Duration meanServiceTime, double capacity) {
    if (visits <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(Math.round(visits / capacity * meanServiceTime.toSeconds()));
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

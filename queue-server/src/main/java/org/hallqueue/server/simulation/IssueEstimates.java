package org.hallqueue.server.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.QueueState;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.WaitEstimator;
import org.hallqueue.server.queue.WaitForecast;

/**
 * The wait a ticket would show at issue, computed as the live server does (QueueInsight.place):
 * {@link WaitForecast} on the office as it stands (the waiting tickets, the counters' status, the
 * visits under way and since when), with each service's mean time blended from its last 20 visits
 * completed; beside it the two textbook predictors the forecast is compared with.
 */
final class IssueEstimates {
  /** As QueueInsight.RECENT_SAMPLES. */
  private static final int RECENT_SAMPLES = 20;

  private final WaitEstimator estimator = new WaitEstimator();
  private final DayPlan plan;
  private final List<ArrayDeque<Duration>> recent;
  private final Duration[] mean;
  private final double[] lastEnteredWait;
  private final WaitForecast forecast;

  IssueEstimates(DayPlan plan) {
    this.plan = plan;
    int n = plan.services.length;
    this.recent =
        java.util.stream.Stream.generate(() -> new ArrayDeque<Duration>()).limit(n).toList();
    this.mean = new Duration[n];
    for (int i = 0; i < n; i++) {
      mean[i] = estimator.meanServiceTime(plan.expected[i], List.of());
    }
    this.lastEnteredWait = new double[n];
    this.forecast = new WaitForecast(plan.strategy);
  }

  /**
   * Records on the visitor the three predictions at issue.
   *
   * @param waiting the tickets waiting for each service (by index), the new one included
   * @param current the visitor each counter has called or serves, null when it is free
   * @param since when each counter called the visitor it has
   * @param counterIdle whether a counter that serves the service is free (the new ticket is then
   *     called at once)
   */
  void atIssue(
      Visitor v,
      Instant now,
      List<List<Ticket>> waiting,
      List<Counter> counters,
      Visitor[] current,
      double[] since,
      Map<String, Integer> waitingCounts,
      boolean counterIdle) {
    String service = plan.services[v.service];
    List<Ticket> sameService = waiting.get(v.service);
    List<Ticket> everyone = new ArrayList<>();
    waiting.forEach(everyone::addAll);
    Map<String, WaitForecast.Visit> busy = new HashMap<>();
    for (int c = 0; c < counters.size(); c++) {
      if (current[c] != null) {
        busy.put(
            counters.get(c).id(),
            new WaitForecast.Visit(plan.services[current[c].queue], Day.at(since[c])));
      }
    }
    double capacity = estimator.capacity(service, counters, waitingCounts);
    Duration meanTime = mean[v.service];
    Map<String, Duration> means = new HashMap<>();
    for (int i = 0; i < plan.services.length; i++) {
      means.put(plan.services[i], mean[i]);
    }
    v.estimate =
        forecast
            .forecast(
                v.ticket,
                new WaitForecast.Office(
                    new QueueState(everyone, plan.lanes, now), counters, busy, means::get))
            .toSeconds();
    // Queue-length predictor (n + 1) / (s·μ): n already waiting, s counters, μ = 1 / mean time.
    int before = sameService.size() - 1;
    v.baseline = counterIdle ? 0.0 : estimator.estimate(before + 1, meanTime, capacity).toSeconds();
    v.lastToEnter = lastEnteredWait[v.service];
  }

  /** The visitor was called for the first time: the last to enter service of their service. */
  void entered(Visitor v) {
    lastEnteredWait[v.service] = v.waitSeconds();
  }

  /** A visit was completed, as TicketStore.recentServiceTimes would then read it. */
  void completed(int service, Duration took) {
    ArrayDeque<Duration> times = recent.get(service);
    times.addLast(took);
    if (times.size() > RECENT_SAMPLES) {
      times.removeFirst();
    }
    mean[service] = estimator.meanServiceTime(plan.expected[service], List.copyOf(times));
  }
}

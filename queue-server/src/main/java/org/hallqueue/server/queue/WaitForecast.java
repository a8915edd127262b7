package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Forecasts a waiting ticket's wait by replaying the office's own calling rule forward from the
 * office as it stands.
 *
 * <p>Every open counter frees up in turn: a free one at once, a busy one when its visitor's mean
 * service time has passed, but never sooner than {@value #MIN_REMAINING_SHARE} of that mean from
 * now (a visit that has run past its mean still has some way to go). The counter that frees first
 * calls, by {@link CallNext} and the office's strategy (its services, its affinity lane, the caps,
 * the aging), one of the tickets still waiting, and is busy for that ticket's mean service time.
 * The forecast is the moment the replay calls the ticket. If no open counter serves the ticket's
 * service, the counters that could serve it are replayed as if they opened now.
 *
 * <p>Every strategy calls the tickets of one service and lane in a fixed order ({@link
 * CallStrategy#withinLane}: first come, a ticket back from a park first), so the replay offers a
 * counter only the first waiting ticket of each service and lane: a step costs the number of
 * services and lanes, not the number waiting. After {@value #MAX_CALLS} calls the rest is
 * extrapolated at the replay's rate of calls so far.
 *
 * <p>No visitor still to come is replayed; the wait is the one the ticket's place in today's queue
 * implies. Measured by the simulator against the wait that followed ({@code
 * WaitEstimateAccuracyTest}, 100 days, demo office and a bursty day at 85% load): about 0.7 times
 * the mean absolute error of the queue-length predictor (n+1)/(s·μ), and four in five visitors
 * called within the {@link EstimateRange} their ticket shows.
 */
public final class WaitForecast {
  /**
   * The least share of its mean a visit under way is taken to have left; measured best of 0.1–1.
   */
  static final double MIN_REMAINING_SHARE = 0.35;

  /** Calls replayed before the rest is extrapolated, to bound the cost in a very long queue. */
  static final int MAX_CALLS = 400;

  private final CallNext callNext;

  public WaitForecast(CallStrategy strategy) {
    this.callNext = new CallNext(strategy);
  }

  /**
   * What the forecast looks at besides the ticket.
   *
   * @param waiting every waiting ticket of the office, at the state's time; when {@code queues} is
   *     given, only the state's time and lanes are read from it (the tickets are those of the
   *     queues), so a caller holding the queues need not gather every ticket into one list
   * @param counters the office's counters with their status
   * @param busy for each counter that has called or is serving a visitor, that visit
   * @param meanOf the mean service time of a service
   * @param queues the same waiting tickets held per service and lane, each in first-come order (as
   *     the server keeps them), so a replay need not sort or group them; or null, and the replay
   *     groups {@code waiting} itself
   */
  public record Office(
      QueueState waiting,
      Collection<Counter> counters,
      Map<String, Visit> busy,
      Function<String, Duration> meanOf,
      List<LaneQueue> queues) {

    /** An office whose waiting tickets the replay groups by service and lane itself. */
    public Office(
        QueueState waiting,
        Collection<Counter> counters,
        Map<String, Visit> busy,
        Function<String, Duration> meanOf) {
      this(waiting, counters, busy, meanOf, null);
    }

    /** Every waiting ticket: those of the queues when given, else those of {@code waiting}. */
    Collection<Ticket> tickets() {
      if (queues == null) {
        return waiting.waiting();
      }
      List<Ticket> all = new ArrayList<>(LaneQueue.size(queues));
      queues.forEach(q -> all.addAll(q.tickets()));
      return all;
    }
  }

  /** A visit under way at a counter: its service and since when the counter has it. */
  public record Visit(String service, Instant since) {}

  /** The ticket's wait: the replay until it calls the ticket. */
  public Duration forecast(Ticket ticket, Office office) {
    List<Counter> counters = replayed(ticket.service(), office.counters());
    if (counters.isEmpty()) {
      return Duration.ZERO;
    }
    ReplayQueues queues = new ReplayQueues(callNext, office, ticket, counters);
    return calls(office, counters, queues, ticket).waitOf(ticket, queues);
  }

  /**
   * The ticket's wait as {@link #forecast(Ticket, Office)} gives it, from the replay {@code kept}
   * holds when that replay still stands for this office: then the cost is one binary search per
   * lane instead of up to {@value #MAX_CALLS} calls replayed. A replay that reached {@value
   * #MAX_CALLS} calls is kept there for the next forecasts.
   *
   * @param changes how many times the office's waiting tickets changed other than by a new ticket
   *     joining the end of its lane (the store counts them); a kept replay stands only while this
   *     number is the one it was made at
   */
  public Duration forecast(Ticket ticket, Office office, KeptReplay kept, long changes) {
    List<Counter> counters = replayed(ticket.service(), office.counters());
    if (counters.isEmpty()) {
      return Duration.ZERO;
    }
    ReplayQueues queues = kept.queuesFor(office, counters, ticket, changes, callNext);
    if (queues != null) {
      return kept.waitOf(ticket, queues, office.waiting().now());
    }
    queues = new ReplayQueues(callNext, office, ticket, counters);
    if (!queues.firstCome) {
      return calls(office, counters, queues, ticket).waitOf(ticket, queues);
    }
    Replayed replayed = calls(office, counters, queues, null);
    if (replayed.capped()) {
      kept.keep(office, counters, changes, queues, replayed);
    }
    return replayed.waitOf(ticket, queues);
  }

  /**
   * Every waiting ticket's wait, by ticket id, from one replay of the whole queue (one per set of
   * replayed counters): the same figure {@link #forecast} gives each ticket alone.
   */
  public Map<Long, Duration> forecastAll(Office office) {
    Map<List<Counter>, Set<String>> servicesByCounters = new LinkedHashMap<>();
    Collection<Ticket> tickets = office.tickets();
    for (Ticket t : tickets) {
      List<Counter> counters = replayed(t.service(), office.counters());
      if (!counters.isEmpty()) {
        servicesByCounters.computeIfAbsent(counters, c -> new HashSet<>()).add(t.service());
      }
    }
    Map<Long, Duration> waits = new HashMap<>();
    servicesByCounters.forEach(
        (counters, services) -> {
          ReplayQueues queues = new ReplayQueues(callNext, office, null, counters);
          Map<Long, Duration> replayed = calls(office, counters, queues, null).waitsOfAll(queues);
          for (Ticket t : tickets) {
            if (services.contains(t.service())) {
              waits.put(t.id(), replayed.getOrDefault(t.id(), Duration.ZERO));
            }
          }
        });
    for (Ticket t : tickets) {
      waits.putIfAbsent(t.id(), Duration.ZERO);
    }
    return waits;
  }

  /**
   * Replays the counters until they call {@code target}, run out of tickets, or have made {@value
   * #MAX_CALLS} calls.
   */
  private Replayed calls(
      Office office, List<Counter> counters, ReplayQueues queues, Ticket target) {
    Instant now = office.waiting().now();
    ReplayQueues.Means means = new ReplayQueues.Means(office.meanOf());
    double[] freeAt = new double[counters.size()];
    for (int i = 0; i < freeAt.length; i++) {
      Visit visit = office.busy().get(counters.get(i).id());
      if (visit != null) {
        double mean = means.seconds(visit.service());
        double elapsed = Duration.between(visit.since(), now).toMillis() / 1000.0;
        freeAt[i] = Math.max(mean - elapsed, MIN_REMAINING_SHARE * mean);
      }
    }
    Map<Long, Double> calledAt = new HashMap<>();
    int calls = 0;
    for (int next = earliest(freeAt); next >= 0; next = earliest(freeAt)) {
      double at = freeAt[next];
      Instant moment = now.plusMillis(Math.round(at * 1000));
      if (calls == MAX_CALLS) {
        return new Replayed(calledAt, means.used(), at, moment, calls);
      }
      Counter counter = counters.get(next);
      Optional<Ticket> choice = queues.calls.chooseTicket(queues.heads(counter, moment), counter);
      if (choice.isEmpty()) {
        freeAt[next] = Double.POSITIVE_INFINITY;
        continue;
      }
      Ticket called = choice.get();
      calledAt.put(called.id(), at);
      if (target != null && called.id() == target.id()) {
        break;
      }
      queues.remove(called);
      freeAt[next] = at + means.seconds(called.service());
      calls++;
    }
    return new Replayed(calledAt, means.used(), 0, null, calls);
  }

  /**
   * What a replay found: when each ticket it called was called (seconds from now) and, if it
   * stopped at {@value #MAX_CALLS} calls, the moment of the next call; the rest is extrapolated at
   * the rate of the calls replayed.
   *
   * @param means the mean service times (seconds) the replay used, by service
   * @param moment the moment of the call after the last replayed, or null if the replay did not
   *     stop there
   */
  record Replayed(
      Map<Long, Double> calledAt, Map<String, Double> means, double at, Instant moment, int calls) {

    boolean capped() {
      return moment != null;
    }

    /** The ticket's wait: when it was called, or after the others before it at the same rate. */
    Duration waitOf(Ticket ticket, ReplayQueues left) {
      Double called = calledAt.get(ticket.id());
      if (called != null) {
        return seconds(called);
      }
      if (!capped()) {
        return Duration.ZERO;
      }
      return seconds(at + left.ahead(ticket, moment) * (at / calls));
    }

    /** Every ticket's wait: those called when called, the rest in the order still waiting. */
    Map<Long, Duration> waitsOfAll(ReplayQueues left) {
      Map<Long, Duration> waits = new HashMap<>();
      calledAt.forEach((id, at) -> waits.put(id, seconds(at)));
      if (capped()) {
        List<RankedTicket> rest = left.inOrder(moment);
        for (int i = 0; i < rest.size(); i++) {
          waits.put(rest.get(i).ticket().id(), seconds(at + i * (at / calls)));
        }
      }
      return waits;
    }
  }

  /** The open counters; if none of them serves the service, also those that could serve it. */
  private static List<Counter> replayed(String service, Collection<Counter> counters) {
    List<Counter> open = counters.stream().filter(c -> c.status() == CounterStatus.OPEN).toList();
    if (open.stream().anyMatch(c -> c.serves(service))) {
      return open;
    }
    List<Counter> withClosed = new ArrayList<>(open);
    counters.stream()
        .filter(c -> c.status() != CounterStatus.OPEN && c.serves(service))
        .forEach(withClosed::add);
    return withClosed.size() == open.size() ? List.of() : withClosed;
  }

  private static int earliest(double[] freeAt) {
    int next = -1;
    for (int i = 0; i < freeAt.length; i++) {
      if (freeAt[i] != Double.POSITIVE_INFINITY && (next < 0 || freeAt[i] < freeAt[next])) {
        next = i;
      }
    }
    return next;
  }

  static Duration seconds(double seconds) {
    return Duration.ofSeconds(Math.round(seconds));
  }
}

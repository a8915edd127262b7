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
   * @param waiting every waiting ticket of the office, at the state's time
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
  }

  /** A visit under way at a counter: its service and since when the counter has it. */
  public record Visit(String service, Instant since) {}

  /** The ticket's wait: the replay until it calls the ticket. */
  public Duration forecast(Ticket ticket, Office office) {
    List<Counter> counters = replayed(ticket.service(), office.counters());
    if (counters.isEmpty()) {
      return Duration.ZERO;
    }
    Queues queues = new Queues(office, ticket, counters);
    return replay(office, counters, queues, ticket).getOrDefault(ticket.id(), Duration.ZERO);
  }

  /**
   * Every waiting ticket's wait, by ticket id, from one replay of the whole queue (one per set of
   * replayed counters): the same figure {@link #forecast} gives each ticket alone.
   */
  public Map<Long, Duration> forecastAll(Office office) {
    Map<List<Counter>, Set<String>> servicesByCounters = new LinkedHashMap<>();
    for (Ticket t : office.waiting().waiting()) {
      List<Counter> counters = replayed(t.service(), office.counters());
      if (!counters.isEmpty()) {
        servicesByCounters.computeIfAbsent(counters, c -> new HashSet<>()).add(t.service());
      }
    }
    Map<Long, Duration> waits = new HashMap<>();
    servicesByCounters.forEach(
        (counters, services) -> {
          Map<Long, Duration> replayed =
              replay(office, counters, new Queues(office, null, counters), null);
          for (Ticket t : office.waiting().waiting()) {
            if (services.contains(t.service())) {
              waits.put(t.id(), replayed.getOrDefault(t.id(), Duration.ZERO));
            }
          }
        });
    for (Ticket t : office.waiting().waiting()) {
      waits.putIfAbsent(t.id(), Duration.ZERO);
    }
    return waits;
  }

  /** Replays the counters until they call {@code target}, or every ticket if it is null. */
  private Map<Long, Duration> replay(
      Office office, List<Counter> counters, Queues queues, Ticket target) {
    Instant now = office.waiting().now();
    Means means = new Means(office.meanOf());
    double[] freeAt = new double[counters.size()];
    for (int i = 0; i < freeAt.length; i++) {
      Visit visit = office.busy().get(counters.get(i).id());
      if (visit != null) {
        double mean = means.seconds(visit.service());
        double elapsed = Duration.between(visit.since(), now).toMillis() / 1000.0;
        freeAt[i] = Math.max(mean - elapsed, MIN_REMAINING_SHARE * mean);
      }
    }
    Map<Long, Duration> calledAfter = new HashMap<>();
    int calls = 0;
    for (int next = earliest(freeAt); next >= 0; next = earliest(freeAt)) {
      double at = freeAt[next];
      Instant moment = now.plusMillis(Math.round(at * 1000));
      if (calls == MAX_CALLS) {
        // The rest at the rate of the calls replayed: the i-th still waiting after i more calls.
        double perCall = at / calls;
        if (target != null) {
          calledAfter.put(target.id(), seconds(at + queues.ahead(target, moment) * perCall));
        } else {
          List<RankedTicket> rest = queues.inOrder(moment);
          for (int i = 0; i < rest.size(); i++) {
            calledAfter.put(rest.get(i).ticket().id(), seconds(at + i * perCall));
          }
        }
        break;
      }
      Counter counter = counters.get(next);
      Optional<Ticket> choice = queues.calls.chooseTicket(queues.heads(counter, moment), counter);
      if (choice.isEmpty()) {
        freeAt[next] = Double.POSITIVE_INFINITY;
        continue;
      }
      Ticket called = choice.get();
      calledAfter.put(called.id(), seconds(at));
      if (target != null && called.id() == target.id()) {
        break;
      }
      queues.remove(called);
      freeAt[next] = at + means.seconds(called.service());
      calls++;
    }
    return calledAfter;
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

  private static Duration seconds(double seconds) {
    return Duration.ofSeconds(Math.round(seconds));
  }

  /** Mean service times in seconds, asked once per service. */
  private static final class Means {
    private final Function<String, Duration> meanOf;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    Means(Function<String, Duration> meanOf) {
      this.meanOf = meanOf;
    }

    double seconds(String service) {
      return seconds.computeIfAbsent(
          service,
          s -> {
            Duration d = meanOf.apply(s);
            return d == null ? 600.0 : d.toMillis() / 1000.0;
          });
    }
  }

  /** One service's tickets in one lane, in calling order; those from {@code next} on still wait. */
  private static final class Run {
    final Lane lane;
    final List<Ticket> tickets;
    int next;

    Run(Lane lane, List<Ticket> tickets) {
      this.lane = lane;
      this.tickets = tickets;
    }

    List<Ticket> left() {
      return tickets.subList(next, tickets.size());
    }
  }

  /**
   * The waiting tickets the replayed counters serve, in calling order within each service and lane:
   * per service and lane a list and the index of its first ticket not yet called, so building it
   * and each step cost the number of services and lanes, not the number waiting.
   */
  private final class Queues {
    private final Map<String, Map<String, Run>> byServiceAndLane = new LinkedHashMap<>();
    private final Map<String, Lane> lanes;

    /** Whether every run is in first-come order, so the strategy can count a run by search. */
    private boolean firstCome;

    /** The calling rule to replay: the strategy's first-come order when the runs allow it. */
    private CallNext calls = callNext;

    /**
     * @param extra a ticket to count as waiting although the state may not hold it yet, or null
     */
    Queues(Office office, Ticket extra, List<Counter> counters) {
      QueueState waiting = office.waiting();
      this.lanes = waiting.lanes();
      Set<String> services = new HashSet<>();
      counters.forEach(c -> services.addAll(c.services()));
      if (office.queues() != null
          && (extra == null || LaneQueue.holding(office.queues(), extra) != null)
          && callNext.strategy().firstComeWithin(office.queues())) {
        for (LaneQueue q : office.queues()) {
          if (!q.tickets().isEmpty() && services.contains(q.tickets().get(0).service())) {
            byServiceAndLane
                .computeIfAbsent(q.tickets().get(0).service(), s -> new LinkedHashMap<>())
                .put(q.lane().code(), new Run(q.lane(), q.tickets()));
          }
        }
        firstCome = true;
        calls = new CallNext(callNext.strategy().firstComeOrder());
        return;
      }
      List<Ticket> served = new ArrayList<>();
      for (Ticket t : waiting.waiting()) {
        if ((extra == null || t.id() != extra.id()) && services.contains(t.service())) {
          served.add(t);
        }
      }
      if (extra != null) {
        served.add(extra);
      }
      served.sort(callNext.strategy().withinLane());
      Map<String, Map<String, List<Ticket>>> grouped = new LinkedHashMap<>();
      for (Ticket t : served) {
        grouped
            .computeIfAbsent(t.service(), s -> new LinkedHashMap<>())
            .computeIfAbsent(t.lane(), l -> new ArrayList<>())
            .add(t);
      }
      grouped.forEach(
          (service, byLane) ->
              byLane.forEach(
                  (code, tickets) ->
                      byServiceAndLane
                          .computeIfAbsent(service, s -> new LinkedHashMap<>())
                          .put(code, new Run(waiting.laneOf(tickets.get(0)), tickets))));
    }

    /** The first waiting ticket of each service and lane the counter serves. */
    QueueState heads(Counter counter, Instant at) {
      List<Ticket> heads = new ArrayList<>();
      for (String service : counter.services()) {
        Map<String, Run> byLane = byServiceAndLane.get(service);
        if (byLane != null) {
          for (Run run : byLane.values()) {
            if (run.next < run.tickets.size()) {
              heads.add(run.tickets.get(run.next));
            }
          }
        }
      }
      return new QueueState(heads, lanes, at);
    }

    void remove(Ticket called) {
      byServiceAndLane.get(called.service()).get(called.lane()).next++;
    }

    /** How many of the tickets still waiting the office-wide order puts before the ticket. */
    int ahead(Ticket ticket, Instant at) {
      List<LaneQueue> left = new ArrayList<>();
      byServiceAndLane
          .values()
          .forEach(
              byLane ->
                  byLane
                      .values()
                      .forEach(
                          run -> {
                            if (run.next < run.tickets.size()) {
                              left.add(new LaneQueue(run.lane, run.left()));
                            }
                          }));
      return firstCome
          ? calls.strategy().ahead(left, at, ticket) // a binary search per lane
          : calls.strategy().ahead(left(at), ticket);
    }

    /** The tickets still waiting in the office-wide order. */
    List<RankedTicket> inOrder(Instant at) {
      return calls.strategy().rank(left(at), null);
    }

    private QueueState left(Instant at) {
      List<Ticket> left = new ArrayList<>();
      byServiceAndLane
          .values()
          .forEach(byLane -> byLane.values().forEach(r -> left.addAll(r.left())));
      return new QueueState(left, lanes, at);
    }
  }
}

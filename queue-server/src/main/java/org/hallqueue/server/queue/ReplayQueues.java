package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The waiting tickets the replayed counters serve, in calling order within each service and lane:
 * per service and lane a list and the index of its first ticket not yet called, so building it and
 * each step cost the number of services and lanes, not the number waiting.
 */
final class ReplayQueues {
  final Map<String, Map<String, Run>> byServiceAndLane = new LinkedHashMap<>();
  private final Map<String, Lane> lanes;

  /** Whether every run is in first-come order, so the strategy can count a run by search. */
  boolean firstCome;

  /** The calling rule to replay: the strategy's first-come order when the runs allow it. */
  CallNext calls;

  /**
   * @param extra a ticket to count as waiting although the state may not hold it yet, or null
   */
  ReplayQueues(
      CallNext callNext, WaitForecast.Office office, Ticket extra, List<Counter> counters) {
    this.calls = callNext;
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
    for (Ticket t : office.tickets()) {
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

  /**
   * The runs of a replay kept from a moment ago, as the store holds them now: the same services and
   * lanes, each with the tickets called in that replay taken off its front. Only for a replay in
   * first-come order whose runs since then only grew at their ends.
   */
  ReplayQueues(CallNext calls, Map<String, Lane> lanes, Map<String, Map<String, Run>> runs) {
    this.calls = calls;
    this.lanes = lanes;
    this.firstCome = true;
    byServiceAndLane.putAll(runs);
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

  /** Mean service times in seconds, asked once per service. */
  static final class Means {
    private final Function<String, Duration> meanOf;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    Means(Function<String, Duration> meanOf) {
      this.meanOf = meanOf;
    }

    /** The means asked so far, by service. */
    Map<String, Double> used() {
      return Map.copyOf(seconds);
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
  static final class Run {
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
}

package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last wait forecast's replay of {@value WaitForecast#MAX_CALLS} calls, kept so that the
 * tickets issued just after it need not replay the same calls again: at a busy hall, or a city
 * server with thousands waiting, replaying those calls was most of the cost of issuing a ticket.
 *
 * <p>A new ticket joins the end of its service's lane. A replay whose calls never took the last
 * ticket of that lane never offered a counter anything behind it, so the ticket changes none of its
 * calls: its wait is where the replay stopped plus the tickets ahead of it still waiting then,
 * counted by a binary search per lane, exactly what a new replay gives. The kept replay stands
 * while nothing else changed: no ticket called, cancelled, parked, back or moved (the store counts
 * those changes), the same counters in the same state, the same visits under way, lanes and mean
 * service times, every ticket since in first-come order, and for at most {@link #LIFETIME}: the
 * replay is of the queue at its own moment (the aging of the calling rule moves with the clock), so
 * a ticket issued up to a second later is told the wait from that moment, less the time since.
 *
 * <p>For one thread (the store's writer): not safe to share.
 */
public final class KeptReplay {
  /** How long a replay is used for later tickets. */
  static final Duration LIFETIME = Duration.ofSeconds(1);

  private Kept kept;

  /** The replay kept, with the office it was made for. */
  private record Kept(
      long changes,
      Instant now,
      List<Counter> counters,
      Map<String, WaitForecast.Visit> busy,
      Map<String, Lane> lanes,
      CallNext calls,
      Map<String, Map<String, RunEnd>> runs,
      WaitForecast.Replayed replayed) {

    int runCount() {
      return runs.values().stream().mapToInt(Map::size).sum();
    }
  }

  /**
   * Where the replay left one service's lane.
   *
   * @param next how many of its tickets the replay called
   * @param size how many it held then
   * @param checked how many it holds that are known to wait in first-come order
   */
  private static final class RunEnd {
    final int next;
    final int size;
    int checked;

    RunEnd(int next, int size) {
      this.next = next;
      this.size = size;
      this.checked = size;
    }
  }

  /** Keeps a replay that reached the cap, for the office it was made for. */
  void keep(
      WaitForecast.Office office,
      List<Counter> counters,
      long changes,
      ReplayQueues queues,
      WaitForecast.Replayed replayed) {
    Map<String, Map<String, RunEnd>> runs = new HashMap<>();
    for (var byLane : queues.byServiceAndLane.entrySet()) {
      for (var run : byLane.getValue().entrySet()) {
        ReplayQueues.Run r = run.getValue();
        runs.computeIfAbsent(byLane.getKey(), s -> new HashMap<>())
            .put(run.getKey(), new RunEnd(r.next, r.tickets.size()));
      }
    }
    kept =
        new Kept(
            changes,
            office.waiting().now(),
            List.copyOf(counters),
            Map.copyOf(office.busy()),
            office.waiting().lanes(),
            queues.calls,
            runs,
            replayed);
  }

  /** The wait the kept replay gives the ticket, issued {@code since} after the replay's moment. */
  Duration waitOf(Ticket ticket, ReplayQueues left, Instant now) {
    Duration wait = kept.replayed().waitOf(ticket, left).minus(Duration.between(kept.now(), now));
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /**
   * The kept replay's queues as the office holds them now, or null when that replay does not stand
   * for this office and ticket.
   *
   * @param rule the office's calling rule, to check the tickets that joined since
   */
  ReplayQueues queuesFor(
      WaitForecast.Office office,
      List<Counter> counters,
      Ticket ticket,
      long changes,
      CallNext rule) {
    Kept k = kept;
    if (k == null || k.changes() != changes || office.queues() == null) {
      return null;
    }
    Instant now = office.waiting().now();
    if (now.isBefore(k.now())
        || !now.isBefore(k.now().plus(LIFETIME))
        || !counters.equals(k.counters())
        || !office.busy().equals(k.busy())
        || !office.waiting().lanes().equals(k.lanes())
        || LaneQueue.holding(office.queues(), ticket) == null) {
      return null;
    }
    ReplayQueues.Means means = new ReplayQueues.Means(office.meanOf());
    for (var mean : k.replayed().means().entrySet()) {
      if (means.seconds(mean.getKey()) != mean.getValue()) {
        return null;
      }
    }
    Set<String> served = new HashSet<>();
    counters.forEach(c -> served.addAll(c.services()));
    Map<String, Map<String, ReplayQueues.Run>> runs = new LinkedHashMap<>();
    int count = 0;
    for (LaneQueue q : office.queues()) {
      List<Ticket> tickets = q.tickets();
      if (tickets.isEmpty() || !served.contains(tickets.get(0).service())) {
        continue;
      }
      String service = tickets.get(0).service();
      RunEnd end = k.runs().getOrDefault(service, Map.of()).get(q.lane().code());
      if (end == null || tickets.size() < end.checked) {
        return null; // a lane the replay did not see, or one that lost tickets
      }
      if (tickets.size() > end.checked) {
        // Tickets joined this lane: the replay must have left it some, and they wait first come.
        List<LaneQueue> joined =
            List.of(new LaneQueue(q.lane(), tickets.subList(end.checked, tickets.size())));
        if (end.next >= end.size || !rule.strategy().firstComeWithin(joined)) {
          return null;
        }
        end.checked = tickets.size();
      }
      ReplayQueues.Run run = new ReplayQueues.Run(q.lane(), tickets);
      run.next = end.next;
      runs.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(q.lane().code(), run);
      count++;
    }
    return count == k.runCount() ? new ReplayQueues(k.calls(), k.lanes(), runs) : null;
  }
}

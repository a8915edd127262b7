package org.hallqueue.server.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tickets waiting in one lane, in first-come order ({@link CallStrategy#FIRST_COME}), with the
 * lane they wait in. A queue held as one of these per lane lets a strategy count the tickets ahead
 * of one with a binary search per lane ({@link CallStrategy#ahead(List, java.time.Instant,
 * Ticket)}) instead of comparing it with every waiting ticket.
 *
 * @param tickets in first-come order, with fast random access; not changed while it is read
 */
public record LaneQueue(Lane lane, List<Ticket> tickets) {

  /** Groups the state's waiting tickets by lane, each group sorted first come. */
  public static List<LaneQueue> of(QueueState state) {
    Map<String, List<Ticket>> byLane = new LinkedHashMap<>();
    for (Ticket t : state.waiting()) {
      byLane.computeIfAbsent(t.lane(), k -> new ArrayList<>()).add(t);
    }
    List<LaneQueue> lanes = new ArrayList<>();
    byLane.forEach(
        (code, tickets) -> {
          tickets.sort(CallStrategy.FIRST_COME);
          Lane lane = state.lanes().get(code);
          lanes.add(new LaneQueue(lane != null ? lane : Lane.fallback(code), tickets));
        });
    return lanes;
  }

  /** How many tickets wait in all the lanes. */
  public static int size(List<LaneQueue> lanes) {
    int size = 0;
    for (LaneQueue q : lanes) {
      size += q.tickets().size();
    }
    return size;
  }

  /** The lane queue holding this ticket (the same id, issue time and lane), if one does. */
  public static LaneQueue holding(List<LaneQueue> lanes, Ticket ticket) {
    for (LaneQueue q : lanes) {
      if (q.lane().code().equals(ticket.lane()) && q.indexOf(ticket) >= 0) {
        return q;
      }
    }
    return null;
  }

  /** The ticket's index here, or a negative number when this lane does not hold it. */
  public int indexOf(Ticket ticket) {
    int at = Collections.binarySearch(tickets, ticket, CallStrategy.FIRST_COME);
    return at >= 0 && tickets.get(at).id() == ticket.id() ? at : -1;
  }

  /** How many tickets there are before the first that {@code before} rejects: a binary search. */
  public int prefix(Predicate<Ticket> before) {
    int low = 0;
    int high = tickets.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (before.test(tickets.get(mid))) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** How many tickets {@code before} accepts, one by one (for an order no prefix describes). */
  public int count(Predicate<Ticket> before) {
    int n = 0;
    for (Ticket t : tickets) {
      if (before.test(t)) {
        n++;
      }
    }
    return n;
  }
}

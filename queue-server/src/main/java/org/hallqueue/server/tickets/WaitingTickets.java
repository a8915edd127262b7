package org.hallqueue.server.tickets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hallqueue.server.persistence.Writes;
import org.hallqueue.server.queue.CallStrategy;
import org.hallqueue.server.queue.Lane;
import org.hallqueue.server.queue.LaneQueue;
import org.hallqueue.server.queue.Ticket;
import org.hallqueue.server.queue.TicketStatus;

/**
 * The waiting tickets in memory, per service in first-come order and per service and lane in
 * first-come order (for {@link CallStrategy#ahead(List, java.time.Instant,
 * org.hallqueue.server.queue.Ticket)}), so that reading the queue costs no database round trip and
 * no row mapping, and a ticket's place no pass over the queue. Loaded from the database at
 * start-up; after that the ticket store reports every ticket it writes.
 *
 * <p>Two views, both equal to the database where they are used:
 *
 * <ul>
 *   <li>the writer thread sees its <em>working</em> view: committed state plus the changes of the
 *       batch it is writing, as its own transaction sees the database. A change that rolls back to
 *       its savepoint, or a batch that fails, undoes its steps here too ({@link
 *       Writes#onRollback});
 *   <li>every other thread sees the <em>published</em> view: immutable lists rebuilt for the
 *       services a batch touched once it is durably committed ({@link Writes#afterCommit}), before
 *       the callers of that batch are answered.
 * </ul>
 */
final class WaitingTickets {
  private final Writes writes;

  // The working view: written and read on the writer thread only (after construction).
  private final Map<Long, Ticket> byId = new HashMap<>();
  // Sorted lists, not tree sets: a new ticket goes last, and publishing copies an array.
  private final Map<String, List<Ticket>> byService = new HashMap<>();
  private final Map<String, Map<String, List<Ticket>>> byLane = new HashMap<>();
  private final Set<String> unpublished = new HashSet<>();

  /**
   * How many times the working view changed other than by a new ticket joining the end of its lane:
   * a wait forecast's replay kept from before still stands while this is unchanged. Each instance
   * starts from its own range, so a view loaded again never repeats a number.
   */
  private long changes = STARTS.incrementAndGet() << 40;

  private static final java.util.concurrent.atomic.AtomicLong STARTS =
      new java.util.concurrent.atomic.AtomicLong();

  /** How many tickets of the working view are back from a park. */
  private int back;

  /** How many tickets of the published view are back from a park. */
  private volatile int publishedBack;

  /** The published view: service → its waiting tickets in first-come order. Immutable. */
  private volatile Map<String, List<Ticket>> published = Map.of();

  /** The published view by lane: service → lane code → its waiting tickets, first come. */
  private volatile Map<String, Map<String, List<Ticket>>> publishedByLane = Map.of();

  WaitingTickets(Writes writes, Collection<Ticket> waitingNow) {
    this.writes = writes;
    waitingNow.forEach(t -> move(null, t));
    publish();
  }

  /**
   * Records a ticket as just written inside the writer's transaction: it waits now, or no longer
   * does.
   */
  void written(Ticket ticket) {
    Ticket before = byId.get(ticket.id());
    Ticket after = ticket.status() == TicketStatus.WAITING ? ticket : null;
    if (before == null && after == null) {
      return;
    }
    move(before, after);
    writes.onRollback(() -> move(after, before));
    writes.afterCommit(this::publish);
  }

  /** The tickets waiting for one service, in first-come order. */
  List<Ticket> of(String service) {
    if (writes.isWriterThread()) {
      List<Ticket> working = byService.get(service);
      return working == null ? List.of() : List.copyOf(working);
    }
    return published.getOrDefault(service, List.of());
  }

  /**
   * The tickets waiting for one service, one lane queue per lane that has any, each in first-come
   * order. On the writer thread the lists are its working ones, to be read before it writes again.
   *
   * @param lanes the office's lanes by code; a lane missing there waits as {@link Lane#fallback}
   */
  List<LaneQueue> byLane(String service, Map<String, Lane> lanes) {
    Map<String, List<Ticket>> mine =
        writes.isWriterThread()
            ? byLane.getOrDefault(service, Map.of())
            : publishedByLane.getOrDefault(service, Map.of());
    List<LaneQueue> queues = new ArrayList<>(mine.size());
    mine.forEach(
        (code, tickets) -> {
          if (!tickets.isEmpty()) {
            Lane lane = lanes.get(code);
            queues.add(
                new LaneQueue(
                    lane != null ? lane : Lane.fallback(code),
                    Collections.unmodifiableList(tickets)));
          }
        });
    return queues;
  }

  /** The waiting tickets of every service, one queue per service and lane, first come in each. */
  List<LaneQueue> byServiceAndLane(Map<String, Lane> lanes) {
    Map<String, Map<String, List<Ticket>>> all = writes.isWriterThread() ? byLane : publishedByLane;
    List<LaneQueue> queues = new ArrayList<>();
    for (String service : all.keySet()) {
      queues.addAll(byLane(service, lanes));
    }
    return queues;
  }

  /** Every waiting ticket, by service and in first-come order within one. */
  List<Ticket> all() {
    List<Ticket> all = new ArrayList<>();
    if (writes.isWriterThread()) {
      byService.values().forEach(all::addAll);
    } else {
      published.values().forEach(all::addAll);
    }
    return all;
  }

  /**
   * Every waiting ticket, service by service and lane by lane, in first-come order within a lane:
   * the order in which a strategy counts the tickets ahead of one fastest.
   */
  List<Ticket> allByLane() {
    List<Ticket> all = new ArrayList<>();
    (writes.isWriterThread() ? byLane : publishedByLane)
        .values()
        .forEach(lanes -> lanes.values().forEach(all::addAll));
    return all;
  }

  /**
   * The count of changes other than a ticket joining the end of its lane, on the writer thread (its
   * working view); -1 on any other thread, whose published view is not counted.
   */
  long changes() {
    return writes.isWriterThread() ? changes : -1;
  }

  /** Whether a ticket of this thread's view is back from a park. */
  boolean anyBackFromPark() {
    return (writes.isWriterThread() ? back : publishedBack) > 0;
  }

  /** How many tickets wait for each service that has any. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    if (writes.isWriterThread()) {
      byService.forEach((s, set) -> counts.put(s, set.size()));
    } else {
      published.forEach((s, list) -> counts.put(s, list.size()));
    }
    counts.values().removeIf(n -> n == 0);
    return counts;
  }

  private void move(Ticket from, Ticket to) {
    if (from != null || to == null) {
      changes++;
    }
    if (from != null) {
      back -= from.isBackFromPark() ? 1 : 0;
      byId.remove(from.id());
      removeSorted(byService.get(from.service()), from);
      removeSorted(byLane.getOrDefault(from.service(), Map.of()).get(from.lane()), from);
      unpublished.add(from.service());
    }
    if (to != null) {
      back += to.isBackFromPark() ? 1 : 0;
      byId.put(to.id(), to);
      addSorted(byService.computeIfAbsent(to.service(), s -> new ArrayList<>()), to);
      if (!addSorted(
          byLane
              .computeIfAbsent(to.service(), s -> new HashMap<>())
              .computeIfAbsent(to.lane(), l -> new ArrayList<>()),
          to)) {
        changes++; // not at the end of its lane
      }
      unpublished.add(to.service());
    }
  }

  /**
   * Adds the ticket in first-come order (at the end for a new one), unless it is there; whether it
   * went to the end.
   */
  private static boolean addSorted(List<Ticket> tickets, Ticket t) {
    int at = Collections.binarySearch(tickets, t, CallStrategy.FIRST_COME);
    if (at >= 0) {
      return false;
    }
    tickets.add(-at - 1, t);
    return -at - 1 == tickets.size() - 1;
  }

  private static void removeSorted(List<Ticket> tickets, Ticket t) {
    if (tickets != null) {
      int at = Collections.binarySearch(tickets, t, CallStrategy.FIRST_COME);
      if (at >= 0) {
        tickets.remove(at);
      }
    }
  }

  private void publish() {
    if (unpublished.isEmpty()) {
      return;
    }
    Map<String, List<Ticket>> next = new HashMap<>(published);
    Map<String, Map<String, List<Ticket>>> nextByLane = new HashMap<>(publishedByLane);
    for (String service : unpublished) {
      List<Ticket> set = byService.get(service);
      if (set == null || set.isEmpty()) {
        next.remove(service);
        nextByLane.remove(service);
        byService.remove(service);
        byLane.remove(service);
      } else {
        next.put(service, List.copyOf(set));
        Map<String, List<Ticket>> lanes = new HashMap<>();
        byLane.get(service).forEach((code, tickets) -> lanes.put(code, List.copyOf(tickets)));
        nextByLane.put(service, Map.copyOf(lanes));
      }
    }
    unpublished.clear();
    // A count that grows is published before the lists, one that falls after them, so a reader
    // that sees the lists with a ticket back from a park also sees a count above zero (unless the
    // lists it holds were replaced meanwhile).
    if (back > publishedBack) {
      publishedBack = back;
    }
    published = Map.copyOf(next);
    publishedByLane = Map.copyOf(nextByLane);
    publishedBack = back;
  }
}

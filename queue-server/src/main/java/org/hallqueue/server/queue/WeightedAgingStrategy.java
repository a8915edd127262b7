package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The default, fair strategy: weighted aging with caps.
 *
 * <ol>
 *   <li>A ticket that has waited longer than its lane's cap goes first; among such tickets the one
 *       whose cap ran out earliest (earliest deadline first). A ticket issued after another's
 *       deadline can therefore never pass it, which bounds every wait.
 *   <li>Otherwise a counter with an affinity lane calls from that lane when such tickets wait.
 *   <li>Otherwise the highest urgency: (seconds waited + {@value #HEAD_START_SECONDS}) × lane
 *       weight. The head start lets a priority ticket go before a standard one issued at the same
 *       moment.
 * </ol>
 *
 * Ties fall to the earlier issue time, then the lower id.
 */
public final class WeightedAgingStrategy implements CallStrategy {

  /** Seconds of waiting every ticket is credited with, so that weight matters from the start. */
  public static final long HEAD_START_SECONDS = 60;

  private static final String NAME = "WEIGHTED_AGING";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<RankedTicket> rank(QueueState state, Counter counter) {
    Instant now = state.now();
    List<RankedTicket> overdue = new ArrayList<>();
    List<RankedTicket> affinity = new ArrayList<>();
    List<RankedTicket> others = new ArrayList<>();
    String preferred = counter == null ? null : counter.affinityLane();
    for (Ticket ticket : state.waiting()) {
      Lane lane = state.laneOf(ticket);
      double urgency = urgency(ticket, lane, now);
      if (overdue(ticket, lane, now)) {
        overdue.add(
            new RankedTicket(
                ticket, CallStrategy.reason(state, ticket, NAME, "CAP_EXCEEDED", urgency)));
      } else if (ticket.lane().equals(preferred)) {
        affinity.add(
            new RankedTicket(
                ticket, CallStrategy.reason(state, ticket, NAME, "AFFINITY", urgency)));
      } else {
        others.add(
            new RankedTicket(
                ticket, CallStrategy.reason(state, ticket, NAME, "WEIGHTED_AGING", urgency)));
      }
    }
    Comparator<RankedTicket> byDeadline =
        Comparator.comparing((RankedTicket r) -> deadline(r.ticket(), state))
            .thenComparing(RankedTicket::ticket, FIRST_COME);
    Comparator<RankedTicket> byUrgency =
        Comparator.comparingDouble((RankedTicket r) -> -r.reason().urgency())
            .thenComparing(RankedTicket::ticket, FIRST_COME);
    overdue.sort(byDeadline);
    affinity.sort(byUrgency);
    others.sort(byUrgency);
    List<RankedTicket> ranked = new ArrayList<>(overdue);
    ranked.addAll(affinity);
    ranked.addAll(others);
    return ranked;
  }

  /**
   * Counts the tickets {@link #rank rank(state, null)} puts before this one without sorting: that
   * order (no counter, so no affinity rule) compares two tickets on their own, see {@link
   * #officeWideOrder}. The state is read as runs of tickets of one lane in first-come order; within
   * such a run those before the ticket come first (see {@link #ahead(List, Instant, Ticket)}), so a
   * run is counted with a binary search. A state listed lane by lane in first-come order costs one
   * cheap pass and a search per lane; any other order is counted exactly too, in shorter runs.
   */
  @Override
  public int ahead(QueueState state, Ticket ticket) {
    Instant now = state.now();
    Lane own = state.laneOf(ticket);
    List<Ticket> waiting = List.copyOf(state.waiting()); // the state's own list, not copied
    int ahead = 0;
    boolean found = false;
    for (int from = 0, n = waiting.size(); from < n; ) {
      Ticket first = waiting.get(from);
      Ticket held = first.id() == ticket.id() ? first : null;
      int to = from + 1;
      while (to < n
          && waiting.get(to).lane().equals(first.lane())
          && issuedBefore(waiting.get(to - 1), waiting.get(to))) {
        held = waiting.get(to).id() == ticket.id() ? waiting.get(to) : held;
        to++;
      }
      Lane lane = state.laneOf(first);
      LaneQueue run = new LaneQueue(lane, waiting.subList(from, to));
      Predicate<Ticket> before =
          t -> t.id() != ticket.id() && officeWideOrder(t, lane, ticket, own, now) < 0;
      // The state's copy of the ticket is left out; in its place in the run (same lane and issue
      // time) that keeps the ones before it a prefix, anywhere else they are counted one by one.
      boolean inPlace =
          held == null
              || held.lane().equals(ticket.lane()) && held.queuedAt().equals(ticket.queuedAt());
      ahead += inPlace && lane.weight() >= 0 ? run.prefix(before) : run.count(before);
      found |= held != null;
      from = to;
    }
    if (!found) {
      return CallStrategy.super.ahead(state, ticket); // throws: the ticket is not waiting
    }
    return ahead;
  }

  /**
   * The same count on a queue held per lane. Within one lane the tickets before this one come first
   * in first-come order: an earlier ticket of a lane has waited at least as long, so it is overdue
   * if a later one is, its deadline is no later and, for a positive weight, its urgency no lower.
   * So one binary search per lane finds them, on the issue time the rules make equal in urgency. A
   * lane of negative weight (the catalog allows none) reverses that, and is counted one by one.
   */
  @Override
  public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    Lane own = CallStrategy.own(lanes, ticket).lane();
    int ahead = 0;
    for (LaneQueue q : lanes) {
      Lane lane = q.lane();
      if (lane.weight() < 0) {
        ahead += q.count(t -> officeWideOrder(t, lane, ticket, own, now) < 0);
      } else {
        ahead += q.prefix(t -> officeWideOrder(t, lane, ticket, own, now) < 0);
      }
    }
    return ahead;
  }

  /**
   * The order of {@code rank(state, null)} for two tickets in their lanes, negative when {@code a}
   * goes first: an overdue ticket before one that is not; two overdue ones by deadline, earliest
   * first; two others by urgency, highest first; ties first come.
   */
  private static int officeWideOrder(Ticket a, Lane laneA, Ticket b, Lane laneB, Instant now) {
    boolean overdueA = overdue(a, laneA, now);
    if (overdueA != overdue(b, laneB, now)) {
      return overdueA ? -1 : 1;
    }
    int order =
        overdueA
            ? a.queuedAt().plus(laneA.maxWait()).compareTo(b.queuedAt().plus(laneB.maxWait()))
            : Double.compare(-urgency(a, laneA, now), -urgency(b, laneB, now));
    return order != 0 ? order : FIRST_COME.compare(a, b);
  }

  /** {@code FIRST_COME.compare(a, b) < 0}, written out: it runs once per waiting ticket. */
  private static boolean issuedBefore(Ticket a, Ticket b) {
    int order = a.queuedAt().compareTo(b.queuedAt());
    return order < 0 || order == 0 && a.id() < b.id();
  }

  /** Whether the ticket has waited its lane's cap or longer (rule 1). */
  private static boolean overdue(Ticket ticket, Lane lane, Instant now) {
    return !ticket.waitedAt(now).minus(lane.maxWait()).isNegative();
  }

  static double urgency(Ticket ticket, Lane lane, Instant now) {
    return (ticket.waitedAt(now).toSeconds() + HEAD_START_SECONDS) * lane.weight();
  }

  private static Instant deadline(Ticket ticket, QueueState state) {
    Duration cap = state.laneOf(ticket).maxWait();
    return ticket.queuedAt().plus(cap);
  }
}

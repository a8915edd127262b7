package org.hallqueue.server.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
      if (!ticket.waitedAt(now).minus(lane.maxWait()).isNegative()) {
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

  static double urgency(Ticket ticket, Lane lane, Instant now) {
    return (ticket.waitedAt(now).toSeconds() + HEAD_START_SECONDS) * lane.weight();
  }

  private static Instant deadline(Ticket ticket, QueueState state) {
    Duration cap = state.laneOf(ticket).maxWait();
    return ticket.queuedAt().plus(cap);
  }
}

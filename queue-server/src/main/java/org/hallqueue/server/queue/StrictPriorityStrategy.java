package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The heaviest lane always first, first come first served within a lane. Standard visitors can
 * starve under it; it exists to compare against the fair default.
 */
public final class StrictPriorityStrategy implements CallStrategy {

  @Override
  public String name() {
    return "STRICT_PRIORITY";
  }

  @Override
  public List<RankedTicket> rank(QueueState state, Counter counter) {
    return CallStrategy.rankBy(state, heaviestFirst(state), name(), "PRIORITY");
  }

  @Override
  public int ahead(QueueState state, Ticket ticket) {
    return CallStrategy.countAhead(state, ticket, heaviestFirst(state));
  }

  /** Every ticket of a heavier lane, and those of an equally heavy one issued before this one. */
  @Override
  public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    double weight = CallStrategy.own(lanes, ticket).lane().weight();
    int ahead = 0;
    for (LaneQueue q : lanes) {
      int heavier = Double.compare(-q.lane().weight(), -weight);
      if (heavier < 0) {
        ahead += q.tickets().size();
      } else if (heavier == 0) {
        ahead += q.prefix(t -> FIRST_COME.compare(t, ticket) < 0);
      }
    }
    return ahead;
  }

  private static Comparator<Ticket> heaviestFirst(QueueState state) {
    return Comparator.comparingDouble((Ticket t) -> -state.laneOf(t).weight())
        .thenComparing(FIRST_COME);
  }
}

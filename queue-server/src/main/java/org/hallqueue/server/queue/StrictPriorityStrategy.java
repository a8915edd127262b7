package org.hallqueue.server.queue;

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

  private static Comparator<Ticket> heaviestFirst(QueueState state) {
    return Comparator.comparingDouble((Ticket t) -> -state.laneOf(t).weight())
        .thenComparing(FIRST_COME);
  }
}

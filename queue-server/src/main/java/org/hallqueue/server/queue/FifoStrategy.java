package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.List;

/** First come, first served, ignoring lanes. For comparison with the fair default. */
public final class FifoStrategy implements CallStrategy {

  @Override
  public String name() {
    return "FIFO";
  }

  @Override
  public List<RankedTicket> rank(QueueState state, Counter counter) {
    return CallStrategy.rankBy(state, FIRST_COME, name(), "FIFO");
  }

  @Override
  public int ahead(QueueState state, Ticket ticket) {
    return CallStrategy.countAhead(state, ticket, FIRST_COME);
  }

  /** The tickets issued before this one, by binary search in each lane. */
  @Override
  public int ahead(List<LaneQueue> lanes, Instant now, Ticket ticket) {
    CallStrategy.own(lanes, ticket);
    int ahead = 0;
    for (LaneQueue q : lanes) {
      ahead += q.prefix(t -> FIRST_COME.compare(t, ticket) < 0);
    }
    return ahead;
  }
}

package org.hallqueue.server.queue;

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
}

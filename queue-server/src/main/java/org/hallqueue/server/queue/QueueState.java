package org.hallqueue.server.queue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a call strategy looks at: the waiting tickets, the lanes, and the time. A strategy is a pure
 * function of this state, so the simulator and the server decide alike.
 */
public record QueueState(Collection<Ticket> waiting, Map<String, Lane> lanes, Instant now) {

  public QueueState {
    waiting = List.copyOf(waiting);
    lanes = Map.copyOf(lanes);
  }

  public Lane laneOf(Ticket ticket) {
    Lane lane = lanes.get(ticket.lane());
    return lane != null ? lane : Lane.fallback(ticket.lane());
  }
}

package org.hallqueue.server.catalog;

import java.util.List;
import java.util.Optional;
import org.hallqueue.server.queue.Ticket;

/**
 * What the catalog asks of the tickets before it deletes a service, a lane or a counter still in
 * use. The tickets feature answers it; the catalog does not depend on how tickets are kept.
 */
public interface TicketsInUse {

  /** The tickets waiting now, across services. */
  List<Ticket> waiting();

  /** The ticket a counter has called or is serving, if any. */
  Optional<Ticket> currentAt(String counterId);
}

package org.hallqueue.server.tickets;

import java.util.List;
import java.util.Optional;
import org.hallqueue.server.catalog.TicketsInUse;
import org.hallqueue.server.queue.Ticket;

/**
 * The tickets as the queue's actions load and save them. {@link TicketStore} is the server's (the
 * database, with the waiting tickets indexed in memory); tests keep them in a map.
 */
public interface TicketLedger extends TicketsInUse {
  Optional<Ticket> byId(long id);

  /** The tickets waiting for one service. */
  List<Ticket> waiting(String service);

  /** The parked tickets, the first to come back first. */
  List<Ticket> parked();

  /** Saves a ticket's new state. */
  void update(Ticket ticket);
}

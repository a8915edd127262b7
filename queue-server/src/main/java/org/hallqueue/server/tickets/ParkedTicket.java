package org.hallqueue.server.tickets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.hallqueue.server.events.CounterView;
import org.hallqueue.server.queue.Counter;
import org.hallqueue.server.queue.Ticket;

/**
 * A parked ticket as the staff dashboard lists it: who, sent away by which counter, back when, and
 * the clerk's note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ParkedTicket(
    long id,
    String number,
    String service,
    String lane,
    CounterView counter,
    Instant until,
    String reason) {

  static ParkedTicket of(Ticket ticket, Counter counter) {
    return new ParkedTicket(
        ticket.id(),
        ticket.number(),
        ticket.service(),
        ticket.lane(),
        counter == null ? null : CounterView.of(counter),
        ticket.park().until(),
        ticket.park().reason());
  }
}
